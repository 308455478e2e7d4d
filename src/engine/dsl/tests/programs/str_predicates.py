for t in ["abc", "ABC", "Abc", "123", "12a", "", " ", "Hello World", "hello_1", "1abc"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isidentifier())
