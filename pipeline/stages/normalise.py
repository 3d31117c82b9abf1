"""Stage 1: normalise the script, keeping every offset true to the article as given.

The text is rebuilt character by character with a map from each normalised offset to its
source offset, so later stages work on clean Latin text and the tables still point into the
original. Steps: NFC per grapheme, invisible characters dropped, space variants to spaces,
Cyrillic look-alikes inside Latin words to Latin, and a text written in Azerbaijani Cyrillic
transliterated to Latin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..lang.script_az import (
    ALWAYS_REPLACED,
    CYRILLIC_SCRIPT_SHARE,
    CYRILLIC_TO_LATIN,
    INVISIBLE,
    LATIN_EXTRA_LETTERS,
    LOOKALIKES,
    SPACES,
)
from ..records import Document
from ..stage import register

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(f"[A-Za-z{LATIN_EXTRA_LETTERS}]")
_WORD = re.compile(r"\w+")
# A base character with its combining marks: NFC composes within such a group only.
_GRAPHEME = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


def is_cyrillic_script(text: str) -> bool:
    """True when most letters are Cyrillic: the article is written in Cyrillic script."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    return cyrillic > 0 and cyrillic / (cyrillic + latin) > CYRILLIC_SCRIPT_SHARE


def _mixed_words(text: str) -> set[int]:
    """Offsets of Cyrillic letters that sit inside a word that also has Latin letters."""
    offsets: set[int] = set()
    for word in _WORD.finditer(text):
        if _LATIN.search(word.group()) and _CYRILLIC.search(word.group()):
            offsets.update(word.start() + m.start() for m in _CYRILLIC.finditer(word.group()))
    return offsets


# Characters normalisation may change; a text without any (most Latin news) is already normal.
_SPECIAL = re.compile("[\u0300-\u036f\u0400-\u04FF" + "".join(INVISIBLE | SPACES) + "ǝƎ]")


def normalise_text(text: str) -> tuple[str, tuple[int, ...]]:
    """Return the normalised text and the map from its offsets to ``text``'s offsets (empty when the
    text needed no change: offsets are then the same)."""
    if not _SPECIAL.search(text) and unicodedata.is_normalized("NFC", text):
        return text, ()
    transliterate = is_cyrillic_script(text)
    mixed = set() if transliterate else _mixed_words(text)
    out: list[str] = []
    offsets: list[int] = []
    for grapheme in _GRAPHEME.finditer(text):
        start, chars = grapheme.start(), grapheme.group()
        first = chars[0]
        if first in INVISIBLE:
            continue
        if first in SPACES:
            chars = " "
        elif transliterate and first in CYRILLIC_TO_LATIN:
            chars = CYRILLIC_TO_LATIN[first] + chars[1:]
        elif first in LOOKALIKES and (start in mixed or first in ALWAYS_REPLACED):
            chars = LOOKALIKES[first] + chars[1:]
        chars = unicodedata.normalize("NFC", chars)
        out.append(chars)
        offsets.extend([start] * len(chars))
    offsets.append(len(text))
    return "".join(out), tuple(offsets)


@register("normalise", requires=("text",), assigns=("normalised",))
def make_normalise_stage():
    def normalise_stage(doc: Document) -> Document:
        text, text_map = normalise_text(doc.article.text)
        title, title_map = normalise_text(doc.article.title)
        return replace(doc, text=text, text_map=text_map, title=title, title_map=title_map)

    return normalise_stage

