"""Events, part 2: who took part, in which role, and where.

Azerbaijani marks roles with case: the nominative or genitive is the agent (the genitive is the owner of
a verbal noun: ``Ərdoğanın səfəri``), the dative the recipient or destination, the comitative the partner,
the locative the place. These functions read one sentence's entities (with the case the morphology gave
each) around one trigger.
"""

from __future__ import annotations

from collections import Counter

from ..lang import events_az as data
from ..lang.entities_az import MEDIA
from ..records import Document, Entity


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


def clause_entities(entities: list[Entity], trigger_start: int, trigger: str) -> list[Entity]:
    """Azerbaijani puts the verb last: the parties of an event stand before its trigger, and entities after
    it belong to the next clause. A participle is the exception (``səfərdə olan X``): the noun it describes
    follows it. So does a trigger with nothing before it."""
    if trigger.split()[-1].endswith(data.PARTICIPLE_ENDINGS):
        return entities
    before = [e for e in entities if e.start < trigger_start]
    return before or entities


def named_agent(entities: list[Entity], trigger_start: int) -> bool:
    """A person or organisation in the nominative or genitive before the trigger: a named subject."""
    return any(e.label in ("PER", "ORG") and e.case in ("nom", "gen") and e.start < trigger_start for e in entities)


def main_countries(doc: Document) -> tuple[str, ...]:
    """The two places an article names most: what ``iki ölkə`` (the two countries) stands for."""
    counts = Counter(e.canonical for e in doc.entities if e.label == "LOC" and e.case != "loc")
    return tuple(name for name, _ in counts.most_common(2))
