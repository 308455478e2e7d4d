from typing import Protocol, TypedDict, runtime_checkable, List, Dict, Optional, Union, Any
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self) -> str:
        return "()"
class Square:
    def draw(self) -> str:
        return "[]"
def render(items: List[Drawable]) -> str:
    return " ".join(i.draw() for i in items)
print(render([Circle(), Square(), Circle()]))
class Sized2(Protocol):
    size: int
class Impl(Sized2):
    def __init__(self):
        self.size = 3
print(Impl().size, Drawable.__name__, Protocol.__name__)
class User(TypedDict):
    name: str
    age: int
u = User(name="ann", age=30)
print(u, type(u).__name__, u["name"], isinstance(u, dict))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p, sorted(p.items()))
def merge(a: Dict[str, Any], b: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    out = dict(a)
    out.update(b or {})
    return out
print(merge({"a": 1}), merge({"a": 1}, {"b": [2]}))
def parse(v: Union[str, int, None]) -> int:
    if v is None:
        return 0
    return int(v)
print([parse(v) for v in ["12", 7, None]])
print(TypedDict.__name__, User.__name__, Point.__name__)
Drawable()
