count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def read():
    return count * 10
print(read())
