import csv, io

def out(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        for r in rows:
            w.writerow(r)
    except csv.Error as e:
        print("Error:", e)
    print(repr(buf.getvalue()))

out([["a", "b,c", 'q"uote', "new\nline", None, 1, 2.5, True]])
out([[""]])
out([[]])
out([["x", ""]], quoting=csv.QUOTE_ALL)
out([["x", 1, 2.0, None]], quoting=csv.QUOTE_NONNUMERIC)
out([["a,b"]], quoting=csv.QUOTE_NONE, escapechar="\\")
out([["a,b"]], quoting=csv.QUOTE_NONE)
out([['q"x']], doublequote=False, escapechar="\\")
out([["a", "b"]], lineterminator="\n", delimiter="\t")
buf = io.StringIO()
print(csv.writer(buf).writerow(["ab", "c"]))
csv.writer(buf).writerows([[1, 2], [3, 4]])
print(repr(buf.getvalue()))

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["name", "age"])
dw.writeheader()
dw.writerow({"name": "Ann", "age": 3})
dw.writerows([{"name": "Bob"}, {"age": 5, "name": "C, D"}])
print(repr(buf.getvalue()))
try:
    dw.writerow({"name": "x", "zzz": 1})
except ValueError as e:
    print("ValueError:", e)
dr = csv.DictReader(io.StringIO(buf.getvalue()))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
rows = list(csv.DictReader(["a,b", "1,2,3", "", "4"], restkey="rest", restval="?"))
print(rows)
print(list(csv.DictReader(["1,2"], fieldnames=["x", "y"])))
