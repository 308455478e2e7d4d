print(chr(65), ord('A'), hex(255), oct(8), bin(5), hex(0), bin(0), oct(-8), chr(0x1F600) == '\U0001F600')
