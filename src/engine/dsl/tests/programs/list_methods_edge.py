a = [3, 1, 2]
print(a.sort(), a, a.reverse(), a, a.append(4), a.extend("xy"), a, a.insert(-1, "z"), a, a.insert(100, "end"), a)
b = [1, 2, 3, 2, 1]
print(b.index(2, 2), b.count(1), b.pop(-2), b, b.remove(1), b, [] == [], [[]] * 2)
