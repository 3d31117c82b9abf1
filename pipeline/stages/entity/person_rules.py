"""People: runs of capitalised words that a title, a given name, a surname shape or a patronymic marks as a
person's name (``Prezident İlham Əliyev``, ``Qasımova Lalə Fuad qızı``, ``Kir Starmer``)."""

from __future__ import annotations

import re
from functools import cache

from ...lang import entities_az as data
from ...records import Token
from ...text import az_lower
from ..morphology import analyse, candidates, nominative
from . import gazetteer
from .lexicon import common_word
from .name_shapes import (
    Span,
    canonical_of,
    famous_surnames,
    given_name_shape,
    inflected,
    is_name_word,
    is_title,
    looks_like_surname,
    person_last_form,
    person_nominative,
    possessed_ahead,
    sentence_initial,
)


def person_spans(tokens: list[Token], text: str, taken: set[int]) -> list[Span]:
    """Runs of capitalised words that a title, a given name or a surname ending marks as a person."""
    gaz = gazetteer.load()
    spans = []
    i = 0
    while i < len(tokens):
        run = _name_run(tokens, i, taken, text)
        if not run:
            i += 1
            continue
        first, last = run
        words = [tokens[k].text for k in range(first, last + 1)]
        titled = first > 0 and is_title(tokens[first - 1])
        given = words[0] in gaz.given_names or (len(words[0]) == 2 and words[0].endswith("."))
        surname = looks_like_surname(words[-1]) or _INITIAL_SURNAME.match(words[-1]) is not None
        surname = surname or az_lower(nominative(words[-1])) in famous_surnames()
        closing = patronymic(words[-1]) if len(words) >= 3 else None
        named = (len(words) >= 2 and (given or surname)) or (len(words) == 1 and surname) or bool(closing)
        common = len(words) == 1 and not given and common_word(words[0])  # ``Prezidentinin Sərəncamı``
        # ``lideri Şotlandiyada``: one word in the locative after a title is where the person is, not who
        common = common or (len(words) == 1 and analyse(words[0]).case == "loc")
        head = az_lower(nominative(words[-1]))
        if head in data.STATE_HEADS or head in data.ORG_HEADS:
            i = last + 1  # ``İslam Respublikası``, ``Zəfər Partiyası``: a given name opens a state's or a body's name
            continue
        if (titled and len(words) <= 5 and not common) or named:
            form = closing.group(1) if closing else person_last_form(words, possessed_ahead(tokens, last))
            spans.append(Span(first, last, "PER", canonical_of(tokens, text, first, last, form), "rule"))
        i = last + 1
    return spans


# A genitive with its buffer after a vowel (``Şamxani-nin``): a father's name before ``oğlu`` is never so.
_BUFFERED_GENITIVE = re.compile(r"\w{3}[aıoueəiöü]n[ıiuü]n$")


def _another_person_ahead(tokens: list[Token], i: int, last: int, k: int, text: str) -> bool:
    """Word ``k`` cannot continue the name ``i``..``last``: two people side by side (``Livitt | Trampın``,
    ``Sarah Palin | Donald Trampın``), or a run that is a name already followed by a word in the locative or
    the plural, which a person's name does not take (``Piter Boun | Birminqemdəki``)."""
    gaz = gazetteer.load()
    word, previous = tokens[k].text, tokens[last].text
    if not previous[:1].isupper():
        return False  # ``fon der | Lyayen``: a joiner is no end of a name
    if az_lower(person_nominative(word)) in famous_surnames() and _partial_famous(tokens, i, k) is False:
        apart = _apart_elsewhere(tokens, last, text) or given_name_shape(previous)  # ``Harvardın | Tramp``
        lone = last == i and previous not in gaz.given_names and apart
        return lone or (last > i and tokens[i].text in gaz.given_names)
    if last == i:
        return False
    if word in gaz.given_names and previous not in gaz.given_names:
        return k + 1 < len(tokens) and is_name_word(tokens[k + 1])
    analysis = analyse(word)
    return analysis.case == "loc" or analysis.plural


def _apart_elsewhere(tokens: list[Token], k: int, text: str) -> bool:
    """Word ``k`` is a person of its own: the text names it elsewhere after another name (``Kerolayn Livitt`` …
    ``Livitt Trampın``), or it is a common word opening the sentence (``Təklif | Tramp administrasiyasının``);
    an unlisted given name before a famous surname (``Melaniya Tramp``) is neither."""
    word = tokens[k].text
    if sentence_initial(tokens, k, text) and common_word(word):
        return True
    after_name = re.compile(rf"[A-ZÇƏĞİÖŞÜ]\w+ {re.escape(nominative(word))}")
    return any(m.start() != tokens[k - 1].start for m in after_name.finditer(text)) if k else False


def _partial_famous(tokens: list[Token], i: int, k: int) -> bool:
    """The words ``i``..``k`` end one of the well-known full names (``Rəcəb Tayyib Ərdoğan``)."""
    words = [az_lower(t.text) for t in tokens[i:k]] + [az_lower(person_nominative(tokens[k].text))]
    return any(famous[-len(words):] == words for famous in _famous_names())


@cache
def _famous_names() -> tuple[list[str], ...]:
    return tuple(az_lower(name).split() for name in data.PEOPLE)


def _glued(tokens: list[Token], k: int) -> bool:
    """Token ``k`` touches both neighbours (a hyphen inside a compound name)."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _name_run(tokens: list[Token], i: int, taken: set[int], text: str) -> tuple[int, int] | None:
    """Capitalised words from ``i`` on, within one line; only the last word of a name may carry a case suffix."""
    def name_word(k: int) -> bool:
        t = tokens[k]
        if k in taken or not is_name_word(t):  # first: most words are lower case (asked of every word)
            return False
        fathers_name = k + 1 < len(tokens) and patronymic(tokens[k + 1].text)  # ``Vəfa Əmir qızı``
        if t.text in data.NOT_NAMES or t.text in data.NOT_PERSON_NAMES or (is_title(t) and not fathers_name):
            return False
        initial = len(t.text) == 2 and t.text.endswith(".")
        if _WEB_NAME.match(t.text):
            return False  # ``Xəbərlər.Az``: a web address after a name is the outlet, no word of the name
        return initial or not t.text.isupper()

    if not name_word(i):
        return None
    last = i
    k = i + 1
    while k < len(tokens):
        word = tokens[k].text
        if "\n" in text[tokens[k - 1].end : tokens[k].start]:
            break  # a name never runs over a line break (one name a line in official lists)
        patronymic_ahead = patronymic(word) or (k + 1 < len(tokens) and patronymic(tokens[k + 1].text))
        if patronymic(word) and _BUFFERED_GENITIVE.search(az_lower(tokens[last].text)):
            break  # ``Əli Şamxaninin | oğlu``: after a possessor ``oğlu`` is "his son", no patronymic
        given_first = last == i and given_name_shape(tokens[last].text)
        if inflected(tokens[last].text) and not patronymic_ahead and not given_first:
            break  # ``Bahəddin Musa oğlu``: a name ending like a genitive still belongs to a patronymic name
        if patronymic(word) and k - i >= 2 and not (k + 1 < len(tokens) and name_word(k + 1) and word.islower()):
            return i, k  # ``Qasımova Lalə Fuad qızı``: the patronymic closes the name
        surname_first = any(k + n < len(tokens) and patronymic(tokens[k + n].text) for n in (1, 2))
        if looks_like_surname(tokens[last].text) and word in gazetteer.load().given_names and not surname_first:
            break  # ``Heydər Əliyev Nursultan Nazarbəyevə``: two people side by side
        if az_lower(tokens[last].text) in famous_surnames() and not surname_first:
            break  # ``Uitkoff Putin``
        if not surname_first and _another_person_ahead(tokens, i, last, k, text):
            break
        joined = word in data.PERSON_JOINERS or (word == "-" and _glued(tokens, k))  # ``Kasım-Jomart``
        # ``fon der Lyayen``, ``əl-Ayyaş``: a joiner may stand before another joiner or a glued hyphen
        second = k + 1 < len(tokens) and (tokens[k + 1].text in data.PERSON_JOINERS
                                          or (tokens[k + 1].text == "-" and _glued(tokens, k + 1)))
        if name_word(k) or (joined and k + 1 < len(tokens) and name_word(k + 1)) or (
                joined and second and k + 2 < len(tokens) and name_word(k + 2)):
            last = k
            k += 1
        else:
            break
    return i, _hyphenated_tail(tokens, i, last)


def _hyphenated_tail(tokens: list[Token], i: int, last: int) -> int:
    """``Ri Yonq-ho``: a lower-case syllable glued by a hyphen to the last word of a name of two or more words is
    part of the name (as in East Asian given names), unless it reads as a case suffix (``Kim-in``)."""
    if last == i or last + 2 >= len(tokens) or tokens[last + 1].text != "-" or not _glued(tokens, last + 1):
        return last
    head, tail = tokens[last].text, tokens[last + 2].text
    if not (tail.isalpha() and tail.islower() and len(tail) <= _NAME_SYLLABLE):
        return last
    return last if any(a.stem == head for a in candidates(f"{head}-{tail}")) else last + 2


_NAME_SYLLABLE = 5


# ``oğlu``/``qızı`` and their inflected forms (``oğluna``, ``qızının``, ``oğludur``).
_PATRONYMIC = re.compile(rf"^({'|'.join(sorted(data.PATRONYMICS))})\w*$")


def patronymic(word: str) -> re.Match[str] | None:
    """``oğlu``/``qızı`` in any case, or a Russian patronymic (``Vladimirovna``), with its base in group 1."""
    return _PATRONYMIC.match(word) or _SLAVIC_PATRONYMIC.match(word)


_SLAVIC_PATRONYMIC = re.compile(rf"^([A-ZÇƏĞİÖŞÜ]\w+(?:{'|'.join(data.SLAVIC_PATRONYMIC_ENDINGS)}))$")

_WEB_NAME = re.compile(r"^\w{2,}\.(?:az|com|org|net|ru|tr|uk|info)$", re.IGNORECASE)
_INITIAL_SURNAME = re.compile(r"^[A-ZÇƏĞİÖŞÜ]\.[A-ZÇƏĞİÖŞÜ][a-zçəğıöşü]{2,}")

