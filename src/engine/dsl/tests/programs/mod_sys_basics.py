import sys
print(repr(sys.version_info), sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.platform, sys.byteorder, sys.maxsize, sys.hexversion, sys.getdefaultencoding(), sys.implementation.name)
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.maxunicode)
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.version.startswith("3.11"))
