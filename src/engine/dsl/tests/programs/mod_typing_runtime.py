from typing import List, Dict, Optional, Union, Any, Callable, Iterable, Iterator, Generator, Tuple, TypeVar, Generic, NamedTuple
from typing import cast, TYPE_CHECKING, NewType, overload, final, TypedDict, Protocol, Sequence, Mapping
if TYPE_CHECKING:
    print("never")
print(TYPE_CHECKING, cast(int, "3"), cast(List[int], [1]), cast("str", 5))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__mro__, isinstance(s, Stack), Stack[str] == Stack[str])
class Pair(Generic[T, T]) if False else Generic[T]:
    pass
print(Pair.__name__)
def total(xs: Iterable[float], scale: Optional[float] = None) -> float:
    t = sum(xs)
    return t * scale if scale is not None else t
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
def gen(n: int) -> Generator[int, None, str]:
    yield from range(n)
    return "done"
print(total([1.5, 2.5]), total([1, 2], 10), apply(lambda x: x * 3, 4), list(gen(3)))
Point = NamedTuple("Point", [("x", int), ("y", float)])
p = Point(1, 2.5)
print(p, p.x, p.y, p._fields, p._asdict(), Point.__annotations__, p._replace(x=5), isinstance(p, tuple))
Emp = NamedTuple("Emp", name=str, id=int)
print(Emp("ann", 3), Emp._fields)
Movie = TypedDict("Movie", {"title": str, "year": int})
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, m["year"])
class Config(TypedDict):
    pass
print(Config(debug=True), type(Config(a=1)).__name__)
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"))
@final
class Leaf:
    pass
print(Leaf.__name__)
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, -4.2]), Vector)
JSON = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
print(JSON)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first("abc"), first([3, 4]))
