people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a"]), sorted([[2, 1], [1, 2], [1]]))
