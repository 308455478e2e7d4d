text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:<6}{c:>3}")
print(len(counts), sum(counts.values()))
