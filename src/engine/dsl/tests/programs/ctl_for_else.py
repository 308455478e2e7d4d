for i in range(3):
    if i == 5:
        break
else:
    print("no break")
for i in range(10):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("never")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("done", n)
