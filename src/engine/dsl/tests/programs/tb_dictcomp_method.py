class Parser:
    def parse(self, rows):
        return {r[0]: self.convert(r[1]) for r in rows}
    def convert(self, v):
        return float(v)
Parser().parse([("a", "1.5"), ("b", "x")])
