#!/usr/bin/env python3
"""An attacker on published outcome releases, written independently of Regiomonitor's audit.

It reads only what a user can download (the JSON of `outcomes indicators --release D --format json`,
one file per release), knows the published rules and definitions, and solves linear programmes
with HiGHS (scipy) over everything it holds:

- a shown 0 is 0; a shown count p (rounded to a multiple of b) is in [max(T, p - b//2), p + (b+1)//2 - 1];
  a suppressed count ('.') is >= 1;
- interventions of (regio, jaar) sum to (regio, jaar, *); years of a region to (regio, *, *);
  regions of a year to (NL, jaar, *); NL's years and the regions' totals to (NL, *, *);
- werk_12m_teller <= werk_12m_noemer <= starters; duurzaam_teller <= duurzaam_noemer <= werk_12m_teller;
  werkend_12m_teller <= werk_12m_noemer; uitkering_uitstroom_teller <= uitkering_noemer <= werk_12m_noemer;
- start year Y at peildatum C: 31-12-Y + 365 <= C gives werk_12m_noemer = starters, 31-12-Y + 547 <= C gives
  duurzaam_noemer = werk_12m_teller;
- between releases C1 < C2 (assuming the same data): every count x1 <= x2, and a count complete at C1 (starters:
  31-12-Y <= C1; 12-month counts: +365; duurzaam: +547) is equal in both.

For every suppressed cell it finds the range [min, max] an attacker can narrow it to. Ranges are proven wide by
feasible points (any LP optimum is one), narrow by exact minimisation and maximisation. A finding is a suppressed
cell whose integer range floor(max) - ceil(min) is below T while its minimum is below T (an exactly determined
count between 1 and T-1 is the worst case). Exit status 1 when anything is found, 0 otherwise.
"""
import datetime
import json
import math
import sys

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix, csr_matrix

COUNTS = ["starters", "werk_12m_noemer", "werk_12m_teller", "duurzaam_noemer", "duurzaam_teller",
          "werkend_12m_teller", "uitkering_noemer", "uitkering_uitstroom_teller"]
ORDER = [("werk_12m_teller", "werk_12m_noemer"), ("werk_12m_noemer", "starters"),
         ("duurzaam_teller", "duurzaam_noemer"), ("duurzaam_noemer", "werk_12m_teller"),
         ("werkend_12m_teller", "werk_12m_noemer"), ("uitkering_uitstroom_teller", "uitkering_noemer"),
         ("uitkering_noemer", "werk_12m_noemer")]
CLOSING = {"starters": 0, "duurzaam_noemer": 547, "duurzaam_teller": 547}
CAP = 1e7


def day(text):
    return datetime.date.fromisoformat(text).toordinal()


def end_of_year(y):
    return datetime.date(y, 12, 31).toordinal()


class Model:
    def __init__(self):
        self.lower, self.upper, self.names = [], [], []
        self.rows = []  # (dict var->coef, lo, hi)

    def var(self, lo, hi, name):
        self.lower.append(lo)
        self.upper.append(hi)
        self.names.append(name)
        return len(self.lower) - 1

    def row(self, terms, lo, hi):
        self.rows.append((terms, lo, hi))


def load(paths):
    releases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        meta = doc["meta"]
        if not meta["beveiligd"] or meta["bron"] != "release":
            sys.exit(f"{path}: geen beveiligde release")
        releases.append(doc)
    return releases


def build(releases):
    m = Model()
    cells = []  # (release index, key, column, var, suppressed)
    index = []  # per release: key -> {column: var}
    for r, doc in enumerate(releases):
        meta = doc["meta"]
        T, b, C = meta["drempel"], meta["afronding"], day(meta["peildatum"])
        table = {}
        for row in doc["rijen"]:
            key = (row["regio"], row["jaar"], row["interventie"])
            hidden = set(row["onderdrukt"])
            vs = {}
            for c in COUNTS:
                if c in hidden:
                    lo, hi, sup = 1.0, CAP, True
                else:
                    p = row[c]
                    lo, hi = (0.0, 0.0) if p == 0 else (max(T, p - b // 2), p + (b + 1) // 2 - 1)
                    sup = False
                vs[c] = m.var(float(lo), float(hi), f"{meta['peildatum']} {key} {c}")
                if sup:
                    cells.append((r, key, c, vs[c]))
            table[key] = vs
            for small, large in ORDER:
                m.row({vs[small]: 1, vs[large]: -1}, -np.inf, 0)
            jaar = key[1]
            if jaar != "*" and end_of_year(jaar) + 365 <= C:
                m.row({vs["werk_12m_noemer"]: 1, vs["starters"]: -1}, 0, 0)
            if jaar != "*" and end_of_year(jaar) + 547 <= C:
                m.row({vs["duurzaam_noemer"]: 1, vs["werk_12m_teller"]: -1}, 0, 0)
        # Additive relations, found from the keys alone.
        groups = {}
        for key in table:
            regio, jaar, iv = key
            if iv != "*":
                groups.setdefault((regio, jaar, "*", "iv"), []).append(key)
            elif jaar != "*":
                groups.setdefault((regio, "*", "*", "jaar"), []).append(key)
                if regio != "NL":
                    groups.setdefault(("NL", jaar, "*", "regio"), []).append(key)
            elif regio != "NL":
                groups.setdefault(("NL", "*", "*", "regio"), []).append(key)
        for total, members in groups.items():
            tkey = total[:3]
            if tkey not in table:
                continue
            for c in COUNTS:
                terms = {table[k][c]: 1 for k in members}
                terms[table[tkey][c]] = -1
                m.row(terms, 0, 0)
        index.append((C, table))
    # Between releases: counts grow with the peildatum; complete counts stay.
    for a, (Ca, ta) in enumerate(index):
        for b_, (Cb, tb) in enumerate(index):
            if Cb <= Ca:
                continue
            for key, vs in ta.items():
                if key not in tb:
                    continue
                for c in COUNTS:
                    jaar = key[1]
                    closed = jaar != "*" and end_of_year(jaar) + CLOSING.get(c, 365) <= Ca
                    m.row({vs[c]: 1, tb[key][c]: -1}, 0 if closed else -np.inf, 0)
    return m, cells


class Solver:
    def __init__(self, m):
        self.m = m
        n = len(m.lower)
        eq_r, eq_c, eq_v, eq_b = [], [], [], []
        ub_r, ub_c, ub_v, ub_b = [], [], [], []
        self.adj = [[] for _ in range(n)]
        for terms, lo, hi in m.rows:
            vars_ = list(terms)
            for v in vars_:
                self.adj[v].append(vars_)
            if lo == hi:
                i = len(eq_b)
                eq_b.append(lo)
                for v, k in terms.items():
                    eq_r.append(i); eq_c.append(v); eq_v.append(k)
            else:
                if hi != np.inf:
                    i = len(ub_b); ub_b.append(hi)
                    for v, k in terms.items():
                        ub_r.append(i); ub_c.append(v); ub_v.append(k)
                if lo != -np.inf:
                    i = len(ub_b); ub_b.append(-lo)
                    for v, k in terms.items():
                        ub_r.append(i); ub_c.append(v); ub_v.append(-k)
        self.A_eq = csr_matrix(coo_matrix((eq_v, (eq_r, eq_c)), shape=(len(eq_b), n))) if eq_b else None
        self.b_eq = np.array(eq_b) if eq_b else None
        self.A_ub = csr_matrix(coo_matrix((ub_v, (ub_r, ub_c)), shape=(len(ub_b), n))) if ub_b else None
        self.b_ub = np.array(ub_b) if ub_b else None
        self.bounds = np.array([m.lower, m.upper]).T
        self.solves = 0

    def solve(self, c):
        self.solves += 1
        res = linprog(c, A_ub=self.A_ub, b_ub=self.b_ub, A_eq=self.A_eq, b_eq=self.b_eq, bounds=self.bounds,
                      method="highs")
        if res.status != 0:
            raise RuntimeError(f"LP status {res.status}: {res.message}")
        return res.x


def wide(lo, hi, T):
    return hi >= CAP / 2 or math.floor(hi + 1e-6) - math.ceil(lo - 1e-6) >= T


def attack(paths, verbose=False):
    releases = load(paths)
    T = min(doc["meta"]["drempel"] for doc in releases)
    m, cells = build(releases)
    s = Solver(m)
    n = len(m.lower)
    point = s.solve(np.zeros(n))  # any feasible point: the attacker does not know the truth
    lo, hi = point.copy(), point.copy()

    def see(x):
        np.minimum(lo, x, out=lo)
        np.maximum(hi, x, out=hi)

    # Pushes: all suppressed cells up, then down, with varying weights.
    rng = np.random.default_rng(7)
    open_ = [v for (_, _, _, v) in cells]
    for _ in range(4):
        open_ = [v for v in open_ if not wide(lo[v], hi[v], T)]
        if not open_:
            break
        for sign in (-1.0, 1.0):
            c = np.zeros(n)
            c[open_] = sign * rng.uniform(0.5, 1.5, len(open_))
            see(s.solve(c))
    findings = []
    exact = 0
    for (r, key, col, v) in cells:
        if wide(lo[v], hi[v], T):
            continue
        exact += 1
        c = np.zeros(n)
        c[v] = -1.0
        see(s.solve(c))
        if not wide(lo[v], hi[v], T):
            c[v] = 1.0
            see(s.solve(c))
        low, high = lo[v], hi[v]
        if not wide(low, high, T) and low < T - 1e-6:
            findings.append((releases[r]["meta"]["peildatum"], key, col, low, high))
    if verbose:
        print(f"aanvaller: {len(releases)} releases, {n} cellen, {len(cells)} onderdrukt, "
              f"{exact} exact opgelost, {s.solves} lineaire programma's", file=sys.stderr)
    return findings, len(cells)


def main():
    paths = sys.argv[1:]
    if not paths:
        sys.exit("gebruik: lp_attack.py release1.json [release2.json ...]")
    findings, checked = attack(paths, verbose=True)
    for peildatum, key, col, low, high in findings:
        print(f"GEVONDEN: release {peildatum} {key} {col}: tussen {low:.2f} en {high:.2f}")
    print(f"aanval: {checked} onderdrukte cellen, {len(findings)} te nauw begrensd")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
