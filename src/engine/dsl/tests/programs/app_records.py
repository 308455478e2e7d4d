rows = [
    {"name": "Ann", "dept": "eng", "salary": 120},
    {"name": "Bob", "dept": "ops", "salary": 90},
    {"name": "Cid", "dept": "eng", "salary": 100},
    {"name": "Dee", "dept": "ops", "salary": 95},
]
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
for dept, rs in sorted(by_dept.items()):
    avg = sum(r["salary"] for r in rs) / len(rs)
    print(dept, len(rs), round(avg, 2), max(rs, key=lambda r: r["salary"])["name"])
print(sorted(rows, key=lambda r: r["salary"], reverse=True)[0])
