"""numpy oracles for the tree kernels' tests (tree.test.ts, tree-boost.test.ts): a JSON problem
on stdin, JSON on stdout. Brute force, written from the definitions (not from the kernels):

- best_split: every feature, every midpoint of consecutive distinct values; gain =
  impurity(parent) - wL/W impurity(left) - wR/W impurity(right) with gini or entropy (log2)
  over weighted class counts, or variance; the first maximum in (feature, threshold) order.
- boost: gradient boosting with depth-1 variance trees (stumps, all midpoints), first tree
  weight 1 then stepSize, pseudo-residuals -dL/dF of the squared (2(y-F)), absolute
  (sign(y-F)) or logistic (labels 2y-1, 4y/(1+exp(2yF))) loss; returns the final margins
  and the mean loss after each tree.
"""
import json
import sys

import numpy as np

p = json.load(sys.stdin)
X = np.array(p["X"], dtype=float)
y = np.array(p["y"], dtype=float)
w = np.array(p.get("w") or [1.0] * len(y), dtype=float)


def impurity(labels, weights, kind, k):
    W = weights.sum()
    if W == 0:
        return 0.0
    if kind == "variance":
        m = (weights * labels).sum() / W
        return float((weights * labels * labels).sum() / W - m * m)
    counts = np.array([weights[labels == c].sum() for c in range(k)])
    pr = counts / W
    if kind == "gini":
        return float(1.0 - (pr * pr).sum())
    nz = pr[pr > 0]
    return float(-(nz * np.log2(nz)).sum())


def best_split(X, labels, weights, kind, k):
    parent = impurity(labels, weights, kind, k)
    W = weights.sum()
    best = (-np.inf, -1, 0.0)
    for f in range(X.shape[1]):
        vals = np.unique(X[weights > 0, f])
        for a, b in zip(vals[:-1], vals[1:]):
            t = (a + b) / 2
            left = X[:, f] <= t
            wl, wr = weights[left].sum(), weights[~left].sum()
            g = parent - wl / W * impurity(labels[left], weights[left], kind, k) - wr / W * impurity(labels[~left], weights[~left], kind, k)
            if g > best[0]:
                best = (g, f, t)
    return best


kind = p["kind"]
if kind == "best_split":
    k = int(y.max()) + 1 if p["impurity"] != "variance" else 0
    g, f, t = best_split(X, y, w, p["impurity"], k)
    out = {"gain": g, "feature": f, "threshold": t}
elif kind == "boost":
    loss = p["loss"]
    lab = 2 * y - 1 if loss == "logistic" else y.copy()

    def grad(F):
        if loss == "squared":
            return -2 * (lab - F)
        if loss == "absolute":
            return np.where(lab - F < 0, 1.0, -1.0)
        return -4 * lab / (1 + np.exp(2 * lab * F))

    def err(F):
        if loss == "squared":
            e = (lab - F) ** 2
        elif loss == "absolute":
            e = np.abs(lab - F)
        else:
            e = 2 * np.log1p(np.exp(-2 * lab * F))
        return float((w * e).sum() / w.sum())

    F = np.zeros(len(y))
    target = lab.copy()
    errors = []
    for m in range(p["maxIter"]):
        g, f, t = best_split(X, target, w, "variance", 0)
        if f < 0 or g <= 0:
            W = w.sum()
            pred = np.full(len(y), (w * target).sum() / W)
        else:
            left = X[:, f] <= t
            pred = np.where(left, (w[left] * target[left]).sum() / w[left].sum(), (w[~left] * target[~left]).sum() / w[~left].sum())
        F = F + (1.0 if m == 0 else p["stepSize"]) * pred
        errors.append(err(F))
        target = -grad(F)
    out = {"margin": F.tolist(), "errors": errors}
print(json.dumps(out))
