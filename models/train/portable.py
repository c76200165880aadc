"""Writes the portable copy of the shipped tagger: standard ONNX operators
only, for runtimes without ONNX Runtime's contrib operators (tract, which
runs the classifier in the browser).

The int8 model from `quantize_dynamic` uses `com.microsoft`
DynamicQuantizeLSTM and a dynamically quantized MatMul. This copy keeps the
same int8 weights, dequantized once:

- the LSTM becomes a standard `LSTM` with fp32 weights (per-direction scale
  and zero point applied, transposed back to ONNX's `[dirs, 4H, input]`);
- `DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul` becomes one fp32
  `MatMul`;
- the embedding tables stay int8 behind `Gather -> DequantizeLinear` (they
  are most of the file).

Activations stay fp32 here while ONNX Runtime quantizes them per call, so
logits differ slightly; `--check` reports the largest difference and the
label agreement on the parity sentences.

    python models/train/portable.py [--model models/pii-tagger/pii-tagger.onnx] [--check]

train.py calls `write` after quantizing; it updates `config.json`
(`portable_model_file`, `portable_model_sha256`).
"""

import argparse
import hashlib
import json
import os
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODEL = os.path.join(HERE, "..", "pii-tagger", "pii-tagger.onnx")
PORTABLE_NAME = "pii-tagger.portable.onnx"


def convert(int8_path, out_path):
    """Writes the portable model for `int8_path` to `out_path`."""
    model = onnx.load(int8_path)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    arr = lambda name: numpy_helper.to_array(inits[name])  # noqa: E731
    producers = {o: n for n in graph.node for o in n.output}
    remove, add, new_inits, drop_inits = [], [], [], set()

    for node in graph.node:
        if node.op_type == "DynamicQuantizeLSTM":
            (x, wq, rq, bias, seq, h0, c0, peep, ws, wz, rs, rz) = list(node.input) + [""] * (12 - len(node.input))
            if peep:
                raise SystemExit("peepholes are not supported")

            def dequant(q, s, z):
                q, s, z = arr(q).astype(np.float32), arr(s), arr(z).astype(np.float32)
                w = (q - z.reshape(-1, 1, 1)) * s.reshape(-1, 1, 1)
                return np.ascontiguousarray(w.transpose(0, 2, 1))

            w_name, r_name = node.name + "_W", node.name + "_R"
            new_inits += [
                numpy_helper.from_array(dequant(wq, ws, wz), w_name),
                numpy_helper.from_array(dequant(rq, rs, rz), r_name),
            ]
            drop_inits |= {wq, rq, ws, wz, rs, rz}
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            direction = attrs["direction"]
            add.append(helper.make_node(
                "LSTM", [x, w_name, r_name, bias, seq, h0, c0], list(node.output),
                name=node.name + "_portable",
                direction=direction.decode() if isinstance(direction, bytes) else direction,
                hidden_size=attrs["hidden_size"],
            ))
            remove.append(node)
        elif node.op_type == "MatMulInteger":
            aq, bq, _az, bz = node.input
            dq = producers[aq]
            assert dq.op_type == "DynamicQuantizeLinear", dq.op_type
            cast = next(n for n in graph.node if node.output[0] in n.input)
            mul = next(n for n in graph.node if cast.output[0] in n.input)
            scale_mul = producers[mul.input[1]]
            b_scale = next(i for i in scale_mul.input if i in inits)
            w = (arr(bq).astype(np.float32) - arr(bz).astype(np.float32)) * arr(b_scale)
            w_name = node.name + "_W"
            new_inits.append(numpy_helper.from_array(w.astype(np.float32), w_name))
            drop_inits |= {bq, bz, b_scale}
            add.append(helper.make_node("MatMul", [dq.input[0], w_name], list(mul.output), name=node.name + "_portable"))
            remove += [node, dq, cast, mul, scale_mul]

    for n in remove:
        graph.node.remove(n)
    graph.node.extend(add)
    for name in drop_inits:
        graph.initializer.remove(inits[name])
    graph.initializer.extend(new_inits)
    # Restore topological order.
    known = {i.name for i in graph.input} | {i.name for i in graph.initializer} | {""}
    pending, ordered = list(graph.node), []
    while pending:
        ready = [n for n in pending if all(i in known for i in n.input)]
        if not ready:
            raise SystemExit("graph has a cycle or a missing input")
        for n in ready:
            ordered.append(n)
            known |= set(n.output)
            pending.remove(n)
    del graph.node[:]
    graph.node.extend(ordered)
    del model.opset_import[:]
    model.opset_import.extend([helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, out_path)


def write(int8_path):
    """Writes the portable model beside `int8_path` and records its name and
    SHA-256 in the `config.json` there (if any); returns its path."""
    out_dir = os.path.dirname(os.path.abspath(int8_path))
    out = os.path.join(out_dir, PORTABLE_NAME)
    convert(int8_path, out)
    config_path = os.path.join(out_dir, "config.json")
    if os.path.exists(config_path):
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        config["portable_model_file"] = PORTABLE_NAME
        config["portable_model_sha256"] = sha256(out)
        with open(config_path, "w", encoding="utf-8") as f:
            json.dump(config, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return out


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def check(int8_path, portable_path, parity_path):
    """Largest logit difference and argmax agreement, ONNX Runtime int8 vs portable."""
    import onnxruntime as ort
    from features import tokenize, features

    a = ort.InferenceSession(int8_path, providers=["CPUExecutionProvider"])
    b = ort.InferenceSession(portable_path, providers=["CPUExecutionProvider"])
    with open(parity_path, encoding="utf-8") as f:
        texts = [p["text"] for p in json.load(f)]
    worst, same, total = 0.0, 0, 0
    for text in texts:
        tokens = [text[s:e] for s, e in tokenize(text)]
        if not tokens:
            continue
        w, s, by = features(tokens)
        feed = {"word_ids": np.array([w], dtype=np.int64), "shape_ids": np.array([s], dtype=np.int64),
                "byte_ids": np.array([by], dtype=np.int64)}
        la, lb = a.run(None, feed)[0][0], b.run(None, feed)[0][0]
        worst = max(worst, float(np.abs(la - lb).max()))
        same += int((la.argmax(-1) == lb.argmax(-1)).sum())
        total += len(tokens)
    return worst, same, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=MODEL, help="the int8 model; the portable one is written beside it")
    ap.add_argument("--check", action="store_true", help="compare both on the parity sentences")
    args = ap.parse_args()
    out_dir = os.path.dirname(os.path.abspath(args.model))
    out = write(args.model)
    print(f"{out}: {os.path.getsize(out) / 1e6:.2f} MB, sha256 {sha256(out)}")
    if args.check:
        worst, same, total = check(args.model, out, os.path.join(out_dir, "parity.json"))
        print(f"largest logit difference {worst:.4f}; same label on {same}/{total} tokens")


if __name__ == "__main__":
    main()
