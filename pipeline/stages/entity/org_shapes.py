"""What an organisation's name looks like, and what only looks like one: the phrase-level tests of the
organisation rules (a unit named by common words, a slogan, a code, where a name begins and ends)."""

from __future__ import annotations

import re

from ...lang import entities_az as data
from ...records import Token
from ...text import az_lower
from ..morphology import analyse, candidates, nominative
from . import gazetteer
from .lexicon import common_stem, common_word
from .name_shapes import inflected, is_name_word, sentence_initial

# A company's name before its Latin head may be in either alphabet (``PAŞA Holding``, ``Azər Türk Bank``).
_LATIN_WORD = re.compile(r"^[A-ZÇƏĞİÖŞÜ][A-Za-zÇƏĞİÖŞÜçəğıöşü&'’.-]*$")


def unit_by_common_words(tokens: list[Token], first: int, head: int) -> bool:
    """``Apellyasiya Komissiyası``, ``İnsan Resursları Mərkəzi``, ``Çağrı Mərkəzi``: a unit named by common words
    alone, none of them a state's or a nation's mark, is no organisation (corpus guide 4, 27). A word the
    dictionary lacks is a common word too where the article also writes it in lower case (``apellyasiya``)."""
    head_word = nominative(tokens[head].text)
    if az_lower(tokens[head].text) not in data.UNIT_HEADS and az_lower(head_word) not in data.UNIT_HEADS:
        return False
    modifiers = tokens[first:head]
    if head - first > 2 or gazetteer.load().get((*(t.text for t in modifiers), head_word)):
        return False
    if any(analyse(t.text).case == "gen" for t in modifiers):
        return False  # ``Təhsilin İnkişafı Fondu``: a name phrased as what the body is for is an official name
    written_lower = {t.text for t in tokens if t.text[:1].islower()}
    return all((common_word(t.text) or az_lower(t.text) in written_lower)
               and az_lower(t.text) not in data.STATE_MARKS and not t.text.isupper() for t in modifiers)


def slogan(words: list[Token]) -> bool:
    """``“Suyu qoru, gələcəyi düşün” aksiyası``: a quoted phrase of three words or more, mostly in
    lower case, is a slogan or a campaign's title, not an organisation's name; so is a phrase ending in a known
    place with a case suffix (``“Biz Şuşaya” layihəsi``: "to Şuşa", a motto with a place in it)."""
    lower = [t for t in words if t.text[:1].islower() and t.text not in data.NAME_JOINERS]
    return (len(words) >= 3 and 2 * len(lower) >= len(words)) or (len(words) > 1 and _place_in_case(words[-1].text))


def _place_in_case(word: str) -> bool:
    analysis = analyse(word)
    entry = gazetteer.load().get((nominative(word),))
    return analysis.case in ("dat", "loc", "abl", "ins") and entry is not None and entry.label == "LOC"


def ends_another_name(word: str) -> bool:
    """A capitalised organisation head as written in a name's nominative (``Kabineti``, ``Agentliyi``)."""
    low = az_lower(word)
    return word[:1].isupper() and low in data.ORG_HEADS and low not in data.HEADS_ALSO_MODIFIERS


def genitive_inside_name(tokens: list[Token], k: int) -> bool:
    """``Təhsilin İnkişafı Fondu``, ``Ətraf Mühitin Mühafizəsi Agentliyi``: a common noun in the genitive before a
    capitalised possessed word belongs to the name; a place (``Azərbaycan Respublikasının | Xarici İşlər
    Nazirliyi``), a person, a title or an organisation in the genitive does not. The possessed word may follow a
    state's mark (``Əmlakın Dövlət Reyestri``), and a genitive may be joined by ``və`` to the next one
    (``Gənclərin və Tələbələrin İşləri üzrə``)."""
    analysis = analyse(tokens[k].text)
    if analysis.case != "gen" or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].text == "və":
        following = next((j for j in range(k + 2, min(k + 5, len(tokens))) if analyse(tokens[j].text).case == "gen"
                          or not is_name_word(tokens[j])), None)
        return (following is not None and all(is_name_word(t) for t in tokens[k + 2 : following + 1])
                and _common_genitive(tokens[k].text) and genitive_inside_name(tokens, following))
    possessed = _possessed_word(tokens, k + 1)
    if possessed is None or not _not_a_name_genitive(tokens[k].text):
        return False
    verbal_noun = az_lower(tokens[possessed].text).endswith(data.VERBAL_NOUN_POSSESSED)
    return _common_genitive(tokens[k].text) or verbal_noun


def _possessed_word(tokens: list[Token], k: int) -> int | None:
    """The capitalised word with a 3rd-person possessive at ``k``, or after one state's mark at ``k``."""
    for j in (k, k + 1):
        if j >= len(tokens) or not is_name_word(tokens[j]):
            return None
        if any(a.possessive == "3" for a in candidates(tokens[j].text)) and az_lower(tokens[j].text) not in (
                data.NAME_ADJECTIVES | data.STATE_MARKS):
            return j
        if az_lower(tokens[j].text) not in data.STATE_MARKS:
            return None
    return None


def _not_a_name_genitive(word: str) -> bool:
    """The genitive is no known place, person, title, organisation head or state's word."""
    analysis = analyse(word)
    stem = analysis.stem
    gaz = gazetteer.load()
    if gaz.knows_word(stem) or gaz.knows_word(nominative(word)) or az_lower(stem) in data.TITLES:
        return False
    return az_lower(nominative(word)) not in data.ORG_HEADS and az_lower(stem) not in data.STATE_WORDS


def _common_genitive(word: str) -> bool:
    """A common noun in the genitive: its stem is in the dictionary, or it is a plural (``Köçkünlərin``: a
    group of people named by what they are, never a place's or a person's name)."""
    gens = [a for a in candidates(word) if a.case == "gen"]
    return any(common_stem(a.stem) or az_lower(a.stem).endswith(("lar", "lər")) for a in gens)


def dative_inside_name(tokens: list[Token], k: int) -> bool:
    """``İstehlak Bazarına Nəzarət Agentliyi``, ``Gənclərə Dəstək Fondu``: a common noun in the dative governed by
    the capitalised action noun after it belongs to the name."""
    if analyse(tokens[k].text).case != "dat" or k + 1 >= len(tokens) or not is_name_word(tokens[k + 1]):
        return False
    return az_lower(tokens[k + 1].text) in data.DATIVE_GOVERNING_NOUNS and common_word(tokens[k].text)


def code_word(word: str) -> bool:
    """``AZ1010``, ``QX50``, ``COVİD-19``: capitals with digits are a code, a model or a disease, not a name
    (the named bodies written so, ``G20``, ``COP29``, are in the gazetteer)."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and any(ch.isdigit() for ch in word)


def company_word(tokens: list[Token], k: int, text: str) -> bool:
    """A word of a company's name before its Latin head: no common word opening the sentence."""
    word = tokens[k].text
    return latin_name_word(word) and not (sentence_initial(tokens, k, text) and common_word(word))


def title_like(word: str) -> bool:
    return az_lower(word) in data.TITLES or az_lower(nominative(word)) in data.TITLES


def latin_name_word(word: str) -> bool:
    return (bool(_LATIN_WORD.match(word)) and word not in data.LEGAL_FORMS and word not in data.NOT_NAMES
            and not title_like(word) and not inflected(word))
