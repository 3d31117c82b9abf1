"""Gazetteer and rule spans over tokens: the knowledge-driven half of entity recognition.

Each finder returns ``Span``s (token index ranges with a label and canonical name); the entity
stage merges them with the model's. Places, organisations and acronyms are here, people in
``person_rules``, names no list holds (told by how the text uses them) in ``foreign_names``, places by context in
``place_rules``, the word tests they share in ``name_shapes``; the word lists live in ``pipeline.lang.entities_az``.
"""

from __future__ import annotations

import re

from ...lang import entities_az as data
from ...records import Token
from ...text import az_lower, az_upper
from ..morphology import analyse, nominative
from . import gazetteer
from .foreign_names import article_title_spans, listed_people_spans, recurring_surname_spans
from .name_shapes import (
    Span,
    canonical_of,
    famous_surnames,
    inflected,
    is_name_word,
    is_title,
    looks_like_surname,
    never_a_name,
    nominatives,
    sentence_initial,
)
from .org_shapes import (
    code_word,
    company_word,
    dative_inside_name,
    ends_another_name,
    genitive_inside_name,
    latin_name_word,
    slogan,
    unit_by_common_words,
)
from .person_rules import person_spans
from .place_rules import classified_place_spans, compass_place_spans, locative_place_spans, route_spans

__all__ = ["Span", "code_word", "find_spans", "never_a_name", "sentence_initial"]


def gazetteer_spans(tokens: list[Token], text: str) -> list[Span]:
    gaz = gazetteer.load()
    spans = []
    i = 0
    while i < len(tokens):
        match = None
        if is_name_word(tokens[i]):
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
        for form in nominatives(tokens[last].text):
            entry = gaz.get((*words, form))
            if entry:
                span = Span(i, last, entry.label, canonical_of(tokens, text, i, last, form), "gazetteer")
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
            canonical = canonical_of(tokens, text, span.first, end, words[-1])
            return Span(span.first, end, "LOC", canonical, span.method)
    return _official_state_name(tokens, text, span)


def _official_state_name(tokens: list[Token], text: str, span: Span) -> Span:
    """``Əlcəzair Xalq Demokratik Respublikası``, ``İran İslam Respublikasının``: a country, up to three
    capitalised words, then a state's head (``Respublikası``, ``Krallığı``) make one place."""
    for end in range(span.last + 1, min(span.last + 5, len(tokens))):
        token = tokens[end]
        if not token.text[:1].isupper() or tokens[end - 1].end == token.start and token.text != "-":
            return span
        head = nominative(token.text)
        if az_lower(head) in data.STATE_HEADS:
            return Span(span.first, end, "LOC", canonical_of(tokens, text, span.first, end, head), span.method)
        if inflected(token.text):
            return span
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
        if az_lower(token.text) in data.ORG_HEADS:
            head = token.text  # ``Hökuməti`` is the head's own possessive here, not an accusative ending
        lower_head = az_lower(head)
        capital_head = is_name_word(token) and (lower_head in data.ORG_HEADS or lower_head in data.PLACE_HEADS)
        if not capital_head and token.text not in data.PLACE_NAME_HEADS and lower_head not in data.PLACE_NAME_HEADS:
            continue
        first = _name_start(tokens, i, text, people_allowed=not capital_head or lower_head in data.PLACE_HEADS)
        if capital_head and first < i and all(az_lower(t.text) in data.NAME_ADJECTIVES for t in tokens[first:i]):
            head = analyse(token.text).stem  # ``Ali Məclisinə`` -> ``Ali Məclis``: after adjectives, no possessive
        if first < i and canonical_of(tokens, text, first, i, head) not in data.LEGAL_FORMS and not (
                capital_head and unit_by_common_words(tokens, first, i)):
            label = "LOC" if lower_head in data.PLACE_HEADS or not capital_head else "ORG"
            spans.append(Span(first, i, label, canonical_of(tokens, text, first, i, head), "rule"))
    return spans


def quoted_org_spans(tokens: list[Token], text: str) -> list[Span]:
    """A quoted name followed by a legal form or an organisation noun: ``“Azərenerji” ASC``; the quotes
    and the legal form stay outside the span."""
    spans = []
    for i, token in enumerate(tokens):
        if token.text not in _QUOTES or i + 2 >= len(tokens):
            continue
        close = next((k for k in range(i + 1, min(i + 10, len(tokens))) if tokens[k].text in _QUOTES), None)
        if close is None or close == i + 1 or close + 1 >= len(tokens) or not is_name_word(tokens[i + 1]):
            continue
        after = tokens[close + 1].text
        # the noun keeps its possessive in any case (``qəzeti``, ``qəzetinin``, ``şirkətində``)
        named = after in data.LEGAL_FORMS or any(az_lower(form) in data.QUOTED_ORG_NOUNS for form in nominatives(after))
        if (named or _bracketed_company(tokens, i, close)) and not slogan(tokens[i + 1 : close]):
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
            spans.append(Span(first, i - 1, label, canonical_of(tokens, text, first, i - 1, form), "rule"))
    return spans


def _initials_match(tokens: list[Token], last: int, acronym: str) -> int | None:
    """The first token of the run ending at ``last`` whose capitalised words' initials spell ``acronym``."""
    initials = ""
    for k in range(last, max(-1, last - 12), -1):
        word = tokens[k].text
        if word == "-" or word in data.NAME_JOINERS:
            continue
        if not is_name_word(tokens[k]):
            return None
        initials = az_upper(word[0]) + initials
        if initials == acronym:
            return k
        if not acronym.endswith(initials):
            return None
    return None


def company_spans(tokens: list[Token], text: str) -> list[Span]:
    """Company names the rules can tell by shape: Latin-script names ending in a head noun of their own
    language (``Blue Harbor Group``; a subsidiary's country may follow: ``Zəfər Bank Gürcüstan``), one-word bank
    names (``Yenibankın`` → ``Yenibank``), and web names of companies (``Booking.com``)."""
    spans = []
    for i, token in enumerate(tokens):
        word = token.text
        if word in data.LATIN_ORG_HEADS:
            first = i
            while first > 0 and company_word(tokens, first - 1, text):
                first -= 1
            last = i + 1 if _country_suffix(tokens, i + 1) else _of_complement(tokens, i)
            if first < last:
                spans.append(Span(first, last, "ORG", text[tokens[first].start : tokens[last].end], "rule"))
        elif is_name_word(token) and _DOMAIN.match(word):
            spans.append(Span(i, i, "ORG", word, "rule"))
        elif is_name_word(token) and len(word) > 6:
            stem = nominative(word)
            if az_lower(stem).endswith("bank") and len(stem) > 6:
                spans.append(Span(i, i, "ORG", stem, "rule"))
    return spans


def _of_complement(tokens: list[Token], head: int) -> int:
    """``Bank of Caspia``, ``University of Dorset Bay``: an English head's ``of`` and the capitalised words after
    it belong to the name; the last index of the name."""
    last = head
    if head + 2 < len(tokens) and tokens[head + 1].text == "of" and _company_word_after(tokens, head + 2):
        last = head + 2
        while last + 1 < len(tokens) and last - head < 4 and _company_word_after(tokens, last + 1):
            last += 1
    return last


def _company_word_after(tokens: list[Token], k: int) -> bool:
    return tokens[k - 1].end + 1 == tokens[k].start and latin_name_word(tokens[k].text)


def _country_suffix(tokens: list[Token], k: int) -> bool:
    """A known place in its nominative right after a company's head names the subsidiary's country."""
    if k >= len(tokens) or tokens[k - 1].end + 1 != tokens[k].start:
        return False
    entry = gazetteer.load().get((tokens[k].text,))
    return entry is not None and entry.label == "LOC"


_DOMAIN = re.compile(r"^[A-Z][\w-]+\.(?:com|az|org|net|io|co|uk|ru|tr)$")


_QUOTES = {"«", "»", '"', "“", "”", "„"}


def _inside_name(tokens: list[Token], k: int) -> bool:
    """A lower-case joiner between name words (not before another known name: ``Bank və | Azərbaycan …``),
    a hyphen inside a compound (``Elmi-Metodiki``), or a number (``3-cü Şuşa Qlobal Media Forumu``)."""
    word = tokens[k].text
    if word in ("-", "–"):  # a hyphen or an en dash written without spaces: ``Azərbaycan–Türkiyə Biznes Şurası``
        inside = 0 < k < len(tokens) - 1
        return inside and tokens[k - 1].end == tokens[k].start == tokens[k].end - 1 == tokens[k + 1].start - 1 \
            and is_name_word(tokens[k - 1])
    gaz = gazetteer.load()
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    another_name = gaz.knows_word(following) or following in gaz.given_names
    joiner = word in data.NAME_JOINERS and k > 0 and is_name_word(tokens[k - 1]) and not another_name
    return joiner or word[0].isdigit()


def _person_word(tokens: list[Token], k: int) -> bool:
    """A surname, or a word after a given name; ``Naxçıvan Muxtar Respublikası`` (Muxtar after a known place
    is no first name) and ``Qazax-Tovuz Regional`` (Tovuz, a given name, is a known place written after
    another) are not one."""
    gaz = gazetteer.load()
    if looks_like_surname(tokens[k].text) or az_lower(nominative(tokens[k].text)) in famous_surnames():
        return True
    after_given = k > 0 and tokens[k - 1].text in gaz.given_names
    before = tokens[k - 2].text if k > 1 else ""
    place_pair = before == "-" and k > 2 and gaz.knows_word(tokens[k - 3].text) and gaz.knows_word(tokens[k - 1].text)
    return after_given and not gaz.knows_word(before) and not place_pair


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
        if is_name_word(token) and token.text not in data.NOT_NAMES:
            if (ends_another_name(token.text) and k < head - 1
                    and az_lower(nominative(tokens[head].text)) not in data.SUB_UNIT_HEADS):
                # ``Nazirlər Kabineti | Ədliyyə Nazirliyində``: a head before this name's own words closes another;
                # right before the head it names the body this one belongs to (``Parlamenti Məclisi``)
                break
            known_pair = gaz.get((token.text, tokens[k + 1].text)) is not None  # ``Səudiyyə Ərəbistanı``: no dative
            if inflected(token.text) and not (known_pair or genitive_inside_name(tokens, k)
                                              or dative_inside_name(tokens, k)):
                break
            named_after = people_allowed or tokens[k + 1].text == "adına"  # ``Qara Qarayev adına … Məktəbi``
            if _person_word(tokens, k) and not named_after:
                break
            if (sentence_initial(tokens, k, text) and not (gaz.knows_word(token.text) or known_pair)
                    and (_inflected_opener(tokens, k, head) or _place_opens_name(tokens, k))):
                break  # ``Məlumatı | Bakı Şəhəri üzrə Təhsil İdarəsindən``: an inflected common noun opens the sentence
            first = k
        elif not _inside_name(tokens, k) or (token.text in data.NAME_JOINERS and k > 0
                                              and ends_another_name(tokens[k - 1].text)):
            break  # ``… Gimnaziyası | və Bülbül adına … Məktəbi``: two names joined, not one
        k -= 1
    while first < head and (tokens[first].text in data.NAME_JOINERS or not is_name_word(tokens[first])):
        first += 1
    return first


def _inflected_opener(tokens: list[Token], k: int, head: int) -> bool:
    """A sentence's first word with a suffix of its own, not a word of the name: not a plural right before the
    head (``Vəkillər Kollegiyası``; ``Müştərilər | Dəmirçi Türk Bank`` is the subject) nor a genitive or dative
    governed inside the name (``Təhsilin İnkişafı Fondu``)."""
    analysis = analyse(tokens[k].text)
    if not analysis.suffix:
        return False
    plural_only = analysis.plural and analysis.case in ("", "nom") and not analysis.possessive and k + 1 == head
    return not (plural_only or genitive_inside_name(tokens, k) or dative_inside_name(tokens, k))


def _place_opens_name(tokens: list[Token], k: int) -> bool:
    """``Şirkət | Gəncə Kənd Təsərrüfatı Yarmarkasında``, ``Otellər | Avropa Məhkəməsinə``: a word opening the
    sentence before a known place is the sentence's subject, unless it is a state's mark (``Milli``); the place
    opens the name."""
    following = gazetteer.load().get((tokens[k + 1].text,))
    mark = az_lower(tokens[k].text) in data.STATE_MARKS | data.NAME_ADJECTIVES
    return not mark and following is not None and following.label == "LOC"


def acronym_spans(tokens: list[Token], taken: set[int]) -> list[Span]:
    """Unclaimed words in capitals (``DİM``, ``AMB``): organisations, or places if listed as such. A word
    that does not start with a letter is none (``-III`` of ``II -III qrup``, a list of groups)."""
    spans = []
    for i, token in enumerate(tokens):
        word = token.text
        if i not in taken and _NATIONAL_ACRONYM.match(word):
            spans.append(Span(i, i, "ORG", word, "rule"))  # ``AzMİU``, ``AzInTelecom``: an Azerbaijani body's
            continue
        if i in taken or len(word) > 8 or not word.isupper() or not word[0].isalpha():
            continue
        if code_word(word):
            continue
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            continue
        if word in data.ROMAN_NUMERALS or word in data.LEGAL_FORMS or word in data.COMMON_ACRONYMS:
            continue
        label = "LOC" if word in data.PLACE_ACRONYMS else "ORG"
        spans.append(Span(i, i, label, word, "rule"))
    return spans


# ``Az`` (Azərbaycan) written before capitals opens the short name of an Azerbaijani body or company.
_NATIONAL_ACRONYM = re.compile(r"^Az(?:[A-ZÇƏĞİÖŞÜ]{2,}|[A-ZÇƏĞİÖŞÜ][a-zçəğıöşü]*[A-ZÇƏĞİÖŞÜ][A-Za-zçəğıöşüÇƏĞİÖŞÜ]*)$")


def _given_name_before_surname(tokens: list[Token], span: Span) -> bool:
    """A one-word place that is also a given name (listed as one, or after a title), before a surname:
    ``naziri Sahil Babayev``, ``Türkan Eyyubova`` are people."""
    following = span.last + 1
    if span.first != span.last or span.label != "LOC" or following >= len(tokens):
        return False
    titled = span.first > 0 and is_title(tokens[span.first - 1])
    given = titled or tokens[span.first].text in gazetteer.load().given_names
    return given and looks_like_surname(tokens[following].text) and tokens[span.last].end < tokens[following].start


def find_spans(tokens: list[Token], text: str) -> list[Span]:
    """Every gazetteer and rule span of one field; overlaps are settled by the caller."""
    places = [s for s in gazetteer_spans(tokens, text) if not _given_name_before_surname(tokens, s)]
    spans = places + org_spans(tokens, text) + quoted_org_spans(tokens, text)
    spans += classified_place_spans(tokens, text) + expansion_spans(tokens, text) + route_spans(tokens, text)
    spans += company_spans(tokens, text)
    taken = {k for s in spans for k in range(s.first, s.last + 1)}
    spans += article_title_spans(tokens, text, taken)
    taken = {k for s in spans for k in range(s.first, s.last + 1)}
    people = person_spans(tokens, text, taken)
    taken |= {k for s in people for k in range(s.first, s.last + 1)}
    people += recurring_surname_spans(tokens, text, taken)  # after the known shapes: what they leave
    taken |= {k for s in people for k in range(s.first, s.last + 1)}
    people += listed_people_spans(tokens, text, taken, people)
    taken |= {k for s in people for k in range(s.first, s.last + 1)}
    places = compass_place_spans(tokens, text, taken)
    taken |= {k for s in places for k in range(s.first, s.last + 1)}
    places += locative_place_spans(tokens, text, taken)
    taken |= {s.first for s in places}
    return spans + people + places + acronym_spans(tokens, taken)

