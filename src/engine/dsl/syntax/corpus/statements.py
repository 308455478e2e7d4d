pass
#=====
break
#=====
continue
#=====
return
#=====
return x
#=====
return x, y
#=====
return *a, b
#=====
return (x)
#=====
raise
#=====
raise E
#=====
raise E('msg')
#=====
raise E from e
#=====
raise E from None
#=====
global x
#=====
global x, y, z
#=====
nonlocal x
#=====
nonlocal x, y
#=====
del x
#=====
del x, y
#=====
del x.y
#=====
del x[0]
#=====
del x[1:2]
#=====
del (x)
#=====
del (x, y)
#=====
del [x, y]
#=====
del x, (y, z)
#=====
del x,
#=====
assert x
#=====
assert x, 'msg'
#=====
assert (x, 'msg')
#=====
import os
#=====
import os.path
#=====
import os, sys
#=====
import os.path as p
#=====
import a.b.c as d, e
#=====
from os import path
#=====
from os import path as p
#=====
from os import (path, sep)
#=====
from os import (path, sep,)
#=====
from os import (path as p,
#=====
                sep as s)
#=====
from . import x
#=====
from .. import x
#=====
from ... import x
#=====
from .... import x
#=====
from .mod import x
#=====
from ..mod.sub import x as y
#=====
from ...mod import *
#=====
from os import *
#=====
from __future__ import annotations
#=====
x
#=====
x; y
#=====
x; y;
#=====
pass; pass
#=====
import a; import b
#=====
if x: pass
#=====
while x: break
#=====
for x in y: continue
#=====
x = 1; y = 2
#=====
print
#=====
exec
#=====
print >>sys.stderr, x
