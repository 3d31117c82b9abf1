"""Events, part 2c: the case a name has in its clause, which gives its role (``event_roles``).

The morphology reads a case off each name's last letters; in a clause some readings must be corrected: a
quoted name takes the case of the legal form or noun after it (``“X” MMC-nin``), a suffix may stand after a
hyphen (``Kapital Bank-ın``), and letters that the name's canonical keeps are its own, not a suffix.
"""

from __future__ import annotations

import re

from ...lang import events_az as data
from ...records import Entity
from ..morphology import case_of
from .event_scope import Clause

__all__ = ["case_in_clause"]

# A case suffix written apart from the name it follows (``ABŞ-yə``, ``Bank’ın``).
_SUFFIX_MARKS = ("-", "'", "’")
_SUFFIX_AFTER = re.compile(r"^[-'’][a-zəöüğıçş]{1,5}(?![\w-])")


def _its_own_ending(entity: Entity) -> bool:
    """A dative or accusative read from letters that the name's canonical keeps (``AKBA``, ``Bakı
    Metropoliteni``): they are its own, not a case suffix, as a suffix on an acronym takes a hyphen and the
    accusative of a compound name an ``n``. A case read from a suffix split off after the name (``ABŞ-yə``)
    or from a classifier after it (``Füzuli rayonuna``) stands."""
    return (entity.case in ("dat", "acc") and entity.canonical.endswith(entity.text)
            and case_of(entity.text.split()[-1]) == entity.case)


def case_in_clause(entity: Entity, clause: Clause) -> str:
    """``“X” MMC-nin … açılışında``, ``“X” müsabiqəsinin tədbirində``: the genitive is on the legal form or the
    common noun after a quoted name, so the name owns; a bare legal form after it (``“X” ASC 2010-cu ildə``)
    leaves the name in the nominative, whatever its own last letters look like (``Sığorta``)."""
    closing = clause.between(entity.end, entity.end + 1)
    if closing in _SUFFIX_MARKS and entity.case == "nom":  # ``Kapital Bank-ın``: the case is after the hyphen
        suffix = _SUFFIX_AFTER.match(clause.between(entity.end, entity.end + 8))
        return case_of(entity.text.split()[-1] + suffix.group()) if suffix else entity.case
    spaced = clause.between(entity.end + 1, entity.end + 2) == " "  # not the name's own suffix: ``“X”nin``
    after = clause.between(entity.end, entity.end + 30).lstrip("”\" ").split()
    if not after or closing not in ("”", "\"") or not spaced:
        return "nom" if _its_own_ending(entity) else entity.case
    genitive = after[0].endswith(("nin", "nın", "nun", "nün"))
    if after[0].startswith(data.LEGAL_FORMS):
        return "gen" if genitive else ("nom" if after[0].strip(",.") in data.LEGAL_FORMS else entity.case)
    return "gen" if genitive and entity.case == "nom" else entity.case
