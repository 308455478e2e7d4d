import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), s.readlines())
t = io.StringIO("a\nb\nc")
print([line for line in t])
t.seek(2)
t.write("X")
print(repr(t.getvalue()))
print(isinstance(t, io.StringIO), type(t).__name__)
u = io.StringIO("abcdef")
print(u.read(2), u.read(2), u.read())
u.close()
try:
    u.getvalue()
except ValueError as e:
    print(e)
