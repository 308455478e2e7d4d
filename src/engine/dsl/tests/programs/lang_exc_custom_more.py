class HTTPError(Exception):
    def __init__(self, status, message="error"):
        super().__init__(status, message)
        self.status = status
        self.message = message
    def __str__(self):
        return f"{self.status}: {self.message}"
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path
errors = []
for path in ["/a", "/b"]:
    try:
        raise NotFound(path)
    except HTTPError as e:
        errors.append(e)
        print(e, e.args, e.status, e.path, repr(e), isinstance(e, NotFound))
print([str(e) for e in errors])
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "ok"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retry:", r)
class Wrapped(Exception):
    pass
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise Wrapped("wrapper") from ke
except Wrapped as w:
    print(w, repr(w.__cause__), w.__cause__.args)
e = ValueError("a", "b")
e.note = "extra"
print(e.args, e.note, str(e), repr(e))
e.args = ("changed",)
print(e, e.args)
print(repr(Exception()), str(Exception()), repr(KeyError()), str(KeyError("k")), str(KeyError("a", "b")), repr(StopIteration(5)))
class Base(Exception):
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs
        super().__init__(*args)
x = Base(1, code=5)
print(x.args, x.kwargs)
raise NotFound("/missing")
