words = ["éclair", "eclair", "Zebra", "apple", "Äpfel", "zebra"]
print(sorted(words), max(words), "é" > "z", "a" < "B", ord("é"))
