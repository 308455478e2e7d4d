import time
print(time.sleep(0))
print(time.sleep(0.01))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("1")
except TypeError as e:
    print(e)
time.sleep(False)
print("slept")
