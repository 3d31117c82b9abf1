"""Article-level canonical names and entity ids.

Within one article a person's short forms (``Xələfov``, ``X. Xələfov``) take the fullest form the
article gives (``Xələf Xələfov``), and an acronym written after its expansion
(``Azərbaycan Mərkəzi Bankı (AMB)``) shares the expansion's ``entity_id``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import TEXT, Entity
from ..text import az_lower
from . import gazetteer

_PAREN = re.compile(r"\s*\(\s*([^()\s]{2,12})\s*\)")


def _words(name: str) -> list[str]:
    return name.replace(".", ". ").split()


def _surname(name: str) -> str:
    words = _words(name)
    return az_lower(words[-1]) if words else ""


def _compatible(short: list[str], full: list[str]) -> bool:
    """``X. Xələfov`` fits ``Xələf Xələfov``: same surname, and any given initials agree."""
    if not short or not full or az_lower(short[-1]) != az_lower(full[-1]) or len(short) > len(full):
        return False
    for word, target in zip(short[:-1], full[: len(short) - 1], strict=False):
        if word.endswith("."):
            if not target.startswith(word[:-1]):
                return False
        elif word != target:
            return False
    return True


def fullest_person_names(entities: list[Entity]) -> dict[str, str]:
    """Map each person canonical to the fullest compatible one in the same article."""
    names = {e.canonical for e in entities if e.label == "PER"}
    by_surname: dict[str, list[str]] = {}  # compatible names share the surname: only those are compared
    for name in names:
        by_surname.setdefault(_surname(name), []).append(name)
    best = {}
    for name in names:
        short = _words(name)
        options = [full for full in by_surname[_surname(name)] if _compatible(short, _words(full))] or [name]
        best[name] = max(options, key=lambda n: (len(_words(n)), len(n), n))
    return best


def acronym_links(entities: list[Entity], text: str) -> dict[str, str]:
    """Acronym canonical -> expansion canonical, from ``Expansion (ACR)`` or the gazetteer."""
    links = {}
    for entity in entities:
        if entity.field != TEXT:
            continue
        match = _PAREN.match(text, entity.end)
        if match and match.group(1).isupper():
            links[match.group(1)] = entity.canonical
    present = {e.canonical for e in entities}
    for entity in entities:
        entry = gazetteer.load().get((entity.canonical,))
        if entry and entry.expansion in present:
            links.setdefault(entity.canonical, entry.expansion)
    return links


def settle(entities: list[Entity], text: str) -> list[Entity]:
    """Fill canonical names and ``entity_id`` for one article's entities."""
    people = fullest_person_names(entities)
    entities = [replace(e, canonical=people.get(e.canonical, e.canonical)) if e.label == "PER" else e
                for e in entities]
    links = acronym_links(entities, text)
    ids: dict[tuple[str, str], str] = {}
    first_label: dict[str, str] = {}
    for entity in entities:
        first_label.setdefault(entity.canonical, entity.label)
    settled = []
    for entity in sorted(entities, key=lambda e: (e.field != "title", e.start)):
        target = links.get(entity.canonical, entity.canonical)
        label = first_label.get(target, entity.label)
        key = (label, target)
        ids.setdefault(key, f"E{len(ids) + 1}")
        settled.append(replace(entity, entity_id=ids[key]))
    return settled
