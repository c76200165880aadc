"""Generated news-like and prompt-like prose for the PII tagger.

Sentences are composed from an optional lead (time or place), a clause and
an optional tail (attribution, place), so the model sees entities in many
positions and roles rather than in a few fixed templates. Entities come
from `lexicon.Lexicon`; non-entity fillers (weekdays, roles, numbers,
phone numbers, e-mail addresses, product words) stay `O`, so the model
learns that capitalised words and digit runs are not all entities.
"""

import random

LEADS = [
    "", "", "", "On {DAY}, ", "In {LOCATION}, ", "Earlier this year, ", "Last week, ",
    "Speaking in {LOCATION} on {DAY}, ", "According to {ORGANIZATION}, ", "After months of talks, ",
    "Meanwhile, ", "In a statement, ", "Late on {DAY}, ",
]

CLAUSES = [
    "{PERSON}, the {ROLE} of {ORGANIZATION}, said the deal would close by {MONTH}",
    "{ORGANIZATION} announced that {PERSON} will step down as {ROLE}",
    "police in {LOCATION} arrested {NUM} people after protests outside the offices of {ORGANIZATION}",
    "{PERSON} told reporters that talks with {ORGANIZATION} had stalled",
    "{ORGANIZATION} agreed to buy {ORGANIZATION} for ${NUM} million",
    "{PERSON} won the election in {LOCATION} with {NUM} per cent of the vote",
    "the minister met {PERSON} and {PERSON} in {LOCATION} to discuss trade",
    "{PERSON} was born in {LOCATION} and moved to {LOCATION} as a child",
    "floods hit {LOCATION}, forcing {NUM} families from their homes",
    "{ORGANIZATION} opened a new plant near {LOCATION}, creating {NUM} jobs",
    "shares in {ORGANIZATION} fell {NUM}% after {PERSON} resigned",
    "{PERSON} scored twice as {ORGANIZATION} beat {ORGANIZATION} {SCORE}",
    "the court in {LOCATION} fined {ORGANIZATION} for breaching privacy rules",
    "{PERSON} has been appointed {ROLE} at {ORGANIZATION}",
    "a spokesperson for {ORGANIZATION} declined to comment",
    "{PERSON}, {NUM}, from {LOCATION}, was taken to hospital",
    "the report by {ORGANIZATION} found that prices in {LOCATION} rose sharply",
    "{PERSON} flew from {LOCATION} to {LOCATION} for the summit",
    "{ORGANIZATION} and {ORGANIZATION} signed a partnership in {LOCATION}",
    "{PERSON} thanked the staff of {ORGANIZATION} for their work",
    "the festival in {LOCATION} drew more than {NUM} visitors",
    "{PERSON} said she would appeal the ruling",
    "{PERSON} said he had never met {PERSON}",
    "the {ROLE} of {LOCATION}, {PERSON}, criticised the plan",
    "a new study from {ORGANIZATION} suggests the {PRODUCT} update cut costs",
    "the company reported revenue of ${NUM} billion for the {QUARTER}",
    "the {PRODUCT} release was delayed until {MONTH}",
    "officials said the {ROLE} would visit {LOCATION} on {DAY}",
]

TAILS = [
    ".", ".", ".", ", {PERSON} said.", ", according to {ORGANIZATION}.", " in {LOCATION}.",
    ", officials said.", ", the {ROLE} added.", " on {DAY}.", ", reported {ORGANIZATION}.",
]

PROMPTS = [
    "can you summarise this article? {NEWS}",
    "Rewrite in a formal tone: {NEWS}",
    "Hi team, {PERSON} from {ORGANIZATION} asked whether we can ship to {LOCATION}. Call her on {PHONE}.",
    "Please forward the contract to {PERSON} <{EMAIL}> and cc {PERSON}.",
    "{PERSON} <{EMAIL}> wrote: the invoice for {ORGANIZATION} is attached.",
    "I'm {PERSON}, I live at {STREET_ADDRESS}, {LOCATION}. My order hasn't arrived.",
    "Deploy the app to {PRODUCT_ORG} and tell {PERSON} when it's done.",
    "The {PRODUCT} bug was reported by {PERSON} ({PHONE}).",
    "translate to French: {PERSON} will arrive in {LOCATION} on {DAY}.",
    "What is the population of {LOCATION}?",
    "write a short bio for {PERSON}, a {ROLE} at {ORGANIZATION} based in {LOCATION}",
    "Support ticket {NUM}: customer {PERSON} cannot log in since the {PRODUCT} update.",
    "{\"customer\": \"{PERSON}\", \"phone\": \"{PHONE}\", \"city\": \"{LOCATION}\", \"employer\": \"{ORGANIZATION}\"}",
    "level=warn msg=\"refund issued\" customer=\"{PERSON}\" store=\"{LOCATION}\" ref={NUM}",
    "Send the parcel to {PERSON}, {STREET_ADDRESS}, {LOCATION}",
    "Reminder: call {PERSON} at {PHONE} about the {ORGANIZATION} account.",
    "Thanks {PERSON}! See you in {LOCATION}.",
    "Our {ROLE}, {PERSON}, moved from {ORGANIZATION} to {ORGANIZATION} last spring.",
    "Explain how {PRODUCT} handles retries.",
    "Compare the pricing of {PRODUCT} and {PRODUCT} for a small team.",
]

ROLES = ["chief executive", "CEO", "mayor", "spokesperson", "president", "chairman", "director", "CFO",
         "head coach", "prime minister", "governor", "founder", "manager", "professor", "senator"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas Eve"]
MONTHS = ["January", "March", "April", "June", "August", "September", "November", "December", "spring", "the summer"]
QUARTERS = ["first quarter", "second quarter", "third quarter", "fourth quarter", "fiscal year"]
PRODUCTS = ["iPhone", "Windows", "Python", "Kubernetes", "PostgreSQL", "Excel", "Android", "Chrome", "Docker",
            "React", "Terraform", "Jira", "Linux", "macOS", "Redis", "Kafka", "Grafana", "Postgres", "TypeScript"]
PRODUCT_ORGS = ["Heroku", "Vercel", "Netlify", "AWS", "Azure", "Fly.io", "Render", "DigitalOcean"]


def _phone(rng):
    return rng.choice([
        f"{rng.randint(200, 999)}-555-{rng.randint(0, 9999):04d}",
        f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        f"({rng.randint(200, 999)}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
        f"+49 30 {rng.randint(100000, 999999)}",
    ])


def _email(rng, person):
    local = ".".join(person.lower().replace(".", "").split()[:2]) or "info"
    return f"{local}@{rng.choice(['acme.io', 'example.com', 'mail.org', 'corp.net'])}"


def compose(template, lex, rng):
    """Fills `template`; returns (text, [(start, end, kind)])."""
    text, entities, pos, last_person = "", [], 0, "info"
    while True:
        start = template.find("{", pos)
        if start < 0:
            return text + template[pos:], entities
        end = template.find("}", start)
        key = template[start + 1 : end]
        if not key.isupper() and key != "PRODUCT_ORG":
            text += template[pos : start + 1]
            pos = start + 1
            continue
        text += template[pos:start]
        pos = end + 1
        if key == "NEWS":
            sub, ents = news_sentence(lex, rng)
            entities += [(s + len(text), e + len(text), k) for s, e, k in ents]
            text += sub
            continue
        kind = key
        if key in ("PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS"):
            value = lex.value(key)
            if key == "PERSON":
                last_person = value
        elif key == "PRODUCT_ORG":
            value, kind = rng.choice(PRODUCT_ORGS), "ORGANIZATION"
        else:
            kind = None
            value = {
                "ROLE": lambda: rng.choice(ROLES), "DAY": lambda: rng.choice(DAYS),
                "MONTH": lambda: rng.choice(MONTHS), "QUARTER": lambda: rng.choice(QUARTERS),
                "PRODUCT": lambda: rng.choice(PRODUCTS), "NUM": lambda: str(rng.randint(2, 9999)),
                "SCORE": lambda: f"{rng.randint(0, 5)}-{rng.randint(0, 5)}", "PHONE": lambda: _phone(rng),
                "EMAIL": lambda: _email(rng, last_person),
            }[key]()
        if kind:
            entities.append((len(text), len(text) + len(value), kind))
        text += value


def news_sentence(lex, rng):
    template = rng.choice(LEADS) + rng.choice(CLAUSES) + rng.choice(TAILS)
    text, entities = compose(template, lex, rng)
    return text[0].upper() + text[1:], entities


def generate(count, seed, split="train", prompts=0.5):
    """`count` (text, entities) pairs: news-like sentences and prompts."""
    from lexicon import Lexicon

    rng = random.Random(seed)
    lex = Lexicon(split, seed)
    out = []
    for _ in range(count):
        if rng.random() < prompts:
            text, entities = compose(rng.choice(PROMPTS), lex, rng)
        else:
            text, entities = news_sentence(lex, rng)
            if rng.random() < 0.3:
                more, ents = news_sentence(lex, rng)
                entities += [(s + len(text) + 1, e + len(text) + 1, k) for s, e, k in ents]
                text += " " + more
        out.append((recase(text, rng, 0.12, 0.04), entities))
    return out


def recase(text, rng, lower, upper):
    """`text` lower-cased with probability `lower`, else upper-cased with
    probability `upper` (one draw from `rng`)."""
    r = rng.random()
    if r < lower:
        return text.lower()
    if r < lower + upper:
        return text.upper()
    return text
