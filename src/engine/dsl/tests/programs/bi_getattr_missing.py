getattr(5, 'nope')
