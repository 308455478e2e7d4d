match x:
    case 1:
        pass
#=====
match x:
    case 1 | 2 | 3:
        pass
    case _:
        pass
#=====
match x:
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
#=====
match x:
    case 'a':
        pass
    case b'a':
        pass
    case 'a' 'b':
        pass
#=====
match x:
    case None:
        pass
    case True:
        pass
    case False:
        pass
#=====
match x:
    case y:
        pass
#=====
match x:
    case a.b:
        pass
    case a.b.c:
        pass
#=====
match x:
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
#=====
match x:
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
#=====
match x:
    case {'a': 1, 'b': y}:
        pass
    case {**rest}:
        pass
    case {'a': 1, **rest}:
        pass
    case {}:
        pass
#=====
match x:
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case a.Point():
        pass
#=====
match x:
    case [a, b] as c:
        pass
    case (1 | 2) as d:
        pass
#=====
match x:
    case a if a > 0:
        pass
    case _ if True:
        pass
#=====
match x, y:
    case 1, 2:
        pass
#=====
match (x):
    case (1):
        pass
#=====
match x:
    case *a, b:
        pass
#=====
match = 1
#=====
match(x)
#=====
match.x = 1
#=====
case = 2
#=====
match x:
    case {1: _, 'a': [1, {2: y}]}:
        pass
#=====
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
#=====
_ = 1
#=====
match x:
    case str() | bytes():
        pass
#=====
match *a, b:
    case _:
        pass
#=====
match -x:
    case _:
        pass
#=====
match [x]:
    case [1]:
        pass
#=====
match x:
    case [1, 2,]:
        pass
    case {'a': 1,}:
        pass
    case C(a, b=1,):
        pass
