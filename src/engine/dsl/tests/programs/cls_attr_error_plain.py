class A:
    pass
A().zzz
