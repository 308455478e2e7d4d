import sys
print("x", flush=True)
print("to stderr", file=sys.stderr)
print("y", end="\n\n")
print("z")
