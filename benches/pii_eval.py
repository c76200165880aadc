#!/usr/bin/env python3
"""Per-entity PII quality: recall and precision of scrubline's PII pattern rules.

What it measures
----------------
Three things, each per entity, through the Python binding (``Scrubber()``,
built-in rules, no classifier: patterns only):

1. **A labelled set built here** (synthetic, deterministic): prompt-like texts
   (requests to an assistant, e-mails, support tickets, chat messages, JSON and
   key=value log lines, CSV rows, forms, code) in 8 languages, made from ~70
   templates written in this file, with PII values from ``faker`` planted in
   them so that every gold span is known exactly. Values come from 10 main
   locales (en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, nl_NL, pt_BR, en_IN,
   ja_JP) plus en_CA and pl_PL for the Canadian SIN and the PESEL. Where faker
   does not make valid values (UK NINO: reserved ``ZZ`` prefix; Aadhaar: Luhn
   instead of Verhoeff; UK NHS: none) the script makes them with the official
   check. About 15% of the texts hold no PII at all, only confounders
   (versions, order ids, timestamps, hashes, prices, EANs, tracking numbers),
   and every text carries such fillers, so precision is measured on realistic
   look-alikes. Each text has its own seed (derived from ``--seed`` and its
   index); the seed puts it in the dev half or the held-out half, and the
   report gives the **held-out** half (the dev half is there to look at while
   changing rules, so that the reported figures stay honest).

   Scoring, per entity: a gold span is *found* when a finding of the same
   entity (or an alias in ``ALIASES``) overlaps it; recall = found / gold.
   *Exact* = a finding of the entity has exactly the gold boundaries.
   Precision = findings of the entity that overlap a gold span of that entity /
   all findings of the entity (findings on fillers, template text or another
   entity's value are false positives). *Redaction recall* = gold values of
   which every character is removed by ``Scrubber().redact`` (any entity,
   secrets included): what a user relies on.

2. **Presidio's recognizer tests** (``shared/corpora/pii/presidio_recognizer_tests.jsonl``,
   MIT), read as ``tests/corpora.rs`` and ``benches/compare/compare.py`` read
   them: ``positive``/``checksum_valid`` rows are positives, ``negative``/
   ``checksum_invalid`` rows negatives, ``checksum_undetermined`` is skipped,
   and only the findings of the entity under test count. Presidio entity names
   map to scrubline's through ``PRESIDIO_MAP``; the rest are listed as not
   covered. Per entity: span recall on positives, precision on rows whose
   ``spans_complete`` is true, and rows with a false positive among the
   negatives. Two readings differ from ``tests/corpora.rs`` and are counted
   apart: positives whose spans are unknown (``expected_count`` > 0,
   ``expected`` empty) are scored by record (any finding), where corpora.rs
   scores them as negatives; ``checksum_valid`` rows (validator-only tests:
   the text is the value) take the whole text as the span, where corpora.rs
   skips them.

3. **PII findings per MB on ordinary code and prose**: the Python standard
   library (``*.py``) and ``/usr/share/doc`` (text files, ``.gz``
   decompressed), selected by ``benches/clean_fp.py``'s own functions, each
   capped at ``--cap-mb`` (a seeded sample of files when larger), scanned
   with ``entities=["pii"]``. Most e-mail addresses there are real (authors,
   maintainers): this is a rate of findings, not of false positives; the
   shape column (digits as 9, letters as a/A) tells which is which.

Run
---
    ~/.cache/scrubline/venv-python/bin/python benches/pii_eval.py [--quick]
        [--n 3000] [--seed 20261201] [--cap-mb 60]
        [--out benches/results/pii_eval.md] [--triage PATH.json]

``--quick`` makes 300 texts and scans 2 MB per corpus, and writes its report
under the temp dir unless ``--out`` is given. Needs ``scrubline`` (the binding)
and ``faker`` (MIT) in the interpreter's environment. ``--triage`` (default
under the temp dir) receives every miss and false positive of parts 1 and 2
with its text: all of it synthetic or public test data.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))
from clean_fp import prepare_doc, stdlib_paths  # noqa: E402  (clean_fp's file selection)

try:
    import scrubline
    from faker import Faker
    from faker import VERSION as FAKER_VERSION
except ImportError as e:  # pragma: no cover
    sys.exit(f"pii_eval: {e}; run with ~/.cache/scrubline/venv-python/bin/python (pip install faker)")

CORPORA = Path(os.environ.get("SCRUBLINE_CORPORA", ROOT.parent / "shared" / "corpora"))

# ---------------------------------------------------------------- entities

#: Entities planted in the built set (scrubline's names).
ENTITIES = [
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS",
    "DATE_OF_BIRTH", "US_SSN", "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "UK_NINO", "UK_NHS",
    "CA_SIN", "ES_NIF", "ES_NIE", "NL_BSN", "BR_CPF", "PL_PESEL", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN",
]

#: Other entity names that count as finding a gold entity. The gold labels
#: use scrubline's own names, so none are needed; a finding of another entity
#: on a gold value is a confusion (a false positive for that entity, and the
#: value still counts for redaction recall).
ALIASES: dict[str, set[str]] = {}

#: Presidio entity -> scrubline entity. Identity where scrubline has the same
#: name; Presidio's country-specific phone recognizers map to PHONE_NUMBER.
PRESIDIO_MAP = {
    "ABA_ROUTING_NUMBER": "ABA_ROUTING_NUMBER", "AU_TFN": "AU_TFN", "CA_SIN": "CA_SIN",
    "CREDIT_CARD": "CREDIT_CARD", "CRYPTO": "CRYPTO", "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "ES_NIE": "ES_NIE", "ES_NIF": "ES_NIF", "IBAN_CODE": "IBAN_CODE", "IN_AADHAAR": "IN_AADHAAR",
    "IN_PAN": "IN_PAN", "IP_ADDRESS": "IP_ADDRESS", "IT_FISCAL_CODE": "IT_FISCAL_CODE",
    "MAC_ADDRESS": "MAC_ADDRESS", "PHONE_NUMBER": "PHONE_NUMBER", "PH_MOBILE_NUMBER": "PHONE_NUMBER",
    "TR_PHONE_NUMBER": "PHONE_NUMBER", "PL_PESEL": "PL_PESEL", "SG_NRIC_FIN": "SG_NRIC_FIN",
    "UK_NHS": "UK_NHS", "UK_NINO": "UK_NINO", "US_ITIN": "US_ITIN", "US_PASSPORT": "US_PASSPORT",
    "US_SSN": "US_SSN",
}
#: Presidio entities with a near but narrower scrubline entity, not scored.
PRESIDIO_NEAR = {"DATE_TIME": "DATE_OF_BIRTH covers dates next to a birth keyword only",
                 "URL": "URL_CREDENTIALS (a secret) covers URLs with credentials only"}

#: Main locales (weight) and the locales used only for their national IDs.
LOCALES = {"en_US": 1.5, "en_GB": 1, "de_DE": 1, "fr_FR": 1, "es_ES": 1, "it_IT": 1, "nl_NL": 1,
           "pt_BR": 1, "en_IN": 1, "ja_JP": 1, "en_CA": 0.6, "pl_PL": 0.6}
LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "en_CA": "en", "pl_PL": "en", "de_DE": "de",
        "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl", "pt_BR": "pt", "ja_JP": "ja"}
#: National identifiers (and the US routing number) planted for a locale's `{ID}` slot.
LOCALE_IDS = {"en_US": ["US_SSN", "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER"], "en_GB": ["UK_NINO", "UK_NHS"],
              "es_ES": ["ES_NIF", "ES_NIE"], "nl_NL": ["NL_BSN"], "pt_BR": ["BR_CPF"], "it_IT": ["IT_FISCAL_CODE"],
              "en_IN": ["IN_AADHAAR", "IN_PAN"], "en_CA": ["CA_SIN"], "pl_PL": ["PL_PESEL"]}
GENERAL = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "DATE_OF_BIRTH"]
#: Locales whose faker makes IBANs, and those IBANs' lengths by country.
IBAN_LOCALES = ["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR"]
IBAN_LENGTH = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BR": 29}

# Labels written before a value, per entity and language. They double as the
# context cues: a gold value "has context" when one of its entity's labels (any
# language) ends within 48 characters before it.
LABELS: dict[str, dict[str, list[str]]] = {
    "EMAIL_ADDRESS": {"en": ["email", "e-mail", "email address", "mail"], "de": ["E-Mail", "E-Mail-Adresse"],
                      "fr": ["e-mail", "adresse e-mail", "courriel"], "es": ["correo", "correo electrónico"],
                      "it": ["email", "indirizzo email"], "nl": ["e-mail", "e-mailadres"], "pt": ["e-mail", "email"],
                      "ja": ["メール", "メールアドレス"]},
    "PHONE_NUMBER": {"en": ["phone", "phone number", "mobile", "cell", "tel", "WhatsApp", "contact number"],
                     "de": ["Telefonnummer", "Handynummer", "Tel.", "Mobil"],
                     "fr": ["téléphone", "numéro de téléphone", "portable", "tél."],
                     "es": ["teléfono", "móvil", "número de teléfono"], "it": ["telefono", "cellulare", "numero di telefono"],
                     "nl": ["telefoonnummer", "mobiel", "tel."], "pt": ["telefone", "celular", "WhatsApp"],
                     "ja": ["電話番号", "携帯", "電話"]},
    "CREDIT_CARD": {"en": ["card number", "credit card", "card", "Visa", "CC"], "de": ["Kreditkarte", "Kartennummer"],
                    "fr": ["carte bancaire", "numéro de carte"], "es": ["tarjeta", "número de tarjeta"],
                    "it": ["carta di credito", "numero carta"], "nl": ["creditcard", "kaartnummer"],
                    "pt": ["cartão", "número do cartão"], "ja": ["カード番号", "クレジットカード"]},
    "IBAN_CODE": {"en": ["IBAN", "bank account", "account"], "de": ["IBAN", "Konto", "Bankverbindung"],
                  "fr": ["IBAN", "compte", "RIB"], "es": ["IBAN", "cuenta"], "it": ["IBAN", "conto"],
                  "nl": ["IBAN", "rekeningnummer"], "pt": ["IBAN", "conta"], "ja": ["IBAN", "口座"]},
    "IP_ADDRESS": {"en": ["IP", "IP address", "server", "host", "client IP"], "de": ["IP-Adresse"], "fr": ["adresse IP"],
                   "es": ["dirección IP"], "it": ["indirizzo IP"], "nl": ["IP-adres"], "pt": ["endereço IP"],
                   "ja": ["IPアドレス"]},
    "MAC_ADDRESS": {"en": ["MAC", "MAC address", "hwaddr", "BSSID"], "de": ["MAC-Adresse"], "fr": ["adresse MAC"],
                    "es": ["dirección MAC"], "it": ["indirizzo MAC"], "nl": ["MAC-adres"], "pt": ["endereço MAC"],
                    "ja": ["MACアドレス"]},
    "DATE_OF_BIRTH": {"en": ["DOB", "D.O.B.", "date of birth", "born", "born on", "birthday", "birth date"],
                      "de": ["Geburtsdatum", "geboren am", "geb."], "fr": ["date de naissance", "né le", "née le"],
                      "es": ["fecha de nacimiento", "nacido el", "nacida el"], "it": ["data di nascita", "nato il"],
                      "nl": ["geboortedatum", "geboren op"], "pt": ["data de nascimento", "nascido em"],
                      "ja": ["生年月日", "誕生日"]},
    "US_SSN": {"en": ["SSN", "social security number", "Social Security No.", "SS#"]},
    "US_ITIN": {"en": ["ITIN", "taxpayer ID", "individual taxpayer identification number"]},
    "US_PASSPORT": {"en": ["passport number", "passport no.", "US passport"]},
    "ABA_ROUTING_NUMBER": {"en": ["routing number", "ABA", "routing #", "ABA routing"]},
    "UK_NINO": {"en": ["National Insurance number", "NI number", "NINO", "NI no."]},
    "UK_NHS": {"en": ["NHS number", "NHS no."]},
    "CA_SIN": {"en": ["SIN", "social insurance number", "SIN #"]},
    "ES_NIF": {"en": ["NIF", "DNI"], "es": ["DNI", "NIF", "número de DNI"]},
    "ES_NIE": {"en": ["NIE"], "es": ["NIE", "número de extranjero"]},
    "NL_BSN": {"en": ["BSN", "citizen service number"], "nl": ["BSN", "burgerservicenummer"]},
    "BR_CPF": {"en": ["CPF"], "pt": ["CPF", "número do CPF"]},
    "PL_PESEL": {"en": ["PESEL", "PESEL number"]},
    "IT_FISCAL_CODE": {"en": ["fiscal code", "tax code", "codice fiscale"], "it": ["codice fiscale", "CF"]},
    "IN_AADHAAR": {"en": ["Aadhaar", "Aadhaar number", "Aadhar no", "UID"]},
    "IN_PAN": {"en": ["PAN", "PAN card", "PAN number"]},
}
#: JSON/CSV keys where a label would not be written as a key.
KEY_NAMES = {"DATE_OF_BIRTH": ["dob", "date_of_birth", "dateOfBirth", "birth_date", "birthDate", "birthdate"],
             "PHONE_NUMBER": ["phone", "phone_number", "phoneNumber", "mobile", "tel"],
             "CREDIT_CARD": ["card", "card_number", "cardNumber", "cc_number"]}
#: Labels that name no entity ("my number is ..."): the value then has no context.
NEUTRAL = {"en": ["number", "details", "ID", "reference"], "de": ["Nummer", "Angaben"], "fr": ["numéro", "référence"],
           "es": ["número", "datos"], "it": ["numero", "dati"], "nl": ["nummer", "gegevens"], "pt": ["número", "dados"],
           "ja": ["番号"]}
#: Further context words (not used as labels).
EXTRA_CUES = {"PHONE_NUMBER": ["call", "ring", "text me", "reach me", "contact", "telefon", "handy", "anrufen"],
              "IP_ADDRESS": ["ip", "src", "dst", "client", "remote"], "MAC_ADDRESS": ["mac", "ether"],
              "DATE_OF_BIRTH": ["dob", "birth"], "CREDIT_CARD": ["card"], "EMAIL_ADDRESS": ["email", "mail"]}

# ---------------------------------------------------------------- templates

# (name, register, language, text). Slots: {EMAIL} {PHONE} {CARD} {IBAN} {IP}
# {MAC} {DOB} plant a value of that entity; {ID} plants a national identifier
# of the text's locale (or an IBAN or card where the locale has none) and {PII}
# any covered entity, each once per text. {X_L} writes a label for slot X
# (cue or, at 25%, neutral), {X_K} a label as a JSON/CSV key. Lower-case slots
# are fillers (names, confounders). Language "any" templates (logs, JSON, CSV)
# take English keys and run for every locale.
TEMPLATES: list[tuple[str, str, str, str]] = [
    # --- requests to an assistant
    ("ask-reply", "assistant", "en", "Can you draft a polite reply to {name}? Their {PII_L} is {PII} and they asked about invoice {invoice}."),
    ("ask-summarize", "assistant", "en", 'Summarize this customer note: "{name} called about order {order}. New {PII_L}: {PII}. Wants a refund of {price}."'),
    ("ask-typo", "assistant", "en", "Fix the grammar: me and {first} was at {city} yesterday, my {PII_L} are {PII}"),
    ("ask-translate", "assistant", "en", "Translate to French: Please send the signed contract to {EMAIL} before {date}."),
    ("ask-sql", "assistant", "en", "Write a SQL insert for a user named {name} with email {EMAIL} and phone {PHONE}."),
    ("ask-visa", "assistant", "en", "I need help filling in a visa form. Name: {name}. {ID_L}: {ID}. {DOB_L}: {DOB}. What goes in box 7?"),
    ("ask-iban", "assistant", "en", "Is this IBAN valid? {IBAN} It belongs to {company}."),
    ("ask-dispute", "assistant", "en", "My card {CARD} was charged twice for {price} on {date}. Can you write a dispute letter to my bank?"),
    ("ask-remember", "assistant", "en", "Please remember this for later: {PII_L} {PII}. Also remind me about the {time} meeting."),
    ("ask-log", "assistant", "en", "Why does this fail?\n  connection from {IP} port {port} refused after {ms} ms (build {build})"),
    ("ask-welcome", "assistant", "en", "Generate a welcome email for {first}. Contact details to include: {EMAIL}, {PHONE}."),
    ("ask-extract", "assistant", "en", "Extract the fields as JSON: {name}, {DOB_L} {DOB}, lives in {city}, {PHONE_L} {PHONE}."),
    ("ask-rewrite", "assistant", "en", "Rewrite this more formally: hey its {first}, my new number is {PHONE} text me when u can"),
    ("ask-network", "assistant", "en", "What's wrong with my network config? hwaddr {MAC}, inet {IP}, gateway {IP}, mtu 1500"),
    ("ask-format", "assistant", "en", "Check whether {ID_L} {ID} has the right format, the portal keeps rejecting it."),
    ("ask-tax", "assistant", "en", "I'm doing my taxes. My {ID_L} is {ID} and I worked for {company} until {date}. Which form do I need?"),
    ("ask-letter", "assistant", "en", "Write a cover letter for {name} ({EMAIL}, {PHONE}), born {DOB}, applying as {job}."),
    # --- e-mails
    ("mail-bank", "email", "en", "Subject: Updated bank details\n\nHi {first},\n\nplease use our new account for the next payment:\n{IBAN_L}: {IBAN}\nAccount holder: {company}\n\nThanks,\n{name}"),
    ("mail-signature", "email", "en", "Hi team,\n\nattached is the Q{q} report ({pct} up on last quarter).\n\nBest regards,\n{name}\n{company}\n{PHONE_L}: {PHONE}\n{EMAIL}"),
    ("mail-hr", "email", "en", "Dear {name},\n\nWe have received your application. To verify your identity, please confirm your {ID_L} ({ID}) and date of birth ({DOB}) by replying to {EMAIL}.\n\nKind regards,\n{company} HR"),
    ("mail-kyc", "email", "en", "Hi {first},\n\nthanks, we received your {ID_L} {ID}. Your account will be active within {q} days.\n\n{company} onboarding"),
    ("mail-moved", "email", "en", "Hello,\nI moved to {city}, so my details changed: {PHONE} / {EMAIL}.\nCheers, {first}"),
    ("mail-forward", "email", "en", "---------- Forwarded message ---------\nFrom: {name} <{EMAIL}>\nDate: {date}\nSubject: Re: order {order}\n\nPlease refund to my card {CARD}, thanks."),
    # --- support tickets
    ("ticket-card", "ticket", "en", "Ticket #{ticket}\nPriority: high\nCustomer: {name} ({EMAIL})\nIssue: payment declined for {CARD_L} {CARD} on {date}, amount {price}."),
    ("ticket-login", "ticket", "en", "[{ticket}] User reports login failures from {IP}. Device MAC {MAC}. Last success {ts}."),
    ("ticket-account", "ticket", "en", "Customer {name}, {PII_L} {PII}, cannot access the account since the v{version} update."),
    ("ticket-callback", "ticket", "en", "Caller verified with {ID_L} {ID} and {DOB_L} {DOB}. Please call back on {PHONE} after {time}."),
    ("ticket-kyc", "ticket", "en", "KYC review #{ticket}: customer {name}, {ID_L}: {ID}, {PII_L}: {PII}. Status: pending."),
    # --- chat
    ("chat-callme", "chat", "en", "hey can u call me back on {PHONE} pls, in a meeting till {time}"),
    ("chat-email", "chat", "en", "my email's {EMAIL} btw, the other one is dead"),
    ("chat-oops", "chat", "en", "lol i just pasted my {PII_L} in the wrong box: {PII}"),
    ("chat-sendiban", "chat", "en", "ok sending it now, IBAN {IBAN} name {name}"),
    ("chat-ids", "chat", "en", "here's my {ID_L} {ID} and my {PII_L} {PII}"),
    ("chat-birthday", "chat", "en", "{first} here, born {DOB} so I'm turning {age} next week"),
    ("chat-id", "chat", "en", "can you check my {ID_L}? {ID} it says invalid"),
    # --- logs, JSON, CSV, forms, code (language-neutral)
    ("json-login", "json", "any", '{"ts":"{ts}","level":"info","msg":"user login","user":{"email":"{EMAIL}","ip":"{IP}"},"latency_ms":{ms}}'),
    ("json-signup", "json", "any", '{"event":"signup","name":"{name}","{PHONE_K}":"{PHONE}","{DOB_K}":"{DOB}","request_id":"{uuid}"}'),
    ("json-payment", "json", "any", '{"level":"warn","msg":"payment failed","{CARD_K}":"{CARD}","amount":"{price}","order_id":"{order}"}'),
    ("json-flow", "json", "any", '{"ts":"{ts}","src":"{IP}","dst":"{IP}","mac":"{MAC}","bytes":{qty}}'),
    ("json-customer", "json", "any", '{"customer":{"id":"{uuid}","iban":"{IBAN}","{ID_K}":"{ID}"}}'),
    ("json-kyc", "json", "any", '{"applicant":"{name}","{ID_K}":"{ID}","{DOB_K}":"{DOB}","status":"pending"}'),
    ("json-chat", "json", "any", '{"role":"user","content":"my {PII_L} is {PII}, can you update it?"}'),
    ("kv-auth", "log", "any", "{ts} INFO auth: user={EMAIL} src_ip={IP} session={sha}"),
    ("kv-billing", "log", "any", "{ts} WARN billing: retry charge card={CARD} customer={uuid} attempt=3"),
    ("kv-dhcp", "log", "any", "{ts} dhcpd: DHCPACK on {IP} to {MAC} via eth0"),
    ("csv-contacts", "csv", "any", "name,email,phone,city\n{name},{EMAIL},{PHONE},{city}\n{name},{EMAIL},{PHONE},{city}"),
    ("csv-people", "csv", "any", 'id,full_name,dob,{ID_K}\n{qty},{name},"{DOB}",{ID}'),
    ("csv-payments", "csv", "any", "date,description,amount,iban\n{date},{company} invoice {invoice},{price},{IBAN}"),
    ("csv-clients", "csv", "any", "timestamp,client_ip,mac,status\n{ts},{IP},{MAC},200\n{ts},{IP},{MAC},404"),
    ("form-en", "form", "en", "Name: {name}\nAddress: {street}, {city}\nPhone: {PHONE}\nEmail: {EMAIL}\nDOB: {DOB}"),
    ("form-patient", "form", "en", "Patient: {name}, {DOB}, ward {room}. Allergies: none. Next of kin {PHONE}."),
    ("code-python", "code", "any", 'user = User(name="{name}", email="{EMAIL}", phone="{PHONE}", created="{ts}")'),
    ("code-yaml", "code", "any", "contact:\n  name: {name}\n  {PII_K}: {PII}\n  updated: {date}\n"),
    ("code-test", "code", "any", 'def test_export():\n    row = export({"id": {qty}, "{PII_K}": "{PII}"})\n    assert row.ok'),
    # --- German
    ("de-phone", "chat", "de", "Hallo {first}, meine neue {PHONE_L} ist {PHONE}. Viele Grüße, {name}"),
    ("de-transfer", "email", "de", "Bitte überweisen Sie {price_eur} auf folgendes Konto: IBAN {IBAN}, Kontoinhaber {name}."),
    ("de-data", "email", "de", "Sehr geehrte Damen und Herren, anbei meine Daten: {DOB_L} {DOB}, E-Mail {EMAIL}, {PII_L} {PII}."),
    # --- French
    ("fr-contact", "email", "fr", "Bonjour, vous pouvez me joindre au {PHONE} ou par courriel à {EMAIL}. Cordialement, {name}"),
    ("fr-refund", "email", "fr", "Merci de rembourser sur mon compte {IBAN} ({name}), {DOB_L} {DOB}."),
    ("fr-ask", "assistant", "fr", "Peux-tu corriger ce message : mon {PII_L} est {PII}, merci de mettre à jour le dossier {order}."),
    # --- Spanish
    ("es-hello", "chat", "es", "Hola, soy {name}. Mi {PII_L} es {PII}. ¿Me pueden ayudar?"),
    ("es-client", "form", "es", "Datos del cliente: {ID_L} {ID}, {DOB_L} {DOB}, teléfono {PHONE}."),
    # --- Italian
    ("it-hello", "email", "it", "Buongiorno, il mio {PII_L} è {PII}. Grazie, {name}"),
    ("it-data", "form", "it", "Dati: {name}, {DOB_L} {DOB}, {ID_L} {ID}, cellulare {PHONE}"),
    # --- Dutch
    ("nl-hello", "chat", "nl", "Hoi {first}, mijn {PII_L} is {PII}. Groetjes"),
    ("nl-callback", "email", "nl", "Graag terugbellen op {PHONE}. {ID_L}: {ID}, {DOB_L} {DOB}."),
    # --- Portuguese
    ("pt-hello", "email", "pt", "Olá, meu {PII_L} é {PII}. Pode atualizar o cadastro? Obrigado, {name}"),
    ("pt-client", "form", "pt", "Cliente: {name}, {ID_L} {ID}, {DOB_L} {DOB}, celular {PHONE}"),
    # --- Japanese
    ("ja-contact", "email", "ja", "お世話になっております。{name}です。電話番号は{PHONE}、メールは{EMAIL}です。"),
    ("ja-pii", "chat", "ja", "{name}様の{PII_L}は{PII}です。確認をお願いします。"),
    ("ja-form", "form", "ja", "{DOB_L}: {DOB}\n住所: {city}\n携帯: {PHONE}"),
]

#: Texts with no PII: confounders only.
NEGATIVE_TEMPLATES: list[tuple[str, str, str, str]] = [
    ("neg-versions", "assistant", "en", "Can you explain the changes between v{version} and v{version}? Build {build} broke {path}."),
    ("neg-order", "email", "en", "Order {order} shipped on {date}, tracking {tracking}, total {price} ({qty} items)."),
    ("neg-json", "json", "any", '{"ts":"{ts}","level":"info","msg":"request done","status":200,"latency_ms":{ms},"trace_id":"{sha}","span":"{uuid}"}'),
    ("neg-commit", "code", "any", "commit {sha}\nDate: {ts}\n\n    bump version to {version}"),
    ("neg-invoice", "email", "en", "Invoice {invoice}: {qty} x SKU {sku} at {price} each, due {date}."),
    ("neg-build", "log", "any", "The build took {ms} ms on {qty} cores; cache hit rate {pct}; artifact {sha}."),
    ("neg-csv", "csv", "any", "sku,ean,price,stock\n{sku},{ean},{price},{qty}\n{sku},{ean},{price},{qty}"),
    ("neg-meeting", "chat", "en", "Meeting moved to {date} at {time}, room {room}. Agenda: Q{q} numbers, {pct} growth."),
    ("neg-http", "log", "any", "{ts} INFO http: GET /api/v{q}/orders/{order} 200 {ms}ms id={uuid}"),
    ("neg-pr", "assistant", "en", "Please review PR #{qty}: upgrades a dependency from {version} to {version}, sha256:{sha64}"),
    ("neg-geo", "assistant", "en", "Coordinates {lat}, {lon}; elevation {qty} m; dataset doi:10.5281/zenodo.{qty7}"),
    ("neg-device", "ticket", "en", "Screen {res}, firmware {version}, serial {serial}, uptime {qty7} s."),
    ("neg-callcenter", "log", "en", "Call center stats: call {order} lasted {ms} ms, contact queue {qty}, ticket {ticket}."),
    ("neg-hex", "log", "any", "Error at line {qty}: expected 0x{hex8}, got 0x{hex8} (offset {qty}, epoch {epoch})"),
    ("neg-de", "email", "de", "Bestellung {order} vom {date}, Summe {price_eur}, Lieferung in {q} Tagen, Sendung {tracking}."),
    ("neg-fr", "email", "fr", "Commande {order} expédiée le {date}, montant {price_eur}, version {version}."),
    ("neg-ja", "chat", "ja", "注文番号{order}は{date}に発送されました。合計{price}です。"),
]

SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")
SLOT_ENTITY = {"EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "CARD": "CREDIT_CARD", "IBAN": "IBAN_CODE",
               "IP": "IP_ADDRESS", "MAC": "MAC_ADDRESS", "DOB": "DATE_OF_BIRTH"}

# ---------------------------------------------------------------- checks

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if IBAN_LENGTH.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


# Verhoeff tables (dihedral group D5; P[i] is P[1] applied i times).
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [list(range(10))]
for _ in range(7):
    _VP.append([[1, 5, 7, 6, 2, 8, 3, 0, 9, 4][x] for x in _VP[-1]])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


assert verhoeff_digit("236") == "3" and verhoeff_ok("2363") and not verhoeff_ok("2364")


def shape(s: str, cap: int = 40) -> str:
    """A value's form without its content: digits as 9, ASCII letters as a/A,
    other letters as X; runs of more than 4 equal classes shortened (9999…)."""
    out = []
    for ch in s:
        if ch.isdigit() and ch.isascii():
            out.append("9")
        elif ch.isascii() and ch.isalpha():
            out.append("A" if ch.isupper() else "a")
        elif ch.isalpha():
            out.append("X")
        else:
            out.append(ch)
    text = re.sub(r"(([9aAX])\2{4})\2+", r"\1…", "".join(out))
    return text if len(text) <= cap else text[:cap] + "…"


# ---------------------------------------------------------------- values

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


#: Date formats: name -> (languages it is used in, function).
DATE_FORMATS = {
    "YYYY-MM-DD": ("*", lambda d, l: d.strftime("%Y-%m-%d")),
    "MM/DD/YYYY": ("en_US", lambda d, l: d.strftime("%m/%d/%Y")),
    "DD/MM/YYYY": ("en fr es it pt", lambda d, l: d.strftime("%d/%m/%Y")),
    "D/M/YYYY": ("en es pt", lambda d, l: f"{d.day}/{d.month}/{d.year}"),
    "DD.MM.YYYY": ("de", lambda d, l: d.strftime("%d.%m.%Y")),
    "DD-MM-YYYY": ("nl en", lambda d, l: d.strftime("%d-%m-%Y")),
    "DD/MM/YY": ("en fr", lambda d, l: d.strftime("%d/%m/%y")),
    "YYYY/MM/DD": ("ja", lambda d, l: d.strftime("%Y/%m/%d")),
    "YYYY年M月D日": ("ja", lambda d, l: f"{d.year}年{d.month}月{d.day}日"),
    "D Month YYYY": ("en fr it nl", lambda d, l: f"{d.day} {MONTHS.get(l, MONTHS['en'])[d.month - 1]} {d.year}"),
    "D. Monat YYYY": ("de", lambda d, l: f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"),
    "D de mes de YYYY": ("es pt", lambda d, l: f"{d.day} de {MONTHS['pt' if l == 'pt' else 'es'][d.month - 1]} de {d.year}"),
    "Month D, YYYY": ("en", lambda d, l: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"),
    "Mon D, YYYY": ("en", lambda d, l: f"{MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}"),
    "DD-Mon-YYYY": ("en", lambda d, l: f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"),
    "Dth of Month YYYY": ("en", lambda d, l: f"{_ordinal(d.day)} of {MONTHS['en'][d.month - 1]} {d.year}"),
    "YYYYMMDD": ("structured", lambda d, l: d.strftime("%Y%m%d")),
}


def date_formats_for(locale: str, lang: str, structured: bool) -> list[str]:
    """Date formats a writer in `locale` would use; logs, JSON and CSV mostly ISO."""
    names = [n for n, (langs, _) in DATE_FORMATS.items()
             if langs == "*" or locale in langs.split() or lang in langs.split()]
    if locale == "en_US":  # day-first forms are not American
        names = [n for n in names if not n.startswith(("DD/", "D/", "DD-MM"))]
    if structured:
        names = ["YYYY-MM-DD"] * 4 + [n for n in names if n in NUMERIC_DATES] + ["YYYYMMDD"]
    return names


NUMERIC_DATES = {"YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "D/M/YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "DD/MM/YY",
                 "YYYY/MM/DD", "YYYYMMDD"}


@dataclass
class Span:
    start: int
    end: int
    entity: str  # gold entity, or filler kind
    value: str
    form: str = ""
    locale: str = ""
    cue: str = ""  # context label found before the value ("" = none)


@dataclass
class Sample:
    idx: int
    seed: int
    split: str
    template: str
    register: str
    lang: str
    locale: str
    text: str
    gold: list[Span] = field(default_factory=list)
    fillers: list[Span] = field(default_factory=list)


class Generator:
    """Makes one text per call, deterministically from (seed, index)."""

    def __init__(self, seed: int):
        self.seed = seed
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        self.redraws: Counter = Counter()
        self._cues = {}
        for ent, by_lang in LABELS.items():
            words = {w.lower() for ws in by_lang.values() for w in ws} | set(EXTRA_CUES.get(ent, []))
            words = sorted(words, key=len, reverse=True)
            self._cues[ent] = re.compile("|".join(
                (r"(?<![a-z])" + re.escape(w) + r"(?![a-z])") if w.isascii() else re.escape(w) for w in words))

    # -- per-text state
    def _start(self, idx: int) -> None:
        self.text_seed = int(hashlib.sha256(f"{self.seed}:{idx}".encode()).hexdigest()[:15], 16)
        self.rng = random.Random(self.text_seed)
        self._seeded: set[str] = set()
        self.choice: dict[str, str] = {}

    def fk(self, locale: str) -> Faker:
        f = self.fakers[locale]
        if locale not in self._seeded:
            f.seed_instance(self.text_seed ^ int(hashlib.sha256(locale.encode()).hexdigest()[:8], 16))
            self._seeded.add(locale)
        return f

    # -- values of each entity: (value, form, locale)
    def value(self, entity: str, locale: str, lang: str, structured: bool) -> tuple[str, str, str]:
        r = self.rng
        if entity == "EMAIL_ADDRESS":
            f = self.fk(locale)
            kind = r.choices(["free", "company", "example", "plus-tag", "first.last"], [40, 30, 15, 10, 5])[0]
            if kind == "free":
                v = f.free_email()
            elif kind == "company":
                v = f.company_email()
            elif kind == "example":
                v = f.email()
            elif kind == "plus-tag":
                user, dom = f.free_email().split("@")
                v = f"{user}+{r.choice(['news', 'shop', 'work', 'x'])}@{dom}"
            else:
                v = f"{f.first_name().lower()}.{f.last_name().lower()}@{f.domain_name()}"
            return v, kind, locale
        if entity == "PHONE_NUMBER":
            loc = locale if locale in self.fakers else "en_US"
            for _ in range(20):
                v = self.fk(loc).phone_number()
                if plausible_phone(loc, v):
                    break
                self.redraws["PHONE_NUMBER"] += 1
            return v, re.sub(r"[0-9]", "9", v), loc
        if entity == "CREDIT_CARD":
            kind = r.choices(["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "maestro", "visa19",
                              "visa13", "jcb15"], [30, 25, 12, 6, 5, 5, 5, 3, 1, 1])[0]
            digits = self.fk("en_US").credit_card_number(card_type=kind)
            assert luhn_ok(digits), digits
            style = r.choices(["compact", "spaced", "dashed"], [40, 45, 15])[0]
            return group_card(digits, style), f"{kind} {style}", "en_US"
        if entity == "IBAN_CODE":
            loc = locale if locale in IBAN_LOCALES else r.choice(IBAN_LOCALES)
            for _ in range(20):
                v = self.fk(loc).iban()
                if iban_ok(v):
                    break
                self.redraws["IBAN_CODE"] += 1
            else:
                raise RuntimeError(f"no valid IBAN from faker {loc}")
            style = r.choices(["compact", "spaced"], [55, 45])[0]
            if style == "spaced":
                v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            return v, f"{v[:2]} {style}", loc
        if entity == "IP_ADDRESS":
            f = self.fk("en_US")
            kind = r.choices(["ipv4 public", "ipv4 private", "ipv6 full", "ipv6 compressed", "ipv4-mapped ipv6"],
                             [45, 20, 15, 15, 5])[0]
            if kind == "ipv4 public":
                v = f.ipv4_public()
            elif kind == "ipv4 private":
                v = f.ipv4_private()
            elif kind == "ipv6 full":
                v = f.ipv6()
            elif kind == "ipv6 compressed":
                a = f.ipv6().split(":")
                a[2:5] = ["0", "0", "0"]
                v = ipaddress.IPv6Address(":".join(a)).compressed
            else:
                v = f"::ffff:{f.ipv4_public()}"
            return v, kind, "en_US"
        if entity == "MAC_ADDRESS":
            m = self.fk("en_US").mac_address()
            kind = r.choices(["colon lower", "colon upper", "dash upper", "cisco dotted", "bare hex"],
                             [40, 25, 20, 10, 5])[0]
            h = m.replace(":", "")
            v = {"colon lower": m, "colon upper": m.upper(), "dash upper": m.upper().replace(":", "-"),
                 "cisco dotted": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare hex": h}[kind]
            return v, kind, "en_US"
        if entity == "DATE_OF_BIRTH":
            d = self.fk(locale).date_of_birth(minimum_age=16, maximum_age=90)
            name = r.choice(date_formats_for(locale, lang, structured))
            return DATE_FORMATS[name][1](d, lang), name, locale
        return self.national_id(entity)

    def national_id(self, entity: str) -> tuple[str, str, str]:
        r = self.rng
        if entity == "US_SSN":
            v = self.fk("en_US").ssn()
            style = r.choices(["dashed", "spaced", "compact"], [70, 10, 20])[0]
            return {"dashed": v, "spaced": v.replace("-", " "), "compact": v.replace("-", "")}[style], style, "en_US"
        if entity == "US_ITIN":
            v = self.fk("en_US").itin()
            style = r.choices(["dashed", "spaced"], [85, 15])[0]
            return (v if style == "dashed" else v.replace("-", " ")), style, "en_US"
        if entity == "US_PASSPORT":
            return self.fk("en_US").passport_number(), "faker", "en_US"
        if entity == "ABA_ROUTING_NUMBER":
            return self.fk("en_US").aba(), "9 digits", "en_US"
        if entity == "UK_NINO":  # faker's en_GB ssn uses the reserved ZZ prefix: made here
            while True:
                p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
                if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                    break
            d = f"{r.randrange(10**6):06d}"
            style = r.choice(["compact", "spaced"])
            s = r.choice("ABCD")
            return (f"{p}{d}{s}" if style == "compact" else f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"), style, "en_GB"
        if entity == "UK_NHS":  # not in faker: mod-11 check digit
            while True:
                body = str(r.randint(4, 7)) + "".join(str(r.randrange(10)) for _ in range(8))
                check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
                if check != 10:
                    break
            v = body + str(0 if check == 11 else check)
            style = r.choices(["spaced", "compact", "dashed"], [60, 30, 10])[0]
            sep = {"spaced": " ", "compact": "", "dashed": "-"}[style]
            return f"{v[:3]}{sep}{v[3:6]}{sep}{v[6:]}", style, "en_GB"
        if entity == "CA_SIN":
            v = self.fk("en_CA").ssn()
            style = r.choices(["spaced", "dashed", "compact"], [60, 25, 15])[0]
            return {"spaced": v, "dashed": v.replace(" ", "-"), "compact": v.replace(" ", "")}[style], style, "en_CA"
        if entity == "ES_NIF":
            v = self.fk("es_ES").nif()
            style = r.choices(["plain", "dashed"], [85, 15])[0]
            return (v if style == "plain" else f"{v[:-1]}-{v[-1]}"), style, "es_ES"
        if entity == "ES_NIE":
            v = self.fk("es_ES").nie()
            style = r.choices(["plain", "dashed"], [85, 15])[0]
            return (v if style == "plain" else f"{v[0]}-{v[1:-1]}-{v[-1]}"), style, "es_ES"
        if entity == "NL_BSN":
            v = self.fk("nl_NL").ssn()
            style = r.choices(["plain", "dotted"], [85, 15])[0]
            return (v if style == "plain" else f"{v[:4]}.{v[4:6]}.{v[6:]}"), style, "nl_NL"
        if entity == "BR_CPF":
            v = self.fk("pt_BR").cpf()
            style = r.choices(["formatted", "digits"], [75, 25])[0]
            return (v if style == "formatted" else re.sub(r"\D", "", v)), style, "pt_BR"
        if entity == "PL_PESEL":
            return self.fk("pl_PL").pesel(), "11 digits", "pl_PL"
        if entity == "IT_FISCAL_CODE":
            return self.fk("it_IT").ssn(), "16 chars", "it_IT"
        if entity == "IN_AADHAAR":  # faker's uses a Luhn digit: made here with Verhoeff
            body = str(r.randint(2, 9)) + "".join(str(r.randrange(10)) for _ in range(10))
            v = body + verhoeff_digit(body)
            assert verhoeff_ok(v)
            style = r.choices(["spaced", "compact", "dashed"], [60, 30, 10])[0]
            sep = {"spaced": " ", "compact": "", "dashed": "-"}[style]
            return f"{v[:4]}{sep}{v[4:8]}{sep}{v[8:]}", style, "en_IN"
        if entity == "IN_PAN":
            return self.fk("en_IN").pan(), "10 chars", "en_IN"
        raise KeyError(entity)

    # -- fillers (confounders and names): (value)
    def filler(self, kind: str, locale: str) -> str:
        r = self.rng
        f = self.fk(locale)
        year = r.randint(2019, 2026)
        if kind == "name":
            return f.name()
        if kind == "first":
            return f.first_name()
        if kind == "company":
            return f.company()
        if kind == "city":
            return f.city()
        if kind == "street":
            return f.street_address().replace("\n", ", ")
        if kind == "job":
            return self.fk("en_US").job()
        if kind == "order":
            return r.choice([f"#{r.randint(10**5, 10**7)}", f"A-{year}-{r.randint(10**5, 10**6 - 1)}",
                             f"ORD-{r.getrandbits(32):08X}", f"{r.randint(10**9, 10**10 - 1)}",
                             f"{''.join(r.choices('ABCDEFGHJKLMNPRSTUVWXYZ', k=3))}-{r.randint(10**4, 10**5 - 1)}"])
        if kind == "invoice":
            return r.choice([f"INV-{year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 9999):04d}",
                             f"{year}/{r.randint(1, 99999):05d}", f"RE{r.randint(10**7, 10**8 - 1)}"])
        if kind == "ticket":
            return r.choice([f"INC{r.randint(10**6, 10**7 - 1)}", f"{r.randint(10**4, 10**5 - 1)}",
                             f"SR-{r.randint(10**5, 10**6 - 1)}", f"OPS-{r.randint(100, 9999)}"])
        if kind == "tracking":
            return r.choice(["1Z" + "".join(r.choices("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", k=16)),
                             " ".join(f"{r.randint(0, 9999):04d}" for _ in range(5)) + f" {r.randint(10, 99)}",
                             f"{r.randint(10**9, 10**10 - 1)}"])
        if kind in ("price", "price_eur"):
            amt = r.choice([r.randint(1, 99) + r.randint(0, 99) / 100, r.randint(100, 9999) + 0.99,
                            r.randint(1000, 99999)])
            if kind == "price_eur":
                return f"{amt:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
            return r.choice([f"${amt:,.2f}", f"€{amt:,.2f}", f"£{amt:.2f}", f"{amt:,.2f} USD",
                             f"R$ {amt:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")])
        if kind == "version":
            return r.choice([f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                             f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(0, 255)}",
                             f"{year}.{r.randint(1, 12)}.{r.randint(0, 9)}", f"10.0.{r.randint(17000, 26000)}.{r.randint(1, 4000)}",
                             f"{r.randint(1, 4)}.{r.randint(0, 9)}.0-rc.{r.randint(1, 5)}"])
        if kind == "build":
            return r.choice([f"{year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}",
                             f"#{r.randint(1000, 99999)}", f"1.{r.randint(0, 9)}.{r.randint(0, 9)}+build.{r.randint(1, 999)}"])
        if kind in ("ts", "date", "epoch"):
            d = date(year, r.randint(1, 12), r.randint(1, 28))
            hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
            if kind == "epoch":
                return str(r.randint(1_500_000_000, 1_800_000_000))
            if kind == "date":  # a date that is not a birth date, in the writer's formats
                name = r.choice(date_formats_for(locale, LANG[locale], False))
                return DATE_FORMATS[name][1](d, LANG[locale])
            return r.choice([f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z",
                             f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d},{r.randint(0, 999):03d}",
                             f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{hh:02d}:{mm:02d}:{ss:02d} +0000",
                             str(r.randint(1_500_000_000, 1_800_000_000))])
        if kind == "time":
            return f"{r.randint(7, 19)}:{r.choice(['00', '15', '30', '45'])}"
        if kind == "sha":
            return f"{r.getrandbits(160):040x}"
        if kind == "sha64":
            return f"{r.getrandbits(256):064x}"
        if kind == "hex8":
            return f"{r.getrandbits(32):08x}"
        if kind == "uuid":
            h = f"{r.getrandbits(128):032x}"
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        if kind == "ms":
            return r.choice([str(r.randint(1, 30000)), f"{r.uniform(0.1, 999):.2f}"])
        if kind in ("qty", "port", "age", "q", "qty7"):
            lo, hi = {"qty": (1, 9999), "port": (1024, 65535), "age": (17, 90), "q": (1, 4), "qty7": (10**6, 10**7 - 1)}[kind]
            return str(r.randint(lo, hi))
        if kind == "pct":
            return f"{r.uniform(0.1, 99):.1f}%"
        if kind == "sku":
            return f"SKU-{r.randint(10000, 99999)}-{r.choice(['BLK', 'WHT', 'RED', 'L', 'XL'])}"
        if kind == "ean":
            body = str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(11))
            check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
            return body + str(check)
        if kind == "serial":
            return r.choice(["SN" + "".join(r.choices("0123456789", k=10)),
                             "".join(r.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=12))])
        if kind == "room":
            return f"{r.choice('ABC')}{r.randint(1, 5)}.{r.randint(1, 40):02d}"
        if kind == "res":
            return r.choice(["1920x1080", "2560x1440", "3840x2160", "1366x768"])
        if kind in ("lat", "lon"):
            return f"{r.uniform(-80, 80):.4f}"
        if kind == "path":
            return r.choice(["src/utils/parser.py", "lib/core/index.ts", "cmd/server/main.go", "app/models/user.rb"])
        raise KeyError(f"unknown filler slot {{{kind}}}")

    def label(self, entity: str, lang: str, neutral_ok: bool = True) -> str:
        r = self.rng
        if neutral_ok and entity != "DATE_OF_BIRTH" and r.random() < 0.25:
            return r.choice(NEUTRAL[lang])
        by_lang = LABELS[entity]
        return r.choice(by_lang.get(lang) or by_lang["en"])

    def cue_before(self, entity: str, text: str, start: int) -> str:
        window = text[max(0, start - 48):start]
        window = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", window).replace("_", " ").lower()  # keys: dateOfBirth, ni_number
        hits = list(self._cues[entity].finditer(window))
        return hits[-1].group(0) if hits else ""

    # -- one text
    def make(self, idx: int, negative_share: float) -> Sample:
        self._start(idx)
        r = self.rng
        locale = r.choices(list(LOCALES), list(LOCALES.values()))[0]
        lang = LANG[locale]
        negative = r.random() < negative_share
        name, register, tlang, tpl = pick_template(NEGATIVE_TEMPLATES if negative else TEMPLATES, lang, r)
        text_lang = lang if tlang == lang else "en"
        structured = tlang == "any"
        # The entity behind {ID} and {PII} is fixed per text.
        ids = LOCALE_IDS.get(locale) or []
        id_entity = r.choice(ids) if ids else r.choice(["IBAN_CODE", "CREDIT_CARD"])
        pii_entity = r.choice(GENERAL + ids * 3)
        sample = Sample(idx, self.text_seed, "held-out" if (self.text_seed >> 7) & 1 else "dev",
                        name, register, "structured (JSON, CSV, logs, code)" if structured else text_lang, locale, "")
        out: list[str] = []
        pos = 0
        last = 0
        labels: dict[str, str] = {}
        for m in SLOT.finditer(tpl):
            lit = tpl[last:m.start()]
            out.append(lit)
            pos += len(lit)
            last = m.end()
            slot = m.group(1)
            base, _, suffix = slot.partition("_")
            if base in ("ID", "PII") or base in SLOT_ENTITY:
                entity = {"ID": id_entity, "PII": pii_entity}.get(base) or SLOT_ENTITY[base]
                if suffix in ("L", "K"):
                    if base not in labels or suffix == "L":
                        labels[base] = self.label(entity, text_lang if suffix == "L" else "en",
                                                  neutral_ok=suffix == "L")
                    if suffix == "L":
                        val = labels[base]
                    elif entity in KEY_NAMES:
                        val = r.choice(KEY_NAMES[entity])
                    else:
                        val = key_form(labels[base], r)
                    out.append(val)
                    pos += len(val)
                    continue
                v, form, vloc = self.value(entity, locale, text_lang, structured)
                sample.gold.append(Span(pos, pos + len(v), entity, v, form, vloc))
            else:
                v = self.filler(slot, locale)
                sample.fillers.append(Span(pos, pos + len(v), slot, v))
            out.append(v)
            pos += len(v)
        out.append(tpl[last:])
        sample.text = "".join(out)
        for g in sample.gold:
            g.cue = self.cue_before(g.entity, sample.text, g.start)
        return sample


def pick_template(pool: list[tuple[str, str, str, str]], lang: str, r: random.Random) -> tuple[str, str, str, str]:
    """A template for a writer of `lang`: their language (45%), a structured one
    (logs, JSON, CSV: 30%) or English (25%); English writers 60/40."""
    groups = {"native": [t for t in pool if t[2] == lang != "en"], "any": [t for t in pool if t[2] == "any"],
              "en": [t for t in pool if t[2] == "en"]}
    weights = {"native": 0.45, "any": 0.3, "en": 0.25} if lang != "en" else {"any": 0.4, "en": 0.6}
    names = [g for g in weights if groups[g]]
    return r.choice(groups[r.choices(names, [weights[g] for g in names])[0]])


def key_form(label: str, r: random.Random) -> str:
    """A label as a JSON/CSV key: snake_case or camelCase."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    if not words:
        return "value"
    return "_".join(words) if r.random() < 0.6 else words[0] + "".join(w.title() for w in words[1:])


def group_card(digits: str, style: str) -> str:
    if style == "compact":
        return digits
    sep = " " if style == "spaced" else "-"
    n = len(digits)
    groups = [4, 6, 5] if n == 15 else [4, 6, 4] if n == 14 else [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    return sep.join(out)


def plausible_phone(locale: str, v: str) -> bool:
    """Drops faker numbers that break the national numbering plan."""
    d = re.sub(r"\D", "", v.split("x")[0])
    if d.startswith("00") and not v.startswith("001-"):  # 00 dials abroad: a country code must follow
        return False
    if locale in ("en_US", "en_CA"):
        d = d[3:] if d.startswith("001") else d[1:] if len(d) == 11 and d[0] == "1" else d
        return len(d) == 10 and d[0] in "23456789" and d[3] in "23456789"
    if locale == "en_IN":  # +91 and 10 digits, 0 and 10 digits, or a 10-digit mobile
        if v.startswith("+91"):
            return len(d) == 12 and d[2] != "0"
        return (len(d) == 11 and d[0] == "0") or (len(d) == 10 and d[0] in "6789")
    if locale == "ja_JP":
        return d.startswith("0")
    return True


# ---------------------------------------------------------------- scoring

def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def matches(gold_entity: str, found_entity: str) -> bool:
    return found_entity == gold_entity or found_entity in ALIASES.get(gold_entity, ())


def score_built(scrubber, samples: list[Sample]) -> dict:
    """Per-entity tallies, misses and false positives over `samples`."""
    per = defaultdict(Counter)
    misses: list[dict] = []
    fps: list[dict] = []
    by_group = defaultdict(Counter)
    for s in samples:
        findings = scrubber.scan(s.text, entities=["pii"])
        redacted = scrubber.redact(s.text).findings
        for g in s.gold:
            p = per[g.entity]
            p["gold"] += 1
            same = [f for f in findings if matches(g.entity, f.entity) and overlaps(f.start, f.end, g.start, g.end)]
            covered = all(any(f.start <= i < f.end for f in redacted) for i in range(g.start, g.end))
            p["found"] += bool(same)
            p["exact"] += any(f.start == g.start and f.end == g.end for f in same)
            p["redacted"] += covered
            for key in (("register", s.register), ("language", s.lang), ("context", "with" if g.cue else "without")):
                by_group[key]["gold"] += 1
                by_group[key]["found"] += bool(same)
                by_group[key]["redacted"] += covered
            if not same:
                other = sorted({f.entity for f in findings if overlaps(f.start, f.end, g.start, g.end)})
                misses.append({"entity": g.entity, "form": g.form, "locale": g.locale, "cue": g.cue,
                               "template": s.template, "register": s.register, "lang": s.lang,
                               "redacted": covered, "found_as": other, "value": g.value,
                               "text": s.text, "idx": s.idx})
        for f in findings:
            p = per[f.entity]
            p["findings"] += 1
            if any(matches(g.entity, f.entity) and overlaps(f.start, f.end, g.start, g.end) for g in s.gold):
                p["tp_findings"] += 1
                continue
            hit = next((f"{g.entity} value" for g in s.gold if overlaps(f.start, f.end, g.start, g.end)), None) \
                or next((f"filler {{{x.entity}}}" for x in s.fillers if overlaps(f.start, f.end, x.start, x.end)), None) \
                or "template text"
            fps.append({"entity": f.entity, "rule": f.rule_id, "hit": hit, "shape": shape(s.text[f.start:f.end]),
                        "template": s.template, "value": s.text[f.start:f.end], "text": s.text, "idx": s.idx})
    return {"per": per, "misses": misses, "fps": fps, "groups": by_group,
            "texts": len(samples), "negatives": sum(not s.gold for s in samples)}


def score_alone(scrubber, gen: "Generator", per_entity: int) -> dict[str, tuple[int, int]]:
    """Recall on each entity's values alone after its first English label
    ("phone: ...", "SSN: ..."): the value forms, apart from context and templates."""
    out = {}
    mains = [loc for loc in LOCALES if loc not in ("en_CA", "pl_PL")]
    for k, e in enumerate(ENTITIES):
        hits = 0
        for i in range(per_entity):
            gen._start(10**9 + k * 10**6 + i)
            v, _, _ = gen.value(e, mains[i % len(mains)], "en", False)
            text = f"{LABELS[e]['en'][0]}: {v}"
            hits += any(matches(e, f.entity) for f in scrubber.scan(text, entities=["pii"]))
        out[e] = (hits, per_entity)
    return out


def fmt_rate(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "–"


def built_tables(res: dict, entities: list[str], alone: dict[str, tuple[int, int]]) -> list[str]:
    per = res["per"]
    lines = ["| entity | gold | found | recall | exact boundaries (of found) | redaction recall | findings | precision"
             " | recall, value after its label |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    order = entities + sorted(e for e in per if e not in entities)
    for e in order:
        p = per.get(e, Counter())
        if not p["gold"] and not p["findings"]:
            continue
        for k in ("gold", "found", "exact", "redacted", "findings", "tp_findings"):
            tot[k] += p[k]
        lines.append(f"| {e} | {p['gold']} | {p['found']} | {fmt_rate(p['found'], p['gold'])} |"
                     f" {fmt_rate(p['exact'], p['found'])} | {fmt_rate(p['redacted'], p['gold'])} |"
                     f" {p['findings']} | {fmt_rate(p['tp_findings'], p['findings'])} |"
                     f" {fmt_rate(*alone[e]) if e in alone else '–'} |")
    lines.append(f"| **all (micro)** | {tot['gold']} | {tot['found']} | **{fmt_rate(tot['found'], tot['gold'])}** |"
                 f" {fmt_rate(tot['exact'], tot['found'])} | **{fmt_rate(tot['redacted'], tot['gold'])}** |"
                 f" {tot['findings']} | **{fmt_rate(tot['tp_findings'], tot['findings'])}** | |")
    return lines


def describe_miss(key: tuple, items: list[dict]) -> str:
    """One line for a group of misses: entity, form, locale(s), context word, registers."""
    entity, form, cue = key
    locs = Counter(i["locale"] for i in items)
    top, k = locs.most_common(1)[0]
    where_from = top if k / len(items) >= 0.6 else f"{len(locs)} locales"
    regs = ", ".join(f"{r} {n}" for r, n in Counter(i["register"] for i in items).most_common(2))
    cue_txt = f'after "{cue}"' if cue else "no context word"
    if form == "*":
        forms = Counter(i["form"] for i in items)
        form_txt = ", ".join(f"`{f}`" for f, _ in forms.most_common(3)) + (" …" if len(forms) > 3 else "")
    else:
        form_txt = f"`{form}`"
    return f"{entity} {form_txt} ({where_from}), {cue_txt}; in {regs}"


# ---------------------------------------------------------------- Presidio

def presidio_eval(scrubber, path: Path, known: set[str]) -> dict:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    per = defaultdict(Counter)
    not_covered = Counter()
    misses, fps = [], []
    for r in rows:
        ents = list(dict.fromkeys(r.get("entities_under_test") or []))
        label = r["label"]
        if label == "checksum_undetermined" or len(ents) != 1:
            continue
        pe = ents[0]
        se = PRESIDIO_MAP.get(pe)
        if se is None or se not in known:
            not_covered[pe] += 1
            continue
        text = r["text"]
        found = [f for f in scrubber.scan(text) if f.entity == se]
        p = per[pe]
        expected = [(e["start"], e["end"]) for e in r["expected"] if PRESIDIO_MAP.get(e["rule_or_category"]) == se]
        if label in ("negative", "checksum_invalid") or (label == "positive" and not r["expected"]
                                                        and not r.get("expected_count")):
            p["neg_rows"] += 1
            p["neg_fp_rows"] += bool(found)
            p["neg_findings"] += len(found)
            if r["spans_complete"]:
                p["findings"] += len(found)
            for f in found:
                fps.append({"entity": pe, "rule": f.rule_id, "shape": shape(text[f.start:f.end]),
                            "value": text[f.start:f.end], "id": r["id"], "text": text})
            continue
        if label == "checksum_valid" and not expected:
            expected = [(len(text) - len(text.lstrip()), len(text.rstrip()))]
            p["validator_rows"] += 1
        if not expected:  # positive, spans unknown: scored by record
            p["unknown_rows"] += 1
            p["unknown_found"] += bool(found)
            if not found:
                misses.append({"entity": pe, "id": r["id"], "text": text, "value": text})
            continue
        for a, b in expected:
            p["gold"] += 1
            hit = any(overlaps(f.start, f.end, a, b) for f in found)
            p["found"] += hit
            p["exact"] += any(f.start == a and f.end == b for f in found)
            if not hit:
                misses.append({"entity": pe, "id": r["id"], "text": text, "value": text[a:b]})
        if r["spans_complete"]:
            for f in found:
                p["findings"] += 1
                if any(overlaps(f.start, f.end, a, b) for a, b in expected):
                    p["tp_findings"] += 1
                else:
                    fps.append({"entity": pe, "rule": f.rule_id, "shape": shape(text[f.start:f.end]),
                                "value": text[f.start:f.end], "id": r["id"], "text": text})
    return {"per": per, "not_covered": not_covered, "misses": misses, "fps": fps, "rows": len(rows)}


def presidio_tables(res: dict) -> list[str]:
    lines = ["| Presidio entity | scrubline entity | positive spans | found | recall | exact (of found) |"
             " span-unknown positives found | findings (spans complete) | precision | negative rows | rows with a FP |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for pe in sorted(res["per"]):
        p = res["per"][pe]
        for k in p:
            tot[k] += p[k]
        unknown = f"{p['unknown_found']}/{p['unknown_rows']}" if p["unknown_rows"] else "–"
        lines.append(f"| {pe} | {PRESIDIO_MAP[pe]} | {p['gold']} | {p['found']} | {fmt_rate(p['found'], p['gold'])} |"
                     f" {fmt_rate(p['exact'], p['found'])} | {unknown} | {p['findings']} |"
                     f" {fmt_rate(p['tp_findings'], p['findings'])} | {p['neg_rows']} | {p['neg_fp_rows']} |")
    lines.append(f"| **all (micro)** | | {tot['gold']} | {tot['found']} | **{fmt_rate(tot['found'], tot['gold'])}** |"
                 f" {fmt_rate(tot['exact'], tot['found'])} | {tot['unknown_found']}/{tot['unknown_rows']} |"
                 f" {tot['findings']} | **{fmt_rate(tot['tp_findings'], tot['findings'])}** | {tot['neg_rows']} |"
                 f" {tot['neg_fp_rows']} |")
    return lines


# ---------------------------------------------------------------- per MB

def pick_files(files: list[tuple[str, str, int]], cap: int, seed: int) -> tuple[list[tuple[str, str, int]], int]:
    """All files when they fit in `cap` bytes, else a seeded sample up to `cap`."""
    total = sum(n for _, _, n in files)
    if total <= cap:
        return files, total
    files = sorted(files)
    random.Random(seed).shuffle(files)
    out, size = [], 0
    for f in files:
        if size + f[2] > cap:
            continue
        out.append(f)
        size += f[2]
    return sorted(out), size


def chunks_of(text: str, size: int):
    start = 0
    while start < len(text):
        end = len(text) if start + size >= len(text) else text.rfind("\n", start, start + size) + 1
        if end <= start:
            end = start + size
        yield text[start:end]
        start = end


def scan_corpus(scrubber, files: list[tuple[str, str, int]]) -> dict:
    per = defaultdict(Counter)
    rules = defaultdict(Counter)
    shapes = defaultdict(Counter)
    nbytes = 0
    t0 = time.time()
    for path, _shown, _ in files:
        data = Path(path).read_bytes()
        nbytes += len(data)
        for part in chunks_of(data.decode("utf-8", "replace"), 4 << 20):
            for f in scrubber.scan(part, entities=["pii"]):
                per[f.entity]["n"] += 1
                rules[f.entity][f.rule_id] += 1
                shapes[f.entity][shape(part[f.start:f.end], 28)] += 1
    return {"per": per, "rules": rules, "shapes": shapes, "bytes": nbytes, "files": len(files),
            "seconds": time.time() - t0}


def python_files(root: Path) -> list[tuple[str, str, int]]:
    out = []
    for p in stdlib_paths(root):
        pp = Path(p)
        walk = [(str(pp.parent), [], [pp.name])] if pp.is_file() else os.walk(pp)
        for dirpath, dirnames, filenames in walk:
            dirnames[:] = sorted(d for d in dirnames if not (Path(dirpath) / d).is_symlink()
                                 and d not in ("site-packages", "dist-packages"))
            for fn in sorted(filenames):
                f = Path(dirpath) / fn
                if fn.endswith(".py") and f.is_file() and not f.is_symlink():
                    out.append((str(f), str(f), f.stat().st_size))
    return out


def per_mb_tables(corpora: dict[str, dict]) -> list[str]:
    names = list(corpora)
    ents = sorted({e for c in corpora.values() for e in c["per"]},
                  key=lambda e: (-sum(c["per"][e]["n"] for c in corpora.values()), e))
    head = "| entity | " + " | ".join(f"{n}: findings | per MB | top rule | top shapes" for n in names) + " |"
    lines = [head, "|---|" + "---:|---:|---|---|" * len(names)]
    for e in ents:
        cells = []
        for n in names:
            c = corpora[n]
            k = c["per"][e]["n"]
            mb = c["bytes"] / 1e6
            top_rule = c["rules"][e].most_common(1)
            tops = ", ".join(f"`{s}` {m}" for s, m in c["shapes"][e].most_common(3))
            cells.append(f"{k} | {k / mb:.2f} | {('`' + top_rule[0][0] + '`') if top_rule else ''} | {tops}")
        lines.append(f"| {e} | " + " | ".join(cells) + " |")
    tot = [sum(c["per"][e]["n"] for e in c["per"]) for c in corpora.values()]
    lines.append("| **all PII** | " + " | ".join(
        f"{t} | {t / (c['bytes'] / 1e6):.2f} | | " for t, c in zip(tot, corpora.values())) + " |")
    return lines


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: 300 texts, 2 MB per corpus")
    ap.add_argument("--n", type=int, help="texts in the built set, both halves (default 3000; 300 with --quick)")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--negative-share", type=float, default=0.15, help="share of texts with no PII")
    ap.add_argument("--cap-mb", type=float, help="MB scanned per corpus in part 3 (default 60; 2 with --quick)")
    ap.add_argument("--stdlib", type=Path, default=Path("/usr/lib/python3.11"))
    ap.add_argument("--doc", type=Path, default=Path("/usr/share/doc"))
    ap.add_argument("--presidio", type=Path, default=CORPORA / "pii" / "presidio_recognizer_tests.jsonl")
    ap.add_argument("--out", help="Markdown report (default benches/results/pii_eval.md; temp dir with --quick)")
    ap.add_argument("--triage", default=str(Path(tempfile.gettempdir()) / "scrubline-pii_eval-triage.json"),
                    help="every miss and false positive of parts 1-2 with its text (default: %(default)s)")
    args = ap.parse_args()
    n = args.n or (300 if args.quick else 3000)
    cap = int((args.cap_mb or (2 if args.quick else 60)) * 1e6)
    out = args.out or (str(Path(tempfile.gettempdir()) / "pii_eval-quick.md") if args.quick
                       else str(ROOT / "benches" / "results" / "pii_eval.md"))
    t0 = time.time()
    scrubber = scrubline.Scrubber()
    known = set()
    for e in set(ENTITIES) | set(PRESIDIO_MAP.values()):
        try:
            scrubber.scan("x", entities=[e])
            known.add(e)
        except scrubline.ConfigError:
            pass
    missing = sorted(set(ENTITIES) - known)
    if missing:
        sys.exit(f"pii_eval: the binding does not know {missing}")

    # 1. built set
    gen = Generator(args.seed)
    samples = [gen.make(i, args.negative_share) for i in range(n)]
    held = [s for s in samples if s.split == "held-out"]
    dev = [s for s in samples if s.split == "dev"]
    res = score_built(scrubber, held)
    res_dev = score_built(scrubber, dev)
    alone = score_alone(scrubber, gen, 50 if args.quick else 400)
    t1 = time.time()

    # 2. Presidio
    pres = presidio_eval(scrubber, args.presidio, known) if args.presidio.exists() else None
    t2 = time.time()

    # 3. per MB
    corpora: dict[str, dict] = {}
    prep: dict = {}
    with tempfile.TemporaryDirectory(prefix="scrubline-pii-eval-") as td:
        py = python_files(args.stdlib)
        chosen, _ = pick_files(py, cap, args.seed)
        corpora[f"{args.stdlib} *.py"] = dict(scan_corpus(scrubber, chosen), total=sum(x[2] for x in py),
                                             total_files=len(py))
        if args.doc.exists():
            mapping, prep = prepare_doc(args.doc, Path(td))
            docs = [(p, shown, os.path.getsize(p)) for p, shown in mapping.items()]
            chosen, _ = pick_files(docs, cap, args.seed)
            corpora[f"{args.doc}"] = dict(scan_corpus(scrubber, chosen), total=sum(x[2] for x in docs),
                                         total_files=len(docs))
    t3 = time.time()

    # ------------------------------------------------------------ report
    per = res["per"]
    tpl_count = len(TEMPLATES)
    langs = sorted({t[2] for t in TEMPLATES} - {"any"}) + ["structured (JSON, CSV, logs, code)"]
    regs = sorted({t[1] for t in TEMPLATES})
    gold_n = sum(len(s.gold) for s in held)
    lines = [
        "# PII quality per entity",
        "",
        f"scrubline {scrubline.__version__} (Python binding, backend `{scrubber.backend}`, {scrubber.rule_count} rules,"
        f" rule set `{scrubber.rule_set_sha256[:16]}`), built-in rules, **patterns only** (no classifier);"
        f" default `min_confidence`. Generated by `benches/pii_eval.py{' --quick' if args.quick else ''}`"
        f" in {time.time() - t0:.0f} s.",
        "",
        "## 1. Labelled set built by the script (held-out half)",
        "",
        f"**Provenance.** Synthetic and deterministic: `benches/pii_eval.py` generates {n} texts from seed"
        f" {args.seed} with faker {FAKER_VERSION} (MIT); nothing is downloaded. {tpl_count} positive templates"
        f" written for this harness ({len(regs)} registers: {', '.join(regs)}; languages: {', '.join(langs)})"
        f" and {len(NEGATIVE_TEMPLATES)} negative ones (no PII: versions, order ids, timestamps, hashes, prices,"
        f" EANs, tracking numbers). Values come from faker in the locales"
        f" {', '.join(l for l in LOCALES if l not in ('en_CA', 'pl_PL'))} (plus en_CA and pl_PL for the"
        " Canadian SIN and the PESEL); UK NINO, UK NHS and Aadhaar numbers are made by the script with their"
        " official check (faker's are invalid or missing); phone numbers that break the national numbering plan"
        f" are redrawn ({gen.redraws['PHONE_NUMBER']} redraws). Cards are faker's Luhn-valid numbers, IBANs"
        " faker's (mod-97 checked). Names, companies, cities and street addresses are unscored fillers (no"
        f" pattern rule covers them). About {args.negative_share:.0%} of the texts are negatives. Every text's"
        " own seed (SHA-256 of seed:index) puts it in the dev or the held-out half; the tables below are the"
        f" **held-out half: {len(held)} texts, {res['negatives']} without PII, {gold_n} gold values**.",
        "",
        f"Dev half for comparison: {len(dev)} texts, recall"
        f" {fmt_rate(sum(p['found'] for p in res_dev['per'].values()), sum(p['gold'] for p in res_dev['per'].values()))},"
        f" precision {fmt_rate(sum(p['tp_findings'] for p in res_dev['per'].values()), sum(p['findings'] for p in res_dev['per'].values()))}.",
        "",
        "Found = a finding of the same entity overlaps the gold span (aliases: none needed, gold labels use"
        " scrubline's names); exact = same boundaries; redaction recall = every character of the value removed"
        " by `redact` (any entity); precision = findings of the entity on a gold value of that entity / all its"
        " findings. The last column is a separate check: the entity's values alone after its first English"
        f" label (`phone: …`, `SSN: …`; {alone[ENTITIES[0]][1]} values each, same generator), which isolates value"
        " forms and validators from context and templates. Rates on fewer than 30 gold values are rough.",
        "",
        *built_tables(res, ENTITIES, alone),
        "",
        "By register, language and context (a label of the entity within 48 characters before the value):",
        "",
        "| group | gold | recall | redaction recall |",
        "|---|---:|---:|---:|",
    ]
    for (kind, val), c in sorted(res["groups"].items(), key=lambda kv: (kv[0][0], -kv[1]["gold"])):
        lines.append(f"| {kind}: {val} | {c['gold']} | {fmt_rate(c['found'], c['gold'])} |"
                     f" {fmt_rate(c['redacted'], c['gold'])} |")

    groups = defaultdict(list)
    def miss_key(entity: str, form: str, cue: str) -> tuple[str, str, str]:
        # The birth-date rule is anchored on its keyword: the keyword decides, not the format.
        return (entity, "*", cue) if entity == "DATE_OF_BIRTH" else (entity, form, cue)

    for m in res["misses"]:
        groups[miss_key(m["entity"], m["form"], m["cue"])].append(m)
    totals = Counter(miss_key(g.entity, g.form, g.cue) for s in held for g in s.gold)
    lines += ["", "### 20 most frequent miss patterns (held-out)", "",
              "Grouped by entity, value form and the context word before the value (the nearest label of the entity"
              " within 48 characters, any language; none when absent); dates of birth by context word only, with"
              " their most common formats. One synthetic example each.",
              "", "| # | pattern | missed / planted | redacted anyway | example value |", "|---:|---|---:|---:|---|"]
    for i, (key, items) in enumerate(sorted(groups.items(), key=lambda kv: -len(kv[1]))[:20], 1):
        red = sum(m["redacted"] for m in items)
        as_ = Counter(e for m in items for e in m["found_as"]).most_common(1)
        red_txt = f"{red}" + (f" (as {as_[0][0]})" if as_ else "")
        lines.append(f"| {i} | {describe_miss(key, items)} | {len(items)} / {totals[key]} | {red_txt} |"
                     f" `{items[0]['value']}` |")

    fpg = defaultdict(list)
    for f in res["fps"]:
        fpg[(f["entity"], f["hit"], f["shape"])].append(f)
    lines += ["", "### 10 most frequent false-positive forms (held-out)", "",
              "| # | entity found | on | shape (9 digit, a/A letter) | count | rule | example |",
              "|---:|---|---|---|---:|---|---|"]
    for i, ((ent, hit, shp), items) in enumerate(sorted(fpg.items(), key=lambda kv: -len(kv[1]))[:10], 1):
        rule = Counter(x["rule"] for x in items).most_common(1)[0][0]
        lines.append(f"| {i} | {ent} | {hit} | `{shp}` | {len(items)} | `{rule}` | `{items[0]['value']}` |")

    if pres:
        lines += ["", "## 2. Presidio recognizer tests", "",
                  f"`shared/corpora/pii/presidio_recognizer_tests.jsonl` ({pres['rows']} rows; Presidio's analyzer"
                  " tests, MIT). Rows with one entity under test (duplicates in the list merged), scored on the"
                  " findings of the mapped scrubline entity only. Positive spans: `positive` rows' expected spans,"
                  " and `checksum_valid` rows (validator-only tests) with the whole text as the span. Span-unknown"
                  " positives (`expected_count` > 0, no spans) are scored per row. Precision counts findings on rows"
                  " whose `spans_complete` is true. Negative rows: `negative`, `checksum_invalid` and positives"
                  " expecting nothing.", "",
                  "Mapping (Presidio → scrubline): identity for " +
                  ", ".join(sorted(k for k, v in PRESIDIO_MAP.items() if k == v)) +
                  "; PH_MOBILE_NUMBER and TR_PHONE_NUMBER → PHONE_NUMBER.", "",
                  *presidio_tables(pres), "",
                  "Not covered (rows, not scored): " + ", ".join(
                      f"{e} {c}" + (f" ({PRESIDIO_NEAR[e]})" if e in PRESIDIO_NEAR else "")
                      for e, c in sorted(pres["not_covered"].items(), key=lambda kv: (-kv[1], kv[0]))) + "."]
        pm = Counter(m["entity"] for m in pres["misses"])
        pf = Counter((f["entity"], f["shape"]) for f in pres["fps"])
        first = {}
        for m in pres["misses"]:
            first.setdefault(m["entity"], m["value"])
        lines += ["", "Misses by entity (first example): " +
                  ", ".join(f"{e} {c} (`{first[e]}`)" for e, c in pm.most_common()) + ".",
                  "False positives by entity and shape: " +
                  ", ".join(f"{e} `{s}` {c}" for (e, s), c in pf.most_common(10)) + "."]

    lines += ["", "## 3. PII findings per MB on ordinary code and prose", "",
              "Files chosen by `benches/clean_fp.py`'s `stdlib_paths` and `prepare_doc` (no site-/dist-packages;"
              " `/usr/share/doc` text files with `.gz` decompressed, binaries and symlinks skipped), a seeded sample"
              f" when over {cap / 1e6:.0f} MB; `scan(..., entities=[\"pii\"])`. These are counts of findings, not"
              " of false positives: author and maintainer e-mail addresses in changelogs are real. Shapes write"
              " digits as 9 and letters as a/A.", "",
              "| corpus | files scanned (of) | MB scanned (of) | seconds | PII findings | per MB |",
              "|---|---:|---:|---:|---:|---:|"]
    for name, c in corpora.items():
        k = sum(v["n"] for v in c["per"].values())
        lines.append(f"| {name} | {c['files']} ({c['total_files']}) | {c['bytes'] / 1e6:.1f} ({c['total'] / 1e6:.1f}) |"
                     f" {c['seconds']:.1f} | {k} | {k / (c['bytes'] / 1e6):.2f} |")
    if prep:
        lines += ["", f"`/usr/share/doc` preparation: {prep.get('text_files', 0)} text files"
                      f" ({prep.get('gz_decompressed', 0)} from .gz), {prep.get('binary_skipped', 0)} binary skipped."]
    lines += ["", *per_mb_tables(corpora), "",
              "## Run", "", "    ~/.cache/scrubline/venv-python/bin/python benches/pii_eval.py [--quick]", "",
              f"Timings: built set {t1 - t0:.0f} s, Presidio {t2 - t1:.0f} s, per MB {t3 - t2:.0f} s."]
    md = "\n".join(lines) + "\n"
    print(md)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(md)
    Path(args.triage).write_text(json.dumps({
        "note": "synthetic (part 1) and public Presidio test data (part 2) only",
        "built_misses": res["misses"], "built_false_positives": res["fps"],
        "presidio_misses": pres["misses"] if pres else [], "presidio_false_positives": pres["fps"] if pres else [],
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"report: {out}\ntriage: {args.triage}", file=sys.stderr)


if __name__ == "__main__":
    main()
