# NameError suggestions must reach builtins installed outside the core table (open);
# the uncaught error's last traceback line carries CPython's "Did you mean: 'open'?".
def f():
    return opn
try:
    f()
except NameError as e:
    print('caught:', e, e.name)
print(callable(open))
opn('x')
