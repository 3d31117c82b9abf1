"""What a name looks like: the word-level tests that the place, organisation and person rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...lang import entities_az as data
from ...records import Token
from ...text import az_lower
from ..morphology import analyse, candidates, nominative
from . import gazetteer
from .lexicon import common_stem


@dataclass(frozen=True, slots=True)
class Span:
    first: int  # token indices, inclusive
    last: int
    label: str
    canonical: str
    method: str


def is_name_word(token: Token) -> bool:
    return _name_like(token.text)


@lru_cache(maxsize=131072)
def _name_like(word: str) -> bool:
    """Capitalised and with a letter: the words names are made of (cached: asked of every word often)."""
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


@lru_cache(maxsize=131072)
def nominatives(word: str) -> tuple[str, ...]:
    """The word as written, its nominative readings (case suffix removed), then its bare stems
    (``Məclisinin`` -> ``Məclisi``, then ``Məclis``: names differ on keeping the possessive).
    Cached: the gazetteer is fixed once loaded, and every capitalised word is asked."""
    forms = [word, nominative(word, gazetteer.load().knows_word), nominative(word)]
    forms += [a.stem for a in candidates(word)]
    return tuple(dict.fromkeys(forms))


def canonical_of(tokens: list[Token], text: str, first: int, last: int, last_form: str) -> str:
    return text[tokens[first].start : tokens[last].start] + last_form


def inflected(word: str) -> bool:
    """A case suffix that cannot end a word inside a name. A bare ``-a``/``-ə`` or ``-in`` is too often
    part of the stem (``Peşə``, ``Ziyəddin``) to count; buffered forms (``-ya``, ``-nin``) do."""
    analysis = analyse(word)
    case = analysis.case
    if case in ("loc", "abl", "ins"):
        return True
    if case == "dat":  # ``Kaya`` is no ``Kay`` + ``-a``: after a ``y`` or ``n`` a bare ``-a`` counts only on a
        # common word (``Hakimliyə``)
        buffered = analysis.suffix.startswith(("y", "n")) or common_stem(analysis.stem)
        return word.endswith(("ya", "yə", "na", "nə")) and buffered
    if case == "gen":
        return word not in gazetteer.load().given_names
    return False


def sentence_initial(tokens: list[Token], k: int, text: str) -> bool:
    if k == 0:
        return True
    return tokens[k - 1].text in {".", "!", "?", "…", ":"} or "\n" in text[tokens[k - 1].end : tokens[k].start]


def never_a_name(token: Token) -> bool:
    """A capitalised word the rules know is no name of its own: a title, a legal form, a Roman numeral,
    a listed common word."""
    word = token.text
    listed = word in data.NOT_NAMES or word in data.NOT_PERSON_NAMES or word in data.LEGAL_FORMS
    listed = listed or word in data.COMMON_ACRONYMS
    return listed or word in data.ROMAN_NUMERALS or len(word) < 2 or is_title(token)


def is_title(token: Token) -> bool:
    return _title_word(token.text)


@lru_cache(maxsize=131072)
def _title_word(word: str) -> bool:
    return az_lower(word) in data.TITLES or az_lower(nominative(word)) in data.TITLES


def name_nominative(word: str, lexicon) -> str:
    """A name's nominative: its case suffix removed, except a bare ``-a``/``-ə`` after a stem nobody knows,
    which is far more often the name's own last letter (``Kosta``, ``Oklahoma``) than a dative."""
    analysis = analyse(word, lexicon)
    if analysis.suffix in ("a", "ə") and not lexicon(analysis.stem):
        return word
    return nominative(word, lexicon)


_STRONG_SURNAME_ENDINGS = tuple(e for e in data.SURNAME_ENDINGS if e not in data.WEAK_SURNAME_ENDINGS)


@lru_cache(maxsize=131072)
def looks_like_surname(word: str) -> bool:
    stem = az_lower(nominative(word))
    return len(stem) > 4 and stem.endswith(_STRONG_SURNAME_ENDINGS)




@cache
def famous_surnames() -> frozenset[str]:
    """The last words (lower case) of the people the news often names by surname alone."""
    return frozenset(az_lower(name.split()[-1]) for name in data.PEOPLE)


def known_person_stem(stem: str) -> bool:
    """A stem that is surely a person's name word: a known name or given name, a strong surname shape
    (``-ov``, ``-zadə``; not the weak ``-in``, which ``Baydenin`` ends with as a genitive), a famous surname."""
    gaz = gazetteer.load()
    low = az_lower(stem)
    strong = len(low) > 4 and low.endswith(_STRONG_SURNAME_ENDINGS)
    return gaz.knows_word(stem) or stem in gaz.given_names or strong or low in famous_surnames()


@lru_cache(maxsize=65536)
def person_nominative(word: str, alone: bool = False, possessed_ahead: bool = True) -> str:
    """The dictionary form of a person's last name word. A reading whose stem is a known name wins
    (``Əliyevə`` -> ``Əliyev``, ``Məhərrəmova`` stays); else a bare vowel after an unknown stem is the name's
    own letter (``Kosta``, ``Tanevski``); else the analyser's best reading (``Baydenin`` -> ``Bayden``,
    ``Orbanı`` -> ``Orban``)."""
    readings = candidates(word)
    for analysis in readings:
        if known_person_stem(analysis.stem):
            return analysis.stem
    for analysis in readings:
        if az_lower(analysis.stem).endswith(data.OWN_FINAL_I_ENDINGS):
            return analysis.stem  # ``Araqçının`` -> ``Araqçı``
    low = az_lower(word)
    for copula in data.COPULA_FORMS:
        if low.endswith(copula) and known_person_stem(word[: -len(copula)]):
            return word[: -len(copula)]
    best = readings[0]
    buffered = _buffered_genitive(readings)
    if buffered:
        return buffered
    if best.suffix in data.BARE_VOWEL_SUFFIXES or low.endswith(data.OWN_FINAL_I_ENDINGS):
        return word
    if (alone or not possessed_ahead) and best.suffix in _UNBUFFERED_GENITIVES:
        return word  # a given name in ``-in`` (``Yasemin``), or a name with no possessed noun after it (``Zeldin``)
    return best.stem


def _buffered_genitive(readings) -> str:
    """The stem of ``Kavanonun`` read as ``Kavano`` + ``-nun``: see ``BUFFERED_GENITIVE_STEM_ENDINGS``."""
    if readings[0].suffix not in _UNBUFFERED_GENITIVES or az_lower(readings[0].stem).endswith(data.OWN_FINAL_N_ENDINGS):
        return ""
    for analysis in readings:
        stem = az_lower(analysis.stem)
        shaped = len(stem) >= 3 and stem.endswith(data.BUFFERED_GENITIVE_STEM_ENDINGS)
        if analysis.suffix in _BUFFERED_GENITIVES and shaped:
            return analysis.stem
    return ""


def person_last_form(words: list[str], possessed_ahead: bool = True) -> str:
    """``person_nominative`` of a name's last word, read with the name's other words: after ``oğlu`` (a man)
    a surname in the women's form carries a dative (``Vasif Tofiq oğlu Xəlilova`` -> ``Xəlilov``)."""
    last = words[-1]
    low = az_lower(last)
    if "oğlu" in words[:-1] and low.endswith(data.WOMEN_SURNAME_ENDINGS) and len(low) > 5:
        return last[:-1]
    return person_nominative(last, alone=len(words) == 1, possessed_ahead=possessed_ahead)


_POSSESSED = re.compile(data.POSSESSED_ENDING)
_NOT_POSSESSED = re.compile(data.NOT_POSSESSED_ENDING)


def possessed_ahead(tokens: list[Token], last: int) -> bool:
    """A possessed noun follows token ``last`` within a few words of the same clause: the word may be a genitive."""
    for token in tokens[last + 1 : last + 1 + data.GENITIVE_WINDOW]:
        word = az_lower(token.text)
        if token.text in {".", ",", ";", ":", "!", "?"}:
            return False
        if word.isalpha() and len(word) > 3 and _POSSESSED.search(word) and not _NOT_POSSESSED.search(word):
            return True
    return False


_UNBUFFERED_GENITIVES = ("ın", "in", "un", "ün")
_BUFFERED_GENITIVES = ("nın", "nin", "nun", "nün")


def given_name_shape(word: str) -> bool:
    """A word whose only case reading is a genitive without buffer on a stem nobody knows (``Yasemin``,
    ``Kristin``): at the head of a name it is a given name, not a possessor."""
    analysis = analyse(word)
    return analysis.case == "gen" and analysis.suffix in _UNBUFFERED_GENITIVES and not known_person_stem(analysis.stem)


def loose_stems(word: str, shortest: int = 3) -> tuple[str, ...]:
    """``word`` without a case ending of any harmony (``Metkalfin`` -> ``Metkalf``: a foreign name takes its
    suffix by its sound); only for matching a name the article has already given."""
    endings = data.LOOSE_CASE_ENDINGS
    return tuple(word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= shortest)
