#!/usr/bin/env python3
"""
CPython model of Spark Streaming's windowed and stateful word counts, written from Spark's
documented semantics (not from Flint's code), for windows.test.ts.

Input (JSON file, argv[1]): {"batches": [[word, ...], ...], "window": w, "slide": s} with batch
i (1-based) at time i * batch and durations in batches. Output (JSON):
  counts_by_value: for each output time t (t % s == 0): sorted [word, n] with n > 0 in (t - w, t]
  inverse: reduceByKeyAndWindow(add, sub, w, s): when w >= 5 s and t > s, Spark updates the
           previous window's result (old batches subtracted, new added), so keys stay with 0;
           otherwise the window is reduced afresh and holds only keys present
  count_by_window: countByWindow(w, s) = the same rule over a single key: [n] or []
  state: updateStateByKey(sum) after each batch: the running totals
"""
import json
import sys
from collections import Counter


def window_counts(batches, t, w):
    c = Counter()
    for i in range(max(1, t - w + 1), t + 1):
        c.update(batches[i - 1])
    return c


def windowed(prev, cur, incremental):
    """One reduceByKeyAndWindow result with an inverse function (no filter)."""
    if incremental:
        # previous result, old batches subtracted, new ones added: every key once seen stays
        return {k: cur.get(k, 0) for k in set(prev) | set(cur)}
    return {k: v for k, v in cur.items()}


def main(path):
    with open(path) as f:
        spec = json.load(f)
    batches, w, s = spec["batches"], spec["window"], spec["slide"]
    n = len(batches)
    out = {"counts_by_value": [], "inverse": [], "count_by_window": [], "state": []}
    prev = prev_count = None
    for t in range(1, n + 1):
        if t % s:
            continue
        cur = window_counts(batches, t, w)
        incremental = w >= 5 * s and prev is not None
        out["counts_by_value"].append(sorted([k, v] for k, v in cur.items() if v > 0))
        prev = windowed(prev, cur, incremental)
        out["inverse"].append(sorted([k, v] for k, v in prev.items()))
        total = sum(cur.values())
        prev_count = windowed(prev_count, {1: total} if total else {}, incremental)
        out["count_by_window"].append(list(prev_count.values()))
    state = Counter()
    for b in batches:
        state.update(b)
        out["state"].append(sorted([k, v] for k, v in state.items()))
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
