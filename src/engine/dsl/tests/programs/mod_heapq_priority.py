import heapq
import itertools
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"
h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    heapq.heappush(h, Task(p, n))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
pq = []
entry_finder = {}
counter = itertools.count()
def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    entry = [priority, next(counter), task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)
def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = "<removed>"
def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task != "<removed>":
            del entry_finder[task]
            return task
    raise KeyError("pop from an empty priority queue")
add_task("write", 5)
add_task("test", 3)
add_task("ship", 9)
add_task("test", 1)
print(pq)
print(pop_task(), pop_task(), pop_task())
try:
    pop_task()
except KeyError as e:
    print("KeyError:", e)
def dijkstra(graph, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist
g = {"a": [("b", 4), ("c", 1)], "b": [("d", 1)], "c": [("b", 2), ("d", 5)], "d": []}
print(sorted(dijkstra(g, "a").items()))
maxh = []
for x in [5, 1, 9, 3]:
    heapq.heappush(maxh, -x)
print([-heapq.heappop(maxh) for _ in range(4)])
def heapsort(xs):
    h = list(xs)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5.5, 2, 8.25, -1, 0, 2]), heapsort("heapsort"))
streams = [iter([1, 5, 9]), iter([2, 6]), iter([0, 10])]
print(list(heapq.merge(*streams)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(heapq.nsmallest(3, {"a": 5, "b": 1, "c": 3, "d": 0}.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [(1, "x"), (3, "y"), (3, "a")]), heapq.nsmallest(2, [3, 1, 2], key=lambda v: -v))
heapq.heappush([], 1, 2)
