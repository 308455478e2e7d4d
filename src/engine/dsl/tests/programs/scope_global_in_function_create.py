def setg():
    global newglobal
    newglobal = 42
setg()
print(newglobal)
