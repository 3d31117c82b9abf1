"""Gazetteer and rule spans over tokens: the knowledge-driven half of entity recognition.

Each finder returns ``Span``s (token index ranges with a label and canonical name); the entity
stage merges them with the model's. The word lists live in ``pipeline.lang.entities_az``.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import gazetteer
from .lang import entities_az as data
from .morphology import case_of, nominative
from .records import Token
from .text import az_lower


@dataclass(frozen=True, slots=True)
class Span:
    first: int  # token indices, inclusive
    last: int
    label: str
    canonical: str
    method: str


def _is_name_word(token: Token) -> bool:
    word = token.text
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _nominatives(word: str) -> list[str]:
    """The word as written, then its nominative readings (case suffix removed)."""
    forms = [word, nominative(word, gazetteer.load().knows_word), nominative(word)]
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
    for length in range(min(gaz.longest, len(tokens) - i), 0, -1):
        last = i + length - 1
        if any(tokens[k].end != tokens[k + 1].start and tokens[k + 1].text == "-" for k in range(i, last)):
            continue
        words = tuple(t.text for t in tokens[i:last])
        for form in _nominatives(tokens[last].text):
            entry = gaz.get((*words, form))
            if entry:
                label = entry.label
                return _extend_state(tokens, text, Span(i, last, label, _canonical(tokens, text, i, last, form),
                                                        "gazetteer"))
    return None


def _extend_state(tokens: list[Token], text: str, span: Span) -> Span:
    """``Qazaxıstan`` + ``Respublikasının`` is one place: ``Qazaxıstan Respublikası``."""
    if span.label != "LOC" or case_of(tokens[span.last].text) != "nom":
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
        if az_lower(nominative(last_word)) == az_lower(words[-1]) or last_word == words[-1]:
            canonical = _canonical(tokens, text, span.first, end, words[-1])
            return Span(span.first, end, "LOC", canonical, span.method)
    return span


def org_spans(tokens: list[Token], text: str) -> list[Span]:
    """A capitalised name ending in an organisation head noun (``Xarici İşlər Nazirliyinin``)."""
    spans = []
    for i, token in enumerate(tokens):
        if not _is_name_word(token):
            continue
        head = nominative(token.text)
        if az_lower(head) not in data.ORG_HEADS and token.text not in data.LEGAL_FORMS:
            continue
        first = _name_start(tokens, i)
        if first < i or token.text in data.LEGAL_FORMS:
            label = "LOC" if az_lower(head) in data.PLACE_HEADS else "ORG"
            form = token.text if token.text in data.LEGAL_FORMS else head
            spans.append(Span(first, i, label, _canonical(tokens, text, first, i, form), "rule"))
    return spans


def _inside_name(tokens: list[Token], k: int) -> bool:
    """A lower-case joiner between name words, a quote, or a number (``3-cü Şuşa Qlobal Media Forumu``)."""
    word = tokens[k].text
    joiner = word in data.NAME_JOINERS and k > 0 and _is_name_word(tokens[k - 1])
    return joiner or word in "«»\"“”" or word[0].isdigit()


def _name_start(tokens: list[Token], head: int) -> int:
    """Walk left from an organisation head over the words of its name."""
    first = head
    k = head - 1
    while k >= 0:
        token = tokens[k]
        if token.end != tokens[k + 1].start and tokens[k + 1].text == "-":
            break
        if _is_name_word(token) and token.text not in data.NOT_NAMES:
            if case_of(token.text) == "gen" and az_lower(nominative(token.text)) not in data.ORG_HEADS:
                break  # ``Azərbaycan Respublikasının | Xarici İşlər Nazirliyi``: the genitive is outside
            first = k
        elif not _inside_name(tokens, k):
            break
        k -= 1
    while first < head and (tokens[first].text in data.NAME_JOINERS or not _is_name_word(tokens[first])):
        first += 1
    return first


def _is_title(token: Token) -> bool:
    word = az_lower(token.text)
    return word in data.TITLES or az_lower(nominative(token.text)) in data.TITLES


def _looks_like_surname(word: str) -> bool:
    stem = az_lower(nominative(word))
    strong = [e for e in data.SURNAME_ENDINGS if e not in data.WEAK_SURNAME_ENDINGS]
    return len(stem) > 4 and stem.endswith(tuple(strong))


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
        surname = _looks_like_surname(words[-1])
        named = (len(words) >= 2 and (given or surname)) or (len(words) == 1 and surname)
        if (titled and len(words) <= 5) or named:
            form = nominative(words[-1], gaz.knows_word)
            spans.append(Span(first, last, "PER", _canonical(tokens, text, first, last, form), "rule"))
        i = last + 1
    return spans


def _name_run(tokens: list[Token], i: int, taken: set[int]) -> tuple[int, int] | None:
    def name_word(k: int) -> bool:
        t = tokens[k]
        return k not in taken and _is_name_word(t) and t.text not in data.NOT_NAMES and not _is_title(t)

    if not name_word(i):
        return None
    last = i
    k = i + 1
    while k < len(tokens):
        word = tokens[k].text
        if name_word(k) or (word in data.PERSON_JOINERS and k + 1 < len(tokens) and name_word(k + 1)):
            last = k
            k += 1
        else:
            break
    return i, last


def acronym_spans(tokens: list[Token], taken: set[int]) -> list[Span]:
    """Unclaimed words in capitals (``DİM``, ``AMB``): organisations, or places if listed as such."""
    spans = []
    for i, token in enumerate(tokens):
        word = token.text
        letters = [ch for ch in word if ch.isalpha()]
        if i in taken or len(letters) < 2 or len(word) > 8 or not all(ch.isupper() for ch in letters):
            continue
        label = "LOC" if word in data.PLACE_ACRONYMS else "ORG"
        spans.append(Span(i, i, label, word, "rule"))
    return spans


def find_spans(tokens: list[Token], text: str) -> list[Span]:
    """Every gazetteer and rule span of one field; overlaps are settled by the caller."""
    spans = gazetteer_spans(tokens, text) + org_spans(tokens, text)
    taken = {k for s in spans for k in range(s.first, s.last + 1)}
    people = person_spans(tokens, text, taken)
    taken |= {k for s in people for k in range(s.first, s.last + 1)}
    return spans + people + acronym_spans(tokens, taken)
