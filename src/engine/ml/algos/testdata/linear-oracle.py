"""numpy/scipy oracles for the linear-classifier kernels (LinearSVC, multinomial logistic
regression): reads a JSON problem on stdin, prints JSON. The objectives are written from
Spark's documentation (losses averaged over the weight sum, L2 on standardized coefficients),
independently of the TypeScript code."""
import json
import sys

import numpy as np
from scipy import optimize

p = json.load(sys.stdin)
X = np.array(p["X"], dtype=float)
y = np.array(p["y"], dtype=float)
w = np.array(p.get("w") or [1.0] * len(y), dtype=float)
n, d = X.shape
W = w.sum()
mean = (w[:, None] * X).sum(0) / W
std = np.sqrt((w[:, None] * (X - mean) ** 2).sum(0) / (W - (w * w).sum() / W))
lam = p["regParam"]
out = {}

if p["kind"] == "svc":
    # min Σ w_i ξ_i / W + λ/2 Σ (β_j σ_j)^2  s.t.  ξ_i >= 1 - s_i (x_i·β + b), ξ_i >= 0, s_i = 2y_i - 1
    s = 2 * y - 1
    def f(z):
        beta, xi = z[:d], z[d + 1:]
        return (w * xi).sum() / W + 0.5 * lam * ((beta * std) ** 2).sum()
    def g(z):
        out = np.zeros_like(z)
        out[:d] = lam * z[:d] * std ** 2
        out[d + 1:] = w / W
        return out
    cons = [{"type": "ineq", "fun": lambda z: z[d + 1:] - 1 + s * (X @ z[:d] + z[d]),
             "jac": lambda z: np.hstack([s[:, None] * X, s[:, None], np.eye(n)])},
            {"type": "ineq", "fun": lambda z: z[d + 1:], "jac": lambda z: np.hstack([np.zeros((n, d + 1)), np.eye(n)])}]
    z0 = np.zeros(d + 1 + n)
    z0[d + 1:] = 1.0
    r = optimize.minimize(f, z0, jac=g, constraints=cons, method="SLSQP", options={"maxiter": 1000, "ftol": 1e-12})
    out = {"coefficients": r.x[:d].tolist(), "intercept": float(r.x[d]), "objective": float(r.fun)}
elif p["kind"] == "softmax":
    # min Σ w_i (logsumexp(m_i) - m_i[y_i]) / W + λ/2 Σ_kj (β_kj σ_j)^2, intercepts free; centred afterwards
    k = int(y.max()) + 1
    Y = np.zeros((n, k))
    Y[np.arange(n), y.astype(int)] = 1
    def fg(z):
        B = z[: k * d].reshape(k, d)
        b = z[k * d:]
        M = X @ B.T + b
        mx = M.max(1, keepdims=True)
        lse = mx[:, 0] + np.log(np.exp(M - mx).sum(1))
        P = np.exp(M - lse[:, None])
        f = (w * (lse - (M * Y).sum(1))).sum() / W + 0.5 * lam * ((B * std) ** 2).sum()
        G = (w[:, None] * (P - Y)) / W
        gB = G.T @ X + lam * B * std ** 2
        gb = G.sum(0)
        return f, np.concatenate([gB.ravel(), gb])
    r = optimize.minimize(fg, np.zeros(k * d + k), jac=True, method="L-BFGS-B", options={"maxiter": 5000, "gtol": 1e-12, "ftol": 1e-15})
    B = r.x[: k * d].reshape(k, d)
    b = r.x[k * d:]
    b = b - b.mean()
    if lam == 0:
        B = B - B.mean(0)
    out = {"coefficients": B.tolist(), "intercepts": b.tolist(), "objective": float(r.fun)}

print(json.dumps(out))
