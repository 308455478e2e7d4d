"""numpy/scipy oracles for the ml kernels' tests: reads a JSON problem on stdin, prints JSON.

Each problem is {"kind": ..., "X": [[...]], "y": [...], "w": [...], ...}; the formulas are
written from the objectives Spark documents, independently of the TypeScript code.
"""
import json
import sys

import numpy as np

p = json.load(sys.stdin)
X = np.array(p["X"], dtype=float)
y = np.array(p["y"], dtype=float)
w = np.array(p.get("w") or [1.0] * len(y), dtype=float)
kind = p["kind"]
out = {}

if kind == "ols":
    A = np.hstack([X, np.ones((len(y), 1))]) if p["fitIntercept"] else X
    sw = np.sqrt(w)
    sol, *_ = np.linalg.lstsq(A * sw[:, None], y * sw, rcond=None)
    out = {"coefficients": sol[: X.shape[1]].tolist(), "intercept": float(sol[-1]) if p["fitIntercept"] else 0.0}
    if p["fitIntercept"]:
        # standard errors of weighted OLS
        r = y - A @ sol
        dof = len(y) - A.shape[1]
        sigma2 = float((w * r * r).sum() / dof)
        cov = sigma2 * np.linalg.inv((A * w[:, None]).T @ A)
        out["stderr"] = np.sqrt(np.diag(cov)).tolist()
        from scipy import stats
        t = sol / np.sqrt(np.diag(cov))
        out["tValues"] = t.tolist()
        out["pValues"] = (2 * stats.t.sf(np.abs(t), dof)).tolist()
elif kind == "ridge":
    # (1/2W) Σw(y - Xβ - b)^2 / σy^2 + λ/(2σy) Σ σj^2 βj^2 / σy^2 , σ population (normal) or unbiased (l-bfgs)
    W = w.sum()
    mx = (w[:, None] * X).sum(0) / W
    my = (w * y).sum() / W
    unbiased = p["std"] == "unbiased"
    den = (W - (w * w).sum() / W) if unbiased else W
    sx = np.sqrt((w[:, None] * (X - mx) ** 2).sum(0) / den)
    sy = np.sqrt((w * (y - my) ** 2).sum() / den)
    Xc = X - mx
    yc = y - my
    lam = p["regParam"]
    M = (Xc * w[:, None]).T @ Xc / W + (lam / sy) * np.diag(sx ** 2)
    beta = np.linalg.solve(M, (Xc * w[:, None]).T @ yc / W)
    out = {"coefficients": beta.tolist(), "intercept": float(my - mx @ beta)}
elif kind == "enet":
    from scipy.optimize import minimize
    W = w.sum()
    mx = (w[:, None] * X).sum(0) / W
    my = (w * y).sum() / W
    den = W if p.get("std") == "population" else W - (w * w).sum() / W
    sx = np.sqrt((w[:, None] * (X - mx) ** 2).sum(0) / den)
    sy = np.sqrt((w * (y - my) ** 2).sum() / den)
    Z = (X - mx) / sx
    t = (y - my) / sy
    lam = p["regParam"] / sy
    a = p["elasticNetParam"]
    d = X.shape[1]

    def f(v):
        b = v[:d] - v[d:]
        r = Z @ b - t
        val = 0.5 * (w * r * r).sum() / W + 0.5 * (1 - a) * lam * (b @ b) + a * lam * v.sum()
        g = Z.T @ (w * r) / W + (1 - a) * lam * b
        return val, np.concatenate([g + a * lam, -g + a * lam])

    res = minimize(f, np.zeros(2 * d), jac=True, method="L-BFGS-B", bounds=[(0, None)] * (2 * d), options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10000})
    b = res.x[:d] - res.x[d:]
    coef = b * sy / sx
    out = {"coefficients": coef.tolist(), "intercept": float(my - mx @ coef)}
elif kind == "logistic":
    from scipy.optimize import minimize
    W = w.sum()
    mx = (w[:, None] * X).sum(0) / W
    den = W - (w * w).sum() / W
    sx = np.sqrt((w[:, None] * (X - mx) ** 2).sum(0) / den)
    Z = X / sx
    lam = p["regParam"]
    d = X.shape[1]

    def f(v):
        b, c = v[:d], v[d]
        m = Z @ b + c
        val = (w * (np.logaddexp(0, m) - y * m)).sum() / W + 0.5 * lam * (b @ b)
        r = w * (1 / (1 + np.exp(-m)) - y) / W
        return val, np.concatenate([Z.T @ r + lam * b, [r.sum()]])

    res = minimize(f, np.zeros(d + 1), jac=True, method="BFGS", options={"gtol": 1e-12, "maxiter": 10000})
    out = {"coefficients": (res.x[:d] / sx).tolist(), "intercept": float(res.x[d])}
print(json.dumps(out))
