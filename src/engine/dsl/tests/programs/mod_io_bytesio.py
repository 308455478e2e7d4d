import io
b = io.BytesIO()
print(b.write(b"abc"), b.write(b"\ndef"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read())
c = io.BytesIO(b"x\ny\n")
print(list(c))
print(type(c).__name__)
try:
    c.write("str")
except TypeError as e:
    print(e)
