"""Stage 6: events: who did what with whom, when and where.

Triggers (``event_triggers``, over the data of ``pipeline.lang.events_az``) are found in each sentence;
the case of each entity gives its role (``event_roles``); the date comes from the sentence, else from the
happening it refers back to, else from the publication date for news of the day; a clause that names no
actor takes the story's (``event_story``); mentions of the same happening in one article become one row
(``event_merge``).
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, replace

from ..lang import event_modality_az as mood_words
from ..lang import event_roles_az as role_words
from ..lang import events_az as data
from ..records import TEXT, DateMention, Document, Entity, Event, Sentence
from ..stage import register
from ..text import az_lower
from .event.event_merge import (
    NEARBY,
    add_predecessors,
    add_to_last_meeting,
    continues,
    joins_meeting,
    merge_mentions,
    refers_back,
)
from .event.event_modality import in_the_present, is_background, modality, still_going
from .event.event_roles import Clause, Roles, clause_entities, held_by, main_countries, roles, subject_of
from .event.event_scope import (
    after_a_finished_clause,
    an_occasion,
    past_the_trigger_before,
    the_first_time,
    told_before,
)
from .event.event_story import (
    Story,
    at_a_gathering,
    by_the_leader,
    founded_before_its_work,
    held_by_the_host,
    leaders_named,
    named_next,
    signer,
    with_story_actor,
)
from .event.event_triggers import find_triggers, triggers_in

__all__ = ["find_triggers", "modality", "is_background", "sentence_events", "event_id"]

_PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 2, "year": 3, "": 4}


def _quoted_apart(lower: str, position: int, trigger_start: int) -> bool:
    """Whether ``position`` lies inside typographic quotes that close before the trigger: a quoted title,
    not quoted speech that reports the event itself."""
    before = lower[:position]
    if before.count("“") <= before.count("”"):
        return False
    depth = 1  # quotes nest (``“… “a” bəndinə … xitam verilib”``): the date's own quote must close
    for char in lower[position:trigger_start]:
        depth += (char == "“") - (char == "”")
        if depth == 0:
            return True
    return False


def _dates_another_participle(mention: DateMention, lower: str, base: int, trigger: tuple[int, int]) -> bool:
    """``Prezidentin iyulun 16-da imzaladığı Qanun … brifinqdə``: a date right before a participle (within two
    words) dates what the participle names, not an event reported elsewhere in the sentence."""
    position = mention.end - base
    for word in lower[position:].split()[:2]:
        word = word.strip(",.“”\"")
        if word in data.HELD_BEFORE:  # the day a gathering was held is the day of what happened at it
            return False
        if word.endswith(data.DATED_PARTICIPLES):
            at = lower.find(word, position)
            return not trigger[0] <= at < trigger[1]
    return False


def _event_date(dates: list[DateMention], trigger_start: int, floor: int = 0) -> DateMention | None:
    """The sentence's date nearest before the trigger, preferring the trigger's own clause (after the
    trigger before it, ``floor``: ``2018-ci ildə … başlayıb, 2022-ci ildə isə … seçilib``), then finer
    precision."""
    usable = [d for d in dates if d.value]
    if not usable:
        return None
    return min(usable, key=lambda d: (not floor <= d.start < trigger_start, _PRECISION_RANK[d.precision],
                                      d.start > trigger_start, abs(d.start - trigger_start)))


def _plover(event_type: str, trigger: str) -> str:
    if event_type == "APPOINT" and any(word in trigger for word in data.RETREAT_WORDS):
        return "RETREAT"
    return data.PLOVER[event_type]



def _coming(mention: DateMention, published: str) -> str:
    """A plan's day or month written without a year (``aprelin 19-da … keçiriləcək``) is the coming one,
    not the last one before the publication date (the future overrides "nearest before")."""
    value = mention.value
    if not mention.relative or not published or mention.precision not in ("day", "month"):
        return value
    if any(word in az_lower(mention.text) for word in data.PAST_DATE_WORDS):
        return value  # ``ötən ayın 5-də``: the text itself puts it in the past
    if mention.precision == "day" and not any(char.isdigit() for char in mention.text):
        # a weekday (``bazar ertəsi``) comes within the week, not a year on: the next one after publication
        if value >= published[: len(value)]:
            return value
        return (datetime.date.fromisoformat(value) + datetime.timedelta(days=7)).isoformat()
    if value >= published[: len(value)]:
        return value
    return f"{int(value[:4]) + 1}{value[4:]}"


def _published_day(doc: Document) -> str:
    return doc.published.date().isoformat() if doc.published else ""


def _date_and_source(doc: Document, sentence: Sentence, dates: list[DateMention], offset: int, mood: str,
                     background: bool, context_date: str, floor: int = 0) -> tuple[str, str]:
    """Own sentence first (a date it names but cannot resolve leaves the event undated); then the
    happening it refers back to or continues, or for a plan the last date given; then the publication
    date for news of the day; else none."""
    dated = _event_date(dates, offset, floor)
    if dated:
        return _coming(dated, _published_day(doc)) if mood == "planned" else dated.value, "text"
    if dates:
        return "", ""
    earlier = any(mark in az_lower(sentence.text) for mark in data.EARLIER_MARKS)
    follows = continues(sentence) or at_a_gathering(az_lower(sentence.text))  # ``Forumda …``: at the one reported
    # a plan takes the date of the plan before it, not that of the meeting it was announced at: no day before
    # the publication day (``… iclas keçirib. İclasda … yaradılacağı bildirilib.``); a decision taken at the
    # meeting (``… yaradılması qərara alınıb``) was taken the day it was held
    decided = any(word in az_lower(sentence.text) for word in role_words.DECIDED)
    announced_at = mood == "planned" and not decided and not _not_before(context_date, _published_day(doc))
    if context_date and (follows or mood == "planned") and not earlier and not announced_at:
        return context_date, "context"
    # ``ötən həftə``, ``bu yaxınlarda``: a time before the publication day that names no date
    before_today = any(words in az_lower(sentence.text) for words in mood_words.BEFORE_TODAY)
    if mood == "asserted" and not background and not before_today and _published_day(doc):
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


def _own_dates(dates: list[DateMention], lower: str, base: int, start: int, end: int) -> list[DateMention]:
    """The sentence's dates that can date the trigger at ``start:end`` (offsets in ``lower``)."""
    if lower[start:end].endswith(("mək", "maq")):  # ``iştirak etmək üçün … gəlib``: a purpose, not dated here
        return []
    if lower[start:end].endswith(data.DATED_PARTICIPLES):  # ``… yaradılmış KOBİA 2018-ci ildə …``: a date
        dates = [d for d in dates if d.start - base < start]  # after a participle belongs to the clause after
    # a year inside a quoted title (``“Sertifikatlaşdırma 2025: …” mövzusunda``) names, it does not date
    return [d for d in dates if not _dates_another_participle(d, lower, base, (start, end))
            and not _quoted_apart(lower, d.start - base, start) and not the_first_time(d, lower, base, start, end)]


def _date_ending_a_broken_line(doc: Document, sentence: Sentence, article: _Article) -> str:
    """``… 23 iyul 2025-ci il tarixində`` and a line break, then ``X ilə bağlanmış müqavilə … ləğv edilib``: a
    line that breaks off on a date, with no stop, is the start of the sentence after it."""
    index = sentence.id - 1  # sentence ids are their places in ``doc.sentences``
    before = doc.sentences[index] if 0 <= index < len(doc.sentences) else None
    if before is None or before.id != index or before.field != sentence.field:
        return ""
    if before.text.rstrip().endswith((".", "!", "?", ":", ";", "”", "\"")):
        return ""
    dates = article.dates.get(before.id, [])
    last = dates[-1] if dates else None
    ends_on_it = last is not None and not before.text[last.end - before.start :].strip()
    return last.value if ends_on_it else ""


def _an_activity_helped(lower: str, start: int) -> bool:
    """``təşəbbüsləri dəstəkləyir``, ``idarə edilməsinə dəstək verəcək``: with no party supported, help given to
    an activity or a process is no declared support for a party or a position (corpus guide 17)."""
    words = [w.strip(",.“”\"()") for w in lower[:start].split()[-5:]]
    return any(w.startswith(data.ACTIVITY_NOUNS) or w.endswith(data.ACTIVITY_ENDINGS) for w in words)


def _in_background(event_type: str, trigger: str, after: str) -> bool:
    """A happening the sentence names without reporting it as news of the day: a participle or verbal noun
    (unless a decree signed today does it: ``X-in təyin edilməsi haqqında sərəncam imzalayıb``), a standing
    support or ongoing talks (``dəstəkləyir``), what came before or after a meeting (``görüşdən sonra``), or a
    speaker's own past in the first person or a narrated past (``… ev sahibliyi etdi``: the definite past
    tells a story, where news of the day is in the ``-ıb`` perfect)."""
    decreed = "imzala" in after and any(act in after for act in data.ACTS_OF_OFFICE)
    # a support or talks in the present stand or go on (``danışıqlar aparılır``); a visit in the present
    # (``səfərə gedir``) is under way today
    standing = event_type in data.STANDING_TYPES and (trigger.endswith(data.STANDING_ENDINGS)
                                                      or in_the_present(trigger))
    past = trigger.endswith(("dən", "dan")) and after.lstrip().startswith(("sonra", "əvvəl"))
    own_account = az_lower(trigger).endswith(data.FIRST_PERSON_PAST)  # ``… ilə müzakirə etdik``: no day's news
    # a converb (``… razılaşaraq, … yayına bilmişdi``) has the tense of the verb that ends its sentence: in the
    # pluperfect, a time before the news
    main_verb = az_lower(after).split(".")[0].split()[-1:] if trigger.endswith(mood_words.CONVERBS) else []
    narrated = az_lower(trigger).endswith(mood_words.NARRATED_PAST) or any(
        verb.strip(",“”\"").endswith(mood_words.PLUPERFECT) for verb in main_verb)
    # ``əldə edilmiş razılaşmaya əsaslanır``: a noun described by a past participle names what was done before
    described = any(w.endswith(mood_words.PAST_PARTICIPLES) for w in az_lower(trigger).split()[:-1])
    return (is_background(trigger) and not decreed) or standing or past or own_account or narrated or described


def sentence_events(doc: Document, sentence: Sentence, story: Story, article: _Article | None = None) -> list[Event]:
    article = article or _Article.of(doc)
    lower = az_lower(sentence.text)
    entities = article.entities.get(sentence.id, [])
    dates = article.dates.get(sentence.id, [])
    # a date followed by ``üçün`` (for), ``tədris ili`` (a school year) is the topic, not the time
    when = [d for d in dates if not lower[d.end - sentence.start :].lstrip(" -").startswith(data.NOT_WHEN_AFTER)
            and not an_occasion(lower, d.end - sentence.start)]
    events = []
    carried_over = _date_ending_a_broken_line(doc, sentence, article)
    floor = sentence.start  # the end of the trigger before: a date after it belongs to the next clause
    for kind, start, end in triggers_in(lower, sentence.start, entities, dates):
        event_type, _, flavour = kind.partition(":")
        offset, trigger = sentence.start + start, lower[start:end]
        clause = Clause(lower, sentence.start, offset, sentence.start + end)
        if flavour == "held":  # a gathering held: its owner or organiser only, or no one (corpus guide 37)
            found = held_by_the_host(held_by(entities, clause), story)
        else:  # the speaker at a gathering may be named after it (``keçirilən tədbirdə X deyib``)
            # a participle describes the noun after it (``təsis edilmiş “X” MMC``, ``X-in dəstəklədiyi iddia``)
            scope = clause if event_type in ("ESTABLISH", "SUPPORT") else None
            near = entities if flavour == "spoke" else clause_entities(entities, offset, trigger, scope)
            near = past_the_trigger_before(near, clause, floor)
            found = roles(near, event_type, clause)
            if event_type == "SUPPORT" and not found.target and _an_activity_helped(lower, start):
                continue
            found = _with_context(event_type, trigger, offset, sentence, story, article, found)
            found = by_the_leader(found, sentence, entities, story)
        before = " ".join(lower[:start].split()[-7:])
        mood = modality(trigger, lower[end:], before)
        own = _own_dates(when, lower, sentence.start, start, end)
        if mood == "planned":  # ``Nazir mayın 5-də bildirib ki, … imzalanacaq``: that date is the telling's
            own = [d for d in own if d.start - sentence.start >= told_before(lower, start)]
        # ``danışıqlar aparılır``: a process going on is no happening of the publication day either
        background = _in_background(event_type, trigger, lower[end:]) or still_going(lower[end:], before)
        # ``Müşavirə zamanı …``: what happened at a happening just reported took place when it did
        context = story.date or (story.happened if refers_back(sentence) or at_a_gathering(lower) else "")
        # ``… 2019-cu ildən işləyir, 2023-cü ildə yenidən seçilib``: a clause closed by its own verb keeps its date
        opened = max(floor, sentence.start + after_a_finished_clause(lower, start))
        date, date_source = _date_and_source(doc, sentence, own, offset, mood, background, context, opened)
        if date_source != "text" and not own and carried_over:
            date, date_source = carried_over, "text"
        floor = sentence.start + end
        participants = found.participants
        if event_type == "PARTICIPATE" and not participants:
            continue  # ``… sessiyasında bildirilib``: an attendance of no one named reports no one's part
        confidence = 0.4 + 0.2 * (date_source == "text") + 0.2 * bool(participants) + 0.2 * (" " in trigger)
        events.append(Event(
            type=event_type, trigger=doc.field_text(sentence.field)[offset : sentence.start + end], start=offset,
            end=sentence.start + end, date=date, date_source=date_source, participants=participants[:6],
            source=found.source, target=found.target, location=found.location, modality=mood,
            sentence_id=sentence.id, sentence=sentence.text, confidence=round(min(confidence, 1.0), 2),
            plover=_plover(event_type, trigger), field=sentence.field,
        ))
    return events


def _with_context(event_type: str, trigger: str, offset: int, sentence: Sentence, story: Story, article: _Article,
                  found: Roles) -> Roles:
    """Parties the clause does not name: ``iki ölkə`` stands for the article's two countries; a clause with
    no named agent takes the story's actor."""
    lower = az_lower(sentence.text)
    if any(p in lower for p in data.BOTH_COUNTRIES):
        participants = tuple(dict.fromkeys((*found.participants, *article.countries)))
        source, target = found.source, found.target
        if not source and len(article.countries) == 2 and event_type in data.BETWEEN_TYPES:
            source, target = article.countries
        return replace(found, participants=participants, source=source, target=target)
    between = found.source and found.target and event_type in data.BETWEEN_TYPES
    if found.named or between:
        return found
    source, target, participants = with_story_actor(event_type, trigger, sentence, story, found)
    return replace(found, participants=participants, source=source, target=target)


def _host(events: list[Event]) -> str:
    """The body that holds the gathering a sentence reports attended (the target of an attendance)."""
    return next((e.target for e in reversed(events) if e.type == "PARTICIPATE" and e.target), "")


def _last_date(dates: list[DateMention]) -> str:
    """The last resolved day or month a sentence names: what a later ``Səfər zamanı`` refers to."""
    values = [d.value for d in dates if d.value and d.precision in ("day", "month")
              and not az_lower(d.text).startswith(data.NOT_CONTEXT_DATES)]
    return values[-1] if values else ""


def _appointed_by_the_decree(found: list[Event], sentence: Sentence, signer: str) -> list[Event]:
    """An appointment reported with no appointer, then a decree or order about it (``X bununla bağlı müvafiq
    sərəncam imzalayıb``): its signer made the appointment."""
    about_it = any(word in az_lower(sentence.text) for word in data.ABOUT_THE_LAST)
    last = len(found) - 1
    if not signer or not about_it or last < 0 or found[last].type != "APPOINT" or found[last].source:
        return found
    if sentence.id - found[last].sentence_id > NEARBY:
        return found
    appointed = found[last]
    participants = tuple(dict.fromkeys((signer, *appointed.participants)))[:6]
    return [*found[:last], replace(appointed, source=signer, participants=participants)]


def _not_before(value: str, published: str) -> bool:
    return bool(value) and value >= published[: len(value)]


def _dated_by_a_later_mention(event: Event, doc: Document, article: _Article) -> Event:
    """A plan announced without a date (``X Pakistana səfərə gedəcək.``) takes the date a later sentence
    nearby gives the same happening (``… 5–6 may tarixlərində baş tutacaq səfər zamanı …``): a sentence
    that names a happening of its type and a date not before the publication day."""
    words = data.HAPPENING_WORDS.get(event.type, ())
    published = _published_day(doc)
    if event.modality != "planned" or event.date or not words or not published:
        return event
    for sentence in (s for s in doc.sentences if event.sentence_id < s.id <= event.sentence_id + NEARBY):
        lower = az_lower(sentence.text)
        if sentence.field != TEXT or not any(word in lower for word in words):
            continue
        dated = [d for d in article.dates.get(sentence.id, []) if _not_before(d.value, published)
                 and not az_lower(d.text).startswith(data.NOT_CONTEXT_DATES)]
        if dated:
            return replace(event, date=dated[0].value, date_source="context")
    return event


def event_id(article_id: str, event: Event) -> str:
    """Stable across re-runs of the same text: a hash of where and what the trigger is."""
    key = f"{article_id}|{event.field}|{event.start}|{event.type}|{event.trigger}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@register("events", requires=("sentences", "entities", "dates"), assigns=("events",))
def make_events_stage():
    def events_stage(doc: Document) -> Document:
        found: list[Event] = []
        story = Story()
        article = _Article.of(doc)
        for sentence in doc.sentences:
            if sentence.field != TEXT:
                continue
            events = sentence_events(doc, sentence, story, article)
            joined = bool(events) and events[0].type == "PARTICIPATE" and joins_meeting(sentence, found)
            if joined:
                found = add_to_last_meeting(found, events[0].participants)
                events = events[1:]
            found += events
            entities = article.entities.get(sentence.id, [])
            if not events:  # ``X bununla bağlı sərəncam imzalayıb``: who made the appointment just reported
                found = _appointed_by_the_decree(found, sentence, signer(sentence, entities))
                found = add_predecessors(found, sentence, entities)
            # the last party that acted: among this sentence's events, unless a meeting earlier gained one
            recent = found if joined else events
            acted = next((e.source or e.participants[0] for e in reversed(recent) if e.participants), "")
            subject = acted or subject_of(entities, Clause(az_lower(sentence.text), sentence.start, 0, 0))
            person = any(e.canonical == subject and e.label == "PER" for e in entities)
            pair = next(((e.source, e.target) for e in reversed(recent)
                         if e.type in ("MEET", "CALL", "VISIT") and e.source and e.target), story.pair)
            story = Story(_last_date(article.dates.get(sentence.id, [])) or story.date,
                          subject or story.subject, acted or story.last_source,
                          person if subject else story.subject_is_person,
                          signer(sentence, entities) or story.signer, pair,
                          next((e.date for e in reversed(events) if e.date), story.happened),
                          story.leaders + leaders_named(sentence, entities), _host(events) or story.host)
        found = [named_next(founded_before_its_work(_dated_by_a_later_mention(e, doc, article), doc), doc,
                            article.entities) for e in found]
        events = merge_mentions(found, doc)
        return replace(doc, events=tuple(replace(e, event_id=event_id(doc.article.id, e)) for e in events))

    return events_stage
