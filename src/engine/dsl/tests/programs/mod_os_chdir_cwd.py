import os, tempfile
d = tempfile.mkdtemp()
start = os.getcwd()
os.chdir(d)
print(os.getcwd() == d)
with open("rel.txt", "w") as f:
    f.write("relative")
print(os.listdir("."), os.path.exists(os.path.join(d, "rel.txt")))
os.mkdir("inner")
os.chdir("inner")
print(os.path.basename(os.getcwd()), os.path.abspath("..") == d)
try:
    os.chdir("nowhere")
except FileNotFoundError as e:
    print(e)
os.chdir(start)
print(os.getcwd() == start)
