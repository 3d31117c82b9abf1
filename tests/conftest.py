"""Shared fixtures: one loaded pipeline per session, and the project's seed article."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipeline import Article, Pipeline
from pipeline.stages.entity import ner_model

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "azerbaycan-qazaxistan.txt"
SEED_GOLD = ROOT / "corpus" / "gold" / "azerbaycan-qazaxistan.json"


def model_shipped() -> bool:
    return (ner_model.default_model_path() / "meta.json").exists()


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    """The default pipeline; without a shipped NER model, gazetteers and rules only."""
    return Pipeline.load(use_model=model_shipped())


@pytest.fixture(scope="session")
def rules_only() -> Pipeline:
    """Gazetteers and rules alone, loaded once: kinds of name that must not depend on what the model knows."""
    return Pipeline.load(use_model=False)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_result(nlp, seed_text):
    return nlp(Article(id=SEED.stem, text=seed_text))


def _assert_slices_true(result) -> None:
    """Every entity, date and event trigger's text is the slice of the article it points to."""
    source = {"text": result.article.text, "title": result.article.title}
    for record in (*result.entities, *result.dates):
        assert source[record.field][record.start : record.end] == record.text, record
    for event in result.events:
        assert source[event.field][event.start : event.end] == event.trigger, event


@pytest.fixture(scope="session")
def assert_slices_true():
    """A check to call on a Result (a fixture, since test modules cannot import conftest)."""
    return _assert_slices_true


@pytest.fixture(scope="session")
def run(nlp):
    """The events the pipeline finds in a text written for a test, published 2025-07-10 unless said; cached, as
    several tests read the same text."""
    cache: dict[tuple, tuple] = {}

    def found(text: str, published: datetime | None = datetime(2025, 7, 10, 12, 0)) -> tuple:
        if (text, published) not in cache:
            result = nlp(Article(id="written", text=text, published=published))
            assert result.status == "ok", result.error
            cache[(text, published)] = result.events
        return cache[(text, published)]

    return found
