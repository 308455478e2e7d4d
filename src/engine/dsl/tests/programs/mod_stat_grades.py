from statistics import mean, median, mode, stdev, pstdev, variance, quantiles, multimode, fmean, median_grouped
students = {
    "ann": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "cy": [90, 90, 85, 100],
    "dee": [55, 70, 60, 65],
}
for name, scores in students.items():
    print(f"{name:4} mean={mean(scores):6.2f} median={median(scores):5.1f} sd={stdev(scores):7.4f} var={variance(scores)}")
allscores = sorted(s for ss in students.values() for s in ss)
print(allscores)
print(mean(allscores), fmean(allscores), median(allscores), multimode(allscores), round(pstdev(allscores), 6))
q1, q2, q3 = quantiles(allscores, n=4)
print(q1, q2, q3, q3 - q1)
deciles = quantiles(allscores, n=10, method="inclusive")
print(deciles)
print(median_grouped(allscores, interval=5), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
ranked = sorted(students, key=lambda n: mean(students[n]), reverse=True)
print(ranked)
curve = {n: [min(100, s + 5) for s in ss] for n, ss in students.items()}
print({n: mean(ss) for n, ss in curve.items()})
letter = lambda m: "A" if m >= 90 else "B" if m >= 80 else "C" if m >= 70 else "D"
print({n: letter(mean(ss)) for n, ss in students.items()}, mode(letter(mean(ss)) for ss in students.values()))
