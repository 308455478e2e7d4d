import statistics
sales = {"mon": [120, 135, 150], "tue": [98, 110], "wed": [200, 180, 190, 210], "thu": [75]}
for day, vals in sales.items():
    line = [day, statistics.mean(vals), statistics.median(vals)]
    if len(vals) > 1:
        line += [round(statistics.stdev(vals), 4), statistics.variance(vals)]
    print(*line)
everything = [v for vals in sales.values() for v in vals]
print(len(everything), statistics.mean(everything), statistics.median(everything), statistics.mode(everything))
print(statistics.quantiles(everything), statistics.quantiles(everything, n=5), statistics.quantiles(everything, method="inclusive"))
print(statistics.median_grouped(everything, interval=10), statistics.multimode([d[0] for d in sales]))
def zscores(xs):
    m = statistics.mean(xs)
    s = statistics.pstdev(xs)
    return [round((x - m) / s, 3) for x in xs]
print(zscores(everything))
grades = ["B", "A", "C", "B", "A", "B"]
print(statistics.mode(grades), statistics.multimode(grades), statistics.median_low(sorted(grades)), statistics.median_high(grades))
def describe(xs):
    return {
        "n": len(xs),
        "mean": statistics.fmean(xs),
        "median": statistics.median(xs),
        "sd": statistics.stdev(xs) if len(xs) > 1 else None,
        "range": max(xs) - min(xs),
    }
print(describe([3.5, 2.25, 8.0, 4.75]))
print(describe([7]))
print(statistics.fmean([1, 2, 3], [0.5, 0.25, 0.25]), statistics.geometric_mean([2.5, 10, 40]), statistics.harmonic_mean([60, 40, 30]))
try:
    statistics.fmean([1, 2], weights=[1])
except statistics.StatisticsError as e:
    print(e)
try:
    statistics.fmean([1, 2], weights=[0, 0])
except statistics.StatisticsError as e:
    print(e)
statistics.variance([])
