"""Gazetteer and rule spans over tokens: the knowledge-driven half of entity recognition.

Each finder returns ``Span``s (token index ranges with a label and canonical name); the entity
stage merges them with the model's. The word lists live in ``pipeline.lang.entities_az``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import entities_az as data
from ..records import Token
from ..text import az_lower, az_upper
from . import gazetteer
from .morphology import analyse, candidates, case_of, nominative


@dataclass(frozen=True, slots=True)
class Span:
    first: int  # token indices, inclusive
    last: int
    label: str
    canonical: str
    method: str


def _is_name_word(token: Token) -> bool:
    return _name_like(token.text)


@lru_cache(maxsize=131072)
def _name_like(word: str) -> bool:
    """Capitalised and with a letter: the words names are made of (cached: asked of every word often)."""
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _nominatives(word: str) -> list[str]:
    """The word as written, its nominative readings (case suffix removed), then its bare stems
    (``Məclisinin`` -> ``Məclisi``, then ``Məclis``: names differ on keeping the possessive)."""
    forms = [word, nominative(word, gazetteer.load().knows_word), nominative(word)]
    forms += [a.stem for a in candidates(word)]
    return list(dict.fromkeys(forms))


def _canonical(tokens: list[Token], text: str, first: int, last: int, last_form: str) -> str:
    return text[tokens[first].start : tokens[last].start] + last_form


def gazetteer_spans(tokens: list[Token], text: str) -> list[Span]:
    gaz = gazetteer.load()
    spans = []
    i = 0
    while i < len(tokens):
        match = None
        if _is_name_word(tokens[i]):
            match = _longest_entry(tokens, text, i, gaz)
        if match:
            spans.append(match)
            i = match.last + 1
        else:
            i += 1
    return spans


def _longest_entry(tokens: list[Token], text: str, i: int, gaz: gazetteer.Gazetteer) -> Span | None:
    for length in gaz.lengths_from(tokens[i].text):
        if length > len(tokens) - i:
            continue
        last = i + length - 1
        if any(tokens[k].end != tokens[k + 1].start and tokens[k + 1].text == "-" for k in range(i, last)):
            continue
        words = tuple(t.text for t in tokens[i:last])
        for form in _nominatives(tokens[last].text):
            entry = gaz.get((*words, form))
            if entry:
                span = Span(i, last, entry.label, _canonical(tokens, text, i, last, form), "gazetteer")
                return _extend_state(tokens, text, span) if form == tokens[last].text else span
    return None


def _extend_state(tokens: list[Token], text: str, span: Span) -> Span:
    """``Qazaxıstan`` + ``Respublikasının`` is one place: ``Qazaxıstan Respublikası``."""
    if span.label != "LOC":
        return span
    for form in sorted(data.STATE_FORMS, key=len, reverse=True):
        words = form.split()
        end = span.last + len(words)
        if end >= len(tokens):
            continue
        following = [t.text for t in tokens[span.last + 1 : end]]
        if following != words[:-1]:
            continue
        last_word = tokens[end].text
        if not last_word[0].isupper():
            continue  # ``Qazaxıstan dövlətinin``: a common noun, not the state's official name
        if az_lower(nominative(last_word)) == az_lower(words[-1]) or last_word == words[-1]:
            canonical = _canonical(tokens, text, span.first, end, words[-1])
            return Span(span.first, end, "LOC", canonical, span.method)
    return span


# The first letters of every head noun: a word that starts otherwise cannot be one.
_HEAD_STARTS = {head[:4] for head in data.ORG_HEADS | data.PLACE_HEADS | data.PLACE_NAME_HEADS}


def org_spans(tokens: list[Token], text: str) -> list[Span]:
    """A capitalised name ending in an organisation head noun (``Xarici İşlər Nazirliyinin``), or a
    place's (``Zəfər Parkı``, ``Akademik Həsən Əliyev küçəsi``)."""
    spans = []
    for i, token in enumerate(tokens):
        if az_lower(token.text)[:4] not in _HEAD_STARTS:
            continue  # most words: no need to analyse them
        head = nominative(token.text)
        lower_head = az_lower(head)
        capital_head = _is_name_word(token) and (lower_head in data.ORG_HEADS or lower_head in data.PLACE_HEADS)
        if not capital_head and token.text not in data.PLACE_NAME_HEADS and lower_head not in data.PLACE_NAME_HEADS:
            continue
        first = _name_start(tokens, i, text, people_allowed=not capital_head or lower_head in data.PLACE_HEADS)
        if first < i and _canonical(tokens, text, first, i, head) not in data.LEGAL_FORMS:
            label = "LOC" if lower_head in data.PLACE_HEADS or not capital_head else "ORG"
            spans.append(Span(first, i, label, _canonical(tokens, text, first, i, head), "rule"))
    return spans


def quoted_org_spans(tokens: list[Token], text: str) -> list[Span]:
    """A quoted name followed by a legal form or an organisation noun: ``“Azərenerji” ASC``; the quotes
    and the legal form stay outside the span."""
    spans = []
    for i, token in enumerate(tokens):
        if token.text not in _QUOTES or i + 2 >= len(tokens):
            continue
        close = next((k for k in range(i + 1, min(i + 10, len(tokens))) if tokens[k].text in _QUOTES), None)
        if close is None or close == i + 1 or close + 1 >= len(tokens) or not _is_name_word(tokens[i + 1]):
            continue
        after = tokens[close + 1].text
        named = after in data.LEGAL_FORMS or az_lower(nominative(after)) in data.QUOTED_ORG_NOUNS
        if named or _bracketed_company(tokens, i, close):
            # Inside the quotes the name is as written: its case suffix, if any, follows the quote.
            spans.append(Span(i + 1, close - 1, "ORG", text[tokens[i + 1].start : tokens[close - 1].end], "rule"))
    return spans


def _bracketed_company(tokens: list[Token], open_quote: int, close_quote: int) -> bool:
    """``Rusiya ("Rostelekom")``: a quoted one-word name alone in brackets names the company behind it."""
    return (close_quote == open_quote + 2 and open_quote > 0 and tokens[open_quote - 1].text == "("
            and close_quote + 1 < len(tokens) and tokens[close_quote + 1].text == ")")


def expansion_spans(tokens: list[Token], text: str) -> list[Span]:
    """A name followed by its acronym in brackets, ``Trans-Avrasiya Super İnformasiya Magistralının (TASİM)``:
    the words whose initials spell the acronym are one name, an organisation unless the acronym is a place."""
    spans = []
    for i in range(1, len(tokens) - 2):
        acronym = tokens[i + 1].text
        if tokens[i].text != "(" or tokens[i + 2].text != ")" or not acronym.isupper() or len(acronym) < 2:
            continue
        first = _initials_match(tokens, i - 1, acronym)
        if first is not None:
            label = "LOC" if acronym in data.PLACE_ACRONYMS else "ORG"
            form = nominative(tokens[i - 1].text)
            spans.append(Span(first, i - 1, label, _canonical(tokens, text, first, i - 1, form), "rule"))
    return spans


def _initials_match(tokens: list[Token], last: int, acronym: str) -> int | None:
    """The first token of the run ending at ``last`` whose capitalised words' initials spell ``acronym``."""
    initials = ""
    for k in range(last, max(-1, last - 12), -1):
        word = tokens[k].text
        if word == "-" or word in data.NAME_JOINERS:
            continue
        if not _is_name_word(tokens[k]):
            return None
        initials = az_upper(word[0]) + initials
        if initials == acronym:
            return k
        if not acronym.endswith(initials):
            return None
    return None


def classified_place_spans(tokens: list[Token], text: str) -> list[Span]:
    """An unknown capitalised name before ``rayonu``, ``kəndi``, ``şəhəri``: the name alone is a place."""
    spans = []
    for i in range(len(tokens) - 1):
        if not _is_name_word(tokens[i]) or tokens[i].text in data.NOT_NAMES:
            continue
        if az_lower(nominative(tokens[i + 1].text)) in data.PLACE_CLASSIFIERS:
            spans.append(Span(i, i, "LOC", tokens[i].text, "rule"))
    return spans


_QUOTES = {"«", "»", '"', "“", "”", "„"}


def _inflected(word: str) -> bool:
    """A case suffix that cannot end a word inside a name. A bare ``-a``/``-ə`` or ``-in`` is too often
    part of the stem (``Peşə``, ``Ziyəddin``) to count; buffered forms (``-ya``, ``-nin``) do."""
    case = case_of(word)
    if case in ("loc", "abl", "ins"):
        return True
    if case == "dat":
        return word.endswith(("ya", "yə", "na", "nə"))
    if case == "gen":
        return word not in gazetteer.load().given_names
    return False


def sentence_initial(tokens: list[Token], k: int, text: str) -> bool:
    if k == 0:
        return True
    return tokens[k - 1].text in {".", "!", "?", "…", ":"} or "\n" in text[tokens[k - 1].end : tokens[k].start]


def _inside_name(tokens: list[Token], k: int) -> bool:
    """A lower-case joiner between name words (not before another known name: ``Bank və | Azərbaycan …``),
    a hyphen inside a compound (``Elmi-Metodiki``), or a number (``3-cü Şuşa Qlobal Media Forumu``)."""
    word = tokens[k].text
    if word == "-":
        inside = 0 < k < len(tokens) - 1
        return inside and tokens[k - 1].end == tokens[k].start == tokens[k].end - 1 == tokens[k + 1].start - 1 \
            and _is_name_word(tokens[k - 1])
    gaz = gazetteer.load()
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    another_name = gaz.knows_word(following) or following in gaz.given_names
    joiner = word in data.NAME_JOINERS and k > 0 and _is_name_word(tokens[k - 1]) and not another_name
    return joiner or word[0].isdigit()


def _person_word(tokens: list[Token], k: int) -> bool:
    """A surname, or a word after a given name; ``Naxçıvan Muxtar Respublikası`` (Muxtar after a known place
    is no first name) is not one."""
    gaz = gazetteer.load()
    if _looks_like_surname(tokens[k].text):
        return True
    after_given = k > 0 and tokens[k - 1].text in gaz.given_names
    return after_given and not (k > 1 and gaz.knows_word(tokens[k - 2].text))


_MAX_NAME_WORDS = 15


def _name_start(tokens: list[Token], head: int, text: str, people_allowed: bool = False) -> int:
    """Walk left from a name's head over the words of the name. The walk stops at an inflected word
    (``Azərbaycan Respublikasının | Xarici İşlər Nazirliyi``: the genitive is outside), at a person's
    name or title, and at a sentence's first word unless it is a known name."""
    gaz = gazetteer.load()
    first = head
    k = head - 1
    while k >= max(0, head - _MAX_NAME_WORDS):  # bounded: a run of capitals (a headline in capitals) is no name
        token = tokens[k]
        if token.end != tokens[k + 1].start and tokens[k + 1].text == "-":
            break
        if _is_name_word(token) and token.text not in data.NOT_NAMES:
            if _inflected(token.text):
                break
            named_after = people_allowed or tokens[k + 1].text == "adına"  # ``Qara Qarayev adına … Məktəbi``
            if _person_word(tokens, k) and not named_after:
                break
            if sentence_initial(tokens, k, text) and not gaz.knows_word(token.text) and analyse(token.text).suffix:
                break  # ``Məlumatı | Bakı Şəhəri üzrə Təhsil İdarəsindən``: an inflected common noun opens the sentence
            first = k
        elif not _inside_name(tokens, k):
            break
        k -= 1
    while first < head and (tokens[first].text in data.NAME_JOINERS or not _is_name_word(tokens[first])):
        first += 1
    return first


def never_a_name(token: Token) -> bool:
    """A capitalised word the rules know is no name of its own: a title, a legal form, a Roman numeral,
    a listed common word."""
    word = token.text
    listed = word in data.NOT_NAMES or word in data.NOT_PERSON_NAMES or word in data.LEGAL_FORMS
    return listed or word in data.ROMAN_NUMERALS or len(word) < 2 or _is_title(token)


def _is_title(token: Token) -> bool:
    return _title_word(token.text)


@lru_cache(maxsize=131072)
def _title_word(word: str) -> bool:
    return az_lower(word) in data.TITLES or az_lower(nominative(word)) in data.TITLES


def _person_lexicon(stem: str) -> bool:
    """Stems a person's name may have: known names and surname shapes (``Hüseynzadənin`` -> ``Hüseynzadə``)."""
    gaz = gazetteer.load()
    return gaz.knows_word(stem) or stem in gaz.given_names or az_lower(stem).endswith(data.SURNAME_ENDINGS)


_STRONG_SURNAME_ENDINGS = tuple(e for e in data.SURNAME_ENDINGS if e not in data.WEAK_SURNAME_ENDINGS)


@lru_cache(maxsize=131072)
def _looks_like_surname(word: str) -> bool:
    stem = az_lower(nominative(word))
    return len(stem) > 4 and stem.endswith(_STRONG_SURNAME_ENDINGS)


def person_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """Runs of capitalised words that a title, a given name or a surname ending marks as a person."""
    gaz = gazetteer.load()
    spans = []
    i = 0
    while i < len(tokens):
        run = _name_run(tokens, i, taken)
        if not run:
            i += 1
            continue
        first, last = run
        words = [tokens[k].text for k in range(first, last + 1)]
        titled = first > 0 and _is_title(tokens[first - 1])
        given = words[0] in gaz.given_names or (len(words[0]) == 2 and words[0].endswith("."))
        surname = _looks_like_surname(words[-1]) or _INITIAL_SURNAME.match(words[-1]) is not None
        surname = surname or az_lower(nominative(words[-1])) in _famous_surnames()
        named = (len(words) >= 2 and (given or surname)) or (len(words) == 1 and surname)
        if (titled and len(words) <= 5) or named:
            form = nominative(words[-1], _person_lexicon)
            spans.append(Span(first, last, "PER", _canonical(tokens, text, first, last, form), "rule"))
        i = last + 1
    return spans


def _glued(tokens: list[Token], k: int) -> bool:
    """Token ``k`` touches both neighbours (a hyphen inside a compound name)."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _name_run(tokens: list[Token], i: int, taken: set[int]) -> tuple[int, int] | None:
    """Capitalised words from ``i`` on; only the last word of a name may carry a case suffix."""
    def name_word(k: int) -> bool:
        t = tokens[k]
        excluded = t.text in data.NOT_NAMES or t.text in data.NOT_PERSON_NAMES or _is_title(t)
        initial = len(t.text) == 2 and t.text.endswith(".")
        return k not in taken and _is_name_word(t) and not excluded and (initial or not t.text.isupper())

    if not name_word(i):
        return None
    last = i
    k = i + 1
    while k < len(tokens):
        if _inflected(tokens[last].text):
            break
        if _looks_like_surname(tokens[last].text) and tokens[k].text in gazetteer.load().given_names:
            break  # ``Heydər Əliyev Nursultan Nazarbəyevə``: two people side by side
        if az_lower(tokens[last].text) in _famous_surnames():
            break  # ``Uitkoff Putin``
        word = tokens[k].text
        joined = word in data.PERSON_JOINERS or (word == "-" and _glued(tokens, k))  # ``Kasım-Jomart``
        if name_word(k) or (joined and k + 1 < len(tokens) and name_word(k + 1)):
            last = k
            k += 1
        else:
            break
    return i, last


_INITIAL_SURNAME = re.compile(r"^[A-ZÇƏĞİÖŞÜ]\.[A-ZÇƏĞİÖŞÜ][a-zçəğıöşü]{2,}")


@cache
def _famous_surnames() -> frozenset[str]:
    return frozenset(az_lower(name.split()[-1]) for name in data.PEOPLE)


def acronym_spans(tokens: list[Token], taken: set[int]) -> list[Span]:
    """Unclaimed words in capitals (``DİM``, ``AMB``): organisations, or places if listed as such. A word
    that does not start with a letter is none (``-III`` of ``II -III qrup``, a list of groups)."""
    spans = []
    for i, token in enumerate(tokens):
        word = token.text
        if i in taken or len(word) > 8 or not word.isupper() or not word[0].isalpha():
            continue
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            continue
        if word in data.ROMAN_NUMERALS or word in data.LEGAL_FORMS:
            continue
        label = "LOC" if word in data.PLACE_ACRONYMS else "ORG"
        spans.append(Span(i, i, label, word, "rule"))
    return spans


def find_spans(tokens: list[Token], text: str) -> list[Span]:
    """Every gazetteer and rule span of one field; overlaps are settled by the caller."""
    spans = gazetteer_spans(tokens, text) + org_spans(tokens, text) + quoted_org_spans(tokens, text)
    spans += classified_place_spans(tokens, text) + expansion_spans(tokens, text)
    taken = {k for s in spans for k in range(s.first, s.last + 1)}
    people = person_spans(tokens, text, taken)
    taken |= {k for s in people for k in range(s.first, s.last + 1)}
    return spans + people + acronym_spans(tokens, taken)
