def todo():
    ...
class Empty:
    pass
print(todo(), Empty.__name__, ..., type(...).__name__, Ellipsis is ...)
