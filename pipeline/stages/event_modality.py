"""Events, part 1b: whether a reported happening took place, is planned, or did not happen (``modality``),
and whether a trigger names a happening in the background rather than reporting it.

The marks (future endings, words of planning, negation) are data in ``pipeline.lang.events_az``.
"""

from __future__ import annotations

from ..lang import events_az as data
from ..text import az_lower


def modality(trigger: str, after: str, before: str = "") -> str:
    """``negated``, ``planned`` (future tense, a word of planning a few words on, or a gathering
    ``keçiriləcək`` before its noun) or ``asserted``."""
    words = trigger.split()
    if any(mark in word for word in words for mark in data.NEGATION_MARKS):
        return "negated"
    if any(mark in word for word in words for mark in data.FUTURE_MARKS):
        return "planned"
    soon = " ".join(after.split()[:3])  # ``rəsmi səfər etməyi planlaşdırır``
    if any(word in trigger or word in soon for word in data.PLANNED_WORDS):
        return "planned"
    done = words[-1].endswith(data.PAST_ENDINGS)  # ``növbəti görüş keçirilib``: the next one, and held
    if not done and any(word in before for word in data.TO_BE_HELD):
        return "planned"
    return "asserted"


def is_background(trigger: str) -> bool:
    """A participle or verbal noun (``imzalanmış``, ``səfəri``): it names a happening without reporting it."""
    return az_lower(trigger).split()[-1].endswith(data.BACKGROUND_ENDINGS)
