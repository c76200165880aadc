import pathlib

import pytest

import scrubline

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def scrubber() -> scrubline.Scrubber:
    return scrubline.Scrubber()


@pytest.fixture(scope="session")
def repo() -> pathlib.Path:
    return REPO


@pytest.fixture(scope="session")
def _fake_openai_server():
    from fake_openai import FakeOpenAI

    server = FakeOpenAI()
    yield server
    server.close()


@pytest.fixture
def fake_openai(_fake_openai_server):
    """A fake OpenAI API on 127.0.0.1 that records requests (tests/fake_openai.py)."""
    _fake_openai_server.clear()
    return _fake_openai_server
