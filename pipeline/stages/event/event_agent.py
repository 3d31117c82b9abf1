"""Events, part of the roles: the voice of a trigger, and the agent a passive names with ``tərəfindən``
(``“X” Fondu Y tərəfindən yaradılıb``): who acts, when the subject is the one acted on."""

from __future__ import annotations

from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...records import Entity
from .event_scope import Clause

__all__ = ["by_another_verb", "by_the_agent", "is_passive", "named_by"]


def by_the_agent(event_type: str, named: list[Entity], clause: Clause, target: str) -> tuple[str, str] | None:
    """``“X” Fondu Y tərəfindən yaradılıb``, ``X Prezident Y tərəfindən nazir təyin edilib``: a passive whose
    agent is named with ``tərəfindən`` has it as the one who acts (the founder, the appointer, the host of a
    reception), and its subject as the one acted on. Between parties (a deal signed by X and Y) the order of
    the text stands."""
    passive = is_passive(clause.trigger) or clause.trigger.startswith(data.RECEPTIONS) and "edil" in clause.trigger
    if not passive or event_type not in role_words.DONE_BY_ONE:
        return None
    agents = [e for e in named if named_by(e, clause)]
    if not agents or event_type == "MEET" and not clause.trigger.startswith(data.RECEPTIONS):
        return None
    acted_on = sorted((e for e in named if e.case == "nom" and e not in agents and e.start < agents[0].start),
                      key=lambda e: (event_type == "ESTABLISH" and e.label != "ORG",
                                     event_type == "APPOINT" and e.label != "PER", e.start))
    agent = agents[0].canonical
    return agent, (acted_on[0].canonical if acted_on else target if target != agent else "")


def named_by(entity: Entity, clause: Clause) -> bool:
    return clause.between(entity.end, entity.end + 14).lstrip("”\" ").startswith(role_words.BY)


def by_another_verb(entity: Entity, clause: Clause) -> bool:
    """A name with ``tərəfindən`` before a trigger that is no passive is the agent of another verb."""
    return entity.start < clause.start and not is_passive(clause.trigger) and named_by(entity, clause)


def is_passive(trigger: str) -> bool:
    return any(mark in trigger for mark in data.PASSIVE_MARKS)
