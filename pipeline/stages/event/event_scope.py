"""Events, part 2a: how far a trigger's clause reaches in its sentence.

Azerbaijani puts the verb last, so a trigger's parties stand before it, back to the comma that opens its
clause (a comma that joins the names of a list opens none); a participle describes the name right after it;
``X və Y arasında`` names the parties between whom it happened. ``Clause`` holds the text these read.
The same reach bounds the dates a trigger may take: not one of a clause closed before it, of the telling before
``ki``, of the first time beside a repeat, or of an occasion the happening marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang import event_modality_az as mood_words
from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...records import DateMention, Entity

# Between a modifier and the person it describes: title words only (no comma, no conjunction, no verb).
TITLE_GAP = re.compile(r"^[^\W\d_\s]*(?:[\s.()“”\"'-]+[^\W\d]*)*$")


@dataclass(frozen=True, slots=True)
class Clause:
    """The text around one trigger: the lower-cased sentence, where it starts in the field, and the
    trigger's offsets in the field."""

    lower: str
    base: int
    start: int
    end: int

    def between(self, a: int, b: int) -> str:
        return self.lower[max(0, a - self.base) : max(0, b - self.base)]

    @property
    def trigger(self) -> str:
        return self.between(self.start, self.end)


def between_list(entities: list[Entity], clause: Clause) -> list[Entity]:
    """The parties joined before ``arasında`` (between) nearest the trigger, in the order the text names them:
    ``ABŞ və İran arasında``, ``Bayramovla Fidan arasında``, ``A, B, C və D arasında``."""
    before = clause.between(clause.base, clause.start)
    at = before.rfind(" arasında")
    if at < 0:
        return []
    named = [e for e in entities if e.end - clause.base <= at and e.case in ("nom", "gen", "ins")]
    if len(named) < 2:
        return []
    first, second = named[-2], named[-1]
    gap = clause.between(first.end, second.start).split()
    if len(gap) > 4 or not ({"və", "ilə"} & set(gap) or first.case == "ins"):
        return []
    joined = [first, second]
    for earlier in reversed(named[:-2]):  # the commas of a longer list
        if clause.between(earlier.end, joined[0].start).strip(" ”\"“") != ",":
            break
        joined.insert(0, earlier)
    return joined


def _in_a_list(entities: list[Entity], comma: int) -> bool:
    """The comma at ``comma`` joins two names of a list."""
    ends = {e.end for e in entities}
    starts = {e.start for e in entities}
    return any(comma - end in (0, 1) for end in ends) and any(start - comma in (1, 2, 3) for start in starts)


def after_the_last_comma(entities: list[Entity], clause: Clause) -> int:
    """Where the trigger's own clause starts: after the last comma before it that does not join the names of
    a list (``A, B və C arasında``)."""
    before_it = clause.between(clause.base, clause.start)
    comma = before_it.rfind(",")
    while comma >= 0 and _in_a_list(entities, clause.base + comma):
        comma = before_it.rfind(",", 0, comma)
    return clause.base + comma + 1 if comma >= 0 else clause.base


def _described_by_participle(entities: list[Entity], clause: Clause) -> list[Entity]:
    """``…, 2020-ci ildə təsis edilmiş “X” Fondu da …``: a participle's clause runs from the comma before it to
    the noun it describes, the name right after it (with names joined to it); what comes later belongs to the
    sentence's own verb."""
    start = after_the_last_comma(entities, clause)
    before = [e for e in entities if start <= e.start < clause.start]
    after = [e for e in entities if e.start >= clause.end]
    if clause.trigger.endswith(data.OBJECT_PARTICIPLES):  # ``X-in dəstəklədiyi iddia``: its agent is before it
        return before
    described: list[Entity] = []
    for entity in after:
        gap = clause.between(described[-1].end if described else clause.end, entity.start)
        words = gap.replace(",", " , ").split()
        joined = gap.strip() in (",", "və") or (  # ``A, B və C``, or a title after its owner: ``X-in sədri Y``
            bool(described) and described[-1].case == "gen" and bool(TITLE_GAP.match(gap)) and len(words) <= 4)
        if (not described and len(words) > 2) or (described and not joined):
            break
        if "“" in gap and clause.between(entity.end, entity.end + 1) not in "”\"":
            break  # a name inside a quoted title (``imzalanmış “… X-in … ili” memorandum``) is not what it describes
        described.append(entity)
    return before + described


def clause_entities(entities: list[Entity], trigger_start: int, trigger: str,
                    clause: Clause | None = None) -> list[Entity]:
    """Azerbaijani puts the verb last: the parties of an event stand before its trigger, and entities after
    it belong to the next clause. A participle is the exception (``səfərdə olan X``): the noun it describes
    follows it. So does a trigger with nothing before it."""
    if trigger.split()[-1].endswith(data.PARTICIPLE_ENDINGS):
        return (_described_by_participle(entities, clause) if clause else []) or entities
    before = [e for e in entities if e.start < trigger_start]
    return before or entities


def past_the_trigger_before(entities: list[Entity], clause: Clause, floor: int) -> list[Entity]:
    """``X A ilə görüşüb, B ilə isə telefon danışığı aparıb``: when a trigger's own clause, set against the one
    before by ``isə`` after the trigger before it (``floor``), names a party of its own, the names before that
    trigger belong to it, but for the subject in the nominative that the two verbs share."""
    contrasted = f" {role_words.CONTRAST} " in clause.between(floor, clause.start).replace(",", " ")
    if not contrasted or not any(floor <= e.start < clause.start and e.case != "nom" for e in entities):
        return entities
    return [e for e in entities if e.start >= floor or e.case == "nom"]


def after_a_finished_clause(lower: str, start: int) -> int:
    """Where the trigger's clause opens after a clause closed by its own finite verb and a comma (``… 2019-cu
    ildən işləyir, 2023-cü ildə yenidən seçilib``): a date before that comma dates that clause's verb. 0 when
    the trigger's clause runs back to the sentence's start."""
    opened = 0
    for found in re.finditer(r"(\w+)\s*[,;]", lower[:start]):
        word = found.group(1)
        if word.endswith(mood_words.FINITE_ENDINGS) and len(word) > 4:
            opened = found.end()
    return opened


def told_before(lower: str, start: int) -> int:
    """Where the clause after ``ki`` opens (``… bildirib ki, …``), when the trigger at ``start`` stands in it; else 0.
    What the clause before ``ki`` dates is the telling, not the happening told."""
    told = [m.end() for m in re.finditer(r"\bki\b", lower[:start])]
    return told[-1] if told else 0


def the_first_time(mention: DateMention, lower: str, base: int, start: int, end: int) -> bool:
    """``2018-ci ildə ilk dəfə seçildiyi vəzifəyə yenidən seçilib``: beside ``ilk dəfə`` (within three words), a
    date dates the first time, not a repeat the trigger reports (``yenidən``, ``ikinci müddətə``)."""
    around = " ".join(lower[:start].split()[-8:]) + " " + lower[start:end]
    if not any(word in around for word in mood_words.AGAIN):
        return False
    near = " ".join(lower[: mention.start - base].split()[-3:] + lower[mention.end - base :].split()[:3])
    return any(word in near for word in mood_words.FIRST_TIME)


def an_occasion(lower: str, end: int) -> bool:
    """``8 Mart – Qadınlar günü münasibətilə``: a day named as the occasion (within four words) is a holiday the
    happening marks, not the day it took place."""
    return any(word.startswith(mood_words.OCCASION) for word in lower[end:].split()[:4])
