#!/usr/bin/python3
"""Reference values for src/report/permutation_test.cpp, computed independently of the C++ code.

p-value: full enumeration of every split with itertools.combinations and exact fractions (no
dynamic programming), two-sided: |difference| >= |observed difference|. For the symmetric
cases scipy.stats.permutation_test (exact, two-sided) must agree; it is checked here when scipy
is available. Bootstrap: a line-by-line port of the documented procedure (SplitMix64, index
floor(u*n/2^64), percentile elements floor(a/2*B) and ceil((1-a/2)*B)-1), so the C++ interval
must be identical.

Run: /usr/bin/python3 src/report/testdata/make_permutation_reference.py > src/report/testdata/permutation_reference.tsv
"""
import itertools
import math
from fractions import Fraction

CASES = [
    ("klein_duidelijk", [3, 2, 3], [0, 1, 0, 1]),
    ("klein_geen_verschil", [1, 2], [2, 1, 1, 2]),
    ("een_tegen_een", [2], [0]),
    ("ties", [1, 1, 1], [1, 1, 1, 1]),
    ("negatief", [-1, 0, 2, -2], [1, 3, 2, 1, 0]),
    ("middel_20", [2, 3, 1, 2, 4, 3, 2, 1, 3, 2], [1, 2, 1, 0, 1, 2, 1, 1, 0, 2]),
    ("ongelijk_16", [3, 1], [1, 2, 1, 0, 1, 2, 1, 1, 0, 2, 1, 1, 2, 1]),
]

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def index(self, n):
        return (self.next() * n) >> 64


def exact_p(w, o):
    values = w + o
    k = len(w)
    obs = abs(Fraction(sum(w), len(w)) - Fraction(sum(o), len(o)))
    extreme = total = 0
    for idx in itertools.combinations(range(len(values)), k):
        chosen = set(idx)
        a = [values[i] for i in idx]
        b = [values[i] for i in range(len(values)) if i not in chosen]
        d = abs(Fraction(sum(a), len(a)) - Fraction(sum(b), len(b)))
        total += 1
        if d >= obs:
            extreme += 1
    return Fraction(extreme, total), total


def bootstrap(w, o, level=0.95, resamples=10000, seed=20170701):
    rng = SplitMix64(seed)
    diffs = []
    for _ in range(resamples):
        mw = sum(w[rng.index(len(w))] for _ in range(len(w))) / len(w)
        mo = sum(o[rng.index(len(o))] for _ in range(len(o))) / len(o)
        diffs.append(mw - mo)
    diffs.sort()
    alpha = 1 - level
    lo = math.floor(alpha / 2 * resamples + 1e-9)
    hi = math.ceil((1 - alpha / 2) * resamples - 1e-9) - 1
    return diffs[lo], diffs[hi]


SYMMETRIC = ("klein_geen_verschil", "ties", "middel_20")  # equal group sizes or difference 0


def scipy_check(name, w, o, p):
    """scipy's two-sided p is 2*min(one-sided p's); with a symmetric null distribution it equals ours."""
    if name not in SYMMETRIC:
        return
    from scipy import stats
    import numpy as np
    res = stats.permutation_test((np.array(w), np.array(o)),
                                 lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis),
                                 permutation_type="independent", alternative="two-sided",
                                 n_resamples=math.inf, vectorized=True)
    assert abs(res.pvalue - float(p)) < 1e-9, (name, res.pvalue, float(p))


print("# name\twith\twithout\tdifference\tp_value\tsplits\tboot_low\tboot_high")
for name, w, o in CASES:
    p, splits = exact_p(w, o)
    scipy_check(name, w, o, p)
    lo, hi = bootstrap(w, o)
    diff = Fraction(sum(w), len(w)) - Fraction(sum(o), len(o))
    print(f"{name}\t{' '.join(map(str, w))}\t{' '.join(map(str, o))}\t{float(diff)!r}\t{float(p)!r}\t{splits}\t{lo!r}\t{hi!r}")
