#!/usr/bin/env python3
"""Helpers for the attack test, independent of Regiomonitor's code.

  release_files.py same JSON CSV CSVNL   — the three formats of one release hold the same figures and metadata
  release_files.py weak UNSUPPRESSED.json OUT.json T B
                                         — a 'release' made from exact figures with only primary suppression and
                                           rounding, as a naive implementation would publish it (negative control:
                                           the attacker must find something in it)
"""
import json
import sys

COUNTS = ["starters", "werk_12m_noemer", "werk_12m_teller", "duurzaam_noemer", "duurzaam_teller",
          "werkend_12m_teller", "uitkering_noemer", "uitkering_uitstroom_teller"]


def read_csv(path, dutch):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    lines = text.split("\r\n" if dutch else "\n")
    preamble = [l[2:] for l in lines if l.startswith("# ")]
    body = [l for l in lines if l and not l.startswith("#")]
    sep = ";" if dutch else ","
    header = body[0].split(sep)
    rows = [dict(zip(header, l.split(sep))) for l in body[1:]]
    return preamble, rows


def same(json_path, csv_path, csvnl_path):
    with open(json_path, encoding="utf-8") as f:
        doc = json.load(f)
    for path, dutch in ((csv_path, False), (csvnl_path, True)):
        preamble, rows = read_csv(path, dutch)
        if preamble != doc["meta"]["uitleg"]:
            sys.exit(f"{path}: toelichting verschilt van JSON meta.uitleg")
        if len(rows) != len(doc["rijen"]):
            sys.exit(f"{path}: {len(rows)} rijen, JSON {len(doc['rijen'])}")
        for row, j in zip(rows, doc["rijen"]):
            for c in COUNTS:
                shown = "." if c in j["onderdrukt"] else ("" if j[c] is None else str(j[c]))
                if row[c] != shown:
                    sys.exit(f"{path}: {row['regio']} {row['jaar']} {row['interventie']} {c}: {row[c]} != {shown}")
    print(f"{json_path}: csv, csv-nl en json gelijk")


def weak(src, out, T, b):
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    if doc["meta"]["beveiligd"]:
        sys.exit("verwacht niet beveiligde cijfers")
    for row in doc["rijen"]:
        hidden = []
        for c in COUNTS:
            v = row[c]
            if 0 < v < T:
                hidden.append(c)
                row[c] = None
            elif v:
                row[c] = (v + b // 2) // b * b
        row["onderdrukt"] = hidden
    doc["meta"].update({"bron": "release", "beveiligd": True, "drempel": T, "afronding": b})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f)


if __name__ == "__main__":
    if sys.argv[1] == "same":
        same(*sys.argv[2:5])
    elif sys.argv[1] == "weak":
        weak(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        sys.exit(__doc__)
