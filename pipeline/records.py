"""The plain records the stages pass to each other.

Every offset is a Python ``str`` offset (start inclusive, end exclusive). Stages work on the
normalised text (``Document.text``); the same offsets index the article as given, because
normalisation keeps a character map and ``Document.to_source`` translates back when the
tables are built.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

TEXT = "text"
TITLE = "title"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it arrives. Only ``text`` is required."""

    id: str
    text: str
    title: str = ""
    published: datetime | None = None
    source: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    field: str = TEXT


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    field: str = TEXT


@dataclass(frozen=True, slots=True)
class Analysis:
    """A noun or name split into stem and inflection (see ``pipeline.morphology``)."""

    surface: str
    stem: str
    case: str = "nom"  # nom, gen, dat, acc, loc, abl, ins
    possessive: str = ""  # "", "1sg", "2sg", "3", "1pl", "2pl"
    plural: bool = False
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC
    canonical: str
    field: str = TEXT
    sentence_id: int = -1
    case: str = "nom"
    entity_id: str = ""
    method: str = ""  # model, gazetteer, rule


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # ISO 8601 at the text's precision; "" when unresolvable
    precision: str  # day, month, year, quarter, half, ""
    value_end: str = ""
    relative: bool = False
    field: str = TEXT
    sentence_id: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    trigger: str
    start: int  # the trigger's offsets
    end: int
    date: str = ""
    date_source: str = ""  # text, context, published, ""
    participants: tuple[str, ...] = ()
    source: str = ""  # the dyad of event data sets (PLOVER, ICEWS): who acts, canonical name
    target: str = ""  # and towards whom; "" where the text does not say
    location: str = ""
    modality: str = "asserted"  # asserted, planned, negated
    sentence_id: int = -1
    sentence: str = ""
    confidence: float = 0.0
    plover: str = ""
    event_id: str = ""
    field: str = TEXT


@dataclass(frozen=True, slots=True)
class Document:
    """An article on its way through the stages; each stage fills its own fields."""

    article: Article
    text: str = ""  # normalised text
    title: str = ""  # normalised title
    text_map: tuple[int, ...] = ()  # normalised offset -> source offset (len(text) + 1 entries; empty: the same)
    title_map: tuple[int, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    analyses: tuple[Analysis | None, ...] = ()  # one per token; None for words that are not name-like
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def published(self) -> datetime | None:
        return self.article.published

    def field_text(self, name: str) -> str:
        return self.title if name == TITLE else self.text

    def to_source(self, name: str, start: int, end: int) -> tuple[int, int]:
        """Translate normalised offsets in field ``name`` to offsets in the article as given."""
        offsets = self.title_map if name == TITLE else self.text_map
        if not offsets:
            return start, end
        return offsets[start], offsets[end]


class SentenceFinder:
    """The sentence holding an offset, by binary search: a long article has thousands of sentences and
    as many mentions, so a scan per mention would grow with the square of its length."""

    def __init__(self, sentences: tuple[Sentence, ...]):
        self._by_field: dict[str, list[Sentence]] = {}
        for sentence in sentences:
            self._by_field.setdefault(sentence.field, []).append(sentence)
        for found in self._by_field.values():
            found.sort(key=lambda s: s.start)
        self._starts = {name: [s.start for s in found] for name, found in self._by_field.items()}

    def at(self, offset: int, name: str = TEXT) -> Sentence | None:
        found = self._by_field.get(name, [])
        index = bisect_right(self._starts.get(name, []), offset) - 1
        if index >= 0 and found[index].start <= offset < found[index].end:
            return found[index]
        return None

    def id_at(self, offset: int, name: str = TEXT) -> int:
        sentence = self.at(offset, name)
        return sentence.id if sentence else -1


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline returns for one article: the records, with source offsets."""

    article: Article
    status: str = "ok"  # ok, failed
    error: str = ""
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
