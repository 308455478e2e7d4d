"abc".foo()
