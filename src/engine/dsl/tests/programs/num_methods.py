print((255).bit_length(), (1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio())
print((3.0).hex(), (0.1).hex(), int.from_bytes if False else 'x', (7).bit_count())
