import threading
def nodigits(s):
    return "".join("N" if ch.isdigit() else ch for ch in s)
results = []
def work(n, scale=1):
    results.append(n * scale)
threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(4)]
print(nodigits(repr(threads[0])), nodigits(threads[0].name), threads[0].daemon, threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threads[0].is_alive())
print(threading.current_thread().name, threading.main_thread().name, threading.active_count())
try:
    threads[0].start()
except RuntimeError as e:
    print(e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(e)
print(nodigits(threading.Thread(target=work).name), threading.Thread(name="named").name)
