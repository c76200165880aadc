"""The Python examples in the READMEs run as written.

Each ```python block of bindings/python/README.md and of the repository
README is executed; a line ``expr  # 'literal'`` asserts that ``expr``
equals the literal. Names the examples assume (``app``, ``prompt``,
``req_id``) are provided, and the evidence folder points into a temporary
directory.
"""

import ast
import logging
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
READMES = [HERE.parent / "README.md", HERE.parent.parent.parent / "README.md"]
EXPECT = re.compile(r"^(?P<expr>[A-Za-z_][\w.\[\]()'\"]*)\s+#\s*(?P<literal>.+?)\s*$")


def blocks():
    for readme in READMES:
        if not readme.exists():  # an sdist carries only this package's README
            continue
        text = readme.read_text(encoding="utf-8")
        for i, m in enumerate(re.finditer(r"^```python\n(.*?)^```", text, re.S | re.M)):
            yield pytest.param(m.group(1), id=f"{readme.parent.name}-{i}")


def as_assertions(code):
    """``expr  # 'literal'`` lines become assertions; other comments stay comments."""
    out = []
    for line in code.splitlines():
        m = EXPECT.match(line)
        if m:
            try:
                expected = ast.literal_eval(m["literal"])
            except (ValueError, SyntaxError):
                out.append(line)
                continue
            out.append(f"assert ({m['expr']}) == {expected!r}, {m['expr']!r}")
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("code", list(blocks()))
def test_readme_example_runs(code, tmp_path):
    from starlette.applications import Starlette

    code = code.replace("/var/log/scrubline", str(tmp_path / "evidence"))
    root = logging.getLogger()
    filters, handlers = list(root.filters), list(root.handlers)
    namespace = {"app": Starlette(), "prompt": "my key AKIAQYLPMN5HHHFPZAM2", "req_id": "req-1"}
    try:
        exec(compile(as_assertions(code), "<README>", "exec"), namespace)
    finally:
        root.filters[:], root.handlers[:] = filters, handlers
    assert namespace.get("scrubber") is not None or "scrubline" in namespace
