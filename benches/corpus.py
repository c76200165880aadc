#!/usr/bin/env python3
"""Generate the deterministic mixed benchmark corpus.

Usage: python3 benches/corpus.py [--size-mb 100] [--kind mixed|prose|logs|code] [--out PATH]

The corpus mixes prose (40%), JSON log lines (35%) and source/config code
(25%), with secrets and PII planted at realistic rates (a few per 10 KB of
logs, fewer in prose). The same seed gives the same bytes on every machine.
A manifest next to the output counts what was planted per entity, so a
benchmark can also report recall on planted values.
"""
import argparse
import base64
import json
import os
import random
import string

SEED = 20261122
WORDS = ("the of and to in is was for on that with as by at from this be are have it not or an which "
         "model prompt user data service request response system policy review token account team "
         "deploy cluster billing invoice customer support update report meeting project release build "
         "latency error retry cache queue storage network database query index schema migration "
         "summary context answer question document contract payment order shipment address").split()
NAMES = ["Ana Lopez", "Bob Stone", "Chen Wei", "Dara Singh", "Eve Martin", "Femi Ade", "Gil Cohen"]
ALNUM = string.ascii_letters + string.digits


def rnd(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def luhn_card(rng, prefix="4", length=16):
    body = prefix + rnd(rng, string.digits, length - len(prefix) - 1)
    digits = [int(c) for c in body][::-1]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return body + str((10 - total % 10) % 10)


def iban_de(rng):
    bban = rnd(rng, string.digits, 18)
    num = int(bban + "131400")  # D=13 E=14, check digits 00
    return f"DE{98 - num % 97:02d}{bban}"


def email(rng):
    return f"{rnd(rng, string.ascii_lowercase, rng.randint(3, 9))}.{rnd(rng, string.ascii_lowercase, 5)}@example{rng.randint(1, 9)}.com"


# Planted secrets: (entity, generator). Formats follow the providers' public docs.
SECRETS = [
    ("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rnd(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
    ("GITHUB_TOKEN", lambda r: "ghp_" + rnd(r, ALNUM, 36)),
    ("SLACK_TOKEN", lambda r: f"xoxb-{rnd(r, string.digits, 12)}-{rnd(r, string.digits, 13)}-{rnd(r, ALNUM, 24)}"),
    ("STRIPE_KEY", lambda r: "sk_live_" + rnd(r, ALNUM, 32)),
    ("OPENAI_API_KEY", lambda r: "sk-proj-" + rnd(r, ALNUM, 60) + "T3BlbkFJ" + rnd(r, ALNUM, 60)),
    ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rnd(r, ALNUM, 93) + "AA"),
    ("GOOGLE_API_KEY", lambda r: "AIza" + rnd(r, ALNUM, 35)),
]


def pem(rng):
    body = base64.b64encode(rng.randbytes(600)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n-----END RSA PRIVATE KEY-----"


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def prose(rng, planted):
    out = []
    for _ in range(rng.randint(3, 7)):
        s = sentence(rng)
        roll = rng.random()
        if roll < 0.04:
            e = email(rng); planted["EMAIL_ADDRESS"] += 1
            s += f" Contact {rng.choice(NAMES)} at {e}."
        elif roll < 0.05:
            planted["PHONE_NUMBER"] += 1
            s += f" Call +1 415 555 {rng.randint(1000, 9999)}."
        elif roll < 0.055:
            planted["CREDIT_CARD"] += 1
            c = luhn_card(rng)
            s += f" Card on file: {c[:4]} {c[4:8]} {c[8:12]} {c[12:]}."
        elif roll < 0.058:
            planted["IBAN_CODE"] += 1
            s += f" Wire to IBAN {iban_de(rng)}."
        out.append(s)
    return " ".join(out) + "\n\n"


def log_line(rng, planted, t):
    rec = {"ts": f"2026-11-{1 + t % 28:02d}T{t % 24:02d}:{t % 60:02d}:{(t * 7) % 60:02d}Z",
           "level": rng.choice(["info", "info", "info", "warn", "error"]),
           "service": rng.choice(["chat-api", "gateway", "billing", "search"]),
           "request_id": rnd(rng, "0123456789abcdef", 16),
           "latency_ms": rng.randint(3, 900),
           "msg": sentence(rng)}
    roll = rng.random()
    if roll < 0.05:
        rec["user"] = email(rng); planted["EMAIL_ADDRESS"] += 1
    if roll < 0.03:
        rec["client_ip"] = f"203.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}"; planted["IP_ADDRESS"] += 1
    if rng.random() < 0.004:
        entity, gen = rng.choice(SECRETS)
        rec["debug"] = f"retrying with key {gen(rng)}"; planted[entity] += 1
    return json.dumps(rec) + "\n"


def code_block(rng, planted):
    kind = rng.random()
    ident = rnd(rng, string.ascii_lowercase, 6)
    lines = [f"def {ident}_handler(request, retries=3):",
             f"    \"\"\"{sentence(rng)}\"\"\"",
             f"    result = client.{ident}(request.payload, timeout=30)",
             "    if result.status != 200:",
             f"        log.warning(\"{ident} failed: %s\", result.status)",
             "    return result.json()", ""]
    if kind < 0.06:
        entity, gen = rng.choice(SECRETS)
        lines.insert(0, f"{entity} = \"{gen(rng)}\""); planted[entity] += 1
    elif kind < 0.08:
        pw = rnd(rng, ALNUM + "!%", 14)  # "#" would start a URL fragment
        lines.insert(0, f"DATABASE_URL = \"postgres://app:{pw}@db.internal:5432/app\""); planted["CONNECTION_STRING"] += 1
    elif kind < 0.085:
        lines.insert(0, f"PRIVATE_KEY = \"\"\"{pem(rng)}\"\"\""); planted["PRIVATE_KEY"] += 1
    elif kind < 0.10:
        lines.insert(0, f"config:\n  db_password: \"{rnd(rng, ALNUM, 16)}\"\n  region: eu-west-1"); planted["PASSWORD"] += 1
    return "\n".join(lines) + "\n"


def generate(size, rng, kind="mixed"):
    planted = {k: 0 for k in ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
                              "CONNECTION_STRING", "PRIVATE_KEY", "PASSWORD"] + [e for e, _ in SECRETS]}
    parts, total, t = [], 0, 0
    while total < size:
        roll = {"mixed": rng.random(), "prose": 0.0, "logs": 0.5, "code": 0.9}[kind]
        if kind != "mixed":
            rng.random()  # keep the random stream shaped like the mixed corpus
        if roll < 0.40:
            piece = prose(rng, planted)
        elif roll < 0.75:
            piece = "".join(log_line(rng, planted, t + i) for i in range(20)); t += 20
        else:
            piece = code_block(rng, planted)
        parts.append(piece)
        total += len(piece.encode())
    return "".join(parts).encode()[:size], planted


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100)
    ap.add_argument("--kind", choices=["mixed", "prose", "logs", "code"], default="mixed")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.out is None:
        args.out = os.path.join(os.path.dirname(__file__), "data", f"{args.kind}-{args.size_mb:g}mb.txt")
    data, planted = generate(int(args.size_mb * 1024 * 1024), random.Random(SEED), args.kind)
    data = data.decode("utf-8", "ignore").encode()  # never end mid-character
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(data)
    with open(args.out + ".manifest.json", "w") as f:
        json.dump({"seed": SEED, "bytes": len(data), "planted": planted}, f, indent=1)
    print(f"wrote {len(data)} bytes to {args.out}; planted {sum(planted.values())} values")


if __name__ == "__main__":
    main()
