import time
a = time.time()
b = time.perf_counter()
c = time.monotonic()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__)
time.sleep(0.05)
print(time.perf_counter() - b >= 0.04, time.monotonic() >= c, time.time() >= a)
print(time.timezone, time.tzname, time.daylight, time.altzone)
print(abs(time.time_ns() // 10**9 - int(time.time())) <= 1)
