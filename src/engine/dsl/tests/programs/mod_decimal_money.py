from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, repr(total), total * 3, total / 3)
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, total + tax, (total + tax).quantize(Decimal("1."), rounding=ROUND_DOWN))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25")]), max(prices), min(prices))
print(Decimal("3.14159").quantize(Decimal("0.001")), Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").quantize(Decimal("1")))
print({Decimal("1.0"): "a"}[Decimal(1)], Decimal("1.0") in {1}, getcontext().prec)
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.125'):.1%}", f"{Decimal('7'):>8.2f}|")
