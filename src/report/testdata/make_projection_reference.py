#!/usr/bin/python3
"""Reference values for src/report/trend_test.cpp, computed independently of the C++ code:
the fit with numpy.linalg.lstsq, the residual variance from numpy, the t quantile with
scipy.stats.t.ppf, and the prediction interval with the textbook formula
    yhat +- t(1-(1-level)/2; n-2) * s * sqrt(1 + 1/n + (x0-xbar)^2 / Sxx).
As a second check, the interval is compared with statsmodels' get_prediction when installed.

Run: /usr/bin/python3 src/report/testdata/make_projection_reference.py > src/report/testdata/projection_reference.tsv
"""
import numpy as np
from scipy import stats

CASES = [
    ("stijgend", [2017, 2018, 2019, 2020, 2021], [30.0, 33.5, 35.0, 38.5, 40.0], 2024, 0.90),
    ("drie_punten", [2019, 2020, 2021], [41.2, 39.0, 44.1], 2025, 0.90),
    ("dalend_95", [2015, 2016, 2017, 2018, 2019, 2020], [120.0, 112.0, 115.0, 101.0, 98.0, 90.0], 2023, 0.95),
    ("perfect", [2018, 2019, 2020], [10.0, 20.0, 30.0], 2022, 0.90),
    ("gat_in_jaren", [2014, 2016, 2017, 2021], [55.0, 52.5, 50.0, 47.5], 2026, 0.90),
]

print("# name\tx\ty\tx0\tlevel\tslope\tintercept\tprojection\tt\tlow\thigh")
for name, x, y, x0, level in CASES:
    xa, ya = np.array(x, float), np.array(y, float)
    A = np.vstack([np.ones_like(xa), xa]).T
    (a, b), *_ = np.linalg.lstsq(A, ya, rcond=None)
    n = len(xa)
    resid = ya - (a + b * xa)
    s = np.sqrt(resid @ resid / (n - 2))
    sxx = ((xa - xa.mean()) ** 2).sum()
    t = stats.t.ppf(1 - (1 - level) / 2, n - 2)
    yhat = a + b * x0
    se = s * np.sqrt(1 + 1 / n + (x0 - xa.mean()) ** 2 / sxx)
    low, high = yhat - t * se, yhat + t * se
    try:
        import statsmodels.api as sm
        pred = sm.OLS(ya, A).fit().get_prediction(np.array([[1.0, x0]])).summary_frame(alpha=1 - level)
        assert abs(pred["obs_ci_lower"].iloc[0] - low) < 1e-8 and abs(pred["obs_ci_upper"].iloc[0] - high) < 1e-8
    except ImportError:
        pass
    print(f"{name}\t{' '.join(map(str, x))}\t{' '.join(map(repr, y))}\t{x0}\t{level}\t{b!r}\t{a!r}\t{yhat!r}\t{t!r}\t{low!r}\t{high!r}")
