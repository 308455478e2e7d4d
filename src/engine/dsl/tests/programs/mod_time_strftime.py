import time
t = time.gmtime(1700000000)
for f in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %W %w", "%I:%M %p", "%y %C %e", "%Z %z", "%%", "%c", "%x %X", "%D %T %F"]:
    print(repr(f), time.strftime(f, t))
print(time.asctime(t))
print(time.ctime(0))
print(time.mktime(t))
