from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import hypothesis
import pytest

import newsfacts

# No property test has a time limit: machines are shared and noisy, and speed is measured by
# the benchmarks (a test that compares two sizes compares them in one run). Hypothesis's
# default deadline of 200 ms per example failed a test on a busy machine.
hypothesis.settings.register_profile("newsfacts", deadline=None)
hypothesis.settings.load_profile("newsfacts")

# The generators of hostile input are the benchmarks' (benchmarks/hostile_inputs.py): the
# tests of hostile input and of batches import them, in whatever order they run.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"
SEED_PUBLISHED = dt.date(2025, 7, 10)  # a Thursday


@pytest.fixture(scope="session")
def seed_article() -> newsfacts.Article:
    """The seed article: Russian strikes on Kyiv, published Thursday 10 July 2025."""
    return newsfacts.Article(text=SEED_PATH.read_text(encoding="utf-8"), published=SEED_PUBLISHED)
