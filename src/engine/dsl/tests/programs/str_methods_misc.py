print("Hello".encode(), "hello world".title(), "hELLO".capitalize(), "ß".upper(), "ǅ".lower())
print(sorted("banana"), list("abc"), tuple("ab"), set("aab") == {'a', 'b'}, "b" in "abc", "" in "abc", "abc".count(''))
print("a-b_c d".translate(str.maketrans('-_', '  ')), "abc".translate({97: 'X', 98: None}))
print(ord('a'), chr(97), ord('€'), chr(8364), min("hello"), max("hello"))
