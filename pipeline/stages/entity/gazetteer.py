"""Name lists from the libraries that have them, plus ``pipeline.lang.entities_az``, built once.

Countries come from babel's CLDR Azerbaijani names, Azerbaijani cities, districts, towns and
given names from the ``az-data-generator`` package. Names are keyed by their tokens in
Azerbaijani lower case, so ``Bakı`` and the nominative of ``Bakıda`` meet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale

from ...lang import entities_az as data
from ...text import az_lower
from ..segment import tokenize


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    canonical: str
    expansion: str = ""  # an acronym's full name


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: dict[tuple[str, ...], Entry]
    given_names: frozenset[str]
    lengths: dict[str, tuple[int, ...]]  # first word -> lengths of the names it starts, longest first

    def lengths_from(self, first_word: str) -> tuple[int, ...]:
        """How many words a name starting with ``first_word`` (or with a suffixed form of it) may have."""
        return self.lengths.get(az_lower(first_word), (1,))

    def get(self, words: tuple[str, ...]) -> Entry | None:
        return self.entries.get(tuple(az_lower(w) for w in words))

    def knows_word(self, word: str) -> bool:
        """True when ``word`` alone is a known name (the morphology analyser's lexicon)."""
        return (az_lower(word),) in self.entries or word in self.given_names


def key(name: str) -> tuple[str, ...]:
    return tuple(az_lower(t.text) for t in tokenize(name))


def _generator_data() -> dict:
    return json.loads((resources.files("data_generator") / "data" / "data.json").read_text("utf-8"))


def _babel_countries() -> list[str]:
    # Numeric codes are regions and continents ("001" = Dünya); letters are countries and territories.
    return [name for code, name in Locale("az").territories.items() if code.isalpha()]


@cache
def load() -> Gazetteer:
    entries: dict[tuple[str, ...], Entry] = {}

    def add(name: str, label: str, expansion: str = "") -> None:
        entries.setdefault(key(name), Entry(label, name, expansion))

    generated = _generator_data()
    for name in data.PLACES + _babel_countries() + generated["cities"] + generated["districts"]:
        add(name, "LOC")
    for name in _babel_countries():
        compass, _, rest = name.partition(" ")
        if compass in data.COMPASS_ADJECTIVES and " " not in rest:
            add(rest, "LOC")  # ``Şimali Makedoniya``, ``Cənubi Koreya``: the news names the country or region alone too
    for name in generated["towns"]:
        if not name[0].isdigit():
            add(name, "LOC")
    for name in data.PLACE_ACRONYMS:
        add(name, "LOC")
    for item in data.ORGANISATIONS:
        acronym, _, expansion = item.partition("=")
        add(acronym, "ORG", expansion)
        if expansion:
            add(expansion, "ORG")
    given = frozenset(generated["male_names"] + generated["female_names"] + data.GIVEN_NAMES)
    lengths: dict[str, set[int]] = {}
    for words in entries:
        lengths.setdefault(words[0], {1}).add(len(words))
    by_first = {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}
    return Gazetteer(entries, given, by_first)
