import time
print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("5 Mar 2024", "%d %b %Y")[:3])
try:
    time.strptime("2024/03/05", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    time.strptime("2024-03-05x", "%Y-%m-%d")
except ValueError as e:
    print(e)
