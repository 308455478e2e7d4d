scores = {"alice": [90, 85, 77], "bob": [60, 75], "carol": [88]}
avgs = {n: sum(s) / len(s) for n, s in scores.items()}
print(avgs)
print({n: round(a, 1) for n, a in avgs.items()}, max(avgs, key=avgs.get), min(avgs.values()))
print(f"{'name':<6}|{'avg':>6}")
for n, a in sorted(avgs.items(), key=lambda x: -x[1]):
    print(f"{n:<6}|{a:>6.2f}")
