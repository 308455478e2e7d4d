import sys
n = sys.stdout.write("written\n")
print(n, sys.stdout.isatty(), type(sys.stdout).__name__, repr(sys.stdout), repr(sys.stderr))
sys.stdout.flush()
print("to stdout", file=sys.stdout)
sys.stderr.write("to stderr\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
