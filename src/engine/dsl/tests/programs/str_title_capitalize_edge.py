print("hello world".title(), "HELLO wORLD".title(), "they're bill's".title(), "3rd place".title(), "a1b2".title(), "ÉCOLE".capitalize(), "é".upper())
