import statistics as st
gen = (x * x for x in range(1, 6))
print(st.mean(gen), st.median(iter([3, 1, 2])), st.mode(iter("abcab")), st.multimode(iter([1, 1, 2, 2, 3])))
print(st.variance(range(0, 10, 3)), st.pvariance(x / 2 for x in range(6)), st.stdev(iter([1.5, 2.5, 3.5])), st.pstdev(map(float, "123")))
print(st.mean((1, 2, 3, 4)), st.median({5: "a", 1: "b", 3: "c"}), st.fmean(range(5)), st.mean({1.5, 2.5}))
print(st.median_low(range(6)), st.median_high(range(6)), st.quantiles(range(1, 9)), st.quantiles(map(float, range(1, 9)), n=3))
d = {"x": [1, 2, 3], "y": [4.0, 5.0, 6.5]}
print({k: (st.mean(v), st.stdev(v)) for k, v in d.items()})
print(st.mean([10**18, 1, 2]), st.median([10**20, 1, 3]), st.variance([10**10, 10**10 + 4]), st.mean([-0.0, 0.0]))
print(st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.pstdev(range(1, 11)), st.variance([1.0, 2.0, 3.0, 4.0]), st.pvariance([True, False]))
print(st.mode([None, None, 1]), st.multimode([(1, 2), (1, 2), "a"]), st.median(["apple", "fig", "kiwi"]))
st.mean(iter([]))
