raw = ["  Alice,30 ", "bob,25", "CAROL , 41", "", "dave,x"]
people = []
for line in raw:
    line = line.strip()
    if not line:
        continue
    name, _, age = line.partition(",")
    try:
        people.append((name.strip().title(), int(age)))
    except ValueError:
        print("bad row:", repr(line))
print(people, sorted(people, key=lambda p: p[1]))
