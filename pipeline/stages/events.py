"""Stage 6: events: who did what with whom, when and where.

Triggers (``pipeline.lang.events_az``) are found in each sentence; the case of each entity in the
sentence gives its role (nominative or genitive = agent, dative = recipient or destination,
comitative = partner, locative = place); the date comes from the sentence, else from the
happening it refers back to, else from the publication date for news of the day. Mentions of
the same happening in one article become one row.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..lang import events_az as data
from ..lang.entities_az import MEDIA
from ..records import TEXT, DateMention, Document, Entity, Event, Sentence
from ..stage import register
from ..text import az_lower
from .morphology import candidates, case_of

_TRIGGER = re.compile(
    "|".join(f"(?P<t{i}>(?<!\\w)(?:{pattern}))(?!\\w)" for i, (_type, pattern) in enumerate(data.TRIGGERS))
)
_TYPES = [event_type for event_type, _ in data.TRIGGERS]
_STARTS = re.compile("(?<!\\w)(?:" + "|".join(data.TRIGGER_STARTS) + ")")
_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 2, "year": 3, "": 4}


def find_triggers(sentence_lower: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every trigger in a lower-cased sentence, left to right, not overlapping.
    The full patterns are tried only where a trigger word begins: one alternation of forty patterns
    tried at every character is the slowest thing the pipeline would do."""
    found: list[tuple[str, int, int]] = []
    position = 0
    for start in _STARTS.finditer(sentence_lower):
        if start.start() < position:
            continue
        match = _TRIGGER.match(sentence_lower, start.start())
        if match:
            found.append((_TYPES[int(match.lastgroup[1:])], match.start(), match.end()))
            position = match.end()
    return found


def _fold_adjacent(triggers: list[tuple[str, int, int]], lower: str) -> list[tuple[str, int, int]]:
    """One phrase, one trigger: ``dövlət səfərinə gedəcək`` (two VISIT patterns side by side), and
    ``təyin edilməsi razılaşdırılıb`` (a verbal noun and the agreement verb that reports it: an APPOINT,
    not an AGREE of its own)."""
    folded: list[tuple[str, int, int]] = []
    for event_type, start, end in triggers:
        if folded and start - folded[-1][2] <= 2:
            previous_type, previous_start, previous_end = folded[-1]
            agreed = event_type == "AGREE" and lower[start:].startswith(data.AGREED_BY) and lower[
                previous_start:previous_end].endswith(("ması", "məsi"))
            if agreed or event_type == previous_type:
                folded[-1] = (previous_type, previous_start, end)
                continue
        folded.append((event_type, start, end))
    return folded


def modality(trigger: str, after: str) -> str:
    words = trigger.split()
    if any(mark in word for word in words for mark in data.NEGATION_MARKS):
        return "negated"
    if any(mark in word for word in words for mark in data.FUTURE_MARKS):
        return "planned"
    if any(word in trigger or after.lstrip().startswith(word) for word in data.PLANNED_WORDS):
        return "planned"
    return "asserted"


def is_background(trigger: str) -> bool:
    """A participle or verbal noun (``imzalanmış``, ``səfəri``): it names a happening without reporting it."""
    return az_lower(trigger).split()[-1].endswith(data.BACKGROUND_ENDINGS)


@dataclass(frozen=True, slots=True)
class _Context:
    """A trigger in its sentence, for the checks: the lower-cased sentence, the trigger's place in it,
    and the sentence's entities and dates."""

    lower: str
    start: int
    end: int
    offset: int  # the sentence's start in the field
    entities: list[Entity]
    dates: list[DateMention]

    @property
    def before(self) -> str:
        return self.lower[max(0, self.start - 40) : self.start]

    @property
    def word_before(self) -> str:
        words = self.before.split()
        return words[-1] if words else ""


def _not_invited_to(c: _Context) -> bool:
    return data.INVITED_TO not in c.lower[c.start : c.start + 40]


def _destination_before(c: _Context) -> bool:
    place_near = any(e.label == "LOC" and c.offset + c.start - 40 <= e.start < c.offset + c.start for e in c.entities)
    return case_of(c.word_before) == "dat" and place_near


def _not_an_act_of_office(c: _Context) -> bool:
    # The document stands before the verb (``sərəncam imzalayıb``) or after a participle (``imzaladığı Fərman``).
    around = c.before + " " + c.lower[c.end : c.end + 25]
    return not any(noun in around for noun in data.NOT_SIGNED)


def _person_or_post(c: _Context) -> bool:
    return any(e.label == "PER" for e in c.entities) or any(word in c.lower for word in data.APPOINTMENT_WORDS)


def _partner_before(c: _Context) -> bool:
    if c.lower[c.start : c.end] != "görüşü":
        return True  # a longer trigger (``görüşü planlaşdırılır``) reports the meeting itself
    return c.word_before == data.PARTNER_WORD or case_of(c.word_before) == "ins"


def _person_received(c: _Context) -> bool:
    stems = {az_lower(a.stem) for a in candidates(c.word_before)} | {c.word_before}
    return not stems & set(data.NOT_RECEIVED)


def _since_date(c: _Context) -> bool:
    return any(d.text.endswith(data.SINCE_ENDINGS) for d in c.dates)


def _thing_established(c: _Context) -> bool:
    return any(thing in c.before for thing in data.ESTABLISHED_THINGS)


def _something_to_attend(c: _Context) -> bool:
    return any(noun in c.lower[: c.start] for noun in data.PARTICIPATION_OBJECTS)


_CHECKS = {
    "not_invited_to": _not_invited_to, "destination_before": _destination_before,
    "not_an_act_of_office": _not_an_act_of_office, "person_or_post": _person_or_post,
    "partner_before": _partner_before, "person_received": _person_received, "since_date": _since_date,
    "thing_established": _thing_established, "something_to_attend": _something_to_attend,
}


def _accepted(event_type: str, context: _Context) -> bool:
    """Every check of ``TRIGGER_CHECKS`` that fits the trigger must pass: they tell a trigger word from
    the same word in another sense."""
    trigger = context.lower[context.start :]
    return all(_CHECKS[check](context) for kind, begins, check in data.TRIGGER_CHECKS
               if kind == event_type and trigger.startswith(begins))


def roles(entities: list[Entity], event_type: str) -> tuple[tuple[str, ...], str]:
    """Participants (agent first) and location from the entities of one sentence, by case."""
    location = ""
    agents, others = [], []
    for entity in entities:
        if entity.canonical in MEDIA:
            continue
        if entity.case == "loc" and entity.label == "LOC":
            location = location or entity.canonical
            continue
        if event_type == "VISIT" and entity.case == "dat" and entity.label == "LOC":
            location = entity.canonical
        role = agents if entity.case in ("nom", "gen") and entity.label in ("PER", "ORG") else others
        role.append(entity.canonical)
    if not agents:
        agents, others = others[:1], others[1:]
    participants = tuple(dict.fromkeys(agents + others))
    return participants[:6], location


def _clause_entities(entities: list[Entity], trigger_start: int, trigger: str) -> list[Entity]:
    """Azerbaijani puts the verb last: the parties of an event stand before its trigger, and entities after
    it belong to the next clause. A participle is the exception (``səfərdə olan X``): the noun it describes
    follows it. So does a trigger with nothing before it."""
    if trigger.split()[-1].endswith(data.PARTICIPLE_ENDINGS):
        return entities
    before = [e for e in entities if e.start < trigger_start]
    return before or entities


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


def _named_agent(entities: list[Entity], trigger_start: int) -> bool:
    """A person or organisation in the nominative or genitive before the trigger: a named subject."""
    return any(e.label in ("PER", "ORG") and e.case in ("nom", "gen") and e.start < trigger_start for e in entities)


def main_countries(doc: Document) -> tuple[str, ...]:
    """The two places an article names most: what ``iki ölkə`` (the two countries) stands for."""
    counts = Counter(e.canonical for e in doc.entities if e.label == "LOC" and e.case != "loc")
    return tuple(name for name, _ in counts.most_common(2))


def _refers_back(sentence: Sentence) -> bool:
    return az_lower(sentence.text).startswith(data.CONTEXT_OPENERS)


def _continues(sentence: Sentence) -> bool:
    return _refers_back(sentence) or az_lower(sentence.text).startswith(data.SEQUENCE_OPENERS)


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
    if context_date and (_continues(sentence) or mood == "planned"):
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
    for event_type, start, end in _fold_adjacent(find_triggers(lower), lower):
        if not _accepted(event_type, _Context(lower, start, end, sentence.start, entities, dates)):
            continue
        offset = sentence.start + start
        trigger = lower[start:end]
        mood = modality(trigger, lower[end:])
        background = is_background(trigger)
        participants, location = roles(_clause_entities(entities, offset, trigger), event_type)
        if any(p in lower for p in data.BOTH_COUNTRIES):
            participants = tuple(dict.fromkeys((*participants, *article.countries)))
        elif last_agent and event_type in _PERSONAL and not _named_agent(entities, offset):
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


def _share_a_party(a: Event, b: Event) -> bool:
    """A participant in common; a name inside a longer one counts (``Kəngərli Rayon İcra Hakimiyyəti``
    in ``Naxçıvan Muxtar Respublikası Kəngərli Rayon İcra Hakimiyyəti``)."""
    return any(x == y or f" {x}" in f" {y}" or f" {y}" in f" {x}" for x in a.participants for y in b.participants)


def same_happening(a: Event, b: Event, b_refers_back: bool) -> bool:
    """Whether ``b``, reported later in the article, is ``a`` again: same type and a shared party, and
    ``b`` either names it in passing (``səfəri``), refers back (``Səfər zamanı``), or gives the same date.
    A mention naming no party at all, close after one that does (or before), adds nothing of its own:
    the article's lead and its detail (``… müavin təyin edib. Sərəncama görə, X … təyin olunub.``)."""
    if a.type != b.type:
        return False
    nearby = b.sentence_id - a.sentence_id <= _NEARBY
    if not a.participants or not b.participants:
        return nearby and a.modality == b.modality and (a.date_source != "text" or b.date_source != "text")
    if not _share_a_party(a, b):
        return False
    if b_refers_back or is_background(b.trigger) or is_background(a.trigger):
        if a.date and b.date:
            return a.date == b.date
        return nearby  # an undated mention names only a recent happening
    if a.type == "APPOINT" and nearby and a.date_source != "text":
        return True  # one act of appointment, announced and then detailed
    return a.modality == b.modality and a.date_source == b.date_source == "text" and a.date == b.date


_NEARBY = 3  # sentences
_SOURCE_RANK = {"text": 0, "context": 1, "published": 2, "": 3}  # a merged event keeps its best-founded date


def merge_mentions(events: list[Event], doc: Document) -> list[Event]:
    kept: list[Event] = []
    # ``same_happening`` holds only for an event of the same type that is nearby or has the same date, so
    # only those are asked (kept in sentence order; by type and date): asking every event kept so far
    # would grow with the square of the article's length.
    by_date: dict[tuple[str, str], list[int]] = {}
    sentences = {s.id: s for s in doc.sentences}
    for event in events:
        refers_back = _refers_back(sentences[event.sentence_id])
        nearby = []
        for index in range(len(kept) - 1, -1, -1):
            if event.sentence_id - kept[index].sentence_id > _NEARBY:
                break
            nearby.append(index)
        same_date = by_date.get((event.type, event.date), []) if event.date else []
        asked = sorted({*nearby, *same_date})
        index = next((i for i in asked if same_happening(kept[i], event, refers_back)), None)
        if index is None:
            kept.append(event)
            if event.date:
                by_date.setdefault((event.type, event.date), []).append(len(kept) - 1)
            continue
        earlier = kept[index]
        dated = min((earlier, event), key=lambda e: _SOURCE_RANK[e.date_source])
        merged = replace(
            earlier,
            participants=tuple(dict.fromkeys(earlier.participants + event.participants))[:6],
            date=dated.date,
            date_source=dated.date_source,
            location=earlier.location or event.location,
            confidence=max(earlier.confidence, event.confidence),
        )
        kept[index] = merged
        if merged.date != earlier.date:  # the merged event is now found under its new date
            if earlier.date:
                by_date[(earlier.type, earlier.date)].remove(index)
            if merged.date:
                by_date.setdefault((merged.type, merged.date), []).append(index)
                by_date[(merged.type, merged.date)].sort()
    return kept


def _last_date(dates: list[DateMention]) -> str:
    """The last resolved day or month a sentence names: what a later ``Səfər zamanı`` refers to."""
    values = [d.value for d in dates if d.value and d.precision in ("day", "month")
              and not az_lower(d.text).startswith(data.NOT_CONTEXT_DATES)]
    return values[-1] if values else ""


def _joins_meeting(sentence: Sentence, found: list[Event]) -> bool:
    """``Qəbulda … da iştirak edib``: taking part in a meeting already reported is part of it."""
    return az_lower(sentence.text).startswith(data.MEETING_REFERENCES) and any(e.type == "MEET" for e in found)


def _add_to_last_meeting(found: list[Event], participants: tuple[str, ...]) -> list[Event]:
    index = max(i for i, e in enumerate(found) if e.type == "MEET")
    meeting = found[index]
    merged = replace(meeting, participants=tuple(dict.fromkeys(meeting.participants + participants))[:6])
    return found[:index] + [merged] + found[index + 1 :]


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
            joined = bool(events) and events[0].type == "PARTICIPATE" and _joins_meeting(sentence, found)
            if joined:
                found = _add_to_last_meeting(found, events[0].participants)
                events = events[1:]
            found += events
            context_date = _last_date(article.dates.get(sentence.id, [])) or context_date
            # the last named party so far: among this sentence's events, unless a meeting earlier gained one
            recent = found if joined else events
            last_agent = next((e.participants[0] for e in reversed(recent) if e.participants), last_agent)
        events = merge_mentions(found, doc)
        return replace(doc, events=tuple(replace(e, event_id=event_id(doc.article.id, e)) for e in events))

    return events_stage
