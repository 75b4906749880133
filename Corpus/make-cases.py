#!/usr/bin/env python3
"""Writes Corpus/cases/*.request.json: one visit per published rule and per error code.
The expected results (*.result.json) are recorded by the test suite (EARLYSCREEN_RECORD=1)
and reviewed by hand before they are committed."""
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
YES_AT_RISK = {2, 5, 12}

def mchat(risk):  # risk: set of items answered the at-risk way
    out = {}
    for q in range(1, 21):
        r = "yes" if q in YES_AT_RISK else "no"
        out["q%d" % q] = r if q in risk else ("no" if r == "yes" else "yes")
    return out

def epds(d):  # d: item -> option; others at their 0-point answer
    out = {}
    for q in range(1, 11):
        out["q%d" % q] = d.get(q, "a" if q in (1, 2, 4) else "d")
    return out

def bpsc(d):
    return {"q%d" % q: d.get(q, "not_at_all") for q in range(1, 13)}

def ppsc(d):
    return {"q%d" % q: d.get(q, "not_at_all") for q in range(1, 19)}

CDC = {  # form -> milestone ids, as in Instruments/cdc-ltsae.yaml
    "9m": ["sel%d" % i for i in range(1, 6)] + ["lang1", "lang2", "cog1", "cog2"] + ["mov%d" % i for i in range(1, 5)],
    "24m": ["sel1", "sel2"] + ["lang%d" % i for i in range(1, 5)] + ["cog1", "cog2", "cog3"] + ["mov%d" % i for i in range(1, 5)],
}

def cdc(form, d):
    out = {m: d.get(m, "yes") for m in CDC[form]}
    out["concern"] = d.get("concern", "no")
    out["lost_skills"] = d.get("lost_skills", "no")
    return out

def visit(vid, birth, responses, on="2026-01-15", locale="en", ga=None):
    child = {"birth_date": birth}
    if ga is not None:
        child["gestational_age_weeks"] = ga
    r = {"format": "earlyscreen/request@1", "id": vid, "child": child, "assessed_on": on, "locale": locale,
         "responses": responses}
    return r

cases = {
    "mchat-r-low": visit("mchat-low", "2024-05-01", [{"instrument": "mchat-r", "answers": mchat({2, 7})}]),
    "mchat-r-medium-az": visit("mchat-medium", "2024-05-01", [{"instrument": "mchat-r", "answers": mchat({2, 3, 6, 10})}], locale="az"),
    "mchat-r-high-ru": visit("mchat-high", "2024-01-10", [{"instrument": "mchat-r", "answers": mchat({1, 2, 3, 5, 6, 7, 9, 10, 12})}], locale="ru"),
    "mchat-r-incomplete": visit("mchat-incomplete", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat({2, 3}), q7=None)}]),
    "mchat-r-missing-holds": visit("mchat-missing-holds", "2024-05-01", [{"instrument": "mchat-r", "answers": {k: v for k, v in mchat(set()).items() if k != "q4"}}]),
    "mchat-r-too-young": visit("mchat-too-young", "2025-02-01", [{"instrument": "mchat-r", "answers": mchat(set())}]),
    "mchat-rf-positive": visit("mchat-rf-positive", "2024-05-01", [
        {"instrument": "mchat-r", "answers": mchat({2, 3, 6, 10})},
        {"instrument": "mchat-rf", "answers": {"q2": "pass", "q3": "fail", "q6": "fail", "q10": "pass"}}]),
    "mchat-rf-after-low": visit("mchat-rf-after-low", "2024-05-01", [
        {"instrument": "mchat-rf", "answers": {"q3": "fail"}},
        {"instrument": "mchat-r", "answers": mchat({3})}]),
    "epds-none": visit("epds-none", "2025-11-20", [{"instrument": "epds", "answers": epds({1: "b"})}]),
    "epds-probable": visit("epds-probable", "2025-11-20", [{"instrument": "epds", "answers": epds({1: "d", 2: "d", 4: "d", 3: "a", 5: "c"})}]),
    "epds-self-harm": visit("epds-self-harm", "2025-11-20", [{"instrument": "epds", "answers": epds({10: "c"})}], locale="az"),
    "epds-q10-unanswered": visit("epds-q10-unanswered", "2025-11-20", [{"instrument": "epds", "answers": dict(epds({}), q10=None)}]),
    "bpsc-needs-review": visit("bpsc-review", "2025-07-01", [{"instrument": "swyc-bpsc", "answers": bpsc({9: "somewhat", 10: "very_much"})}]),
    "bpsc-preterm-corrected": visit("bpsc-preterm", "2024-07-10", [{"instrument": "swyc-bpsc", "answers": bpsc({1: "very_much"})}], ga=30),
    "ppsc-needs-review-ru": visit("ppsc-review", "2022-09-03", [{"instrument": "swyc-ppsc", "answers": ppsc({1: "very_much", 7: "very_much", 11: "somewhat", 13: "very_much", 18: "very_much"})}], locale="ru"),
    "ppsc-missing-incomplete": visit("ppsc-missing", "2023-06-20", [{"instrument": "swyc-ppsc", "answers": dict(ppsc({3: "very_much", 8: "very_much", 12: "very_much", 17: "somewhat"}), q4=None)}]),
    "cdc-ltsae-on-track-az": visit("cdc-on-track", "2024-01-10", [{"instrument": "cdc-ltsae", "answers": cdc("24m", {})}], locale="az"),
    "cdc-ltsae-not-sure-and-concern": visit("cdc-discuss", "2024-01-10", [{"instrument": "cdc-ltsae", "answers": cdc("24m", {"lang2": "not_sure", "concern": "yes"})}]),
    "cdc-ltsae-preterm-younger-list": visit("cdc-preterm", "2025-01-05", [{"instrument": "cdc-ltsae", "answers": cdc("9m", {"mov4": "not_yet"})}], ga=31),
    "swyc-family-risk-of-harm": visit("family-harm", "2025-07-01", [{"instrument": "swyc-family", "answers": {"concern_development": "not_at_all", "concern_behavior": "somewhat", "family_positive": "yes", "immediate_risk": "yes"}}]),
    "swyc-family-positive-ru": visit("family-positive", "2024-01-10", [{"instrument": "swyc-family", "answers": {"concern_development": "not_at_all", "concern_behavior": "not_at_all", "family_positive": "yes", "immediate_risk": "no"}}], locale="ru"),
    "bpsc-several-ticked": visit("bpsc-ticked", "2025-07-01", [{"instrument": "swyc-bpsc", "answers": dict(bpsc({2: "somewhat"}), q1=["somewhat", "very_much"])}]),
    "who-motor-walking-late": visit("who-late", "2024-06-20", [{"instrument": "who-motor", "answers": {
        "sitting_without_support": "achieved", "standing_with_assistance": "achieved", "hands_knees_crawling": "not_yet",
        "walking_with_assistance": "achieved", "standing_alone": "achieved", "walking_alone": "not_yet"}}], locale="ru"),
    "visit-merged-referrals": visit("visit-merged", "2025-10-01", [
        {"instrument": "epds", "answers": epds({1: "d", 2: "d", 4: "d", 3: "a", 5: "c", 10: "b"})},
        {"instrument": "swyc-bpsc", "answers": bpsc({5: "very_much", 6: "somewhat"})}]),
    "visit-refer-beats-incomplete": visit("visit-refer-incomplete", "2025-10-01", [
        {"instrument": "epds", "answers": epds({10: "a"})},
        {"instrument": "swyc-bpsc", "answers": bpsc({})},
        {"instrument": "mchat-r", "answers": mchat(set())}]),
    "swyc-milestones-needs-review": visit("milestones-review", "2025-04-10", [{"instrument": "swyc-milestones", "answers": {
        "m1": "very_much", "m2": "very_much", "m3": "very_much", "m4": "somewhat", "m5": "somewhat", "m6": "somewhat",
        "m7": "not_yet", "m8": "not_yet", "m9": "not_yet", "m10": "not_yet"}}]),
    "swyc-milestones-meets-az": visit("milestones-meets", "2024-07-01", [{"instrument": "swyc-milestones", "answers": {
        "m%d" % k: "very_much" if k <= 7 else "somewhat" for k in range(1, 11)}}], locale="az"),
    "swyc-milestones-2m-surveillance": visit("milestones-2m", "2025-11-10", [{"instrument": "swyc-milestones", "answers": {
        "m%d" % k: "very_much" for k in range(1, 11)}}]),
    # Clinical safety (docs/decisions.md): each case of issue 12, as staff or a service would send it.
    "safety-01-blank-bpsc": visit("safety-01", "2025-07-10", [{"instrument": "swyc-bpsc", "answers": {}}]),
    "safety-01-one-answer-bpsc-az": visit("safety-01b", "2025-07-10", [{"instrument": "swyc-bpsc", "answers": {"q1": "not_at_all"}}], locale="az"),
    "safety-02-self-harm-past-epds-age": visit("safety-02", "2024-12-10", [{"instrument": "epds", "answers": epds({10: "a"})}]),
    "safety-02-harm-past-family-age-ru": visit("safety-02b", "2020-07-10", [{"instrument": "swyc-family", "answers": {"immediate_risk": "yes"}}], locale="ru"),
    "safety-03-mchat-medium-or-high": visit("safety-03", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat({1, 3, 4, 6, 7, 8, 9}), q10=None)}]),
    "safety-03-epds-at-least-possible": visit("safety-03b", "2025-10-10", [{"instrument": "epds", "answers": dict(epds({1: "d", 2: "d", 4: "d", 3: "b"}), q9=None)}], locale="az"),
    "safety-04-follow-up-not-finished": visit("safety-04", "2024-05-01", [
        {"instrument": "mchat-r", "answers": mchat({1, 3, 4, 6})}, {"instrument": "mchat-rf", "answers": {}}]),
    "safety-05-mchat-past-age": visit("safety-05", "2023-06-10", [{"instrument": "mchat-r", "answers": mchat(set(range(1, 20)))}]),
    "safety-05-epds-30-past-age-ru": visit("safety-05b", "2024-12-10", [{"instrument": "epds", "answers": {"q%d" % q: ("d" if q in (1, 2, 4) else "a") for q in range(1, 11)}}], locale="ru"),
    "safety-06-cdc-wrong-list": visit("safety-06", "2023-07-10", [{"instrument": "cdc-ltsae", "form": "12m", "answers": {
        **{m: "yes" for m in ["sel1", "lang1", "lang2", "lang3", "cog1", "cog2", "mov1", "mov2", "mov3", "mov4"]}, "concern": "no", "lost_skills": "no"}}]),
    "safety-07-before-term": visit("safety-07", "2025-12-15", [{"instrument": "swyc-bpsc", "answers": bpsc({})}], ga=27.5),
    "safety-08-cdc-correction-stops-at-24m": visit("safety-08", "2021-01-10", [{"instrument": "cdc-ltsae", "answers": {
        **{m: "yes" for m in ["sel1", "sel2", "sel3", "lang1", "lang2", "lang3", "lang4", "cog1", "cog2", "cog3", "cog4", "cog5", "cog6", "mov1", "mov2"]}, "concern": "no", "lost_skills": "no"}}], ga=28),
    "safety-09-mchat-rescreen-at-24m": visit("safety-09", "2024-05-01", [{"instrument": "mchat-r", "answers": mchat({2})}]),
    "safety-10-follow-up-not-needed": visit("safety-10", "2024-05-01", [
        {"instrument": "mchat-r", "answers": mchat({2})}, {"instrument": "mchat-rf", "answers": {"q2": "fail"}}]),
    "safety-10-follow-up-alone": visit("safety-10b", "2024-05-01", [{"instrument": "mchat-rf", "answers": {"q2": "fail", "q3": "fail"}}]),
    "safety-11-lost-skill": visit("safety-11", "2024-01-10", [{"instrument": "cdc-ltsae", "answers": cdc("24m", {"lost_skills": "yes"})}], locale="az"),
}

errors = {
    "error-unknown-option": visit("e1", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat(set()), q3="maybe")}]),
    "error-unknown-item": visit("e2", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat(set()), q21="yes")}]),
    "error-unknown-instrument": visit("e3", "2024-05-01", [{"instrument": "mchat", "answers": {}}]),
    "error-unknown-form": visit("e4", "2024-05-01", [{"instrument": "mchat-r", "form": "18m", "answers": mchat(set())}]),
    "error-wrong-type": visit("e5", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat(set()), q1=True)}]),
    "error-number-for-option": visit("e6", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat(set()), q1=1)}]),
    "error-several-answers": visit("e7", "2024-05-01", [{"instrument": "mchat-r", "answers": dict(mchat(set()), q1=["yes", "no"])}]),
    "error-invalid-date": visit("e8", "2024-02-30", [{"instrument": "mchat-r", "answers": {}}]),
    "error-assessed-before-birth": visit("e9", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}], on="2024-04-30"),
    "error-age-out-of-range": visit("e10", "2015-05-01", [{"instrument": "mchat-r", "answers": {}}]),
    "error-unsupported-format": dict(visit("e11", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}]), format="earlyscreen/request@2"),
    "error-unknown-field": dict(visit("e12", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}]), assesed_on="2026-01-15"),
    "error-missing-field": {"id": "e13", "child": {"birth_date": "2024-05-01"}, "responses": []},
    "error-no-responses": visit("e14", "2024-05-01", []),
    "error-duplicate-instrument": visit("e15", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}, {"instrument": "mchat-r", "answers": {}}]),
    "error-gestational-age-out-of-range": visit("e16", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}], ga=50),
    "error-unknown-locale": visit("e17", "2024-05-01", [{"instrument": "mchat-r", "answers": {}}], locale="fr"),
    "error-id-too-long": visit("x" * 300, "2024-05-01", [{"instrument": "mchat-r", "answers": {}}]),
    "error-not-an-object": [1, 2, 3],
}
raw = {
    "error-invalid-json": b'{"id": "e20", "child": {"birth_date": "2024-05-01",}}\n',
    "error-duplicate-key": b'{"id": "e21", "id": "again", "child": {"birth_date": "2024-05-01"}}\n',
    "error-too-deep": b'{"id": "e22", "child": ' + b'[' * 100 + b']' * 100 + b'}\n',
    "error-number-out-of-range": b'{"id": "e23", "child": {"birth_date": "2024-05-01", "gestational_age_weeks": 1e400}}\n',
    "error-invalid-utf8": b'{"id": "e24", "child": {"birth_date": "2024-05-01", "sex": "f\xe9male"}}\n',
    "error-byte-order-mark": b'\xef\xbb\xbf{"id": "e25"}\n',
}

os.makedirs(HERE, exist_ok=True)
for name, req in {**cases, **errors}.items():
    with open(os.path.join(HERE, name + ".request.json"), "w") as f:
        json.dump(req, f, ensure_ascii=False, indent=2)
        f.write("\n")
for name, data in raw.items():
    with open(os.path.join(HERE, name + ".request.json"), "wb") as f:
        f.write(data)
print(len(cases) + len(errors) + len(raw), "cases")
