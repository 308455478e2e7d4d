from typing import *
import typing
T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", int, str, covariant=True)
N = TypeVar("N", contravariant=True)
print(T, K, C, N, K.__bound__, C.__constraints__, T.__name__, repr(T), T.__covariant__, C.__covariant__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[None], Optional[Optional[int]])
print(Tuple[int, ...], Tuple[()], Tuple, Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(Any, Iterable[T], Literal["a", 1], Literal[None], Type[int], ClassVar[int], Final[int], Annotated[int, "meta"])
print(List["Foo"], Dict[str, None], Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None], Set[int], FrozenSet[str])
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], AbstractSet[int], MutableMapping[str, List[T]])
print(typing.Hashable, typing.Sized, NoReturn, Never, Text, AnyStr, type(List).__name__, type(Any).__name__, type(T).__name__)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Callable[[int], str].__args__, Optional[int].__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Optional[int]), get_args(Optional[int]), get_origin(int), get_args(int), get_origin(Iterable[int]), get_origin(Callable[[int], int]))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(List), get_args(Tuple[int, ...]))
for bad in [lambda: List[int, str], lambda: Union[()], lambda: List(), lambda: Optional[int, str], lambda: Dict[int], lambda: Dict(), lambda: Any()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Tuple[int]()
