"""Regenerates decimal-oracle.json: Python's decimal module (ROUND_HALF_UP) is the oracle
for Flint's Decimal add/sub/mul/div-to-scale. Run: python3 decimal-oracle.py > decimal-oracle.json"""
import json
import random
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 200
random.seed(7)
cases = []
for _ in range(300):
    a = Decimal(random.randint(-10**12, 10**12)).scaleb(-random.randint(0, 8))
    b = Decimal(random.randint(-10**9, 10**9)).scaleb(-random.randint(0, 6))
    scale = random.randint(0, 12)
    q = Decimal(1).scaleb(-scale)
    case = {"a": str(a), "b": str(b), "scale": scale, "add": str(a + b), "sub": str(a - b), "mul": str(a * b)}
    case["div"] = None if b == 0 else str((a / b).quantize(q, rounding=ROUND_HALF_UP))
    cases.append(case)
print(json.dumps(cases, indent=0))
