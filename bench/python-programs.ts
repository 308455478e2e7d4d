/**
 * The issue's five PyFlint workloads, as Python programs that print a checkable result: the
 * bench compares both interpreters' output before it trusts either time.
 */
export const programs: Record<string, string> = {
  'Monte Carlo pi (5M random() pairs)': `import random
random.seed(42)
inside = 0
n = 5_000_000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(4.0 * inside / n)
`,
  'word count (split + dict, ~20 MB)': `words = ["spark", "rdd", "driver", "executor", "shuffle", "stage", "task", "lazy", "broadcast", "accumulator", "sql", "stream"]
seed = 12345
parts = []
for i in range(2_600_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    parts.append(words[seed % 12])
text = " ".join(parts)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(text), sorted(counts.items())[:3])
`,
  'sum(map(lambda x: x * x, range(10_000_000)))': `print(sum(map(lambda x: x * x, range(10_000_000))))
`,
  'class-heavy (2M objects, __add__)': `class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
acc = Vec(0, 0)
for i in range(2_000_000):
    acc = acc + Vec(i % 7, i % 11)
print(acc.norm2())
`,
  'recursive (fib(27))': `def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(27))
`,
};
