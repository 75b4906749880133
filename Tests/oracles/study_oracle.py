#!/usr/bin/env python3
"""Independent check of `earlyscreen study` (used by StudyTests; installed by scripts/setup).

Makes a seeded labelled study (M-CHAT-R and EPDS requests, a reference label drawn more often for
higher-risk answers), runs `earlyscreen study`, and recomputes from `earlyscreen evaluate` results
with other people's code: the AUC with scikit-learn's roc_auc_score, every sensitivity and
specificity interval with statsmodels' Wilson proportion_confint, the 2×2 tables by counting.

usage: study_oracle.py EARLYSCREEN [LINES=3000]
"""
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile

from sklearn.metrics import roc_auc_score
from statsmodels.stats.proportion import proportion_confint

EXE = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
failures = []


def run(args, data):
    p = subprocess.run([EXE] + args, input=data, capture_output=True, env=dict(os.environ, SWIFT_BACKTRACE="enable=no"))
    return p.returncode, p.stdout


def study_lines():
    rng = random.Random(20261202)
    on = datetime.date(2026, 1, 15)
    lines = []
    for i in range(N):
        months = rng.randint(16, 30) if i % 2 == 0 else rng.randint(1, 11)
        y, m = on.year, on.month - months
        while m <= 0:
            m, y = m + 12, y - 1
        birth = datetime.date(y, m, rng.randint(1, 28))
        truth = rng.random() < 0.15
        if i % 2 == 0:
            p = 0.35 if truth else 0.08
            answers = {f"q{q}": ("yes" if (rng.random() < p) == (q in (2, 5, 12)) else "no") for q in range(1, 21)}
            inst = "mchat-r"
        else:
            answers = {f"q{q}": rng.choice("abcd" if truth else "aabbbcd") for q in range(1, 11)}
            inst = "epds"
        if rng.random() < 0.03:
            answers["q1"] = None  # some incomplete: excluded, and counted
        request = {"id": f"s{i}", "child": {"birth_date": birth.isoformat()}, "assessed_on": on.isoformat(),
                   "responses": [{"instrument": inst, "answers": answers}]}
        lines.append((request, {inst: truth}))
    return lines


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1.5e-4


lines = study_lines()
code, out = run(["study"], "".join(json.dumps({"request": r, "reference": l}) + "\n" for r, l in lines).encode())
assert code == 0, f"study exited {code}"
study = json.loads(out)
code, out = run(["evaluate", "--lines"], "".join(json.dumps(r) + "\n" for r, _ in lines).encode())
results = [json.loads(x) for x in out.splitlines()]
checked = 0
for entry in study["instruments"]:
    inst = entry["instrument"]
    pairs = []
    own = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for (request, label), result in zip(lines, results):
        if inst not in label:
            continue
        r = next(x for x in result["results"] if x["instrument"] == inst)
        if r["status"] != "scored":
            continue
        screened = r["outcome"] in ("follow_up", "refer")
        own[("t" if screened == label[inst] else "f") + ("p" if screened else "n")] += 1
        if "total" in r["scores"]:  # a band certain despite an unanswered item: its score is a range
            pairs.append((r["scores"]["total"], label[inst]))
    for k in own:
        if own[k] != entry["own_cutoff"][k]:
            failures.append(f"{inst} own cut-off {k}: study {entry['own_cutoff'][k]}, counted {own[k]}")
    score = next(s for s in entry["scores"] if s["score"] == "total")
    auc = roc_auc_score([int(y) for _, y in pairs], [x for x, _ in pairs])
    if not close(score["auc"], auc):
        failures.append(f"{inst} AUC: study {score['auc']}, scikit-learn {auc}")
    checked += 1
    for row in score["cutoffs"]:
        for name in ("sensitivity", "specificity", "ppv", "npv"):
            p = row[name]
            if p["n"] == 0:
                continue
            lo, hi = proportion_confint(p["k"], p["n"], alpha=0.05, method="wilson")
            checked += 1
            if not (close(p["ci95"][0], lo) and close(p["ci95"][1], hi)):
                failures.append(f"{inst} cut-off {row['cutoff']} {name}: study {p['ci95']}, statsmodels {[lo, hi]}")
        tp = sum(1 for x, y in pairs if x >= row["cutoff"] and y)
        if tp != row["tp"]:
            failures.append(f"{inst} cut-off {row['cutoff']}: tp {row['tp']}, counted {tp}")
if failures:
    print("\n".join(failures[:20]))
    print(f"{len(failures)} differences")
    sys.exit(1)
print(f"study oracle: {len(study['instruments'])} instruments, {checked} figures equal to scikit-learn and statsmodels")
