from decimal import *
print(repr(Decimal('1.1')+Decimal('2.2')), repr(Decimal(0.1)), Decimal(1)/Decimal(3), Decimal('10')/Decimal('4'), Decimal('1.00')*Decimal('3'), Decimal(10)/Decimal(5), Decimal('1E+2'), Decimal('0.000001'), Decimal('0.0000001'), Decimal('123E-10'))
print(Decimal('7')//Decimal('-2'), Decimal('7')%Decimal('-2'), Decimal('-7')%Decimal('2'), divmod(Decimal(7), Decimal(2)), -Decimal('0'), Decimal('-0')+Decimal('0'))
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), round(Decimal('2.5')), round(Decimal('2.567'), 2), int(Decimal('-3.7')), float(Decimal('1.5')))
print(Decimal('1.10') == Decimal('1.1'), Decimal(1) == 1, Decimal('0.5') < 1, Decimal('0.1') == 0.1, hash(Decimal('1.5'))==hash(1.5), hash(Decimal(2))==hash(2))
print(sum([Decimal('0.1')]*3), Decimal('2')**3, Decimal('2')**-1, Decimal('1.50').normalize(), Decimal('100').normalize(), Decimal('1.5').as_tuple())
try: Decimal(1)/Decimal(0)
except Exception as e: print(type(e).__name__, repr(e), e)
try: Decimal('abc')
except Exception as e: print(type(e).__name__, e)
print(getcontext().prec, format(Decimal('1234.5678'), '.2f'), format(Decimal('1234.5'), ',.2f'), f'{Decimal("3.14159"):.3f}', Decimal('NaN'), Decimal('-Infinity'), Decimal(' 12 '))
print(Decimal(1)+1, 1+Decimal(1), str(Decimal('1e5')), Decimal('12.300').to_integral_value(), Decimal(123456789)*Decimal(987654321)*Decimal(1000000007)*Decimal(99999999999))
try: Decimal(1) + 1.5
except TypeError as e: print(e)
getcontext().prec = 6
print(Decimal(1)/Decimal(7), Decimal('123456789'))
print(Decimal('123456789') + 0)
with localcontext() as c:
    c.prec = 3
    print(Decimal(2)/Decimal(3))
print(Decimal(2)/Decimal(3))
getcontext().prec = 28
