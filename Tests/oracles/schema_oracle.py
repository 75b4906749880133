#!/usr/bin/env python3
"""Checks the contract's JSON Schemas (docs/request.schema.json, docs/result.schema.json) against
the Corpus and the engine's own output, with the `jsonschema` library as an independent validator.

usage: schema_oracle.py REPO EARLYSCREEN

- every result in Corpus/cases, and what the engine writes with --explain, validates;
- every request the engine accepts validates; a request the engine rejects for its shape (a
  missing or unknown field, a wrong type, a value out of range) is rejected by the schema too;
  requests rejected for what they mean (an unknown instrument, a date before birth) may validate;
- the schemas are strict: a result with an extra field, or an outcome the engine never writes,
  does not validate.
Prints one line per mismatch and a summary; exits 1 on any mismatch. Used only by the tests.
"""
import glob
import json
import os
import subprocess
import sys

from jsonschema import Draft202012Validator

# Request errors the schema alone can see; the others need the instrument set or the calendar.
SHAPE_ERRORS = {"wrong_type", "missing_field", "unknown_field", "unsupported_format", "value_out_of_range",
                "unknown_locale", "no_responses"}


def validator(path):
    with open(path) as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def main():
    repo, exe = sys.argv[1], sys.argv[2]
    request = validator(os.path.join(repo, "docs/request.schema.json"))
    result = validator(os.path.join(repo, "docs/result.schema.json"))
    bad, counts = [], {"requests": 0, "rejected requests": 0, "results": 0}

    def first_error(v, doc):
        e = next(iter(v.iter_errors(doc)), None)
        return None if e is None else f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"

    for req_path in sorted(glob.glob(os.path.join(repo, "Corpus/cases/*.request.json"))):
        res_path = req_path.replace(".request.json", ".result.json")
        with open(res_path) as f:
            res = json.load(f)
        err = first_error(result, res)
        counts["results"] += 1
        if err:
            bad.append(f"{os.path.basename(res_path)}: result does not validate: {err}")
        try:
            with open(req_path, encoding="utf-8") as f:
                req = json.loads(f.read())
        except ValueError:
            continue  # not JSON at all: the engine's invalid_json cases
        if isinstance(req, dict) and "resourceType" in req:
            continue  # FHIR input, another contract
        err = first_error(request, req)
        code = res.get("error", {}).get("code")
        if code == "wrong_type" and "/answers/" in (res["error"].get("pointer") or ""):
            code = "wrong_type for this item"  # a number for an option item: the instrument knows
        if code is None:
            counts["requests"] += 1
            if err:
                bad.append(f"{os.path.basename(req_path)}: accepted by the engine but not by the schema: {err}")
        elif code in SHAPE_ERRORS:
            counts["rejected requests"] += 1
            if not err:
                bad.append(f"{os.path.basename(req_path)}: the engine says {code}, the schema accepts it")

    for path in sorted(glob.glob(os.path.join(repo, "Corpus/examples/*.json"))):
        with open(path) as f:
            req = json.load(f)
        counts["requests"] += 1
        err = first_error(request, req)
        if err:
            bad.append(f"{os.path.basename(path)}: example request does not validate: {err}")
        out = subprocess.run([exe, "evaluate", "--explain", path], capture_output=True, text=True,
                             env={**os.environ, "SWIFT_BACKTRACE": "enable=no"})
        counts["results"] += 1
        err = first_error(result, json.loads(out.stdout))
        if err:
            bad.append(f"{os.path.basename(path)}: --explain result does not validate: {err}")

    with open(os.path.join(repo, "Corpus/bench/mchat-r-1000.jsonl")) as f:
        for n, line in enumerate(f):
            if n == 200:
                break
            counts["requests"] += 1
            err = first_error(request, json.loads(line))
            if err:
                bad.append(f"mchat-r-1000.jsonl:{n + 1}: {err}")

    # Strictness: the schemas must be able to say no.
    samples = (json.load(open(p)) for p in sorted(glob.glob(os.path.join(repo, "Corpus/cases/*.result.json"))))
    sample = next(s for s in samples if "results" in s)
    if True:
        for mutate, what in [(lambda r: r.update(extra=1), "an extra field"),
                             (lambda r: r.update(outcome="fine"), "an unknown outcome")]:
            r = json.loads(json.dumps(sample))
            mutate(r)
            if result.is_valid(r):
                bad.append(f"the result schema accepts {what}")

    for line in bad:
        print(line)
    print(f"{counts['requests']} requests and {counts['results']} results valid, "
          f"{counts['rejected requests']} malformed requests rejected by both; {len(bad)} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
