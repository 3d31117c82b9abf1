"""Events, part 2d: names a trigger's clause holds that are no party of it (read by ``event_roles``).

A name in brackets beside the report, the gathering or programme a happening was within (``X çərçivəsində``),
two countries joined as a modifier of a topic (``Azərbaycan-Ermənistan sülh prosesi``), whoever gave the
instructions a meeting discusses, and whoever attends an opening: each stands in the clause without acting in it.
"""

from __future__ import annotations

import re

from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...records import Entity
from .event_scope import Clause

__all__ = ["attending", "in_a_pair_before_a_noun", "in_an_aside", "told_by", "whose_instructions", "within"]

_PAIR_JOINS = ("-", "–", "—")  # ``Azərbaycan-Ermənistan``, ``Bakı–Tbilisi``

# A name with ``çərçivəsində`` (within) a few words on, no partner or pair named between (``X və Y arasında
# əməkdaşlıq çərçivəsində`` names parties): the gathering or programme a happening was within.
_FRAMEWORK_AFTER = re.compile(r"^[”\"]?(?:\s+(?!ilə\b|arasında\b|və\b)[^\s,]+){0,3}?\s+çərçivəsində(?!\w)")

# ``X-in (bazar günü verdiyi) məlumatına görə``: the report's noun a few words on, then ``görə`` (according to).
_TOLD_AFTER = re.compile(r"^(?:-?\w*)(?:\s+[^\s,]+){0,3}?\s+(?:" + "|".join(role_words.TOLD_BY_NOUNS)
                         + r")\w*\s+görə(?!\w)")


def told_by(entity: Entity, clause: Clause) -> bool:
    """``Ağ Evin məlumatına görə, X ilə Y görüşü təxirə salınıb``: whoever a report is told by (according to
    them) is its source, no party of what it reports."""
    return entity.case == "gen" and bool(_TOLD_AFTER.match(clause.between(entity.end, entity.end + 60)))


def in_an_aside(entity: Entity, clause: Clause) -> bool:
    """``Fondunun (TTKF)``, ``(X 19%, Y 10%)``: a name in brackets repeats a party or adds a remark beside the
    report, unless the trigger itself stands in the same brackets."""
    before = clause.between(clause.base, entity.start)
    after = clause.between(entity.end, clause.base + len(clause.lower))
    opened = before.rfind("(")
    if opened <= before.rfind(")") or ")" not in after or "(" in after[: after.find(")")]:
        return False
    return not clause.base + opened < clause.start < entity.end + after.find(")")


def in_a_pair_before_a_noun(entity: Entity, entities: list[Entity], clause: Clause) -> bool:
    """``Azərbaycan-Ermənistan sülh prosesini``: a name joined by a hyphen or a dash to another name, the pair
    modifying a noun that is not the trigger (``Azərbaycan-Türkiyə danışıqları`` are the pair's own)."""
    joined = [e for e in entities if e is not entity and _PAIR_JOINS.count(
        clause.between(entity.end, e.start) if e.start >= entity.end else clause.between(e.end, entity.start))]
    partner = joined[0] if joined else None
    if partner is None:
        return False
    return clause.between(max(entity.end, partner.end), clause.start).strip() != ""


def within(entity: Entity, later: list[Entity], clause: Clause) -> bool:
    """``Bakı Enerji Forumu çərçivəsində``: the name of what a happening was within, with no other name between
    it and the postposition."""
    framework = _FRAMEWORK_AFTER.match(clause.between(entity.end, entity.end + 50))
    return bool(framework) and not (later and later[0].start < entity.end + framework.end())


def attending(entity: Entity, clause: Clause) -> bool:
    """``X-in iştirakı ilə … açılışı olub``: whoever attends an opening is at it (a participation of their own),
    neither its founder nor a party of what is founded."""
    after = clause.between(entity.end, entity.end + 30).split()
    return entity.case == "gen" and bool(after) and after[0].startswith(role_words.ATTENDANCE)


def whose_instructions(entity: Entity, clause: Clause) -> bool:
    """``X-in tapşırıqlarından irəli gələn məsələlərə dair müşavirə``: whoever gave
    the instructions a gathering discusses is not at it."""
    after = clause.between(entity.end, entity.end + 30).split()
    return entity.case == "gen" and bool(after) and after[0].startswith(data.INSTRUCTIONS)
