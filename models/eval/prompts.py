"""Held-out prompt-like dev text: requests to an assistant, e-mails, support
tickets, chat and JSON logs.

None of these templates is used in training (`models/train/news.py` and
`data.py` have their own), and the values come from the held-out part of
the lexicon: name locales, places and organisations training never saw
in generated text. So this set measures prompts the model was not fitted
to, not recall of its templates.
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "train"))

from news import compose, recase  # noqa: E402

TEMPLATES = [
    "Could you draft an apology email to {PERSON}? We double-charged her card last month.",
    "hey can u check why {PERSON}'s account in the {LOCATION} region is locked",
    "From: {PERSON} <{EMAIL}>\nSubject: meeting next week\n\nHello, I will be in {LOCATION} from Monday. Regards, {PERSON}",
    "I need a reference letter. I worked for {ORGANIZATION} for three years under {PERSON}.",
    "Summarize: {PERSON} (head of sales, {ORGANIZATION}) met {PERSON} in {LOCATION} to agree the terms.",
    "{\"event\": \"signup\", \"full_name\": \"{PERSON}\", \"company\": \"{ORGANIZATION}\", \"country\": \"{LOCATION}\"}",
    "ts=2025-03-02T11:04:55Z svc=billing user_name=\"{PERSON}\" addr=\"{STREET_ADDRESS}\" status=failed",
    "My landlord {PERSON} refuses to fix the heating at {STREET_ADDRESS}. What are my rights in {LOCATION}?",
    "Please update the shipping address for order {NUM} to {STREET_ADDRESS}, {LOCATION}.",
    "Ticket {NUM} - {ORGANIZATION} - caller {PERSON} says the export to {PRODUCT} fails. Callback {PHONE}.",
    "Is {ORGANIZATION} a good place to work? My friend {PERSON} got an offer there.",
    "Plan a 3-day trip to {LOCATION} for me and {PERSON}.",
    "what did {PERSON} say about {ORGANIZATION} in the interview",
    "Translate into Spanish: Dear {PERSON}, your appointment in {LOCATION} is confirmed.",
    "Notes from the call with {PERSON} ({ORGANIZATION}): budget approved, start in {MONTH}.",
    "HR case: {PERSON} reported {PERSON} to the {LOCATION} office manager.",
    "Write a LinkedIn post congratulating {PERSON} on joining {ORGANIZATION}.",
    "The delivery to {STREET_ADDRESS} failed twice; the driver tried calling {PHONE}.",
    "Help me reply to {PERSON}, who wants a refund for the {PRODUCT} licence.",
    "Who founded {ORGANIZATION} and when did it open an office in {LOCATION}?",
    "Can you fix the grammar? me and {PERSON} was going to {LOCATION} but the flight got cancelled",
    "{PERSON} - {ROLE}, {ORGANIZATION}, {LOCATION}",
    "Review this CV: {PERSON}, {STREET_ADDRESS}, {LOCATION}. Experience: {ORGANIZATION} ({NUM} years).",
    "Why does {PRODUCT} crash when I open files from {PRODUCT_ORG}?",
    "Generate SQL to find customers named {PERSON} in {LOCATION}.",
]


def generate(count, seed):
    """`count` (text, entities) pairs; 15% lower-cased, 5% upper-cased."""
    from lexicon import Lexicon

    rng = random.Random(seed)
    lex = Lexicon("dev", seed)
    out = []
    for _ in range(count):
        text, entities = compose(rng.choice(TEMPLATES), lex, rng)
        out.append((recase(text, rng, 0.15, 0.05), entities))
    return out
