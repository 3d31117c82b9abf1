"""Names no list holds: foreign names as the news spells them (``Dorin Kelvat``, ``Marta Kolbren``), told by how a
news text uses a name, not by the words of the name.

A news report gives a person's full name once and then the surname alone (``Kelvatın sözlərinə görə``); an
organisation or a product is named again by its whole name. So a pair of capitalised words that are no ordinary
word and no known name, whose second word comes back alone elsewhere in the text, is a person (with a middle
name, three such words); so are such pairs listed beside a person. An English name opened by ``The`` is a
periodical's or a body's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang import entities_az as data
from ...lang.dates_az import MONTHS, WEEKDAYS
from ...records import Token
from ...text import az_lower
from ..morphology import analyse, nominative
from . import gazetteer
from .lexicon import common_stem, common_word
from .name_shapes import (
    Span,
    canonical_of,
    given_name_shape,
    inflected,
    is_name_word,
    is_title,
    loose_stems,
    nominatives,
    person_last_form,
    possessed_ahead,
    sentence_initial,
)


def recurring_surname_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """Pairs of unknown capitalised words whose second word the text repeats alone: people."""
    spans = []
    i = 0
    while i < len(tokens):
        last = _unknown_run(tokens, i, taken, text)
        if last is None:
            i += 1
            continue
        pair = last == i + 1  # a given name and a surname; longer runs are titles, teams and names side by side
        if pair and _hyphenated_on(tokens, last + 1) and _unknown_word(tokens[last + 2].text, opening=False):
            last += 2  # a double surname (``Arkel-Brunt``) is one surname
        placed = analyse(tokens[last].text).case == "loc"  # a place takes the locative, a person hardly ever
        if pair and not placed and _free_context(tokens, i, last, text) and _repeated_alone(tokens, i, last):
            words = [text[tokens[i].start : tokens[i].end], text[tokens[i + 1].start : tokens[last].end]]
            form = person_last_form(words, possessed_ahead(tokens, last))
            spans.append(Span(i, last, "PER", canonical_of(tokens, text, i, i + 1, form), "rule"))
        elif last == i + 2 and not placed and _middle_named(tokens, i, last, text):
            words = [t.text for t in tokens[i : last + 1]]
            form = person_last_form(words, possessed_ahead(tokens, last))
            spans.append(Span(i, last, "PER", canonical_of(tokens, text, i, last, form), "rule"))
        i = last + 1
    return spans


def _middle_named(tokens: list[Token], first: int, last: int, text: str) -> bool:
    """``Rita Meyv Holman``: three unknown words whose last the text repeats alone, and whose first two it never
    writes apart from the word after them (a team's or a nation's word before a name stands alone elsewhere)."""
    if not (_free_context(tokens, first, last, text) and _repeated_alone(tokens, first + 1, last)):
        return False
    for k in (first, first + 1):
        forms = _forms(tokens[k].text)
        for j, token in enumerate(tokens):
            if j in (first, first + 1) or not forms & _forms(token.text):
                continue
            if not (j + 1 < len(tokens) and tokens[j + 1].text == tokens[k + 1].text):
                return False
    return True


def listed_people_spans(tokens: list[Token], text: str, taken: set[int], people: list[Span]) -> list[Span]:
    """Pairs of unknown capitalised words listed beside a person (``Dorin Kelvat, Tobi Marvel və Deks Holman``):
    the members of one list are of one kind, so they are people too; the list is followed both ways."""
    spans: list[Span] = []
    claimed = set(taken)
    queue = [s for s in people if s.label == "PER" and s.last > s.first]
    while queue:
        span = queue.pop()
        for first in (span.last + 2, span.first - 3):
            separator = first - 1 if first > span.last else span.first - 1
            if first < 0 or first + 1 >= len(tokens) or tokens[separator].text not in _LIST_SEPARATORS:
                continue
            if _unknown_run(tokens, first, claimed, text) != first + 1 or not _listed_context(tokens, first, text):
                continue
            words = [t.text for t in tokens[first : first + 2]]
            form = person_last_form(words, possessed_ahead(tokens, first + 1))
            found = Span(first, first + 1, "PER", canonical_of(tokens, text, first, first + 1, form), "rule")
            spans.append(found)
            claimed |= {first, first + 1}
            queue.append(found)
    return spans


def _listed_context(tokens: list[Token], first: int, text: str) -> bool:
    """A list member's pair: free of a longer name, between list separators or at the list's ends."""
    if not _free_context(tokens, first, first + 1, text) or analyse(tokens[first + 1].text).case == "loc":
        return False
    return first == 0 or tokens[first - 1].text in _LIST_SEPARATORS or not is_name_word(tokens[first - 1])


_LIST_SEPARATORS = {",", "və"}


def article_title_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """``The Harbour Gazette``, ``The Times of Malta``: an English name opened by its article is a newspaper's, a
    magazine's or a body's name; the article stays in the span."""
    spans = []
    for i, token in enumerate(tokens):
        glued = i > 0 and tokens[i - 1].end == token.start and tokens[i - 1].text not in _QUOTES
        if token.text != "The" or i in taken or glued:
            continue
        last = i
        k = i + 1
        while k < len(tokens) and k not in taken and tokens[k - 1].end + 1 == tokens[k].start:
            word = tokens[k].text
            if _ENGLISH_WORD.match(word):
                last = k
            elif not (word in _ENGLISH_JOINERS and k + 1 < len(tokens) and _ENGLISH_WORD.match(tokens[k + 1].text)):
                break
            k += 1
        if last > i:
            spans.append(Span(i, last, "ORG", text[token.start : tokens[last].end], "rule"))
    return spans


_ENGLISH_WORD = re.compile(r"^[A-Z][A-Za-z&'’.]*$")
_ENGLISH_JOINERS = {"of", "and", "&", "for", "on"}


def _unknown_run(tokens: list[Token], i: int, taken: set[int], text: str) -> int | None:
    """The last index of the run of unknown name words from ``i``, written one space apart, or None. A case
    suffix ends the run (only a name's last word takes one: ``Tobi Marvelin | Deks Holmandan``)."""
    if i in taken or not _unknown_word(tokens[i].text, opening=True, opens_sentence=sentence_initial(tokens, i, text)):
        return None
    last = i
    while (last + 1 < len(tokens) and tokens[last].end + 1 == tokens[last + 1].start and not _closed(tokens, i, last)
           and last + 1 not in taken and _unknown_word(tokens[last + 1].text, opening=False)):
        last += 1
    return last


def _closed(tokens: list[Token], first: int, k: int) -> bool:
    """A case suffix on word ``k`` closes the name begun at ``first``; not on a first word that reads as a given
    name in ``-in`` (``Kristin``)."""
    word = tokens[k].text
    return inflected(word) and not (k == first and given_name_shape(word))


def _unknown_word(word: str, opening: bool, opens_sentence: bool = False) -> bool:
    """A capitalised word of letters that is no ordinary word, no known name, no title, weekday or month, and no
    word of a foreign organisation's name. The word opening a name is read as written: ``Marta`` is a given name
    there, not ``mart`` + ``-a``."""
    letters = word.translate(_NAME_APOSTROPHES)  # ``O’Kelly``: an apostrophe inside an Irish or French name
    if not word[:1].isupper() or not letters.isalpha() or word.isupper() or len(word) < 2:
        return False
    low = az_lower(word)
    if word in data.LATIN_ORG_HEADS or low in data.FOREIGN_FUNCTION_WORDS or _listed(word):
        return False
    forms = nominatives(word)
    if any(az_lower(form) in _CALENDAR_WORDS for form in (forms[1:] if not opening else ())) or low in _CALENDAR_WORDS:
        return False  # ``Cümə``, ``Martda``: a weekday or a month written with a capital
    gaz = gazetteer.load()
    common = common_stem(word) if opening else common_word(word)
    if opening and opens_sentence:
        common = common_word(word)  # ``Mükafatı``: a common noun with its suffix, read so at a sentence's start
    return not (common or any(gaz.knows_word(form) for form in forms))


def _listed(word: str) -> bool:
    return (word in data.NOT_NAMES or word in data.NOT_PERSON_NAMES or word in data.LEGAL_FORMS
            or az_lower(word) in data.TITLES or az_lower(nominative(word)) in data.TITLES)


def _free_context(tokens: list[Token], first: int, last: int, text: str) -> bool:
    """Not part of a longer name or a quoted title. Before the pair: no opening quote, no glued word, and no name
    word but a title, a common word opening the sentence, or a name closed by its case suffix; after it: no
    name word, no hyphen glued to another name word (``Berners-Li``), no head noun (``… şirkəti``, ``… otelində``)."""
    if first > 0:
        before = tokens[first - 1]
        if before.text in _QUOTES or before.end == tokens[first].start:
            return False
        opener = sentence_initial(tokens, first - 1, text) and common_word(before.text)
        closed_name = (first > 1 and tokens[first - 2].end + 1 == before.start
                       and _unknown_word(tokens[first - 2].text, opening=True)
                       and _closed(tokens, first - 2, first - 1))
        if is_name_word(before) and not (is_title(before) or opener or closed_name):
            return False
    if last + 1 < len(tokens):
        after = tokens[last + 1]
        head = az_lower(nominative(after.text))
        another = is_name_word(after) and not _closed(tokens, first, last)
        if another or _hyphenated_on(tokens, last + 1) or head in _NAME_HEADS:
            return False
    return True


def _hyphenated_on(tokens: list[Token], k: int) -> bool:
    """A glued hyphen at ``k`` carrying another name word (``Arkel-Brunt``), not a case suffix (``Kelvat-ın``)."""
    return (k + 1 < len(tokens) and tokens[k].text in ("-", "–") and tokens[k - 1].end == tokens[k].start
            and tokens[k].end == tokens[k + 1].start and is_name_word(tokens[k + 1]))


def _repeated_alone(tokens: list[Token], first: int, last: int) -> bool:
    """The pair's surname (``first + 1`` to ``last``: a double surname has three tokens) stands elsewhere in the
    text without the given name, and the given name is nowhere a surname itself (``Rivz Sorn`` in a heading: two
    people named by their surnames)."""
    given, surname = _forms(tokens[first].text), _forms(tokens[last].text)
    opening = [t.text for t in tokens[first + 1 : last]]  # ``Arkel``, ``-`` of ``Arkel-Brunt``
    surname_opens = _forms(tokens[first + 1].text)
    alone = False
    for k, token in enumerate(tokens):
        if first <= k <= last or not is_name_word(token):
            continue
        forms = _forms(token.text)
        if forms & given and _after_given_name(tokens, k) and not _followed_by(tokens, k, surname_opens):
            return False
        start = k - len(opening)
        if start < 0 or not forms & surname or [t.text for t in tokens[start:k]] != opening:
            continue
        glued = start > 0 and tokens[start - 1].end == tokens[start].start  # ``Əbu-Dabi``: part of a longer name
        alone = alone or (tokens[start - 1].text != tokens[first].text and not glued)
    return alone


def _after_given_name(tokens: list[Token], k: int) -> bool:
    """Token ``k`` follows, one space apart, a capitalised word that is no title, no common word and no name
    closed by its case: it stands where a surname does."""
    if k == 0 or tokens[k - 1].end + 1 != tokens[k].start:
        return False
    before = tokens[k - 1]
    return is_name_word(before) and not (is_title(before) or common_word(before.text) or inflected(before.text))


def _followed_by(tokens: list[Token], k: int, forms: frozenset[str]) -> bool:
    return k + 1 < len(tokens) and bool(_forms(tokens[k + 1].text) & forms)


@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """The word's readings without a case ending (cached: asked of every capitalised word for each candidate)."""
    return frozenset(az_lower(f) for f in (word, *nominatives(word), *loose_stems(word, shortest=4)))


_NAME_APOSTROPHES = str.maketrans("", "", "’'`")
_CALENDAR_WORDS = set(MONTHS) | {day for name in WEEKDAYS for day in name.split()}
_QUOTES = {"«", "»", '"', "“", "”", "„"}
_NAME_HEADS = data.ORG_HEADS | data.PLACE_CLASSIFIERS | data.QUOTED_ORG_NOUNS | data.PLACE_NAME_HEADS
