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
