#!/usr/bin/env python3
"""Writes a random but valid outcome delivery (trajecten.csv, werk.csv, uitkeringen.csv) into a folder.

Independent of Regiomonitor's own synthetic generator: small regions and groups, so that many counts
are small and the disclosure audit has work to do. Usage: random_delivery.py FOLDER SEED [PERSONS]
"""
import csv
import datetime
import os
import random
import sys

REGIONS = ["AM01", "AM13", "AM35"]  # regions in every classification year used here
INTERVENTIONS = ["ips", "jobcoaching", "reintegratie", "participatie", "overig"]
BENEFITS = ["bijstand", "ww", "wia", "wajong", "zw"]


def main():
    folder, seed = sys.argv[1], int(sys.argv[2])
    persons = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    rnd = random.Random(seed)
    first = datetime.date(2018, 1, 1).toordinal()
    last = datetime.date(2023, 6, 30).toordinal()  # extraction date 2023-06-30
    os.makedirs(folder, exist_ok=True)
    iso = lambda d: datetime.date.fromordinal(d).isoformat()
    with open(os.path.join(folder, "trajecten.csv"), "w", newline="") as t, \
         open(os.path.join(folder, "werk.csv"), "w", newline="") as w, \
         open(os.path.join(folder, "uitkeringen.csv"), "w", newline="") as u:
        tw, ww, uw = csv.writer(t), csv.writer(w), csv.writer(u)
        tw.writerow(["traject_id", "persoon_id", "regio", "gemeente", "interventie", "verwijzer", "uitkering_start",
                     "startdatum", "einddatum"])
        ww.writerow(["persoon_id", "startdatum", "einddatum", "uren_per_week", "contract"])
        uw.writerow(["persoon_id", "soort", "startdatum", "einddatum"])
        n = 0
        for p in range(persons):
            pid = f"p{seed}x{p}"
            region = rnd.choices(REGIONS, weights=[5, 3, 1])[0]
            for _ in range(rnd.choice([1, 1, 1, 2])):
                s = rnd.randint(first, last - 30)
                iv = rnd.choices(INTERVENTIONS, weights=[5, 3, 3, 1, 1])[0]
                end = "" if rnd.random() < 0.4 else iso(min(last, s + rnd.randint(30, 700)))
                tw.writerow([f"t{seed}x{n}", pid, region, "", iv, "", "bijstand", iso(s), end])
                n += 1
                if rnd.random() < 0.5:
                    ws = s + rnd.randint(0, 500)
                    if ws <= last:
                        we = "" if rnd.random() < 0.5 else iso(min(last, ws + rnd.randint(10, 600)))
                        hours = "" if rnd.random() < 0.3 else str(rnd.randint(8, 40))
                        ww.writerow([pid, iso(ws), we, hours, ""])
                if rnd.random() < 0.6:
                    us = s - rnd.randint(0, 300)
                    ue = "" if rnd.random() < 0.5 else iso(min(last, s + rnd.randint(0, 600)))
                    if first <= us:
                        uw.writerow([pid, rnd.choice(BENEFITS), iso(us), ue])


if __name__ == "__main__":
    main()
