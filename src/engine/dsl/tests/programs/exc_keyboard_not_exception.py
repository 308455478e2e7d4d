try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("base", type(e).__name__)
