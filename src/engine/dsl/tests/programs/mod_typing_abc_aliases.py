from typing import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Generator, AbstractSet
from collections.abc import Iterable as AbcIterable
import collections.abc as cabc
import typing
print(typing.get_origin(Iterable[int]) is AbcIterable, typing.get_origin(Callable[[], int]) is cabc.Callable)
print(Iterable, Iterator[str], Sequence[Mapping[str, int]], MutableMapping[str, list], AbstractSet[int], Generator[int, str, None])
def total(xs: Iterable[int]) -> int:
    return sum(xs)
def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i
def apply_all(fs: Sequence[Callable[[int], int]], x: int) -> list:
    return [f(x) for f in fs]
print(total(squares(5)), apply_all([abs, lambda v: v + 1, hex], -3))
def invert(m: Mapping[str, int]) -> dict:
    return {v: k for k, v in m.items()}
print(invert({"a": 1, "b": 2}))
for obj in [[1], {"a": 1}, "s", 3, (x for x in [])]:
    print(type(obj).__name__, isinstance(obj, cabc.Iterable), isinstance(obj, cabc.Sequence), isinstance(obj, cabc.Mapping), isinstance(obj, cabc.Hashable), isinstance(obj, cabc.Sized))
print(Hashable, Sized, typing.Iterable.__origin__ if hasattr(typing.Iterable, "__origin__") else None)
print(typing.get_args(Mapping[str, Sequence[int]]), typing.get_args(Generator[int, None, str]))
Iterable[int, str]
