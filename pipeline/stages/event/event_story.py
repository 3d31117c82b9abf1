"""Events, part 2b: what a clause that names no one takes from the sentences before it (the story).

A passive or a pronoun leaves its actor unnamed (``O, … imzalayıb``, ``Müşavirə zamanı … qərara alınıb``): the
story's subject, the parties of the meeting just reported, or the official who signed the decree in the sentence
before stands in for it. ``Story`` is what each sentence hands on to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...lang import event_modality_az as mood_words
from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...records import TEXT, Document, Entity, Event, Sentence
from ...text import az_lower
from .event_agent import is_passive
from .event_merge import refers_back
from .event_roles import Roles

__all__ = ["Story", "at_a_gathering", "by_the_leader", "founded_before_its_work", "held_by_the_host", "leaders_named",
           "named_next", "signer", "with_story_actor"]


@dataclass(frozen=True, slots=True)
class Story:
    """What a sentence may take from the sentences before it: the date of the happening last reported,
    the story's subject (the last named one), and the party that acted in the last event."""

    date: str = ""
    subject: str = ""
    last_source: str = ""
    subject_is_person: bool = False
    signer: str = ""  # who signed the decree or order last reported (``X sərəncam imzalayıb``)
    pair: tuple[str, str] = ("", "")  # the two parties of the last meeting, call or visit reported
    happened: str = ""  # the date of the last happening reported, whatever gave it (a publication day too)
    leaders: tuple[tuple[str, str], ...] = ()  # (country, person) named together: ``ABŞ Prezidenti X``
    host: str = ""  # the body that holds the gathering last attended (``X Təşkilatının Zirvə görüşündə çıxış``)


def _carried(event_type: str, trigger: str, sentence: Sentence, story: Story) -> str:
    """The actor an event with no named agent takes from the sentences before: the party of the happening
    it refers back to (``Görüşdə …``), else the story's subject (``O, … imzalayıb``). A passive trigger
    (``saziş imzalanıb``, ``görüş keçirilib``) names no actor, and an appointment or a founding is not
    done by whoever the story is about."""
    if event_type in data.NOT_CARRIED or is_passive(trigger):
        return ""
    if refers_back(sentence):
        return story.last_source or story.subject
    return story.subject


def _by_act_of_office(sentence: Sentence) -> bool:
    """``Sərəncama əsasən …``, ``… fərmanı ilə …``: what the sentence reports was done by a decree or order."""
    return any(act in az_lower(sentence.text) for act in data.ACTS_OF_OFFICE)


def signer(sentence: Sentence, entities: list[Entity]) -> str:
    """The official who signed a decree or an order in this sentence (``Prezident X sərəncam imzalayıb``)."""
    lower = az_lower(sentence.text)
    if "imzala" not in lower or not any(act in lower for act in data.ACTS_OF_OFFICE):
        return ""
    return next((e.canonical for e in entities if e.label == "PER" and e.case == "nom"), "")


def _found_start(sentence: Sentence, trigger: str) -> int:
    return max(0, az_lower(sentence.text).find(trigger))


def with_story_actor(event_type: str, trigger: str, sentence: Sentence, story: Story,
                      found: Roles) -> tuple[str, str, tuple[str, ...]]:
    """A clause with no named person or organisation before its trigger (``O, … imzalayıb``, ``Laos
    prezidenti ilə görüş olacaq``, ``onunla bağlanmış müqaviləyə xitam verilib``) takes the story's actor:
    as the source, the place it named becoming the other party; for an appointment, as the appointee."""
    source, target, participants = found.source, found.target, found.participants
    said = az_lower(sentence.text)[: _found_start(sentence, trigger)]
    # ``Tərəflər … razılaşdırıblar``: the parties are the subject, so a place the clause names is what they spoke of
    the_parties = any(word in said.replace(",", " ").split()[:3] for word in data.THE_PARTIES)
    if event_type in data.BETWEEN_TYPES and all(story.pair) and (
            not source and refers_back(sentence) or the_parties):
        # ``Tərəflər … razılaşdırıblar``, ``Görüşdə … saziş imzalanıb``: the parties of the happening before
        spoken_of = source if the_parties else ""  # the place the parties' clause named, a topic
        return story.pair[0], story.pair[1], tuple(dict.fromkeys(
            (*story.pair, *(p for p in participants if p != spoken_of))))
    lower = az_lower(sentence.text)
    if event_type == "ESTABLISH" and not source and story.last_source and (refers_back(sentence) or at_a_gathering(
            lower)) and any(word in lower for word in role_words.DECIDED):
        # ``Müşavirə zamanı … Komissiya yaradılması qərara alınıb``: whoever held the gathering decided to found it
        return story.last_source, target, tuple(dict.fromkeys((story.last_source, *participants)))
    if event_type == "APPOINT" and not source and story.signer and _by_act_of_office(sentence):
        source, participants = story.signer, (story.signer, *participants)  # appointed by the decree reported
    if event_type == "APPOINT":
        before = az_lower(sentence.text)[: _found_start(sentence, trigger)].replace(",", " ").split()
        if not target and story.subject_is_person and (set(before) & set(data.PRONOUNS) or _unnamed_subject(
                trigger, before)):
            return source, story.subject, (*participants, story.subject)
        return source, target, participants
    actor = _carried(event_type, trigger, sentence, story)
    if not actor or actor == source:
        return source, target, participants
    if event_type in data.BETWEEN_TYPES:
        target = target if target and target != actor else (source if source != actor else "")
    return actor, target, tuple(dict.fromkeys((actor, *participants)))


def held_by_the_host(found: Roles, story: Story) -> Roles:
    """``X Təşkilatının Zirvə görüşündə çıxış edib. … sammitin Xankəndidə keçirilməsi …``: a gathering said to
    be held that names no owner is the gathering just attended, held by its host (corpus guide 37)."""
    if found.participants or not story.host:
        return found
    return replace(found, participants=(story.host,), source=story.host)


def named_next(event: Event, doc: Document, entities: dict[int, list[Entity]]) -> Event:
    """``Yeni direktor təyin edilib. X şirkətin yeni direktoru olub.``: an appointment to a post that
    names no one, told in the next sentence by a person's name before that post's noun: that person."""
    if event.type != "APPOINT" or event.participants or event.sentence_id + 1 >= len(doc.sentences):
        return event
    sentence, following = doc.sentences[event.sentence_id], doc.sentences[event.sentence_id + 1]
    post = (az_lower(sentence.text)[: event.start - sentence.start].split() or [""])[-1].strip(",.“”\"")
    if following.field != sentence.field or len(post) < 4 or not post.isalpha():
        return event
    lower = az_lower(following.text)
    found = re.search(rf"(?<!\w){re.escape(post)}\w*", lower)
    people = [e for e in entities.get(following.id, []) if e.label == "PER" and e.case == "nom"
              and found and e.end - following.start <= found.start()]
    if not people:
        return event
    return replace(event, target=people[0].canonical, participants=(people[0].canonical,))


def _head_title_after(entity: Entity, sentence: Sentence) -> bool:
    after = az_lower(sentence.text[entity.end - sentence.start :])
    if after[:1] != " ":  # the case written after a hyphen (``ABŞ-ın prezidenti``): past it
        after = after.partition(" ")[2]
    return after.lstrip().startswith(role_words.HEAD_TITLES)


def leaders_named(sentence: Sentence, entities: list[Entity]) -> tuple[tuple[str, str], ...]:
    """``ABŞ Prezidenti Donald Tramp``: a country, the title of its head, then a person's name (a few words)."""
    pairs = []
    for country, person in zip(entities, entities[1:], strict=False):
        gap = az_lower(sentence.text[country.end - sentence.start : person.start - sentence.start]).strip()
        if country.label == "LOC" and person.label == "PER" and gap.startswith(role_words.HEAD_TITLES) and len(
                gap.split()) <= 3:
            pairs.append((country.canonical, person.canonical))
    return tuple(pairs)


def by_the_leader(found: Roles, sentence: Sentence, entities: list[Entity], story: Story) -> Roles:
    """``Bunu ABŞ lideri … konfransında bildirib``: a country named by its head's title with no name after it
    acts through the person the article named with that country and title before (a head of state, no place)."""
    leaders = dict(story.leaders)
    named = [e for e in entities if e.label == "LOC" and e.canonical in leaders and e.canonical in found.participants
             and _head_title_after(e, sentence)]
    if not named:
        return found
    people = {e.canonical for e in entities if e.label == "PER"}
    swap = {e.canonical: leaders[e.canonical] for e in named if leaders[e.canonical] not in people}
    if not swap:
        return found
    return replace(found, participants=tuple(dict.fromkeys(swap.get(p, p) for p in found.participants)),
                   source=swap.get(found.source, found.source), target=swap.get(found.target, found.target))


def at_a_gathering(lower: str) -> bool:
    """``Müşavirə zamanı …``, ``İclasda …``: a sentence that opens at a gathering speaks of one just reported."""
    words = lower.split()[:2]
    return bool(words) and words[0].startswith(role_words.GATHERINGS) and (
        words[0].endswith(("da", "də")) or len(words) > 1 and words[1].startswith(role_words.DURING))


def _unnamed_subject(trigger: str, before: list[str]) -> bool:
    """``X … işləyib. 2022-ci ildə isə … sədri təyin edilmişdi.``: a passive appointment that names no appointee
    has the story's person as its dropped subject, unless it is someone new (``yeni üzv seçilib``)."""
    return is_passive(trigger) and role_words.SOMEONE_NEW not in before


def _body_founded(event: Event, sentence: Sentence) -> str:
    """The noun for the body a founding names (``komissiya yaradılıb``, ``komissiyalar yaradılıb``), cut to a
    stem that its other forms begin with (``komissiyaların``); empty when there is none."""
    lower = az_lower(sentence.text)
    at = event.start - sentence.start
    words = lower[at : event.end - sentence.start].split()
    noun = words[0] if len(words) > 1 else (lower[:at].split() or [""])[-1]
    noun = noun.strip(",.“”\"()")
    return noun[:7] if len(noun) >= 4 and noun.isalpha() else ""


def founded_before_its_work(event: Event, doc: Document) -> Event:
    """A body founded with no date in the text (``… komissiyalar yaradılıb``) whose work a later sentence
    reports as done (``komissiyalar tərəfindən aparılmış müsahibələr …``) was founded before that work: no
    happening of the publication day, so no publication date."""
    if event.type != "ESTABLISH" or event.date_source != "published" or event.sentence_id >= len(doc.sentences):
        return event
    body = _body_founded(event, doc.sentences[event.sentence_id])
    if not body:
        return event
    by_it = re.compile(rf"\b{re.escape(body)}\w*\s+{role_words.BY}\b")
    for sentence in doc.sentences[event.sentence_id + 1 :]:
        lower = az_lower(sentence.text)
        words = [w.strip(",.“”\"()") for w in lower.split()]
        done = any(w.endswith(mood_words.PAST_ENDINGS + mood_words.PAST_PARTICIPLES) for w in words)
        if sentence.field == TEXT and by_it.search(lower) and done:
            return replace(event, date="", date_source="")
    return event
