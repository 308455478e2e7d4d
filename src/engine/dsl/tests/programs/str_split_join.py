print("a,b,,c".split(','), " a  b \t c\n".split(), "a b c".split(' ', 1), "a,b,c".rsplit(',', 1), "".split(), "".split(','))
print('-'.join(['a', 'b', 'c']), ''.join(map(str, range(5))), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("  pad  ".strip(), "xxhixx".strip('x'), "  pad  ".lstrip(), "  pad  ".rstrip() + '|')
