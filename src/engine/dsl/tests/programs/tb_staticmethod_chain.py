class Util:
    @staticmethod
    def parse(s):
        return int(s)
    @classmethod
    def parse_all(cls, items):
        return [cls.parse(s) for s in items]
print(Util.parse_all(["1", "2"]))
Util.parse_all(["3", "x"])
