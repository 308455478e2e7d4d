from collections import deque, OrderedDict
q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.popleft(), q.pop(), list(q), len(q), q[0])
q.rotate(1)
print(q)
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()), od == {"a": 2, "c": 3, "b": 1})
