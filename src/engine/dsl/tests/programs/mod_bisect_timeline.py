import bisect
timeline = []
def record(t, event):
    bisect.insort(timeline, (t, event))
for t, e in [(10.5, "start"), (3.0, "boot"), (10.5, "again"), (7.25, "load"), (0.0, "power")]:
    record(t, e)
print(timeline)
times = [t for t, _ in timeline]
def events_between(a, b):
    return timeline[bisect.bisect_left(times, a):bisect.bisect_right(times, b)]
print(events_between(3, 10.5), events_between(11, 20), events_between(-1, 0))
breakpoints = [0, 18.5, 25, 30]
labels = ["under", "normal", "over", "obese"]
def bmi_class(b):
    return labels[bisect.bisect_right(breakpoints, b) - 1]
print([bmi_class(x) for x in [17, 18.5, 22.9, 25, 29.99, 35]])
tax_brackets = [10000, 40000, 85000]
rates = [0.0, 0.1, 0.2, 0.3]
print([rates[bisect.bisect(tax_brackets, inc)] for inc in [5000, 10000, 10001, 50000, 100000]])
sorted_words = sorted("the quick brown fox jumps over the lazy dog".split())
print(sorted_words, bisect.bisect_left(sorted_words, "the"), bisect.bisect_right(sorted_words, "the"))
def prefix_range(words, prefix):
    lo = bisect.bisect_left(words, prefix)
    hi = bisect.bisect_left(words, prefix + "\uffff")
    return words[lo:hi]
print(prefix_range(sorted(["apple", "apricot", "banana", "apex", "cherry", "ap"]), "ap"))
arr = []
for x in [5, 3, 8, 3, 1, 9, 5]:
    bisect.insort_left(arr, x)
    print(arr)
def rank(a, x):
    return bisect.bisect_left(a, x) / len(a)
print([round(rank(arr, v), 3) for v in [1, 5, 10]])
bisect.insort(arr, "x")
