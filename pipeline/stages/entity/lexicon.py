"""Azerbaijani common words, from the ``nltkaz`` package's dictionary of 60,000 stems (MIT).

A capitalised word whose stem is an ordinary word (``Müşahidə``, ``Məlumat``) is weak evidence of a name;
the entity rules ask ``common_word`` before they trust a lone capitalised word. The dictionary holds no
proper names. Loaded once, on first use.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from ...text import az_lower
from ..morphology import candidates


@cache
def _stems() -> frozenset[str]:
    text = resources.files("nltkaz.stem").joinpath("azwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=65536)
def common_word(word: str) -> bool:
    """The word, or one of its stems under the suffix analyser, is in the common-word dictionary."""
    stems = _stems()
    low = az_lower(word)
    return low in stems or any(az_lower(a.stem) in stems for a in candidates(word))


def common_stem(stem: str) -> bool:
    """``stem`` itself (no further analysis) is an ordinary word of the dictionary."""
    return az_lower(stem) in _stems()
