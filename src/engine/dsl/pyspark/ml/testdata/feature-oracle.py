"""numpy/scipy oracle for the feature tests: reads {"x": rows, "labels": [...]} on stdin, prints the
statistics Spark's feature estimators compute, as JSON."""
import json
import sys

import numpy as np
from scipy import stats

data = json.load(sys.stdin)
x = np.array(data["x"], dtype=float)
labels = np.array(data["labels"], dtype=float)
cov = np.cov(x.T)
u, s, _ = np.linalg.svd(cov)
k = 2
out = {
    "mean": x.mean(axis=0).tolist(),
    "std": x.std(axis=0, ddof=1).tolist(),
    "min": x.min(axis=0).tolist(),
    "max": x.max(axis=0).tolist(),
    "maxAbs": np.abs(x).max(axis=0).tolist(),
    "pcaVariance": (s[:k] / s.sum()).tolist(),
    "pcaProjection": (x @ u[:, :k]).tolist(),
    "anovaP": [float(stats.f_oneway(*[x[labels == c, j] for c in np.unique(labels)]).pvalue) for j in range(x.shape[1])],
}
print(json.dumps(out))
