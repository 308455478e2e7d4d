s = "Hello, World"
print(len(s), s[0], s[-1], s[2:5], s[::-1], s[::2], s[-5:], s[:100], s[100:])
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.count('l'), s.startswith('Hell'), s.endswith(('x', 'ld')))
