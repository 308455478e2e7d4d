x = 1
del y
