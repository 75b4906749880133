#!/usr/bin/env python3
"""Seeded workloads for bench/run.  usage: gen.py mchat|mixed|programme N OUT [SEED]
mchat: one M-CHAT-R response per line, ages 10-40 months, ~5% with missing answers.
mixed: M-CHAT-R + SWYC BPSC + EPDS per line, ages 10-20 months (so each applies to some).
programme: the mixed visits spread over 2026 with a context (region, facility), and 1% of lines
  that are rejected (an unknown item): what `earlyscreen tally` and the Spark example count."""
import json, random, sys, datetime

def main():
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    on = datetime.date(2026, 1, 15)
    regions = ("Baku", "Ganja", "Sumqayit", "Lankaran", "Shaki")
    with open(out, "w") as f:
        for i in range(n):
            if kind == "programme":
                on = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
            months = {"mchat": rng.randint(10, 40), "mixed": rng.randint(10, 20), "programme": rng.randint(4, 30)}[kind]
            y, m = on.year, on.month - months
            while m <= 0:
                m += 12
                y -= 1
            birth = datetime.date(y, m, rng.randint(1, 28))
            p = rng.choice((0.03, 0.08, 0.2, 0.5))
            mchat = {}
            for q in range(1, 21):
                risky = rng.random() < p
                yes_is_risk = q in (2, 5, 12)
                mchat["q%d" % q] = "yes" if risky == yes_is_risk else "no"
            if rng.random() < 0.05:
                mchat["q%d" % rng.randint(1, 20)] = None
            responses = [{"instrument": "mchat-r", "answers": mchat}]
            if kind == "mixed":
                responses.append({"instrument": "swyc-bpsc", "answers": {"q%d" % q: rng.choice(("not_at_all", "not_at_all", "somewhat", "very_much")) for q in range(1, 13)}})
                responses.append({"instrument": "epds", "answers": {"q%d" % q: rng.choice("abcd") for q in range(1, 11)}})
            if kind == "programme":
                # Each instrument at the ages it is for, answers mostly unconcerning, as in a real clinic.
                if months < 16:
                    responses = []
                if months < 18:
                    responses.append({"instrument": "swyc-bpsc", "answers": {"q%d" % q: rng.choice(("not_at_all",) * 6 + ("somewhat", "very_much")) for q in range(1, 13)}})
                if months <= 12:
                    epds = {"q%d" % q: rng.choice("abcd") for q in range(1, 10)}
                    epds["q10"] = "d" if rng.random() < 0.97 else "c"
                    responses.append({"instrument": "epds", "answers": epds})
            req = {"id": "b%07d" % i, "child": {"birth_date": birth.isoformat()}, "assessed_on": on.isoformat(),
                   "locale": rng.choice(("en", "az", "ru")), "responses": responses}
            if kind == "programme":
                region = rng.choice(regions)
                req["context"] = {"region": region, "facility": "%s-%d" % (region.lower(), rng.randint(1, 4))}
                if rng.random() < 0.01:
                    responses[0]["answers"]["q21"] = "yes"
            f.write(json.dumps(req, separators=(",", ":")) + "\n")

if __name__ == "__main__":
    main()
