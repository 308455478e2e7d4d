def connect(host, port=80, *, timeout):
    return f"{host}:{port}"
print(connect("h", timeout=1))
connect("h", 8080)
