words = ["a", "bb"]
print(lenght(words))
