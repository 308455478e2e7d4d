import threading
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.wait(), e.is_set())
e.clear()
print(e.is_set())
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as err:
    print(err)
fired = []
t = threading.Timer(0.01, fired.append, args=["tick"])
t.start()
t.join()
print(fired)
