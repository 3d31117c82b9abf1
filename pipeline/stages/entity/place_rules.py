"""Places the rules tell by their context: a name before a classifier (``Ağdam rayonu``, ``Sevan gölü``), end
points joined by dashes before a route noun (``Qazax–Tovuz yolu``), a lone unknown name in the locative
(``Tulvendə``) and a compass adjective before an unknown name (``Qərbi Tarvoniya``)."""

from __future__ import annotations

from ...lang import entities_az as data
from ...records import Token
from ...text import az_lower
from ..morphology import analyse, nominative
from . import gazetteer
from .lexicon import common_stem, common_word
from .name_shapes import Span, inflected, is_name_word, looks_like_surname, never_a_name, sentence_initial


def classified_place_spans(tokens: list[Token], text: str) -> list[Span]:
    """An unknown capitalised name before ``rayonu``, ``kəndi``, ``gölü``: the name alone is a place
    (``Aşağı Malıbəyli kəndində`` → ``Aşağı Malıbəyli``)."""
    spans = []
    for i in range(len(tokens) - 1):
        if not is_name_word(tokens[i]) or tokens[i].text in data.NOT_NAMES:
            continue
        if az_lower(nominative(tokens[i + 1].text)) not in data.PLACE_CLASSIFIERS:
            continue
        first = i
        if not gazetteer.load().knows_word(tokens[i].text):  # an unknown name may have more words
            while first > 0 and i - first < 2 and _plain_name_word(tokens, first - 1, text):
                first -= 1
        spans.append(Span(first, i, "LOC", text[tokens[first].start : tokens[i].end], "rule"))
    return spans


def _plain_name_word(tokens: list[Token], k: int, text: str) -> bool:
    """A capitalised, uninflected word that is no title, no known name and does not open the sentence; one
    that ends the text is followed by nothing it could name."""
    if k + 1 >= len(tokens):
        return False
    token, gaz = tokens[k], gazetteer.load()
    person = token.text in gaz.given_names or looks_like_surname(token.text) or gaz.knows_word(token.text)
    return (is_name_word(token) and not never_a_name(token) and not inflected(token.text) and not person
            and not sentence_initial(tokens, k, text) and tokens[k].end + 1 == tokens[k + 1].start)


def route_spans(tokens: list[Token], text: str) -> list[Span]:
    """End points joined by dashes before a route noun make one named place: ``Qazax–Tovuz yolu``,
    ``Bakı - Tbilisi - Qars dəmir yolu``, ``Gəncə–Təbriz–Gəncə marşrutu``; an end point may have two words
    (``Yuxarı Qaralar–Aşağı Qaralar``), and a route joined by ``və`` to the next shares its noun
    (``A–B və C–D yolları``). Two countries joined as a modifier stay two places."""
    chains = _dash_chains(tokens, text)
    spans = []
    for n, (first, last) in enumerate(chains):
        routed = _route_noun(tokens, last + 1)
        if not routed and last + 1 < len(tokens) and tokens[last + 1].text == "və" and n + 1 < len(chains):
            routed = chains[n + 1][0] == last + 2 and _route_noun(tokens, chains[n + 1][1] + 1)
        if routed:
            spans.append(Span(first, last, "LOC", text[tokens[first].start : tokens[last].end], "rule"))
    return spans


def _dash_chains(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Runs of capitalised end points joined by dashes, as (first, last) token indices."""
    chains = []
    i = 1
    while i < len(tokens) - 1:
        if tokens[i].text not in _DASHES or not is_name_word(tokens[i - 1]) or not is_name_word(tokens[i + 1]):
            i += 1
            continue
        first = i - 1
        if first > 0 and _plain_name_word(tokens, first - 1, text):
            first -= 1
        last = i + 1
        while last + 2 < len(tokens) and tokens[last + 1].text in _DASHES and is_name_word(tokens[last + 2]):
            last += 2
        if last + 1 < len(tokens) and _plain_name_word(tokens, last + 1, text) and not _route_noun(tokens, last + 1):
            last += 1
        chains.append((first, last))
        i = last + 1
    return chains


def _route_noun(tokens: list[Token], k: int) -> bool:
    if k >= len(tokens):
        return False  # a route needs its noun after the last name (``A-A–A`` at the end of a text has none)
    word = tokens[k].text
    return az_lower(word) in data.ROUTE_NOUNS or az_lower(nominative(word)) in data.ROUTE_NOUNS


_DASHES = {"-", "–", "—"}


def locative_place_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """A lone capitalised word that no list knows, in the locative (``Tulvendə``, ``Kaspordakı``): a place, as a
    person or a body is hardly ever where something happens. The name is the word without its suffix."""
    spans = []
    for k, token in enumerate(tokens):
        if k in taken or not _lone_name_word(tokens, k, text):
            continue
        analysis = analyse(token.text)
        stem = analysis.stem
        if analysis.case != "loc" or analysis.possessive or analysis.plural or len(stem) < 3:
            continue
        gaz = gazetteer.load()
        person = stem in gaz.given_names or looks_like_surname(stem)
        if person or common_word(token.text) or common_stem(stem) or az_lower(stem) in data.TITLES:
            continue
        spans.append(Span(k, k, "LOC", stem, "rule"))
    return spans


def _lone_name_word(tokens: list[Token], k: int, text: str) -> bool:
    """A capitalised word of letters, not all capitals, with no name word beside it and not opening a sentence."""
    token = tokens[k]
    if not is_name_word(token) or not token.text.isalpha() or token.text.isupper() or never_a_name(token):
        return False
    if sentence_initial(tokens, k, text) or token.text in data.NOT_NAMES:
        return False
    before = k > 0 and (is_name_word(tokens[k - 1]) or tokens[k - 1].end == token.start)
    after = k + 1 < len(tokens) and (is_name_word(tokens[k + 1]) or tokens[k + 1].start == token.end
                                     and tokens[k + 1].text in ("-", "–"))
    return not (before or after)


def compass_place_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """A compass adjective before an unknown capitalised word names a region or a state (``Qərbi Tarvoniya``,
    ``Cənubi Helvanın``): one place of both words, its canonical without the last word's case suffix."""
    spans = []
    for k in range(len(tokens) - 1):
        word, name = tokens[k], tokens[k + 1]
        if k in taken or k + 1 in taken or word.text not in data.COMPASS_ADJECTIVES or word.end + 1 != name.start:
            continue
        if not is_name_word(name) or not name.text.isalpha() or common_word(name.text) or never_a_name(name):
            continue
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if after is not None and (is_name_word(after) or after.start == name.end):
            continue  # a longer name (``Cənubi Helva Universiteti``) or a glued hyphen
        spans.append(Span(k, k + 1, "LOC", f"{word.text} {nominative(name.text)}", "rule"))
    return spans
