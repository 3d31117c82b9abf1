"""Stage 6: events: who did what with whom, when and where.

Triggers (``event_triggers``, over the data of ``pipeline.lang.events_az``) are found in each sentence;
the case of each entity gives its role (``event_roles``); the date comes from the sentence, else from the
happening it refers back to, else from the publication date for news of the day; mentions of the same
happening in one article become one row (``event_merge``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from ..lang import events_az as data
from ..records import TEXT, DateMention, Document, Entity, Event, Sentence
from ..stage import register
from ..text import az_lower
from .event_merge import add_to_last_meeting, continues, joins_meeting, merge_mentions
from .event_roles import clause_entities, main_countries, named_agent, roles
from .event_triggers import find_triggers, is_background, modality, triggers_in

__all__ = ["find_triggers", "modality", "is_background", "sentence_events", "event_id"]

_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 2, "year": 3, "": 4}


def _event_date(dates: list[DateMention], trigger_start: int) -> DateMention | None:
    """The sentence's date nearest before the trigger, preferring finer precision."""
    usable = [d for d in dates if d.value]
    if not usable:
        return None
    return min(
        usable, key=lambda d: (_PRECISION_RANK[d.precision], d.start > trigger_start, abs(d.start - trigger_start))
    )


def _plover(event_type: str, trigger: str) -> str:
    if event_type == "APPOINT" and any(word in trigger for word in data.RETREAT_WORDS):
        return "RETREAT"
    return data.PLOVER[event_type]


_PERSONAL = {"MEET", "VISIT", "CALL", "INVITE", "PARTICIPATE"}


def _published_day(doc: Document) -> str:
    return doc.published.date().isoformat() if doc.published else ""


def _date_and_source(doc: Document, sentence: Sentence, dates: list[DateMention], offset: int, mood: str,
                     background: bool, context_date: str) -> tuple[str, str]:
    """Own sentence first (a date it names but cannot resolve leaves the event undated); then the
    happening it refers back to or continues, or for a plan the last date given; then the publication
    date for news of the day; else none."""
    dated = _event_date(dates, offset)
    if dated:
        return dated.value, "text"
    if dates:
        return "", ""
    if context_date and (continues(sentence) or mood == "planned"):
        return context_date, "context"
    if mood == "asserted" and not background and _published_day(doc):
        return _published_day(doc), "published"
    return "", ""


@dataclass(frozen=True, slots=True)
class _Article:
    """What every sentence's events read from the whole article, gathered once: scanning all its entities
    and dates again for each sentence would grow with the square of the article's length."""

    entities: dict[int, list[Entity]]  # by sentence id
    dates: dict[int, list[DateMention]]
    countries: tuple[str, ...]  # ``main_countries``

    @classmethod
    def of(cls, doc: Document) -> _Article:
        entities: dict[int, list[Entity]] = {}
        dates: dict[int, list[DateMention]] = {}
        for entity in doc.entities:
            entities.setdefault(entity.sentence_id, []).append(entity)
        for mention in doc.dates:
            dates.setdefault(mention.sentence_id, []).append(mention)
        return cls(entities, dates, main_countries(doc))


def sentence_events(doc: Document, sentence: Sentence, context_date: str, last_agent: str,
                    article: _Article | None = None) -> list[Event]:
    article = article or _Article.of(doc)
    text = doc.field_text(sentence.field)
    lower = az_lower(sentence.text)
    entities = article.entities.get(sentence.id, [])
    dates = article.dates.get(sentence.id, [])
    events = []
    for event_type, start, end in triggers_in(lower, sentence.start, entities, dates):
        offset = sentence.start + start
        trigger = lower[start:end]
        mood = modality(trigger, lower[end:])
        background = is_background(trigger)
        participants, location = roles(clause_entities(entities, offset, trigger), event_type)
        if any(p in lower for p in data.BOTH_COUNTRIES):
            participants = tuple(dict.fromkeys((*participants, *article.countries)))
        elif last_agent and event_type in _PERSONAL and not named_agent(entities, offset):
            # ``prezidentimiz … qəbul edəcək``: no named subject, so the agent of the story
            participants = tuple(dict.fromkeys((last_agent, *participants)))
        date, source = _date_and_source(doc, sentence, dates, offset, mood, background, context_date)
        confidence = 0.4 + 0.2 * (source == "text") + 0.2 * bool(participants) + 0.2 * (" " in trigger)
        events.append(Event(
            type=event_type, trigger=text[offset : sentence.start + end], start=offset, end=sentence.start + end,
            date=date, date_source=source, participants=participants, location=location, modality=mood,
            sentence_id=sentence.id, sentence=sentence.text, confidence=round(min(confidence, 1.0), 2),
            plover=_plover(event_type, trigger), field=sentence.field,
        ))
    return events


def _last_date(dates: list[DateMention]) -> str:
    """The last resolved day or month a sentence names: what a later ``Səfər zamanı`` refers to."""
    values = [d.value for d in dates if d.value and d.precision in ("day", "month")
              and not az_lower(d.text).startswith(data.NOT_CONTEXT_DATES)]
    return values[-1] if values else ""


def event_id(article_id: str, event: Event) -> str:
    """Stable across re-runs of the same text: a hash of where and what the trigger is."""
    key = f"{article_id}|{event.field}|{event.start}|{event.type}|{event.trigger}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@register("events", requires=("sentences", "entities", "dates"), assigns=("events",))
def make_events_stage():
    def events_stage(doc: Document) -> Document:
        found: list[Event] = []
        context_date, last_agent = "", ""
        article = _Article.of(doc)
        for sentence in doc.sentences:
            if sentence.field != TEXT:
                continue
            events = sentence_events(doc, sentence, context_date, last_agent, article)
            joined = bool(events) and events[0].type == "PARTICIPATE" and joins_meeting(sentence, found)
            if joined:
                found = add_to_last_meeting(found, events[0].participants)
                events = events[1:]
            found += events
            context_date = _last_date(article.dates.get(sentence.id, [])) or context_date
            # the last named party so far: among this sentence's events, unless a meeting earlier gained one
            recent = found if joined else events
            last_agent = next((e.participants[0] for e in reversed(recent) if e.participants), last_agent)
        events = merge_mentions(found, doc)
        return replace(doc, events=tuple(replace(e, event_id=event_id(doc.article.id, e)) for e in events))

    return events_stage
