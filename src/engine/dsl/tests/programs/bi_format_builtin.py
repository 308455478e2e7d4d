print(format(1.5), format(10, 'b'), format('s', '>3'), format(True), format(12.0, 'g'), format(1e20, 'g'), format(0.1, '.20f'))
