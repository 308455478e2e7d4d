class MyErr(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"error code {self.code}"
try:
    raise MyErr(42)
except MyErr as e:
    print(e, repr(e), e.args)
raise MyErr(7)
