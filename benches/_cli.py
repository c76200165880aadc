"""Helpers shared by the generalisation harness (forms.py, clean_fp.py).

Stdlib only. Locates the `scrubline` binary and splits pass-through flags.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def default_bin() -> str:
    """`target/release/scrubline` under $CARGO_TARGET_DIR, else the shared cache target."""
    target = os.environ.get("CARGO_TARGET_DIR")
    if target:
        return str(Path(target) / "release" / "scrubline")
    return str(Path.home() / ".cache" / "scrubline" / "target" / "release" / "scrubline")


def scan_skip_flags(binary: str) -> list[str]:
    """`--skip-binary --allow-skips` where the binary knows them: binaries stay
    skipped (scan reads them by default since it learnt the flags) and symlinked
    directories do not fail a measurement run."""
    help_text = subprocess.run([binary, "scan", "--help"], capture_output=True, text=True).stdout
    return [f for f in ("--skip-binary", "--allow-skips") if f in help_text]


def split_passthrough(argv: list[str]) -> tuple[list[str], list[str]]:
    """Splits `ARGS -- EXTRA` into (ARGS, EXTRA); EXTRA goes to every scrubline call."""
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1 :]
    return argv, []


def check_bin(path: str) -> str:
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        sys.exit(f"scrubline binary not found or not executable: {path} (use --bin)")
    return path


def rules_list(binary: str, extra: list[str]) -> list[dict]:
    """`scrubline rules list --json` (with the pass-through flags that apply to rules)."""
    out = subprocess.run(
        [binary, "rules", "list", "--json", *rule_flags(extra)],
        check=True,
        capture_output=True,
    ).stdout
    return json.loads(out)


def rule_flags(extra: list[str]) -> list[str]:
    """The subset of pass-through flags that change the rule set (for `rules list`)."""
    keep = {"--rules", "--no-builtin", "--disable", "--config"}
    out: list[str] = []
    i = 0
    while i < len(extra):
        a = extra[i]
        name = a.split("=", 1)[0]
        if name in keep:
            out.append(a)
            if "=" not in a and name != "--no-builtin" and i + 1 < len(extra):
                out.append(extra[i + 1])
                i += 1
        i += 1
    return out


def version(binary: str) -> str:
    return subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()


def embedded_packs(binary: str, extra: list[str], tmp: Path) -> list[dict]:
    """The packs (name, version, sha256) the binary runs with these flags."""
    empty = tmp / "empty.txt"
    empty.write_text("")
    rep = tmp / "packs.json"
    subprocess.run([binary, "scan", "-q", "--no-ignore", "--report", str(rep), str(empty),
                    *rule_flags(extra)], capture_output=True, check=False)
    return json.loads(rep.read_text())["packs"]


def _git(*args: str) -> bytes | None:
    p = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True)
    return p.stdout if p.returncode == 0 else None


def pack_sources(binary: str, extra: list[str], tmp: Path, refs: list[str]) -> tuple[dict[str, bytes], list[str]]:
    """TOML text of each pack the binary embeds, matched by SHA-256.

    Candidates: the working tree's `rules/`, the same files at each git ref in
    `refs` (read with `git show`, read-only), and `--rules FILE` from the flags.
    A pack whose embedded SHA-256 matches no candidate falls back to the working
    tree file of that name, with a note.
    """
    import hashlib
    import tomllib

    cands: list[tuple[str, bytes]] = []
    for f in sorted((REPO / "rules").rglob("*.toml")):
        cands.append((str(f.relative_to(REPO)), f.read_bytes()))
    for ref in refs:
        names = _git("ls-tree", "-r", "--name-only", ref, "rules/")
        for name in (names or b"").decode().split():
            if name.endswith(".toml"):
                data = _git("show", f"{ref}:{name}")
                if data is not None:
                    cands.append((f"{ref}:{name}", data))
    rf = rule_flags(extra)
    for i, a in enumerate(rf):
        path = rf[i + 1] if a == "--rules" and i + 1 < len(rf) else a.split("=", 1)[1] if a.startswith("--rules=") else None
        if path:
            cands.append((path, Path(path).read_bytes()))
    by_sha: dict[str, tuple[str, bytes]] = {}
    for o, d in cands:
        by_sha.setdefault(hashlib.sha256(d).hexdigest(), (o, d))
    by_name: dict[str, tuple[str, bytes]] = {}
    for o, d in cands:
        try:
            name = tomllib.loads(d.decode()).get("pack", {}).get("name")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
        by_name.setdefault(name, (o, d))
    out: dict[str, bytes] = {}
    notes: list[str] = []
    for p in embedded_packs(binary, extra, tmp):
        if p["sha256"] in by_sha:
            o, d = by_sha[p["sha256"]]
            notes.append(f"{p['name']}: {o} (sha256 matches)")
        elif p["name"] in by_name:
            o, d = by_name[p["name"]]
            notes.append(f"{p['name']}: {o} (NO sha256 match: examples may differ from the binary's)")
        else:
            notes.append(f"{p['name']}: no TOML found (no examples)")
            continue
        out[p["name"]] = d
    return out, notes
