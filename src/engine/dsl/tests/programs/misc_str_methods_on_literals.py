print("a,b;c".replace(";", ",").split(","), " ".join("hello world".split()[::-1]), "abc"[1:].upper(), "x".join("123"))
print("{:>10}".format("right"), "{:-^10}".format("mid"), "%s=%r" % ("k", "v"), "a\tb".split("\t"))
