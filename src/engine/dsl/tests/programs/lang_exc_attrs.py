class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise AppError("bad thing", 42)
except AppError as e:
    print(e, e.code, e.args, repr(e), type(e).__name__, isinstance(e, Exception))
class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
    def __str__(self):
        return f"[{self.field}] {self.problem}"
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(e, e.field, e.args, repr(e))
class NoInit(Exception):
    pass
e = NoInit(1, 2)
print(e, e.args, repr(e), str(NoInit()), repr(NoInit('x')))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr('a')), [WithRepr()])
class E2(KeyError):
    pass
print(str(E2('k')), repr(E2('k')))
err = AppError("m", 7)
err.extra = [1]
print(err.extra, err.__dict__)
def f():
    raise ValidationError("name", "empty")
f()
