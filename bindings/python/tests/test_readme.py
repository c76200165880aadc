"""The Python examples in the READMEs run as written.

Each ```python block of bindings/python/README.md and of the repository
README is executed; a line ``expr  # 'literal'`` asserts that ``expr``
equals the literal. Names the examples assume (``app``, ``prompt``,
``req_id``) are provided, and the evidence folder points into a temporary
directory. Examples that use ``openai`` or ``langchain`` talk to the fake
OpenAI API of fake_openai.py (``OPENAI_BASE_URL``), and are skipped when
those packages are not installed.
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
def test_readme_example_runs(code, tmp_path, request, monkeypatch):
    from starlette.applications import Starlette

    fake = None
    if "import openai" in code or "from openai" in code or "langchain" in code:
        pytest.importorskip("openai")
        if "langchain" in code:
            pytest.importorskip("langchain_openai")
        fake = request.getfixturevalue("fake_openai")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test")
        monkeypatch.delenv("OPENAI_API_BASE", raising=False)

    code = code.replace("/var/log/scrubline", str(tmp_path / "evidence"))
    root = logging.getLogger()
    filters, handlers = list(root.filters), list(root.handlers)
    namespace = {"app": Starlette(), "prompt": "my key AKIAQYLPMN5HHHFPZAM2", "req_id": "req-1"}
    try:
        exec(compile(as_assertions(code), "<README>", "exec"), namespace)
    finally:
        root.filters[:], root.handlers[:] = filters, handlers
    assert namespace.get("scrubber") is not None or "scrubline" in namespace
    if fake is not None:
        assert fake.requests, "the example sent nothing to the fake API"
        assert "AKIAQYLPMN5HHHFPZAM2" not in "".join(fake.raw) and "bob@example.com" not in "".join(fake.raw)
