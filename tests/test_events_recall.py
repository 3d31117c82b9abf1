"""Recall of event triggers: general constructions of Azerbaijani news (any person, tense or participle
of a trigger stem) added while working from the train split's missed events.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline import Article
from pipeline.records import Event

PUBLISHED = datetime(2025, 7, 10, 12, 0)


@pytest.fixture(scope="module")
def run(nlp):
    cache: dict[str, tuple[Event, ...]] = {}

    def found(text: str) -> tuple[Event, ...]:
        if text not in cache:
            result = nlp(Article(id="recall", text=text, published=PUBLISHED))
            assert result.status == "ok", result.error
            cache[text] = result.events
        return cache[text]

    return found


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize("text", [
    "Nazir deyib ki, Gürcüstan və Türkiyə liderləri arasında əldə olunan razılaşmalar qüvvədədir.",
    "Yeni tariflər keçən həftəki danışıqlarda əldə edilmiş razılaşmaya əsaslanır.",
])
def test_an_agreement_named_as_reached_is_agree(run, text):
    # ``əldə olunan/edilmiş razılaşma``: the participle of "reached" before the noun reports the agreement
    assert _types(run(text)).count("AGREE") == 1
