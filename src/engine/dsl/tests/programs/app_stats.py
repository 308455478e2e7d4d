data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
srt = sorted(data)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
mode = max(set(data), key=data.count)
print(mean, var, std, median, mode, min(data), max(data))
print(f"{mean:.3f} {std:.3f}", round(std, 4))
