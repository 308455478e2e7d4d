class Config:
    defaults = {"a": 1}
    def get(self, k):
        return self.defaults.get(k, "none")
    @classmethod
    def keys(cls):
        return sorted(cls.defaults)
c = Config()
print(c.get("a"), c.get("b"), Config.keys(), c.keys(), Config.defaults is c.defaults)
