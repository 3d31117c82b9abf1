"""Suffix analysis of Azerbaijani nouns and proper names.

A word is read right to left as ``stem [plural] [possessive] [case] [clitic]``; each suffix must
obey vowel harmony with the part before it and take its buffer consonant exactly where that part
ends in a vowel (the tables live in ``pipeline.lang.suffixes``). Every reading is kept and ranked:
longer inflection wins, unless it would cut a name that merely looks inflected (``Gəncə``,
``Rusiya``, ``Berlin``). A lexicon, when given, picks the first reading whose stem it knows.

``Analysis.stem`` is the dictionary form with every suffix removed (softening undone:
``Nazirliyinin`` -> ``Nazirlik``); ``nominative`` removes only the case, which is what canonical
names need (``Respublikasının`` -> ``Respublikası``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..lang import suffixes as sx
from ..records import Analysis, Document
from ..stage import StageFn, register
from ..text import az_lower, az_upper

Lexicon = Callable[[str], bool]

_N_BUFFER_PENALTY = 1.1

__all__ = ["Lexicon", "analyse", "candidates", "case_of", "nominative"]


def _last_vowel(text: str) -> str:
    for ch in reversed(text):
        if ch in sx.VOWELS:
            return ch
    return ""


def realise(template: str, left: str) -> str | None:
    """Fill the archiphonemes of ``template`` from the harmony of ``left`` (lower case)."""
    vowel = _last_vowel(left)
    out = []
    for ch in template:
        if ch in "AI":
            if not vowel:
                return None  # no vowel to harmonise with: not a stem this analyser can judge
            ch = (sx.LOW_HARMONY if ch == "A" else sx.HIGH_HARMONY)[vowel]
        if ch in sx.VOWELS:
            vowel = ch
        out.append(ch)
    return "".join(out)


def _harmonies(template: str) -> dict[str, frozenset[str]]:
    """Each written form of ``template`` -> the last vowels of a left part ("" = none) that give it.
    ``realise`` depends on the left part only through its last vowel, so ten probes cover every word."""
    found: dict[str, set[str]] = {}
    for vowel in ("", *sx.VOWELS):
        form = realise(template, vowel)
        if form is not None:
            found.setdefault(form, set()).add(vowel)
    return {form: frozenset(vowels) for form, vowels in found.items()}


# Every template the analyser strips, realised once at import: stripping a suffix then costs a dict
# look-up of the word's ending instead of a harmony walk (and most suffixes are not there at all).
_TEMPLATES = frozenset(
    (sx.PLURAL_SUFFIX, sx.RELATIVE_CLITIC, sx.COPULA_CLITIC,
     *(t for table in (sx.CASE_SUFFIXES, sx.COLLOQUIAL_CASE_SUFFIXES, sx.POSSESSIVE_SUFFIXES)
       for entries in table.values() for t, _ in entries))
)
_HARMONIES: dict[str, dict[str, frozenset[str]]] = {t: _harmonies(t) for t in _TEMPLATES}


def _strip(text: str, template: str) -> str | None:
    """``text`` without the suffix ``template`` realised after it, or None if it is not there."""
    if not template:
        return text
    size = len(template)
    vowels = _HARMONIES[template].get(text[-size:])
    if vowels is None or len(text) <= size:
        return None  # no harmony class writes the suffix like this: skip the vowel search
    left = text[:-size]
    return left if _last_vowel(left) in vowels else None


def _fits(context: str, left: str) -> bool:
    if context == "C":
        return left[-1] not in sx.VOWELS
    if context == "V":
        return left[-1] in sx.VOWELS
    return True


class _Reading(NamedTuple):  # a named tuple: built far faster than a frozen dataclass, and there are many
    stem_len: int
    lemma_end: str  # replacement for the stem's last letter when softening is undone, else ""
    plural: bool
    possessive: str
    case: str
    score: float


_SCORE = itemgetter(5)  # _Reading.score

# (case, template, context, colloquial); the nominative has no suffix and allows any possessive.
_CASE_ENTRIES: tuple[tuple[str, str, str, bool], ...] = (
    ("nom", "", "N", False),
    *((case, t, c, False) for case, entries in sx.CASE_SUFFIXES.items() for t, c in entries),
    *((case, t, c, True) for case, entries in sx.COLLOQUIAL_CASE_SUFFIXES.items() for t, c in entries),
)
_POSS_ENTRIES: tuple[tuple[str, str, str], ...] = (
    ("", "", "N"),
    *((poss, t, c) for poss, entries in sx.POSSESSIVE_SUFFIXES.items() for t, c in entries),
)


# Most suffixes cannot end a given word, so the entries are indexed by the ending a word must have
# for them: the last two letters of a form, or its one letter (-a, -ı, -m). A word then tries the few
# suffixes that can end it (2-7 of 23 for case) instead of all of them; ``_strip`` still checks each.
_Index = tuple[dict[str, tuple], tuple]


def _by_ending(entries: tuple[tuple, ...]) -> _Index:
    """Index entries (template second) by ending, table order kept; plus the suffix-less entries,
    which are all a word with an ending not in the index can take."""
    bare = tuple(e for e in entries if not e[1])
    forms = {e[1]: _HARMONIES[e[1]].keys() for e in entries if e[1]}
    keys = {form[-2:] for fs in forms.values() for form in fs}
    # a form fits a two-letter key if it ends in it or is its last letter; a one-letter key only itself
    index = {key: tuple(e for e in entries if not e[1] or any(f[-2:] == key or key.endswith(f) for f in forms[e[1]]))
             for key in keys}
    return index, bare


def _suffixes_ending(text: str, index: _Index) -> tuple:
    """The entries of ``index`` that may end ``text`` (a superset: ``_strip`` decides)."""
    by_ending, bare = index
    found = by_ending.get(text[-2:])
    return by_ending.get(text[-1:], bare) if found is None else found


_CASE_INDEX = _by_ending(_CASE_ENTRIES)
_POSS_INDEX = _by_ending(_POSS_ENTRIES)


def _clitic_splits(word: str, capitalised: bool) -> list[tuple[str, tuple[str, ...], float]]:
    """(rest, cases the clitic may follow, score adjustment) for no clitic, -ki and the copula."""
    splits: list[tuple[str, tuple[str, ...], float]] = [(word, sx.CASES, 0.0)]
    rest = _strip(word, sx.RELATIVE_CLITIC)
    if rest:
        splits.append((rest, sx.RELATIVE_CLITIC_CASES, 0.0))
    rest = _strip(word, sx.COPULA_CLITIC)
    if rest:  # names like Bahadır, Nadir end in -dır: on a name the copula must follow a case (Bakıdadır)
        splits.append((rest, ("loc", "abl") if capitalised else ("nom", "loc", "abl"), -0.5))
    return splits


def _stem_ok(stem: str) -> bool:
    # the generator is slow and words are nearly always all letters: count only when they are not
    letters = len(stem) if stem.isalpha() else sum(ch.isalpha() for ch in stem)
    if letters < 3 and stem not in sx.SHORT_STEMS:
        return False
    return bool(_last_vowel(stem))


def _inflections(word: str, capitalised: bool) -> list[tuple[str, bool, str, str, float]]:
    """Every (stem, plural, possessive, case, bonus) split of a lower-case word that obeys the rules."""
    out = []
    for rest, allowed, bonus in _clitic_splits(word, capitalised):
        for case, template, context, colloquial in _suffixes_ending(rest, _CASE_INDEX):
            left = _strip(rest, template) if case in allowed else None
            if not left or not _fits(context, left):
                continue
            extra = bonus - (1.5 if colloquial else 0.0)
            if context == "V" and template[:1] == "n":
                # Qazaxıstan-ın or Qazaxısta-nın? Stems in -n are far commoner than the buffer n.
                extra -= _N_BUFFER_PENALTY
            _possessed(left, case, context, extra, out)
    return out


def _possessed(left: str, case: str, context: str, bonus: float, out: list) -> None:
    """Append to ``out`` the splits of ``left`` (the word before ``case``) into stem, plural, possessive."""
    for poss, template, poss_context in _suffixes_ending(left, _POSS_INDEX):
        # After the 3rd-person possessive dat/acc/loc/abl need the pronominal n (P forms), and only there.
        if context != "N" and (context == "P") != (poss == "3"):
            continue
        before = _strip(left, template)
        if not before or not _fits(poss_context, before):
            continue
        out.append((before, False, poss, case, bonus))
        plain = _strip(before, sx.PLURAL_SUFFIX)
        if plain:
            out.append((plain, True, poss, case, bonus))


_AS_WRITTEN = (("", 0.0),)  # shared: most stems are not softened, and this is asked for every reading


def _lemma_ends(stem: str, vowel_next: bool) -> tuple[tuple[str, float], ...]:
    """Ways to undo softening on a surface stem: (replacement last letter or "", score adjustment)."""
    last = stem[-1]
    if not vowel_next or last not in sx.SOFTENING or len(stem) < 3 or stem[-2] not in sx.VOWELS:
        return _AS_WRITTEN
    if last == "y":
        keep_y = stem in sx.Y_FINAL_NAMES or stem.endswith(sx.Y_FINAL_ENDINGS)
        derived = stem.endswith(sx.SOFTENED_DERIVATION_ENDINGS)
        return ("k", 1.5 if derived else -0.5), ("", 3.0 if keep_y else -0.25)
    hard = stem in sx.HARD_G_WORDS or stem.endswith(sx.HARD_G_ENDINGS)
    return ("q", -0.3 if hard else 0.0), ("", 0.3 if hard else -0.25)


def _is_izafet_head(lemma: str) -> bool:
    return lemma in sx.IZAFET_HEADS or lemma.endswith(sx.IZAFET_ENDINGS)


def _score(word: str, stem: str, lemma: str, plural: bool, poss: str, case: str, capitalised: bool) -> float:
    """Plausibility of one reading: the inflection's length, adjusted by what is usual in news."""
    score = float(len(word) - len(stem))
    if poss in ("1sg", "2sg"):
        score -= 3.0  # rare in news, and they would cut names like Kərim, Elçin
    if case == "acc" and poss == "":
        score += 0.1  # a bare -ı after a consonant is more often accusative ...
    if poss == "3" and case == "nom" and _is_izafet_head(lemma):
        score += 0.2  # ... except on heads of names (Mərkəzi Bankı, Xarici İşlər Nazirliyi)
    if poss == "3" and case == "nom" and plural and capitalised:
        score += 0.2  # a capitalised plural in -ları is a name's head (Silahlı Qüvvələri)
    if lemma in sx.PROTECTED_WORDS:
        score += 5.0
    elif lemma in sx.IZAFET_HEADS or (lemma[-1] in sx.VOWELS and lemma.endswith(sx.NOMINATIVE_ENDINGS)):
        score += 1.5  # a known head (Məclis-i, not Məcli-si) or a name's shape (Rusiya-nın)
    return score


def _bare_score(word: str, capitalised: bool) -> float:
    if word in sx.PROTECTED_WORDS:
        return 10.0
    if len(word) >= 5 and word.endswith(sx.NOMINATIVE_ENDINGS) and not word.endswith(("liyə", "lüyə")):
        return 4.0
    if capitalised and len(word) >= 5 and word.endswith(sx.NAME_ADJECTIVE_ENDINGS):
        return 4.0
    return 0.0


def _readings(word: str, capitalised: bool) -> list[_Reading]:
    """All readings of a lower-case alphabetic word, best first."""
    readings = [_Reading(len(word), "", False, "", "nom", _bare_score(word, capitalised))]
    for stem, plural, poss, case, bonus in _inflections(word, capitalised):
        if len(stem) == len(word) or not _stem_ok(stem):
            continue
        vowel_next = word[len(stem)] in sx.VOWELS
        for end, adjust in _lemma_ends(stem, vowel_next):
            lemma = stem[:-1] + end if end else stem
            score = _score(word, stem, lemma, plural, poss, case, capitalised) + adjust + bonus
            readings.append(_Reading(len(stem), end, plural, poss, case, score))
    # stable, reverse included: ties keep table order (gen before 2sg, acc before 3)
    readings.sort(key=_SCORE, reverse=True)
    return _dedupe(readings)


def _dedupe(readings: list[_Reading]) -> list[_Reading]:
    seen: set[tuple] = set()
    out = []
    for r in readings:
        key = r[:5]  # every field but the score
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _to_analysis(surface: str, r: _Reading, offset: int = 0) -> Analysis:
    """Build the record; ``offset`` is where the analysed part starts in ``surface`` (after a hyphen)."""
    stem_len, lemma_end, plural, possessive, case, _ = r  # unpacking beats five attribute look-ups
    end = offset + stem_len
    stem = surface[:end]
    if lemma_end:
        letter = lemma_end if stem[-1].islower() else az_upper(lemma_end)
        stem = stem[:-1] + letter
    return Analysis(surface, stem, case, possessive, plural, surface[end:])


def _separated_suffixes() -> dict[str, tuple[str, str]]:
    """Every written form of a case (with any harmony) that may follow a hyphen: form -> (case, poss)."""
    table: dict[str, tuple[str, str]] = {}
    for probe in sx.VOWELS:  # acronyms are read letter by letter, so any harmony can occur
        for case, template, context, _ in _CASE_ENTRIES:
            if context in ("C", "V", "*") and template:
                form = realise(template, probe)
                if form:
                    table.setdefault(form, (case, ""))
    for form in sx.ORDINAL_SUFFIXES:
        table.setdefault(form, ("nom", ""))
    return table


_SEPARATED = _separated_suffixes()
_SEPARATORS = frozenset(sx.SUFFIX_SEPARATORS)


def _hyphenated(word: str) -> list[Analysis]:
    """Readings of ``ATƏT-in``, ``2024-cü``, ``Nyu-Yorkda``: split at the last separator."""
    cut = max(word.rfind(sep) for sep in sx.SUFFIX_SEPARATORS)
    head, tail = word[:cut], word[cut + 1 :]
    if not head or not tail:
        return []
    if tail.islower() and az_lower(tail) in _SEPARATED:
        case, poss = _SEPARATED[az_lower(tail)]
        return [Analysis(word, head, case, poss, False, word[cut:])]
    if tail.isalpha():  # a compound name: inflection sits on its last part
        return [_to_analysis(word, r, cut + 1) for r in _readings(az_lower(tail), tail[0].isupper())]
    return []


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[Analysis, ...]:
    if not _SEPARATORS.isdisjoint(word):
        found = _hyphenated(word)
        return tuple(found) if any(a.suffix == "" for a in found) else (*found, Analysis(word, word))
    if not word.isalpha():
        return (Analysis(word, word),)
    return tuple([_to_analysis(word, r) for r in _readings(az_lower(word), word[0].isupper())])


def candidates(word: str) -> list[Analysis]:
    """Every reading of ``word`` that obeys harmony and buffers, the bare one included, best first."""
    return list(_candidates(word))


def _known(analysis: Analysis, lexicon: Lexicon) -> bool:
    return lexicon(analysis.stem) or lexicon(_nominative_of(analysis))


@lru_cache(maxsize=262144)
def analyse(word: str, lexicon: Lexicon | None = None) -> Analysis:
    """The first reading whose stem (or case-less form) ``lexicon`` knows; else the best guess.
    Cached: news repeats its words, and the entity rules ask about the same word many times."""
    found = _candidates(word)
    if lexicon is not None:
        for analysis in found:
            if _known(analysis, lexicon):
                return analysis
    return found[0]


def _nominative_of(analysis: Analysis) -> str:
    """The surface without its case and clitics: stem, plural and possessive as written."""
    surface = analysis.surface
    end = len(surface) - len(analysis.suffix)
    if analysis.suffix[:1] in sx.SUFFIX_SEPARATORS or not (analysis.plural or analysis.possessive):
        return analysis.stem  # the dictionary form, softening undone (Nazirliyə -> Nazirlik)
    if analysis.plural:
        end += len(sx.PLURAL_SUFFIX)
    if analysis.possessive:
        before = az_lower(surface[:end])
        for template, context in sx.POSSESSIVE_SUFFIXES[analysis.possessive]:
            if _fits(context, before):
                end += len(template)
                break
    return surface[:end]


@lru_cache(maxsize=262144)
def nominative(word: str, lexicon: Lexicon | None = None) -> str:
    """``word`` without its case suffix, possessive kept (``Respublikasının`` -> ``Respublikası``)."""
    return _nominative_of(analyse(word, lexicon))


def case_of(word: str, lexicon: Lexicon | None = None) -> str:
    """The case of ``word``: nom, gen, dat, acc, loc, abl or ins."""
    return analyse(word, lexicon).case


@register("morphology", requires=("tokens",), assigns=("analyses",))
def make_morphology_stage(lexicon: Lexicon | None = None) -> StageFn:
    """An ``Analysis`` for each name-like (capitalised) token, ``None`` for the rest: this is a noun and
    name analyser, and lower-case words are as often verbs, which it would misread. A suffix the
    tokenizer split off (``ATƏT`` + ``-in``, ``ABŞ`` + ``’ın``) is analysed with its host, whose analysis
    then carries the case. ``lexicon`` (default: the gazetteer's names) picks among readings.
    Words repeat a lot in news, so each is analysed once (``analyse`` is cached)."""
    if lexicon is None:
        from .entity import gazetteer  # imported here: the gazetteer is built from segment, which this must not need

        lexicon = gazetteer.load().knows_word

    def morphology_stage(doc: Document) -> Document:
        tokens = doc.tokens
        analyses: list[Analysis | None] = []
        for i, token in enumerate(tokens):
            word = token.text
            if not word[:1].isupper():
                analyses.append(None)
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.start == token.end and following.text[:1] in sx.SUFFIX_SEPARATORS:
                word += following.text  # ``ATƏT-in``: the case is in the split-off suffix
            analyses.append(analyse(word, lexicon))
        return dataclasses.replace(doc, analyses=tuple(analyses))

    return morphology_stage
