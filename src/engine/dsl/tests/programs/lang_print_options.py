import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, True, [1, "s"], sep="")
print(end="")
print()
print("no newline", end="")
print(" continued")
print("to stdout", file=sys.stdout)
print(*range(5), sep=", ")
print("multi\nline")
sys.stdout.write("written\n")
print("a", "b", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
class R:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
print(R(), [R()], (R(),), {"k": R()}, str(R()), repr(R()), f"{R()}", f"{R()!r}", "%s %r" % (R(), R()))
print("to stderr", file=sys.stderr)
