print("aaa".replace('a', 'b'), "aaa".replace('a', 'b', 2), "abc".replace('', '-'), "hello".center(11, '*'), "7".zfill(3), "-7".zfill(4))
print("abc".ljust(6, '.') + '|', "abc".rjust(6) + '|', "a\tb".expandtabs(4), "Hello".partition('l'), "Hello".rpartition('l'), "x".partition('y'))
print("abc".removeprefix('a'), "abc".removesuffix('c'), "ab" * 3, 3 * "-", "a" < "b", "abc" < "abd", "Z" < "a")
