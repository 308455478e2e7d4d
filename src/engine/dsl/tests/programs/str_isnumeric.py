print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "abc".isascii(), "é".isascii())
