import typing
from typing import Any, Literal, Final, ClassVar, Annotated, TypeVar, get_origin, get_args, cast, NewType, assert_never
Mode = Literal["r", "w", "a"]
def open_mode(m: Mode) -> str:
    return {"r": "read", "w": "write", "a": "append"}[m]
print(open_mode("w"), Mode, get_args(Mode), get_origin(Mode) is Literal)
MAX: Final = 10
class Conf:
    instances: ClassVar[int] = 0
print(MAX, Conf.instances, ClassVar[int], Final[str])
Meters = Annotated[float, "unit: m"]
print(Meters, get_args(Meters), get_origin(Meters) is Annotated)
Celsius = NewType("Celsius", float)
temp = Celsius(21.5)
print(temp, Celsius.__supertype__, Celsius)
UserId = NewType("UserId", int)
def lookup(uid: UserId) -> str:
    return f"user-{uid}"
print(lookup(UserId(7)), UserId(7) + 1)
print(cast("List[int]", "not checked"), typing.TYPE_CHECKING, typing.Any, repr(typing.Optional), typing.Union)
def handle(x: Any) -> Any:
    return x
print(handle([1]), handle(None))
T = TypeVar("T")
print(typing.List[T][0] if False else "skip", typing.Dict[str, T])
for name in ["List", "Dict", "Set", "FrozenSet", "Tuple", "Callable", "Type", "Iterable", "Iterator", "Generator", "Sequence", "Mapping", "Deque", "DefaultDict", "Counter", "OrderedDict", "Optional", "Union", "Any", "NoReturn", "ClassVar", "Final", "Literal", "Annotated", "TypeVar", "Generic", "Protocol", "NamedTuple", "TypedDict", "cast", "overload", "final", "get_type_hints", "TYPE_CHECKING", "NewType", "Text", "AnyStr"]:
    assert hasattr(typing, name), name
print("all names present")
print(get_origin(typing.Deque[int]), get_origin(typing.DefaultDict[str, int]), get_origin(typing.Counter[str]), get_origin(typing.Type[int]))
print(get_origin(typing.Sequence[int]), get_origin(typing.Mapping[str, int]), get_origin(typing.Set[int]), get_origin(typing.Tuple[int]))
def check(v: int) -> str:
    if isinstance(v, int):
        return "int"
    assert_never(v)
print(check(3))
assert_never(5)
