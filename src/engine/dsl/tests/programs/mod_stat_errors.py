import statistics as st
cases = [
    (st.mean, ([],)), (st.fmean, ([],)), (st.median, ([],)), (st.median_low, ([],)), (st.median_high, ([],)),
    (st.mode, ([],)), (st.variance, ([1],)), (st.stdev, ([2.5],)), (st.pvariance, ([],)), (st.pstdev, ([],)),
    (st.harmonic_mean, ([],)), (st.harmonic_mean, ([-1, 2],)), (st.geometric_mean, ([],)), (st.geometric_mean, ([-4, 2],)),
    (st.quantiles, ([5],)), (st.median_grouped, ([],)),
]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f in (st.mean, st.variance, st.pstdev):
    try:
        f(["1", "2"])
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    st.median([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
e = st.StatisticsError("custom")
print(isinstance(e, ValueError), repr(e), st.StatisticsError.__mro__[1].__name__, st.StatisticsError.__module__)
print(st.mode([[1]] * 0 or [3]), st.multimode("")[:1], st.median([5]), st.variance([1, 1]), st.pstdev([0.5]))
try:
    st.mode([[1], [1]])
except TypeError as e:
    print("TypeError:", e)
st.stdev([])
