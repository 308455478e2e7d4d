from typing import TypeVar, Generic, Dict, List, Optional, Iterator, Callable, Union
K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T", int, float)
class Cache(Generic[K, V]):
    def __init__(self, capacity: int = 2) -> None:
        self.capacity = capacity
        self.data: Dict[K, V] = {}
        self.order: List[K] = []
    def get(self, key: K) -> Optional[V]:
        if key in self.data:
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        return None
    def put(self, key: K, value: V) -> None:
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            oldest = self.order.pop(0)
            del self.data[oldest]
        self.data[key] = value
        self.order.append(key)
    def __iter__(self) -> Iterator[K]:
        return iter(self.order)
c: "Cache[str, int]" = Cache[str, int](2)
c.put("a", 1)
c.put("b", 2)
c.get("a")
c.put("c", 3)
print(list(c), c.get("b"), c.get("a"), Cache[str, int], Cache[K, List[V]], Cache.__mro__[1])
def add(a: T, b: T) -> T:
    return a + b
print(add(1, 2), add(1.5, 2), T, T.__constraints__)
Handler = Callable[[str], Optional[str]]
def run(h: Handler, x: str) -> str:
    r = h(x)
    return r if r is not None else "<none>"
print(run(lambda s: s.upper() if s else None, "hi"), run(lambda s: None, ""), Handler)
Number = Union[int, float]
def half(n: Number) -> float:
    return n / 2
print(half(3), Number, Union[Number, str], Optional[Number])
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def map(self, f: "Callable[[T], T]") -> "Box[T]":
        return Box(f(self.item))
print(Box(3).map(lambda v: v * 10).item, Box[int], Box[float](2.5).item)
class Pair(Generic[K, V]):
    pass
class StrPair(Pair[str, V]):
    pass
print(StrPair.__mro__, StrPair[int])
