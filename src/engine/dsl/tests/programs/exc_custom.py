class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound("missing thing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
