"""Events, part 1: the words that report a happening, and the checks that tell them from other senses.

Trigger patterns and the words around them are data (``pipeline.lang.events_az``); this module compiles
them, finds them in a lower-cased sentence, folds the ones that make up one phrase, and asks the checks
(``event_senses``) that a word in another sense (``qanunu qəbul edib``: adopted, not received) must fail.
"""

from __future__ import annotations

import re

from ...lang import events_az as data
from ...records import DateMention, Entity
from ...text import az_lower
from .event_modality import a_routine, whether_or_not
from .event_senses import Context, a_match, accepted, is_partner

_TRIGGER = re.compile(
    "|".join(f"(?P<t{i}>(?<!\\w)(?:{pattern}))(?!\\w)" for i, (_type, pattern) in enumerate(data.TRIGGERS))
)
_TYPES = [event_type for event_type, _ in data.TRIGGERS]
_STARTS = re.compile("(?<!\\w)(?:" + "|".join(data.TRIGGER_STARTS) + ")")
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


def fold_adjacent(triggers: list[tuple[str, int, int]], lower: str) -> list[tuple[str, int, int]]:
    """One phrase, one trigger: ``dövlət səfərinə gedəcək`` (two VISIT patterns side by side),
    ``təyin edilməsi razılaşdırılıb`` (a verbal noun and the agreement verb that reports it: an APPOINT,
    not an AGREE of its own), and ``videokonfrans formatında görüş keçiriləcək`` or ``videokonfransda
    iştirak edəcək`` (a call, not a meeting and a participation)."""
    folded: list[tuple[str, int, int]] = []
    for event_type, start, end in triggers:
        if folded and start - folded[-1][2] <= 2:
            previous_type, previous_start, previous_end = folded[-1]
            agreed = event_type == "AGREE" and lower[start:].startswith(data.AGREED_BY) and lower[
                previous_start:previous_end].endswith(("ması", "məsi"))
            call = previous_type == "CALL" and event_type in ("MEET", "PARTICIPATE", "GATHERING")
            if agreed or call or event_type == previous_type:
                folded[-1] = (previous_type, previous_start, end)
                continue
        if folded and folded[-1][0] == event_type == "GATHERING" and _part_of(folded[-1], start, lower):
            folded[-1] = (event_type, folded[-1][1], end)  # ``Forumunun ilk sessiyasında``: one gathering
            continue
        folded.append((event_type, start, end))
    return folded


def _part_of(gathering: tuple[str, int, int], start: int, lower: str) -> bool:
    """A gathering's noun in the genitive and, at most a word on, another (``Forumunun ilk sessiyası``,
    ``sammitin plenar iclasında``): a part of the first, one gathering."""
    _, _, end = gathering
    space = lower.find(" ", end)
    word_end = len(lower) if space < 0 else space
    word = lower[:word_end].rstrip("”\"")  # ``Forumu”nun``: the suffix after a closing quote
    return word.endswith(data.GENITIVE_ENDINGS) and len(lower[word_end:start].split()) <= 1


def gathering_kinds(c: Context) -> list[str]:
    """What a gathering named by its noun reports (corpus guide 15, 37): a MEET when it is said to be held
    or is the session of a named body (``MEET:held``: its parties are only its owner), a MEET between two
    when a partner is named (``X ilə birgə mətbuat konfransında``), and a PARTICIPATE of whoever spoke at
    it (``Bunu X … forumunda deyib``). A gathering only attended (``… forumunda iştirak edib``) is left
    to the attendance verb."""
    noun = c.lower[c.start : c.end]
    speaker = any(e.label == "PER" and e.case in ("nom", "gen") for e in c.entities)
    if noun.startswith(data.MEASURES):
        return []  # measures taken (``tədbirlər görülüb``)
    if noun.startswith("görüş") and a_match(c.lower):
        return []  # a game (``iki klub arasında keçirilən görüşdə``), not a meeting (guide 43)
    if not c.lower[: c.start].strip():  # a sentence opening on it refers back (``Görüşdə …``, ``Tədbirdə …``)
        rest = c.lower[c.end :]
        if noun in data.GATHERINGS_AS_SUBJECT and rest.rstrip(" .").endswith(data.HELD_AFTER):
            return ["MEET:held"]  # ``Tədbir … təşkilatçılığı ilə keçirilib``: the gathering said to be held
        return ["PARTICIPATE:spoke"] if speaker and "çıxış" in rest and not noun.startswith(data.TALKS) else []
    before, after = c.lower[max(0, c.start - 80) : c.start], c.lower[c.end : c.end + 60].lstrip()
    if noun.startswith(data.LEGISLATURES) and not _said_held(before, after):
        return []  # the legislature itself (``Konqresin nəzarəti``), no gathering
    held_here = any(word in before for word in data.TO_BE_HELD + data.HELD_BEFORE) or after.startswith(data.HELD_AFTER)
    if noun.startswith(data.TALKS) and " arasında " in before and (noun.endswith(("da", "də")) or held_here):
        return ["MEET"]  # talks between two named parties (held, or where one takes part), whoever else attends
    if any(word in before.split()[-2:] for word in data.NOT_MEETINGS) or "iştirak" in c.lower[c.end :]:
        return []
    earlier = [e for e in c.entities if e.start < c.offset + c.start]
    if any(word in before for word in data.INTERVIEWERS):
        return []
    partner = any(is_partner(e, c.lower[e.end - c.offset :]) for e in earlier)
    if partner and noun.startswith(data.MET_WITH):
        return ["MEET"]
    if after.startswith(data.SETTING_WORDS):
        # the setting of what the sentence reports: a PARTICIPATE of the one whose happening it is
        # (``Əmrullayevin … konfransı çərçivəsində … görüşü``); a sentence opening on it refers back
        owner = any(e.label == "PER" and e.case == "gen" for e in earlier)
        return ["PARTICIPATE:spoke"] if owner and find_triggers(c.lower[c.end :]) else []
    if any(word in before.split()[-1:] for word in data.NOT_ATTENDED) or noun.startswith(data.ONLY_WITH_PARTNER):
        return []
    owners = [e for e in earlier if e.case == "gen" and e.label == "ORG" and e.start >= c.offset + c.start - 80]
    if owners and any(body in az_lower(owners[-1].canonical) for body in data.PARLIAMENTS):
        between = c.lower[owners[-1].end - c.offset : c.start]
        if not any(word in between for word in data.COMMITTEES):
            return []  # the parliament's own session: a plenary session
    held = any(word in before for word in data.HELD_BEFORE) or after.startswith(data.HELD_AFTER) or _being_held(
        noun, after)
    ceremony = before.split()[-1:] and before.split()[-1].endswith(data.CEREMONY_OF)
    family = before.split()[-1:] and (before.split()[-1] in data.PRIVATE_CEREMONIES
                                      or " ".join(before.split()[-2:]) in data.PRIVATE_CEREMONIES)
    ceremony = ceremony or family  # ``toy mərasimi``: a family's own ceremony
    # someone spoke there: a speech verb after it and a person to have said it (or the story's subject)
    speaker = speaker or c.lower.startswith(data.STATEMENT_OPENERS)
    spoke = speaker and any(word in c.lower[c.end : c.end + 120] for word in data.SPEECH_WORDS)
    if spoke and not after.startswith(data.HELD_AFTER) and not noun.startswith(data.TALKS):
        return ["PARTICIPATE:spoke"]  # where someone spoke: a PARTICIPATE, and no MEET of its own (guide 37)
    meeting = noun.startswith(data.HELD_MEETINGS) and not ceremony
    if noun.startswith(data.MANY_MEETINGS) and not any(word in before for word in data.TO_BE_HELD):
        return []  # ``keçirilmiş fərdi görüşlər``: meetings held as a routine, no one happening
    return ["MEET:held"] if meeting and (held or (owners and noun.startswith(data.SESSIONS))) else []


def _said_held(before: str, after: str) -> bool:
    return any(word in before for word in data.HELD_BEFORE + data.TO_BE_HELD) or after.startswith(data.HELD_AFTER)


def _being_held(noun: str, after: str) -> bool:
    """``sammitin Xankəndidə keçirilməsi``: the gathering, in the genitive, whose holding a verbal noun reports."""
    return noun.endswith(data.GENITIVE_ENDINGS) and any(w.strip(",.“”") in data.HOLDING_NOUNS
                                                        for w in after.split()[:4])


def triggers_in(lower: str, offset: int, entities: list[Entity],
                dates: list[DateMention]) -> list[tuple[str, int, int]]:
    """The accepted triggers of one sentence (lower-cased; ``offset`` its start in the field); a gathering's
    noun gives the events it reports (``gathering_kinds``)."""
    found = []
    for event_type, start, end in fold_adjacent(find_triggers(lower), lower):
        if whether_or_not(lower, end) or a_routine(lower, start, end):
            continue
        context = Context(lower, start, end, offset, entities, dates)
        if event_type == "GATHERING":
            found += [(kind, start, end) for kind in gathering_kinds(context)]
        elif accepted(event_type, context):
            found.append((event_type, start, end))
    return [t for t in found if not _party_to_talks(t, found, lower)]


def _party_to_talks(trigger: tuple[str, int, int], found: list[tuple[str, int, int]], lower: str) -> bool:
    """``X və Y prezidentlərinin iştirakı ilə … üçtərəfli görüş keçirəcək``: those who take part in talks
    are their parties, not attendees of a gathering (a PARTICIPATE is for a ceremony, a forum, an opening)."""
    event_type, start, end = trigger
    if event_type != "PARTICIPATE" or not lower[start:end].startswith("iştirakı"):
        return False
    return any(kind.startswith("MEET") and other > end and lower[other:].startswith(data.TALKS)
               for kind, other, _ in found)
