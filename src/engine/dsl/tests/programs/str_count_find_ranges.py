s = "mississippi"
print(s.count("ss"), s.count("i", 3), s.find("ss", 3), s.find("ss", 3, 5), s.rfind("i", 0, 5), s.index("pp"), s.startswith("ss", 2))
