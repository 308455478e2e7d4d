import statistics as st
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([4, 1, 3, 2]), st.median([1.5, 2.5]), st.median([1, 2]), st.median([2, 2]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([1, 3, 5]), st.median_high([1, 3, 5]))
print(st.median(["b", "a", "c"]), st.median_low(["b", "a", "d", "c"]), st.median(range(10)), st.median(iter([5, 3, 9])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([2, 2, 3, 3, 3, 4]), st.median_grouped([5]), st.median_grouped([1.5, 2.5, 2.5], 0.5))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode([1, 2, 2, 1]), st.mode("aabbbc"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([1, 2, 3]), st.multimode([]), st.multimode([1.0, 1, 2]))
print(st.mode([(1, 2), (1, 2), (3,)]), st.mode([1, 1.0, True, 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2], n=3))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1.5, 2.5, 4.0, 7.0], method="inclusive"), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([3, 1, 2], n=2))
for f in (st.median, st.median_low, st.median_high, st.median_grouped, st.mode):
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, e)
for args, kw in [(([1],), {}), (([1, 2],), {"n": 0}), (([1, 2],), {"method": "bogus"})]:
    try:
        st.quantiles(*args, **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
st.median([])
