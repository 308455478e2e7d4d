assert 1 + 1 == 2
try:
    assert False, "message here"
except AssertionError as e:
    print("caught", e)
assert len([]) > 0, f"list was empty: {[]}"
