import threading
l = threading.Lock()
print(repr(l)[:25], l.acquire(), l.locked(), l.acquire(False), repr(l)[:25])
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
with l:
    print("inside", l.locked())
print(l.locked())
r = threading.RLock()
print(repr(r)[:45])
r.acquire()
r.acquire()
print(repr(r)[:23])
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(100):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print(counter)
