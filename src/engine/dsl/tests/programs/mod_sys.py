import sys
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.getrecursionlimit(), type(sys.maxsize).__name__, sys.maxsize)
sys.stdout.write("written\n")
print(len(sys.argv) >= 1)
