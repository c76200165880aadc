#!/usr/bin/env python3
"""Generates a synthetic Parquet dataset with planted secrets and personal
data, and a manifest of what was planted, for the Spark redaction recipe.

The dataset is deterministic for a given ``--seed`` and size. Each row has

* ``id`` (int64, unique, ascending) and ``ts`` (timestamp): never redacted;
* ``service`` (string): a short service name, not redacted (the job must
  leave columns it was not asked to redact alone);
* ``message``: an application log line;
* ``comment``: free text from a user (support tickets, reviews), sometimes
  null, sometimes several lines.

A small share of ``message`` and ``comment`` cells hold one or two planted
values of the kinds in :data:`KINDS` (AWS access key ids, GitHub and Slack
tokens, Stripe keys, JWTs, PEM private keys, e-mail and IP addresses,
credit card numbers that pass Luhn, IBANs, US SSNs), each a form that
scrubline's built-in rules detect; the rest of the text holds nothing they
report. ``--verify-sample`` checks both claims with ``scrubline.Scrubber``
on the first rows before anything is written.

The manifest (JSON) holds the row count, text size, counts per column and
entity, per category, and every planted value with its row id and column.
The values are test data for the check only: nothing here prints them.

Usage::

    python generate.py --out data/input --manifest data/manifest.json --text-mb 300
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import random
import re
import string
import sys
import time
from dataclasses import dataclass
from typing import Callable, Optional

import pyarrow as pa
import pyarrow.parquet as pq

# Characters of the random parts of planted values.
_ALNUM = string.ascii_letters + string.digits
_BASE32 = string.ascii_uppercase + "234567"
_B64 = string.ascii_letters + string.digits + "+/"

SERVICES = ["checkout-api", "billing-worker", "auth-gateway", "search", "notifier", "inventory", "web-frontend"]
LEVELS = ["INFO"] * 14 + ["DEBUG"] * 4 + ["WARN"] * 2 + ["ERROR"]
LOGGERS = ["http.server", "db.pool", "jobs.runner", "cache", "payments", "auth.session", "mailer", "scheduler"]
PATHS = ["/api/v1/orders", "/api/v1/carts", "/api/v2/search", "/healthz", "/api/v1/users/me", "/static/app.js", "/api/v1/invoices"]
METHODS = ["GET"] * 6 + ["POST"] * 3 + ["PUT", "DELETE"]
STATUSES = [200] * 20 + [201, 204, 301, 304, 400, 401, 403, 404, 404, 409, 429, 500, 502, 503]

OPENERS = [
    "Thanks for the quick reply.",
    "I ordered the blue jacket last week and it still has not shipped.",
    "The app keeps logging me out when I switch tabs.",
    "Great service, the parcel arrived a day early.",
    "Can you tell me why my invoice shows two lines for the same item?",
    "The search results page is very slow in the evening.",
    "I would like to cancel my subscription at the end of the month.",
    "Support was friendly but the issue is not solved yet.",
    "The discount code from the newsletter does not work at checkout.",
    "Please update the delivery address on my open order.",
]
MIDDLES = [
    "I tried again this morning with the same result.",
    "My colleague has the same problem on her laptop.",
    "It worked fine until the last update.",
    "I cleared the cache and reinstalled the app as suggested.",
    "The tracking page says the parcel is at the depot.",
    "This is the third time I am writing about it.",
    "The error message only says that something went wrong.",
    "Everything else on the site works fine.",
    "I am happy to send screenshots if that helps.",
    "The total on the receipt does not match the basket.",
]
CLOSERS = [
    "Kind regards.",
    "Thanks in advance.",
    "Looking forward to your answer.",
    "Cheers.",
    "Have a nice day.",
    "Please get back to me soon.",
]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A card number starting with ``prefix``, ``length`` digits, valid Luhn."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def iban(rng: random.Random) -> str:
    """A German or British IBAN with valid check digits (ISO 13616, mod 97)."""
    if rng.random() < 0.5:
        country, bban = "DE", "".join(rng.choice(string.digits) for _ in range(18))
    else:
        country = "GB"
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(rng.choice(string.digits) for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        number = luhn_complete("4", 16, rng)
    elif kind < 0.85:
        number = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    else:
        number = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if len(number) == 16 and rng.random() < 0.5:
        sep = rng.choice([" ", "-"])
        number = sep.join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def _iban(rng: random.Random) -> str:
    value = iban(rng)
    if rng.random() < 0.4:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _email(rng: random.Random) -> str:
    first = rng.choice(["anna", "ben", "chloe", "david", "emma", "farid", "grace", "hiro", "ines", "jonas", "kofi", "lena"])
    last = rng.choice(["smith", "garcia", "muller", "rossi", "tanaka", "okafor", "novak", "silva", "dubois", "kim"])
    sep = rng.choice([".", "_", ""])
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "acme-corp.io", "mail.example.org", "fastmail.fm", "proton.me"])
    return f"{first}{sep}{last}{rng.randint(1, 9999)}@{domain}"


def _ipv4(rng: random.Random) -> str:
    # Public unicast ranges only (no 10/8, 127/8, 172.16/12, 192.168/16, multicast).
    first = rng.choice([23, 34, 45, 52, 66, 81, 91, 104, 151, 185, 203, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _jwt(rng: random.Random) -> str:
    def b64url(obj: dict) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    header = b64url({"alg": "HS256", "typ": "JWT"})
    payload = b64url({"sub": f"user-{rng.randint(1, 10**6)}", "iat": 1760000000 + rng.randint(0, 10**7), "role": rng.choice(["admin", "viewer"])})
    sig = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).rstrip(b"=").decode()
    return f"{header}.{payload}.{sig}"


def _pem(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = ["".join(rng.choice(_B64) for _ in range(64)) for _ in range(rng.randint(4, 12))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


@dataclass(frozen=True)
class Kind:
    """One kind of planted value."""

    name: str
    #: scrubline's entity (and category) for it: what the evidence counts.
    entity: str
    category: str
    #: The column it is planted in.
    column: str
    make: Callable[[random.Random], str]
    #: Sentences that carry it (``{}`` is the value).
    templates: tuple[str, ...]
    #: A regex whose matches are exactly this kind's values, as planted
    #: (RE2 and Python syntax: the check's search of every cell).
    shape: str


KINDS: tuple[Kind, ...] = (
    Kind("aws_access_key_id", "AWS_ACCESS_KEY_ID", "secret", "message",
         lambda r: "AKIA" + "".join(r.choice(_BASE32) for _ in range(16)),
         ("loaded credentials from env aws_access_key_id={}", "s3 upload failed for key id {} (AccessDenied)"),
         r"AKIA[A-Z2-7]{16}"),
    Kind("github_token", "GITHUB_TOKEN", "secret", "message",
         lambda r: "ghp_" + "".join(r.choice(_ALNUM) for _ in range(36)),
         ("git fetch https://x-access-token:{}@github.com/acme/shop.git failed: 401", "using GITHUB_TOKEN={} for release upload"),
         r"ghp_[A-Za-z0-9]{36}"),
    Kind("slack_token", "SLACK_TOKEN", "secret", "message",
         lambda r: f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + "".join(r.choice(_ALNUM) for _ in range(24)),
         ("posting alert to #ops with token {}", "slack client init token={}"),
         r"xoxb-[0-9]+-[0-9]+-[A-Za-z0-9]{24}"),
    Kind("stripe_key", "STRIPE_KEY", "secret", "message",
         lambda r: "sk_live_" + "".join(r.choice(_ALNUM) for _ in range(24)),
         ("stripe charge created with api key {}", "payment provider configured: STRIPE_SECRET_KEY={}"),
         r"sk_live_[A-Za-z0-9]{24}"),
    Kind("jwt", "JWT", "secret", "message",
         _jwt,
         ("rejected request with Authorization: Bearer {}", "session token {} expired"),
         r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    Kind("email_in_log", "EMAIL_ADDRESS", "pii", "message",
         _email,
         ("sending receipt to {}", "password reset requested for {}"),
         r"[A-Za-z0-9._]+@[a-z0-9.-]+\.[a-z]+"),
    Kind("client_ip", "IP_ADDRESS", "pii", "message",
         _ipv4,
         ("login ok client ip {}", "rate limited remote addr {}"),
         r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}"),
    Kind("email", "EMAIL_ADDRESS", "pii", "comment",
         _email,
         ("You can reach me at {} any time.", "My e-mail is {} if you need it."),
         r"[A-Za-z0-9._]+@[a-z0-9.-]+\.[a-z]+"),
    Kind("credit_card", "CREDIT_CARD", "pii", "comment",
         _card,
         ("My card {} was charged twice.", "I paid with card number {} yesterday."),
         r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}|3[47][0-9]{13}"),
    Kind("iban", "IBAN_CODE", "pii", "comment",
         _iban,
         ("Please refund to my bank, IBAN {} instead.", "Bank transfer from IBAN {} should have arrived."),
         r"DE[0-9]{20}|GB[0-9]{2}[A-Z]{4}[0-9]{14}|DE[0-9]{2}(?: [0-9]{4}){4} [0-9]{2}|GB[0-9]{2} [A-Z]{4}(?: [0-9]{4}){3} [0-9]{2}"),
    Kind("ssn", "US_SSN", "pii", "comment",
         _ssn,
         ("The form asked for my SSN {} which I find odd.", "my social security number is {} for the tax form"),
         r"[0-9]{3}-[0-9]{2}-[0-9]{4}"),
    Kind("private_key", "PRIVATE_KEY", "secret", "comment",
         _pem,
         ("I pasted the wrong file by mistake:\n{}\nplease delete it.", "Here is the key the installer printed:\n{}"),
         r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
)

#: Share of cells with a plant, per column.
PLANT_RATE = {"message": 0.006, "comment": 0.02}
#: Kinds never planted in one cell: an IBAN whose digits include a
#: Luhn-valid card number is reported as a card when card words are near
#: (scrubline keeps the more confident of two overlapping findings).
APART = {"iban", "credit_card"}
#: Relative weight of each kind within its column.
WEIGHTS = {"private_key": 0.3, "jwt": 0.6, "client_ip": 1.5, "email": 1.5, "credit_card": 1.2}


def log_line(rng: random.Random, ts: dt.datetime, service: str) -> str:
    """One ordinary log line, free of anything scrubline reports."""
    head = f"{ts.strftime('%Y-%m-%dT%H:%M:%S')}.{ts.microsecond // 1000:03d}Z {rng.choice(LEVELS)} {service} [worker-{rng.randint(1, 16)}] {rng.choice(LOGGERS)} -"
    choice = rng.random()
    if choice < 0.55:
        return (f"{head} {rng.choice(METHODS)} {rng.choice(PATHS)}/{rng.randint(1, 99999)} status={rng.choice(STATUSES)} "
                f"latency_ms={rng.randint(1, 2500)} bytes={rng.randint(120, 90000)} user=u{rng.randint(1, 99999)}")
    if choice < 0.7:
        return f"{head} job {rng.choice(['reindex', 'send-digest', 'expire-carts', 'sync-stock'])}#{rng.randint(1, 9999)} done in {rng.randint(3, 9000)} ms, {rng.randint(0, 5000)} items"
    if choice < 0.82:
        return f"{head} cache miss for orders:{rng.randint(1, 99999)}:summary, loading from db pool=main size={rng.randint(4, 64)}"
    if choice < 0.92:
        return f"{head} retrying upstream call to {rng.choice(['payments', 'stock', 'mailer'])} after {rng.randint(50, 4000)} ms (attempt {rng.randint(1, 5)} of 5)"
    return f"{head} slow query took {rng.randint(500, 20000)} ms: select id, status, total from orders where customer = ? limit {rng.randint(10, 500)}"


def comment_text(rng: random.Random) -> str:
    """One ordinary user comment, free of anything scrubline reports."""
    parts = [rng.choice(OPENERS)]
    for _ in range(rng.randint(0, 4)):
        parts.append(rng.choice(MIDDLES))
    if rng.random() < 0.3:
        parts.append(f"Order {rng.randint(1000, 99999)} placed on {rng.randint(1, 28)} {rng.choice(['March', 'April', 'May'])}.")
    parts.append(rng.choice(CLOSERS))
    return " ".join(parts)


def _pick(rng: random.Random, kinds: list[Kind], weights: list[float]) -> Kind:
    return rng.choices(kinds, weights)[0]


@dataclass
class Plant:
    """A value planted in one cell."""

    id: int
    column: str
    kind: str
    entity: str
    value: str


def generate_rows(rng: random.Random, first_id: int, count: int, start: dt.datetime) -> tuple[dict[str, list], list[Plant]]:
    """``count`` rows from ``first_id``; returns the columns and the plants."""
    by_column = {c: [k for k in KINDS if k.column == c] for c in PLANT_RATE}
    weights = {c: [WEIGHTS.get(k.name, 1.0) for k in ks] for c, ks in by_column.items()}
    cols: dict[str, list] = {"id": [], "ts": [], "service": [], "message": [], "comment": []}
    plants: list[Plant] = []
    for i in range(first_id, first_id + count):
        ts = start + dt.timedelta(milliseconds=i * 37 + rng.randint(0, 36))
        service = rng.choice(SERVICES)
        message = log_line(rng, ts, service)
        comment: Optional[str] = None if rng.random() < 0.06 else comment_text(rng)
        for column in ("message", "comment"):
            text = message if column == "message" else comment
            if text is None or rng.random() >= PLANT_RATE[column]:
                continue
            chosen: list[str] = []
            for _ in range(1 if rng.random() < 0.85 else 2):
                kind = _pick(rng, by_column[column], weights[column])
                if chosen and {chosen[0], kind.name} <= APART:
                    continue
                chosen.append(kind.name)
                value = kind.make(rng)
                sentence = rng.choice(kind.templates).format(value)
                text = f"{text}; {sentence}" if column == "message" else f"{text} {sentence}"
                plants.append(Plant(i, column, kind.name, kind.entity, value))
            if column == "message":
                message = text
            else:
                comment = text
        cols["id"].append(i)
        cols["ts"].append(ts)
        cols["service"].append(service)
        cols["message"].append(message)
        cols["comment"].append(comment)
    return cols, plants


#: Rows per Parquet row group.
ROW_GROUP = 50_000

SCHEMA = pa.schema([
    ("id", pa.int64()),
    ("ts", pa.timestamp("us", tz="UTC")),
    ("service", pa.string()),
    ("message", pa.string()),
    ("comment", pa.string()),
])


def verify_sample(rows: int, seed: int) -> None:
    """Redacts the first ``rows`` rows with a default ``Scrubber`` and
    checks that every planted value is found as its entity and nothing
    else is (counts per row and per entity), and that each kind's
    ``shape`` finds its values exactly; exits 1 naming the kinds and
    counts (never the values) otherwise."""
    import scrubline

    rng = random.Random(seed)
    cols, plants = generate_rows(rng, 0, rows, dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc))
    scrubber = scrubline.Scrubber()
    problems = []
    for column in ("message", "comment"):
        want: dict[int, dict[str, int]] = {}
        for p in plants:
            if p.column == column:
                want.setdefault(p.id, {}).setdefault(p.entity, 0)
                want[p.id][p.entity] += 1
        texts = [t for t in cols[column] if t is not None]
        ids = [i for i, t in zip(cols["id"], cols[column]) if t is not None]
        for row_id, result in zip(ids, scrubber.redact_batch(texts)):
            got: dict[str, int] = {}
            for f in result.findings:
                got[f.entity] = got.get(f.entity, 0) + 1
            if got != want.get(row_id, {}):
                problems.append((column, sorted(want.get(row_id, {}).items()), sorted(got.items()), [f.rule_id for f in result.findings]))
    shapes = {k.name: re.compile(k.shape) for k in KINDS}
    for p in plants:
        if p.value not in (m.group(0) for m in shapes[p.kind].finditer(cols[p.column][p.id])):
            problems.append((p.column, p.kind, "its shape regex does not match the value exactly"))
    if problems:
        print(f"generator self-check: {len(problems)} of {rows} rows differ from their plants (column, planted, found, rules):", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        sys.exit(1)
    kinds = sorted({p.kind for p in plants})
    print(f"generator self-check: {rows} rows, {len(plants)} plants of {len(kinds)} kinds, all found exactly", file=sys.stderr)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="directory for the Parquet files (replaced)")
    parser.add_argument("--manifest", required=True, help="JSON manifest to write (keep it away from the output)")
    parser.add_argument("--text-mb", type=float, default=300.0, help="uncompressed size of the text columns, MB (default 300)")
    parser.add_argument("--files", type=int, default=8, help="number of Parquet files (default 8)")
    parser.add_argument("--seed", type=int, default=20260301)
    parser.add_argument("--verify-sample", type=int, default=0, metavar="ROWS",
                        help="first check with scrubline on this many rows that plants and background are as claimed")
    args = parser.parse_args(argv)

    if args.verify_sample:
        verify_sample(args.verify_sample, args.seed)

    started = time.monotonic()
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.endswith(".parquet"):
            os.remove(os.path.join(args.out, name))
    rng = random.Random(args.seed)
    target = int(args.text_mb * 1_000_000)
    per_file = target // args.files
    start = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
    next_id = 0
    text_bytes = 0
    nulls = {"message": 0, "comment": 0}
    all_plants: list[Plant] = []
    for f in range(args.files):
        path = os.path.join(args.out, f"part-{f:05d}.parquet")
        with pq.ParquetWriter(path, SCHEMA, compression="zstd") as writer:
            file_bytes = 0
            pending: list[pa.Table] = []
            while file_bytes < per_file:
                # Small steps keep the file close to its share of the size.
                cols, plants = generate_rows(rng, next_id, 2_000, start)
                next_id += len(cols["id"])
                all_plants.extend(plants)
                for c in ("message", "comment"):
                    nulls[c] += sum(1 for t in cols[c] if t is None)
                    file_bytes += sum(len(t.encode()) for t in cols[c] if t is not None)
                pending.append(pa.table(cols, schema=SCHEMA))
                if sum(t.num_rows for t in pending) >= ROW_GROUP:
                    writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
                    pending = []
            if pending:
                writer.write_table(pa.concat_tables(pending), row_group_size=ROW_GROUP)
            text_bytes += file_bytes

    counts: dict[str, dict[str, int]] = {}
    entities: dict[str, int] = {}
    categories: dict[str, int] = {}
    category = {k.entity: k.category for k in KINDS}
    for p in all_plants:
        counts.setdefault(p.column, {}).setdefault(p.entity, 0)
        counts[p.column][p.entity] += 1
        entities[p.entity] = entities.get(p.entity, 0) + 1
        categories[category[p.entity]] = categories.get(category[p.entity], 0) + 1
    manifest = {
        "seed": args.seed,
        "rows": next_id,
        "text_bytes": text_bytes,
        "text_columns": ["message", "comment"],
        "other_columns": ["id", "ts", "service"],
        "non_null": {c: next_id - n for c, n in nulls.items()},
        "counts": counts,
        "entities": dict(sorted(entities.items())),
        "categories": dict(sorted(categories.items())),
        "kinds": {k.name: {"entity": k.entity, "category": k.category, "column": k.column, "shape": k.shape} for k in KINDS},
        "planted": [{"id": p.id, "column": p.column, "kind": p.kind, "value": p.value} for p in all_plants],
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.manifest)), exist_ok=True)
    with open(args.manifest, "w", encoding="utf-8") as f:
        json.dump(manifest, f)
    took = time.monotonic() - started
    print(f"generated {next_id} rows, {text_bytes / 1e6:.0f} MB of text, {len(all_plants)} planted values "
          f"({len(entities)} entities) in {args.files} files, {took:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
