#!/usr/bin/env python3
"""Independent checks of earlyscreen's FHIR output (used by FHIRTests; installed by scripts/setup).

1. Every exported Questionnaire (every instrument, form and locale) validates against the
   fhir.resources R4B models (the R4 line's maintained models).
2. fhirpathpy, a FHIRPath engine written by others, evaluates each Questionnaire's variables and
   calculatedExpressions over QuestionnaireResponses made from random complete answers, and must
   get exactly the scores earlyscreen computes from the same answers as an earlyscreen request.
3. The same answers as FHIR Bundles, in en, az and ru: `evaluate --lines --format fhir` answers
   each with a Bundle that validates and whose score Observations are the engine's scores.
4. Round trip: for every Corpus request that evaluates, `evaluate --format fhir` gives a Bundle that
   validates, and evaluating that Bundle gives the same result as the request itself (with the
   forms the engine picked by age named, as a QuestionnaireResponse names its Questionnaire).

usage: fhir_oracle.py EARLYSCREEN [RANDOM_RESPONSES_PER_FORM=40]
Prints one summary line; exits 1 with the first differences on failure.
"""
import datetime
import glob
import json
import os
import random
import subprocess
import sys

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhirpathpy import evaluate
from fhirpathpy.models import models

EXE = sys.argv[1]
PER_FORM = int(sys.argv[2]) if len(sys.argv) > 2 else 40
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R4 = models["r4"]
VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"
CALCULATED = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
failures = []


def run(args, stdin=None):
    p = subprocess.run([EXE] + args, input=stdin, capture_output=True, env=dict(os.environ, SWIFT_BACKTRACE="enable=no"))
    return p.returncode, p.stdout


def questionnaires(instrument, locale):
    code, out = run(["fhir", "questionnaire", instrument, "--locale", locale])
    assert code == 0, f"fhir questionnaire {instrument} exited {code}"
    res = json.loads(out)
    if res["resourceType"] == "Bundle":
        Bundle.model_validate(res)
        return [e["resource"] for e in res["entry"]]
    return [res]


def birth_for(months, on):
    """A birth date that makes the child `months` completed months (and 10 days) old on `on`."""
    y, m = on.year, on.month - months
    while m < 1:
        y, m = y - 1, m + 12
    return datetime.date(y, m, min(on.day, 28)) - datetime.timedelta(days=10)


def random_answers(q, rng):
    answers = {}
    for item in q["item"]:
        if item.get("readOnly"):
            continue
        codes = [o["valueCoding"]["code"] for o in item["answerOption"]]
        if item.get("repeats"):
            answers[item["linkId"]] = rng.sample(codes, rng.randint(1, len(codes)))
        else:
            answers[item["linkId"]] = rng.choice(codes)
    return answers


def response(q, answers):
    items = []
    for link, a in answers.items():
        codes = a if isinstance(a, list) else [a]
        items.append({"linkId": link, "answer": [{"valueCoding": {"code": c}} for c in codes]})
    return {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items}


def fhirpath_scores(q, qr):
    """Variables in order (each sees the ones before), then each calculated item's expression."""
    env = {"resource": qr}
    for ext in q.get("extension", []):
        if ext["url"] == VARIABLE:
            e = ext["valueExpression"]
            env[e["name"]] = evaluate(qr, e["expression"], env, R4)
    out = {}
    for item in q["item"]:
        for ext in item.get("extension", []):
            if ext["url"] == CALCULATED:
                v = evaluate(qr, ext["valueExpression"]["expression"], env, R4)
                out[item["linkId"][len("score."):]] = float(v[0]) if v else None
    return out


def check_scores(instrument_ids):
    rng = random.Random(20261201)
    on = datetime.date(2026, 6, 15)
    cases, compared, forms, without = [], 0, 0, 0
    for inst in instrument_ids:
        for locale in ("en", "az", "ru"):
            for q in questionnaires(inst, locale):
                Questionnaire.model_validate(q)
        for q in questionnaires(inst, "en"):
            forms += 1
            months = q["useContext"][0]["valueRange"]["low"]["value"]
            form = q["id"][len(inst) + 1:] if q["id"] != inst else None
            calculated = sum(1 for i in q["item"] if i.get("readOnly") and i.get("extension"))
            without += sum(1 for i in q["item"] if i.get("readOnly") and not i.get("extension"))
            if calculated == 0:
                continue
            for n in range(PER_FORM):
                answers = random_answers(q, rng)
                responses = [{"instrument": inst, "form": form, "answers": answers}]
                if inst == "mchat-rf":  # a second stage is read only after its first stage called for it
                    responses.insert(0, {"instrument": "mchat-r", "answers": {f"q{k}": ("yes" if k in (2, 5, 12) else "no") for k in range(1, 21)}})
                request = {"id": f"{q['id']}#{n}", "child": {"birth_date": birth_for(months, on).isoformat()},
                           "assessed_on": on.isoformat(), "responses": responses}
                cases.append((q, answers, request))
    lines = "".join(json.dumps(c[2]) + "\n" for c in cases).encode()
    code, out = run(["evaluate", "--lines"], lines)
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(cases), f"{len(results)} results for {len(cases)} requests"
    for (q, answers, request), result in zip(cases, results):
        mine = next(r for r in result["results"] if r["instrument"] == request["responses"][-1]["instrument"])
        theirs = fhirpath_scores(q, response(q, answers))
        for score, value in theirs.items():
            engine = mine["scores"].get(score)
            compared += 1
            if engine is None or value is None or abs(engine - value) > 1e-9:
                failures.append(f"{request['id']} {score}: engine {engine}, FHIRPath {value} ({mine['status']})")
    bundles = check_fhir_in_and_out(cases, results)
    return compared, forms, without, bundles


def check_fhir_in_and_out(cases, results):
    """The same answers sent as FHIR (a Bundle of the child and the QuestionnaireResponses, in
    en, az and ru in turn) through `evaluate --lines --format fhir`: every Bundle back validates,
    and its score Observations hold the scores of the earlyscreen request."""
    inputs = []
    for n, (q, answers, request) in enumerate(cases):
        lang = ("en", "az", "ru")[n % 3]
        entries = [{"resource": {"resourceType": "Patient", "id": "child", "birthDate": request["child"]["birth_date"]}}]
        for r in request["responses"]:
            url = q["url"] if r is request["responses"][-1] else q["url"].rsplit("/", 1)[0] + "/" + r["instrument"]
            qr = response(q, r["answers"]) if r is request["responses"][-1] else \
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "item": [{"linkId": k, "answer": [{"valueCoding": {"code": v}}]} for k, v in r["answers"].items()]}
            qr.update({"questionnaire": url, "authored": request["assessed_on"], "language": lang})
            entries.append({"resource": qr})
        inputs.append({"resourceType": "Bundle", "type": "collection", "identifier": {"value": request["id"]}, "entry": entries})
    code, out = run(["evaluate", "--lines", "--format", "fhir"], "".join(json.dumps(i) + "\n" for i in inputs).encode())
    bundles = [json.loads(line) for line in out.splitlines()]
    assert len(bundles) == len(cases), f"{len(bundles)} Bundles for {len(cases)} inputs"
    for (q, answers, request), result, bundle in zip(cases, results, bundles):
        if "error" in bundle:
            failures.append(f"{request['id']}: FHIR input rejected: {bundle['error']}")
            continue
        Bundle.model_validate(bundle)
        inst = request["responses"][-1]["instrument"]
        mine = next(r for r in result["results"] if r["instrument"] == inst)
        seen = {}
        for e in bundle["entry"]:
            res = e["resource"]
            coding = res.get("code", {}).get("coding", [{}])[0]
            if res["resourceType"] == "Observation" and coding.get("system", "").endswith("/CodeSystem/" + inst) \
                    and coding.get("code", "").startswith("score."):
                seen[coding["code"][len("score."):]] = res.get("valueInteger", res.get("valueQuantity", {}).get("value"))
        if seen != {k: (int(v) if v == int(v) else v) for k, v in mine["scores"].items()}:
            failures.append(f"{request['id']}: Bundle scores {seen}, engine {mine['scores']}")
    return len(bundles)


def check_round_trip():
    n = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "Corpus/cases/*.request.json"))):
        with open(path, "rb") as f:
            raw = f.read()
        code, direct = run(["evaluate", path])
        if code != 0:
            continue  # error cases: nothing to convert
        # A QuestionnaireResponse names its form (one Questionnaire per form), so the request it
        # stands for is the original with each form the engine picked by age written out.
        request, picked = json.loads(raw), json.loads(direct)
        by_instrument = {r["instrument"]: r.get("form") for r in picked.get("results", [])}
        for r in request.get("responses", []):
            if r.get("form") is None and by_instrument.get(r["instrument"]):
                r["form"] = by_instrument[r["instrument"]]
        code, direct = run(["evaluate"], json.dumps(request).encode())
        code, bundle = run(["evaluate", "--format", "fhir", path])
        if code != 0:
            failures.append(f"{path}: --format fhir exited {code}")
            continue
        Bundle.model_validate(json.loads(bundle))
        code, again = run(["evaluate"], bundle)
        if again != direct:
            failures.append(f"{os.path.basename(path)}: the Bundle evaluates differently\n  direct: {direct[:300]!r}\n  bundle: {again[:300]!r}")
        n += 1
    return n


ids = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, "Instruments/*.yaml"))
             if os.path.basename(p) not in ("referrals.yaml", "schedule.yaml"))
compared, forms, without, bundles = check_scores(ids)
trips = check_round_trip()
if failures:
    print("\n".join(failures[:20]))
    print(f"{len(failures)} differences")
    sys.exit(1)
print(f"fhir oracle: {len(ids)} instruments, {forms} forms validated in en/az/ru; {compared} scores equal under fhirpathpy "
      f"({without} score items without a FHIRPath form); {bundles} FHIR visits in en/az/ru scored to valid Bundles; "
      f"{trips} Corpus requests round-trip through a Bundle")
