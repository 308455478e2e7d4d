import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return repr(self.me)
try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
a = [1]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print("still alive", depth(10))
