# bytes/bytearray.decode('utf-8'): CPython's error messages and its 'replace'/'ignore' results on ill-formed input.
for b in [b'\xff', b'a\xe2\x28\xa1', b'\xe2\x82', b'ab\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf', b'\xe2\x82\xac\xff', b'ok', 'h\u00e9\u20ac\U0001F600'.encode(), b'\xf4\x90\x80\x80']:
    try:
        print(ascii(b.decode()))
    except UnicodeDecodeError as e:
        print(repr(b), e)
    print(ascii(b.decode('utf-8', 'replace')), ascii(bytearray(b).decode('utf-8', 'ignore')), ascii(b.decode(errors='replace')))
bytearray(b"\x80abc").decode()
