/**
 * `pyspark.ml.feature` (Python source), part 2: Imputer, SQLTransformer, Interaction,
 * FeatureHasher, VectorIndexer, QuantileDiscretizer, PCA and the feature selectors
 * (ChiSq, Univariate with chi2 / ANOVA / F-regression tests, VarianceThreshold).
 * Runs after part 1 in the same module namespace.
 *
 * This file holds the statistics helpers (gamma / beta functions, chi2 / ANOVA / F-regression
 * tests, symmetric eigen decomposition); feature2-transformers-source.ts and
 * feature2-selectors-source.ts follow, concatenated in this order.
 */
import { FEATURE2_TRANSFORMERS } from './feature2-transformers-source';
import { FEATURE2_SELECTORS } from './feature2-selectors-source';

const STATISTICS = String.raw`
# ---------------------------------------------------------------- statistics helpers

_LANCZOS = (0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7)

def _gammaln(x):
    """log Gamma(x) for x > 0 (Lanczos, g=7)."""
    if x < 0.5:
        return _math.log(_math.pi / abs(_math.sin(_math.pi * x))) - _gammaln(1 - x)
    x -= 1
    a = _LANCZOS[0]
    t = x + 7.5
    for i in range(1, 9):
        a += _LANCZOS[i] / (x + i)
    return 0.5 * _math.log(2 * _math.pi) + (x + 0.5) * _math.log(t) - t + _math.log(a)

def _gammp(a, x):
    """Regularized lower incomplete gamma P(a, x)."""
    if x <= 0:
        return 0.0
    if x < a + 1:
        ap = a
        s = 1.0 / a
        d = s
        for _ in range(1000):
            ap += 1
            d *= x / ap
            s += d
            if abs(d) < abs(s) * 1e-16:
                break
        return s * _math.exp(-x + a * _math.log(x) - _gammaln(a))
    b = x + 1 - a
    c = 1.0 / 1e-300
    d = 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        if abs(d) < 1e-300:
            d = 1e-300
        c = b + an / c
        if abs(c) < 1e-300:
            c = 1e-300
        d = 1.0 / d
        dl = d * c
        h *= dl
        if abs(dl - 1) < 1e-16:
            break
    return 1.0 - _math.exp(-x + a * _math.log(x) - _gammaln(a)) * h

def _chi2_sf(stat, dof):
    return 1.0 - _gammp(dof / 2.0, stat / 2.0)

def _betacf(a, b, x):
    qab = a + b
    qap = a + 1
    qam = a - 1
    c = 1.0
    d = 1 - qab * x / qap
    if abs(d) < 1e-300:
        d = 1e-300
    d = 1.0 / d
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1e-300 if abs(d) < 1e-300 else d
        c = 1 + aa / c
        c = 1e-300 if abs(c) < 1e-300 else c
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1e-300 if abs(d) < 1e-300 else d
        c = 1 + aa / c
        c = 1e-300 if abs(c) < 1e-300 else c
        d = 1.0 / d
        dl = d * c
        h *= dl
        if abs(dl - 1) < 1e-16:
            break
    return h

def _betai(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    bt = _math.exp(_gammaln(a + b) - _gammaln(a) - _gammaln(b) + a * _math.log(x) + b * _math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return bt * _betacf(a, b, x) / a
    return 1.0 - bt * _betacf(b, a, 1 - x) / b

def _f_sf(f, d1, d2):
    if f <= 0 or f != f:
        return 1.0 if f <= 0 else float("nan")
    return _betai(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f))

def _chi2_test(xs, ys):
    """Pearson's independence test of a categorical feature against a categorical label: (pValue, stat, dof)."""
    table = {}
    fcount = {}
    lcount = {}
    for (x, y) in zip(xs, ys):
        table[(x, y)] = table.get((x, y), 0) + 1
        fcount[x] = fcount.get(x, 0) + 1
        lcount[y] = lcount.get(y, 0) + 1
    n = float(len(xs))
    stat = 0.0
    for x in fcount:
        for y in lcount:
            e = fcount[x] * lcount[y] / n
            o = table.get((x, y), 0)
            stat += (o - e) * (o - e) / e
    dof = (len(fcount) - 1) * (len(lcount) - 1)
    return (_chi2_sf(stat, dof) if dof > 0 else 1.0, stat, dof)

def _anova_test(xs, ys):
    groups = {}
    for (x, y) in zip(xs, ys):
        groups.setdefault(y, []).append(x)
    n = len(xs)
    k = len(groups)
    mean = sum(xs) / n
    ssb = sum(len(g) * (sum(g) / len(g) - mean) ** 2 for g in groups.values())
    ssw = sum(sum((v - sum(g) / len(g)) ** 2 for v in g) for g in groups.values())
    dfb = k - 1
    dfw = n - k
    f = (ssb / dfb) / (ssw / dfw) if dfb > 0 and dfw > 0 and ssw > 0 else float("inf")
    return (_f_sf(f, dfb, dfw), f, dfb)

def _fregression_test(xs, ys):
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxy = sum((x - mx) * (y - my) for (x, y) in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    r = sxy / _math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0
    dof = n - 2
    f = r * r / (1 - r * r) * dof if r * r < 1 else float("inf")
    return (_f_sf(f, 1, dof), f, dof)

def _sym_eigen(a, d):
    """Eigen-decomposition of a symmetric d x d matrix (Jacobi rotations): (values, vectors as columns)."""
    a = [row[:] for row in a]
    v = [[1.0 if i == j else 0.0 for j in range(d)] for i in range(d)]
    for sweep in range(100):
        off = sum(a[i][j] * a[i][j] for i in range(d) for j in range(d) if i != j)
        if off < 1e-30:
            break
        for p in range(d):
            for q in range(p + 1, d):
                if abs(a[p][q]) < 1e-300:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = (1.0 if theta >= 0 else -1.0) / (abs(theta) + _math.sqrt(theta * theta + 1))
                c = 1 / _math.sqrt(t * t + 1)
                s = t * c
                for k in range(d):
                    akp = a[k][p]
                    akq = a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                for k in range(d):
                    apk = a[p][k]
                    aqk = a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
                for k in range(d):
                    vkp = v[k][p]
                    vkq = v[k][q]
                    v[k][p] = c * vkp - s * vkq
                    v[k][q] = s * vkp + c * vkq
    return [a[i][i] for i in range(d)], v
`;

/** Part 2 of the `pyspark.ml.feature` module source (after FEATURE, see index.ts). */
export const FEATURE2 = STATISTICS + FEATURE2_TRANSFORMERS + FEATURE2_SELECTORS;
