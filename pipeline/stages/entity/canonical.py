"""Article-level canonical names and entity ids.

Within one article a person's short forms (``Xələfov``, ``X. Xələfov``) take the fullest form the
article gives (``Xələf Xələfov``), and an acronym written after its expansion
(``Azərbaycan Mərkəzi Bankı (AMB)``) shares the expansion's ``entity_id``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...lang.entities_az import (
    COPULA_FORMS,
    PATRONYMICS,
    SLAVIC_PATRONYMIC_ENDINGS,
    SPELLING_VARIANT_LETTERS,
    SURNAME_ENDINGS,
)
from ...lang.suffixes import (
    BUFFERED_GENITIVE_ENDINGS,
    DROPPABLE_ENDINGS,
    HIGH_VOWELS,
    N_FINAL_PLACE_ENDINGS,
    VOWEL_BEFORE_BUFFER,
)
from ...records import TEXT, Entity
from ...text import az_lower
from ..morphology import candidates
from . import gazetteer
from .lexicon import common_stem
from .name_shapes import known_person_stem, loose_stems

_PAREN = re.compile(r"\s*\(\s*([^()\s]{2,12})\s*\)")
_WORD = re.compile(r"\w+(?:-\w+)*")
_DOUBLED = re.compile(r"(\w)\1")
_VARIANTS = str.maketrans(SPELLING_VARIANT_LETTERS)


def _words(name: str) -> list[str]:
    return name.replace(".", ". ").split()


def _surname_first(words: list[str]) -> bool:
    """``Qasımova Lalə Fuad qızı``: official lists put the surname first when a patronymic closes the name."""
    last = az_lower(words[-1]) if words else ""
    return len(words) >= 3 and (last in PATRONYMICS or last.endswith(SLAVIC_PATRONYMIC_ENDINGS))


def surname(words: list[str]) -> str:
    return _split(words)[0]


def _split(words: list[str]) -> tuple[str, list[str]]:
    """(surname, the other words in order)."""
    if not words:
        return "", []
    return (words[0], words[1:]) if _surname_first(words) else (words[-1], words[:-1])


def _compatible(short: list[str], full: list[str]) -> bool:
    """``X. Xələfov`` fits ``Xələf Xələfov``, and ``Qasımova`` fits ``Qasımova Lalə Fuad qızı``: same surname,
    and any given names or initials agree."""
    full_surname, given = _split(full)
    short_surname, short_given = _split(short)
    if not short or az_lower(short_surname) != az_lower(full_surname) or len(short) > len(full):
        return False
    for word, target in zip(short_given, given[: len(short_given)], strict=False):
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
        by_surname.setdefault(az_lower(surname(_words(name))), []).append(name)
    by_given = _by_given_name(names)
    best = {}
    for name in names:
        short = _words(name)
        key = az_lower(surname(short))
        options = [full for full in by_surname[key] if _compatible(short, _words(full))]
        if len(short) == 1 and len(options) <= 1 and len(by_given.get(key, ())) == 1:
            options = list(by_given[key])  # ``Kit`` after ``Kit Harington``: a given name alone, of one person
        elif len(short) == 1 and len(options) <= 1:
            options = _respelt(name, names) or options
        best[name] = max(options or [name], key=lambda n: (len(_words(n)), len(n), n))
    return best


def _respelt(word: str, names: set[str]) -> list[str]:
    """``Çembers`` beside ``Cesika Çemberz``, ``Kiernan`` beside ``Ford Kieran``: a lone surname a letter or
    two away from the surname of exactly one full name is a translator's second spelling of it. Not a man's and
    a woman's form of one surname (``Əliyev``, ``Əliyeva``)."""
    low = az_lower(word)
    close = []
    for name in names:
        words = _words(name)
        other = az_lower(surname(words))
        if len(words) < 2 or other[:1] != low[:1] or other == low or _gendered_pair(low, other):
            continue
        if _edits(low, other) <= (1 if min(len(low), len(other)) < 8 else 2) and min(len(low), len(other)) >= 5:
            close.append(name)
    return close if len(close) == 1 else []


def _gendered_pair(one: str, other: str) -> bool:
    """A man's and a woman's form (``Əliyev``, ``Əliyeva``), or two local surnames of one root with different
    endings (``Məmmədov``, ``Məmmədli``): two people, not two spellings."""
    shorter, longer = sorted((one, other), key=len)
    if longer == shorter + "a" or longer[:-1] == shorter[:-1] and {longer[-1], shorter[-1]} == {"a", "ə"}:
        return True
    endings = {e for w in (one, other) for e in SURNAME_ENDINGS if w.endswith(e)}
    return bool(endings) and not any(one.endswith(e) and other.endswith(e) for e in endings)


def _edits(one: str, other: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1]


def _by_given_name(names: set[str]) -> dict[str, set[str]]:
    """First given name (lower case) -> the full names that open with it; names also used as a surname of
    someone are left out, since a lone word then cannot tell the two apart."""
    given: dict[str, set[str]] = {}
    surnames = {az_lower(surname(_words(n))) for n in names if len(_words(n)) >= 2}
    for name in names:
        words = _words(name)
        if len(words) >= 2 and not _surname_first(words) and not words[0].endswith("."):
            given.setdefault(az_lower(words[0]), set()).add(name)
    return {k: v for k, v in given.items() if k not in surnames}


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


def agreed_surnames(entities: list[Entity], text: str = "") -> list[Entity]:
    """A person's last word read the way most of the article's mentions allow: ``Pauelin`` may be ``Pauel`` +
    genitive or a name ending in ``-in``; a second mention ``Pauelə`` settles it as ``Pauel``, and so does the
    bare word anywhere in the text (``Starmer`` beside ``Starmerin``), also for a suffix written by the name's
    sound rather than its spelling (``Ceymsın``). A reading nothing else supports leaves the canonical as it is."""
    people = [e for e in entities if e.label == "PER" and e.text.split()]
    readings = {id(e): _readings(e.text.split()[-1]) for e in people}
    votes = Counter(r for options in readings.values() for r in options)
    # the bare word written anywhere else counts too, also as a given name before a surname (``Valtteri``
    # beside ``Valtteri Bottas``); a mention's last word is already counted
    written = Counter(_WORD.findall(text)) - Counter(e.text.split()[-1] for e in people if e.field == TEXT)
    for reading in {r for options in readings.values() for r in options}:
        votes[reading] += written[reading]
    settled = []
    for entity in entities:
        options = readings.get(id(entity))
        words = entity.canonical.split()
        if options and words and not _surname_first(words) and not known_person_stem(words[-1]):
            # on a tie the longer reading (less cut off), then the alphabet: never the order of a set
            best = max(options, key=lambda r: (votes[r], r == words[-1], len(r), r))
            if votes[best] > votes[words[-1]] and best != words[-1]:
                entity = replace(entity, canonical=" ".join([*words[:-1], best]))
        settled.append(entity)
    return settled


def _readings(word: str) -> set[str]:
    """The word, its stems under the suffix analyser, and the word without a case ending of any harmony
    (at least two letters: ``Sunun`` beside ``Han Deok Su``; a reading counts only where another mention
    or the bare word supports it)."""
    return {word, *loose_stems(word, shortest=2)} | {a.stem for a in candidates(word) if len(a.stem) >= 3}


def _spelling_key(word: str) -> str:
    """``Nazarbəyev`` and ``Nazarbayev``, ``Pauel`` and ``Pauell``: one key for the ways a foreign name is spelt."""
    return _DOUBLED.sub(r"\1", az_lower(word).translate(_VARIANTS))


def dominant_spellings(entities: list[Entity]) -> list[Entity]:
    """A person's surname spelt two ways in one article (``a`` once, ``ə`` elsewhere; a single or a double
    letter) is written the way most of its mentions write it, the first written on a tie. Given names are left
    alone: ``Əli`` and ``Alı`` are two names."""
    counts = Counter(surname(_words(e.canonical)) for e in entities if e.label == "PER")
    spellings: dict[str, list[str]] = {}
    for word in counts:
        if len(word) > 2 and word.isalpha():
            spellings.setdefault(_spelling_key(word), []).append(word)
    dominant = {w: max(ws, key=lambda x: counts[x]) for ws in spellings.values() if len(ws) > 1 for w in ws}
    return [_with_surname(e, dominant) if e.label == "PER" else e for e in entities] if dominant else entities


def _with_surname(entity: Entity, dominant: dict[str, str]) -> Entity:
    words = entity.canonical.split()
    if not words:
        return entity
    at = 0 if _surname_first(words) else len(words) - 1
    words[at] = dominant.get(words[at], words[at])
    return replace(entity, canonical=" ".join(words))


def settle(entities: list[Entity], text: str) -> list[Entity]:
    """Fill canonical names and ``entity_id`` for one article's entities."""
    entities = dominant_spellings(agreed_surnames(agreed_place_endings(entities, text), text))
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


def agreed_place_endings(entities: list[Entity], text: str) -> list[Entity]:
    """A place's or an organisation's last word without the case ending the article's own words support:
    ``Böyük dəryaya`` beside a bare ``dərya`` written elsewhere is ``Böyük dərya``; and a genitive ``-nın``
    after ``-a``/``-ə`` (``Nevadanın``) keeps the vowel stem (``Nevada``) unless the ``-n`` stem is known or
    written. People are settled by ``agreed_surnames``, but for a lone word kept whole (``_lone_buffered_genitive``)."""
    # a shorter form counts wherever it is written, a mention's too; the current form only outside the mentions
    # that gave it, which write it by definition
    anywhere = Counter(_WORD.findall(text))
    written = anywhere - Counter(e.text.split()[-1] for e in entities if e.field == TEXT and e.text.split())
    settled = []
    for entity in entities:
        words, said = entity.canonical.split(), entity.text.split()
        if entity.label != "PER" and words and said and words[:-1] == said[:-1]:
            head_of_org = entity.label == "ORG" and len(words) > 1
            best = _supported_ending(said[-1], words[-1], anywhere, written, head_of_org)
            if best != words[-1]:
                entity = replace(entity, canonical=" ".join([*words[:-1], best]))
        elif entity.label == "PER" and len(words) == 1 and said == words and not written[words[0]]:
            entity = replace(entity, canonical=_lone_buffered_genitive(words[0]))
        settled.append(entity)
    return settled


def _lone_buffered_genitive(word: str) -> str:
    """A person named by one word kept whole as ``Kalonanın``: read as a stem in ``-an`` + ``-ın`` it was taken
    for a given name in ``-in``; the buffered genitive after ``-a``/``-ə`` gives the name (``Kalona``)."""
    stem = word[:-3]
    buffered = az_lower(word).endswith(BUFFERED_GENITIVE_ENDINGS) and stem.endswith(VOWEL_BEFORE_BUFFER)
    return stem if buffered and len(stem) >= 4 and not known_person_stem(word) else word


def _supported_ending(word: str, current: str, anywhere: Counter, written: Counter, head_of_org: bool) -> str:
    """The reading of ``word`` written bare elsewhere in the article more often than ``current``, else the vowel
    stem of a buffered genitive (see ``BUFFERED_GENITIVE_ENDINGS``); the last word of an organisation's name of
    several words keeps a final ``-ı``/``-i`` read as an accusative unless the bare stem is written; else
    ``current``."""
    if current != word and current not in loose_stems(word):
        return current  # not a case ending taken off (a possessive kept, a letter restored): left alone
    # only a shorter reading, and only a dative or a genitive's ``n`` taken off: a kept ``-ı``/``-i`` is
    # a name's head (``Mərkəzi Bankı`` beside a bare ``Bank``), and a longer stem an inflected word (``Fondun``)
    stems = [s for s in loose_stems(word) if current.startswith(s) and current[len(s):] in DROPPABLE_ENDINGS]
    for stem in sorted(stems, key=lambda s: (-anywhere[s], -len(s), s)):
        if anywhere[stem] > written[current]:
            return stem
    low = az_lower(word)
    vowel_stem = word[:-3]
    if (low.endswith(BUFFERED_GENITIVE_ENDINGS) and current == word[:-2] and vowel_stem.endswith(VOWEL_BEFORE_BUFFER)
            and not az_lower(current).endswith(N_FINAL_PLACE_ENDINGS)
            and not anywhere[current] and not gazetteer.load().knows_word(current) and len(vowel_stem) >= 4):
        return vowel_stem
    if head_of_org and current == word[:-1] and word[-1] in HIGH_VOWELS and not anywhere[current]:
        return word  # ``Həkimlər Soveti``: an organisation's head takes the possessive, not an accusative
    return _common_noun_dative(_without_copula(word)) if current == word else current


def _without_copula(word: str) -> str:
    """``Kanadadır`` (it is Canada): the copula written on a known name is cut off."""
    for copula in COPULA_FORMS:
        bare = word[: -len(copula)]
        if az_lower(word).endswith(copula) and len(bare) >= 3 and gazetteer.load().knows_word(bare):
            return bare
    return word


def _common_noun_dative(word: str) -> str:
    """``Qlobal Şimala``, ``Senata``: a bare ``-a``/``-ə`` after an ordinary noun of the dictionary is the
    dative, where the whole word is neither a dictionary word (``Şura``) nor a known name."""
    for analysis in candidates(word):
        stem = analysis.stem
        if (analysis.case == "dat" and analysis.suffix in ("a", "ə") and word == stem + analysis.suffix
                and common_stem(stem) and not common_stem(word) and not gazetteer.load().knows_word(word)):
            return stem
    return word
