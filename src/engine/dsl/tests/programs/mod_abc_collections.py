from collections.abc import Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Sequence, MutableSequence
from collections.abc import Mapping, MutableMapping, Set, MutableSet, Generator, Reversible, KeysView, ValuesView, ItemsView
import collections.abc
from collections import deque, OrderedDict, Counter
samples = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), 5, 2.5, None, iter([1]), (x for x in []), len, deque(), Counter(), {}.keys(), {}.values(), {}.items()]
labels = "list tuple str dict set frozenset range int float None iter gen builtin deque Counter keys values items".split()
abcs = [Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible]
for label, s in zip(labels, samples):
    print(label.ljust(14), "".join("X" if isinstance(s, a) else "." for a in abcs))
print([a.__name__ for a in abcs])
print(isinstance({}.keys(), KeysView), isinstance({}.values(), ValuesView), isinstance({}.items(), ItemsView), isinstance({}.keys(), Set))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Box:
    def __len__(self):
        return 3
    def __contains__(self, x):
        return x == 1
    def __call__(self):
        return "called"
class Unhashable:
    __hash__ = None
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Container), isinstance(Box(), Callable))
print(isinstance(Box(), Iterable), isinstance(Box(), Collection), isinstance(Unhashable(), Hashable), isinstance(Box(), Hashable))
print(collections.abc.Iterable is Iterable, Sequence.__module__, repr(Mapping))
def flatten(xs):
    for x in xs:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, "five"])], {6}, range(7, 9)])))
def describe(obj):
    if isinstance(obj, Mapping):
        return "mapping"
    if isinstance(obj, Sequence):
        return "sequence"
    if isinstance(obj, Set):
        return "set"
    return "other"
print([describe(o) for o in [{}, [], "", (), {1}, 3, OrderedDict()]])
