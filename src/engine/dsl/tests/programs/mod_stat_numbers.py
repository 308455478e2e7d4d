import statistics as st
import random
random.seed(12345)
for n in (2, 3, 7, 25):
    xs = [random.uniform(-100, 100) for _ in range(n)]
    print(n, st.mean(xs), st.fmean(xs), st.median(xs), st.variance(xs), st.stdev(xs), st.pvariance(xs), st.pstdev(xs))
for n in (2, 5, 11):
    xs = [random.randint(-1000, 1000) for _ in range(n)]
    print(n, xs, st.mean(xs), st.median(xs), st.variance(xs), st.pvariance(xs), st.stdev(xs), st.pstdev(xs))
xs = [1e300, 1e300, -1e300]
print(st.mean(xs), st.fmean([1e308, 1e308]), st.mean([1e308, 1e308]))
print(st.mean([0.1, 0.1, 0.1]), st.variance([0.1, 0.1, 0.1]), st.stdev([0.1, 0.2]), st.pstdev([1e-300, 3e-300]))
print(st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mean([3, 4.5]), st.median([3, 4.5]), st.mean(x / 7 for x in range(20)))
print(st.pvariance([1, 2, 3, 4, 5, 6]), st.variance([1, 2, 3, 4, 5, 6]), st.variance([10**15, 10**15 + 1]))
heights = [1.62, 1.75, 1.80, 1.55, 1.70, 1.68]
mu = st.mean(heights)
print(mu, st.pstdev(heights, mu), st.pvariance(heights, mu), st.stdev(heights))
print(st.mean([1, True, 2.0]), st.median_low([1.0, 2, 3.0, 4]), st.mode([1.5, 1.5, 2]))
print(st.mean([float("nan"), 1]), st.mean([float("inf"), float("-inf")]), st.median([float("inf"), 1, 2]))
