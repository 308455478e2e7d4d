import csv, io

def show(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        rows = list(r)
        print(rows, r.line_num)
    except csv.Error as e:
        print("Error:", e)

show('a,b,c\r\n1,"x, y",3\r\n')
show('a,"multi\nline",c\n\nlast')
show('"say ""hi""",2\n')
show('a;b;c\n', delimiter=";")
show('  a,  "b"\n', skipinitialspace=True)
show('x\\,y,z\n', escapechar="\\")
show('"ab"c,d\n')
show('"ab"c,d\n', strict=True)
show('"unterminated\n')
show('"unterminated\n', strict=True)
show('1,2.5,"s"\n', quoting=csv.QUOTE_NONNUMERIC)
show('a"b,c\n', quoting=csv.QUOTE_NONE)
show('')
show('\n\n')
print(list(csv.reader(["a,b", "c,d"])))
print(list(csv.reader(["a,b\r\n", "c"])))
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["a|b"], dialect="pipes")))
print(csv.get_dialect("pipes").delimiter)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
try:
    csv.reader([], delimiter="ab")
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader([1]))
except csv.Error as e:
    print("Error:", e)
class Semi(csv.excel):
    delimiter = ";"
print(list(csv.reader(["1;2"], Semi)))
print(list(csv.reader(["1;2"], dialect=Semi())))
