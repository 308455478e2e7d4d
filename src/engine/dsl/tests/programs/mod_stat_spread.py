import statistics as st
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
ints = [1, 2, 3, 4, 5, 6, 7, 8, 9]
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]), st.pvariance([1, 3]), st.pvariance([1, 2]), st.stdev([1, 1, 1]))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, mu=m), st.stdev(data, xbar=m), st.pstdev(data, m))
print(st.variance([10**18, 10**18 + 2, 10**18 + 4]), st.stdev([1e100, 2e100]), st.pstdev([5]), st.pvariance([5.0]))
print(st.variance(range(100)), st.stdev(range(100)), st.pstdev(x * 0.1 for x in range(50)))
print(st.variance([True, False, True, True]), st.stdev([3, 1.5]))
scores = [88, 92, 79, 93, 85, 91, 77, 95, 89, 84]
mu = st.mean(scores)
sd = st.stdev(scores)
print(mu, sd, [round((s - mu) / sd, 3) for s in scores])
for f, arg in [(st.variance, [1]), (st.stdev, []), (st.pvariance, []), (st.pstdev, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, e)
st.stdev([4])
