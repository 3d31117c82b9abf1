"""Events, part 3: one row per happening. A visit reported in three sentences, named in passing
(``səfəri zamanı``) or referred back to (``Görüşdə …``), is one event; so is the lead of a story and its
detail."""

from __future__ import annotations

from dataclasses import replace

from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...records import Document, Entity, Event, Sentence
from ...text import az_lower
from .event_modality import is_background

NEARBY = 3  # sentences
_SOURCE_RANK = {"text": 0, "context": 1, "published": 2, "": 3}  # a merged event keeps its best-founded date


def refers_back(sentence: Sentence) -> bool:
    return az_lower(sentence.text).startswith(data.CONTEXT_OPENERS)


def continues(sentence: Sentence) -> bool:
    return refers_back(sentence) or az_lower(sentence.text).startswith(data.SEQUENCE_OPENERS)


def _another_act(sentence: Sentence) -> bool:
    words = az_lower(sentence.text).split()
    return any(a in data.ANOTHER and b.startswith(data.ACTS_OF_OFFICE) for a, b in zip(words, words[1:], strict=False))


def _share_a_party(a: Event, b: Event) -> bool:
    """A participant in common; a name inside a longer one counts (``Kəngərli Rayon İcra Hakimiyyəti``
    in ``Naxçıvan Muxtar Respublikası Kəngərli Rayon İcra Hakimiyyəti``)."""
    return any(x == y or f" {x}" in f" {y}" or f" {y}" in f" {x}" for x in a.participants for y in b.participants)


def same_happening(a: Event, b: Event, b_refers_back: bool, b_signs_the_last: bool = False) -> bool:
    """Whether ``b``, reported later in the article, is ``a`` again: same type and a shared party, and
    ``b`` either names it in passing (``səfəri``), refers back (``Səfər zamanı``), or gives the same date.
    A mention naming no party at all, close after one that does (or before), adds nothing of its own:
    the article's lead and its detail (``… müavin təyin edib. Sərəncama görə, X … təyin olunub.``)."""
    nearby = b.sentence_id - a.sentence_id <= NEARBY
    if a.type == "CALL" and b.type == "MEET" and nearby and az_lower(b.trigger).startswith(data.DURING_A_CALL):
        return True  # ``Tərəflər … fikir mübadiləsi aparıblar`` after a call: what was said in the call
    if a.type == "MEET" and b.type == "CALL" and nearby and a.participants and set(a.participants) <= set(
            b.participants) and az_lower(a.trigger).startswith(data.TALK_WORDS):
        return True  # ``Putinlə apardığım söhbətdən …`` and then ``Putinlə telefon danışığı``: the call
    if a.type != b.type:
        return False
    if a.type == "SIGN" and nearby and b.sentence_id > a.sentence_id and b_signs_the_last:
        return True  # ``… saziş imzalanıb. Sazişi bankın sədri X imzalayıb.``: who signed the deal just reported
    if a.sentence_id == b.sentence_id and a.source and a.source == b.source and (
            a.target == b.target or not (a.target and b.target)):
        return True  # one sentence naming the happening twice (``Forumunun ilk sessiyasında``)
    if not a.participants or not b.participants:
        return nearby and a.modality == b.modality and (a.date_source != "text" or b.date_source != "text")
    if a.type == "APPOINT" and nearby and a.date_source != "text" and az_lower(b.trigger).endswith(
            data.PARTICIPLE_ENDINGS):
        return True  # ``… üzvlərindən biri vəzifəsindən ayrılıb. … vəzifəsindən ayrılan X-dir``: who it was
    if a.type == "APPOINT" and nearby and not a.target and b.target and a.modality == b.modality and (
            not b.source or b.source == a.source):
        return True  # ``X-ə yeni səfir təyin edib. Bu vəzifəyə Y təyin edilib.``: the lead, then whom it appointed
    if not _share_a_party(a, b):
        return False
    if b_refers_back or is_background(b.trigger) or is_background(a.trigger):
        if a.date and b.date:
            return a.date == b.date
        return nearby  # an undated mention names only a recent happening
    if a.type == "APPOINT" and nearby and a.date_source != "text":
        return True  # one act of appointment, announced and then detailed
    if nearby and a.modality == b.modality == "planned" and not (a.date or b.date):
        return True  # one plan, announced and then detailed, with no date to tell two apart
    return a.modality == b.modality and a.date_source == b.date_source == "text" and a.date == b.date


def _merged(earlier: Event, event: Event) -> Event:
    dated = min((earlier, event), key=lambda e: _SOURCE_RANK[e.date_source])
    if earlier.type == "MEET" and event.type == "CALL":  # a talk named first, then said to be a call
        earlier = replace(event, participants=tuple(dict.fromkeys(event.participants + earlier.participants)))
    return replace(
        earlier,
        participants=tuple(dict.fromkeys(earlier.participants + event.participants))[:6],
        source=earlier.source or event.source,
        target=earlier.target or event.target,
        date=dated.date,
        date_source=dated.date_source,
        location=earlier.location or event.location,
        confidence=max(earlier.confidence, event.confidence),
    )


def merge_mentions(events: list[Event], doc: Document) -> list[Event]:
    """Each event joins the first earlier one that is the same happening, or starts a row of its own.
    ``same_happening`` holds only for an event of the same type that is nearby or has the same date, so
    only those are asked (by type and date): asking every event kept so far would grow with the square
    of the article's length."""
    kept: list[Event] = []
    by_date: dict[tuple[str, str], list[int]] = {}
    sentences = {s.id: s for s in doc.sentences}
    for event in events:
        back = refers_back(sentences[event.sentence_id])
        if _another_act(sentences[event.sentence_id]):  # ``digər əmri ilə``: another order, another act
            kept.append(event)
            if event.date:
                by_date.setdefault((event.type, event.date), []).append(len(kept) - 1)
            continue
        nearby = []
        for index in range(len(kept) - 1, -1, -1):
            if event.sentence_id - kept[index].sentence_id > NEARBY:
                break
            nearby.append(index)
        same_date = by_date.get((event.type, event.date), []) if event.date else []
        signs_it = az_lower(sentences[event.sentence_id].text).startswith(role_words.THE_DOCUMENT)
        index = next((i for i in sorted({*nearby, *same_date}) if same_happening(kept[i], event, back, signs_it)),
                     None)
        if index is None:
            kept.append(event)
            if event.date:
                by_date.setdefault((event.type, event.date), []).append(len(kept) - 1)
            continue
        earlier, merged = kept[index], _merged(kept[index], event)
        kept[index] = merged
        if merged.date != earlier.date:  # the merged event is now found under its new date
            if earlier.date:
                by_date[(earlier.type, earlier.date)].remove(index)
            if merged.date:
                by_date.setdefault((merged.type, merged.date), []).append(index)
                by_date[(merged.type, merged.date)].sort()
    return kept


def joins_meeting(sentence: Sentence, found: list[Event]) -> bool:
    """``Qəbulda … da iştirak edib``: taking part in a meeting already reported is part of it."""
    return az_lower(sentence.text).startswith(data.MEETING_REFERENCES) and any(e.type == "MEET" for e in found)


def add_to_last_meeting(found: list[Event], participants: tuple[str, ...]) -> list[Event]:
    index = max(i for i, e in enumerate(found) if e.type == "MEET")
    meeting = found[index]
    merged = replace(meeting, participants=tuple(dict.fromkeys(meeting.participants + participants))[:6])
    return found[:index] + [merged] + found[index + 1 :]


def add_predecessors(found: list[Event], sentence: Sentence, entities: list[Entity]) -> list[Event]:
    """``X … təyin edilib. X bu vəzifədə Y-ni əvəzləyib.``: the people an appointee replaced are participants of
    the appointment just reported (corpus guide 38), when the sentence reports nothing else."""
    lower = az_lower(sentence.text)
    if not found or found[-1].type != "APPOINT" or not any(word in lower for word in data.REPLACING):
        return found
    people = [e for e in entities if e.label == "PER"]
    objects = {index for index, e in enumerate(people) if e.case == "acc"}
    for index in sorted(objects, reverse=True):  # ``Y və Z-ni``: the case is on the last of a list only
        while index > 0 and lower[people[index - 1].end - sentence.start : people[index].start - sentence.start
                                  ].strip() in (",", "və"):
            index -= 1
            objects.add(index)
    replaced = tuple(people[index].canonical for index in sorted(objects))
    last = found[-1]
    return found[:-1] + [replace(last, participants=tuple(dict.fromkeys(last.participants + replaced)))]
