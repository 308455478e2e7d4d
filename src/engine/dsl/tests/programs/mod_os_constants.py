import os
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep)
print(os.path.sep, os.altsep)
print(type(os.environ).__name__, isinstance(os.environ.get("HOME"), str))
print(os.getenv("FLINT_SURELY_UNSET"), os.getenv("FLINT_SURELY_UNSET", "dflt"))
os.environ["MY_VAR"] = "1"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), "MY_VAR" in os.environ)
print(type(os.getpid()).__name__, type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.error is OSError)
