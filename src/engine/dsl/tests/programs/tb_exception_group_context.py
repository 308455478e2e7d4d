class Cleanup(Exception):
    pass
def work():
    try:
        raise ValueError("primary failure")
    finally:
        raise Cleanup("cleanup failed too")
work()
