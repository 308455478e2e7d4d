import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([1.5, 2.5]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.mean([0.1] * 10), sum([0.1] * 10) / 10, statistics.mean([1e16, 1, -1e16]), statistics.mean([True, False, True]))
print(statistics.mean(range(1, 101)), statistics.mean(iter([2, 4])), statistics.mean([10**20, 10**20 + 1]), statistics.mean([-1, -2]))
print(statistics.mean([1, 2.0]), type(statistics.mean([1, 3])).__name__, statistics.mean([2.0, 2.0]), statistics.mean([float("inf"), 1]))
print(statistics.fmean([1, 2, 3, 4]), statistics.fmean([0.1, 0.2, 0.3]), statistics.fmean(iter([3.5, 4.5])), statistics.fmean([1, 2, 3], weights=[3, 2, 1]))
print(statistics.fmean([10**20, 1]), statistics.fmean([1]), statistics.fmean((x / 3 for x in range(10))))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([7]), statistics.harmonic_mean([1, 1]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1, 2, 4]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data))
temps = [21.3, 19.8, 22.1, 20.5, 23.0, 18.7, 21.9, 20.0]
print(round(statistics.mean(temps), 3), statistics.mean(temps), statistics.fmean(temps))
for bad in [[], ()]:
    for f in (statistics.mean, statistics.fmean, statistics.harmonic_mean):
        try:
            f(bad)
        except statistics.StatisticsError as e:
            print(f.__name__, "StatisticsError:", e)
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.harmonic_mean([1, -1])
except statistics.StatisticsError as e:
    print(e)
try:
    statistics.geometric_mean([1, 0])
except statistics.StatisticsError as e:
    print(e)
print(issubclass(statistics.StatisticsError, ValueError))
statistics.mean([])
