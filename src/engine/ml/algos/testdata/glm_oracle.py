"""numpy/scipy oracles for the GLM, AFT and isotonic kernels: a JSON problem on stdin, JSON out.

Fits are maximum likelihood by scipy.optimize on the distributions' own log-likelihoods (not IRLS),
standard errors from the Fisher information, AIC from scipy.stats densities; AFT minimises the
Weibull negative log-likelihood; isotonic uses scipy.optimize.isotonic_regression.
"""
import json
import sys

import numpy as np
from scipy import optimize, special, stats

p = json.load(sys.stdin)
kind = p["kind"]
out = {}

if kind == "glm":
    X = np.array(p["X"], dtype=float)
    y = np.array(p["y"], dtype=float)
    n, d = X.shape
    w = np.array(p.get("w") or [1.0] * n, dtype=float)
    off = np.array(p.get("offset") or [0.0] * n, dtype=float)
    fam, link = p["family"], p["link"]
    A = np.hstack([X, np.ones((n, 1))])
    inv = {
        "identity": lambda e: e, "log": np.exp, "logit": special.expit, "inverse": lambda e: 1 / e,
        "probit": stats.norm.cdf, "cloglog": lambda e: 1 - np.exp(-np.exp(e)), "sqrt": lambda e: e * e,
    }[link]

    def nll(beta):
        mu = inv(A @ beta + off)
        if fam == "poisson":
            return np.sum(w * (mu - y * np.log(mu)))
        if fam == "binomial":
            mu = np.clip(mu, 1e-300, 1 - 1e-16)
            return -np.sum(w * (y * np.log(mu) + (1 - y) * np.log1p(-mu)))
        if fam == "gamma":
            return np.sum(w * (y / mu + np.log(mu)))
        return 0.5 * np.sum(w * (y - mu) ** 2)

    x0 = np.array(p.get("start") or [0.0] * (d + 1), dtype=float)
    res = optimize.minimize(nll, x0, method="BFGS", options={"gtol": 1e-10, "maxiter": 10000})
    res = optimize.minimize(nll, res.x, method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 20000})
    beta = res.x
    eta = A @ beta + off
    mu = inv(eta)
    # Fisher information with the IRLS weights w / (g'(mu)^2 V(mu)) at the optimum
    h = 1e-6
    dmu = (inv(eta + h) - inv(eta - h)) / (2 * h)
    V = {"poisson": mu, "binomial": mu * (1 - mu), "gamma": mu * mu, "gaussian": np.ones(n)}[fam]
    W = w * dmu * dmu / V
    cov = np.linalg.inv((A * W[:, None]).T @ A)
    if fam == "poisson":
        dev = 2 * np.sum(w * (special.xlogy(y, y / mu) - (y - mu)))
        aic = -2 * np.sum(w * stats.poisson.logpmf(y, mu)) + 2 * (d + 1)
        disp = 1.0
    elif fam == "binomial":
        dev = 2 * np.sum(w * (special.xlogy(y, y / mu) + special.xlogy(1 - y, (1 - y) / (1 - mu))))
        aic = -2 * np.sum(stats.binom.logpmf(np.round(y * w), np.round(w), mu)) + 2 * (d + 1)
        disp = 1.0
    elif fam == "gamma":
        dev = -2 * np.sum(w * (np.log(y / mu) - (y - mu) / mu))
        disp_ml = dev / w.sum()
        aic = -2 * np.sum(w * stats.gamma.logpdf(y, 1 / disp_ml, scale=mu * disp_ml)) + 2 + 2 * (d + 1)
        disp = np.sum(w * (y - mu) ** 2 / V) / (n - d - 1)
    else:
        dev = np.sum(w * (y - mu) ** 2)
        aic = n * (np.log(dev / n * 2 * np.pi) + 1) + 2 - np.sum(np.log(w)) + 2 * (d + 1)
        disp = dev / (n - d - 1)
    se = np.sqrt(np.diag(cov) * disp)
    out = {"coefficients": beta[:d].tolist(), "intercept": float(beta[d]), "deviance": float(dev), "aic": float(aic),
           "dispersion": float(disp), "stderr": se.tolist()}
elif kind == "aft":
    X = np.array(p["X"], dtype=float)
    t = np.array(p["y"], dtype=float)
    delta = np.array(p["censor"], dtype=float)
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])

    def nll(theta):
        beta, logs = theta[:-1], theta[-1]
        s = np.exp(logs)
        eps = (np.log(t) - A @ beta) / s
        return np.sum(delta * logs - delta * eps + np.exp(eps)) / n

    res = optimize.minimize(nll, np.zeros(d + 2), method="BFGS", options={"gtol": 1e-12, "maxiter": 10000})
    out = {"coefficients": res.x[:d].tolist(), "intercept": float(res.x[d]), "scale": float(np.exp(res.x[-1]))}
elif kind == "isotonic":
    x = np.array(p["x"], dtype=float)
    y = np.array(p["y"], dtype=float)
    w = np.array(p["w"], dtype=float)
    order = np.lexsort((y, x))
    x, y, w = x[order], y[order], w[order]
    ux, inv_idx = np.unique(x, return_inverse=True)
    sw = np.bincount(inv_idx, weights=w)
    swy = np.bincount(inv_idx, weights=w * y)
    fit = optimize.isotonic_regression(swy / sw, weights=sw, increasing=p["isotonic"]).x
    out = {"x": ux.tolist(), "fit": fit.tolist()}
print(json.dumps(out))
