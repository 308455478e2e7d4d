class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, et, ev, tb):
        print("close", et.__name__)
        return False
with Resource() as r:
    data = {"a": 1}
    print(data["b"])
