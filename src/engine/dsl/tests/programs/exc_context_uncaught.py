try:
    [][0]
except IndexError:
    print(undefined_name)
