import threading
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
        print("ran in", threading.current_thread() is self)
c = Counter(5)
c.start()
c.join()
print(c.total, c.name.startswith("Thread-"))
