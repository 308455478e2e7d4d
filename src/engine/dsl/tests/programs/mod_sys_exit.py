import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print(repr(e), e.code)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.code)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, t is ZeroDivisionError)
print("exiting")
sys.exit(3)
print("never")
