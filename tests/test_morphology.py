"""Table-driven tests of the Azerbaijani suffix analyser on real words of news text."""

from __future__ import annotations

import pytest

from pipeline.records import Article, Document, Token
from pipeline.stage import REGISTRY
from pipeline.stages.morphology import (
    analyse,
    az_lower,
    az_upper,
    candidates,
    case_of,
    make_morphology_stage,
    nominative,
)

# word -> (nominative: case removed, possessive kept; case)
NOMINATIVE_CASES = [
    # names and places, the canonical forms the entity stage needs
    ("Nazarbəyevə", "Nazarbəyev", "dat"),
    ("Qazaxıstanın", "Qazaxıstan", "gen"),
    ("Respublikasının", "Respublikası", "gen"),
    ("Azərbaycanla", "Azərbaycan", "ins"),
    ("Bakıya", "Bakı", "dat"),
    ("Bakıda", "Bakı", "loc"),
    ("Bakının", "Bakı", "gen"),
    ("Əliyevin", "Əliyev", "gen"),
    ("Əliyevlə", "Əliyev", "ins"),
    ("Nazirliyinin", "Nazirliyi", "gen"),
    ("Nazirliyi", "Nazirliyi", "nom"),
    ("Bankına", "Bankı", "dat"),
    ("Bankı", "Bankı", "nom"),
    ("Bankın", "Bank", "gen"),
    ("Prezidentinin", "Prezidenti", "gen"),
    ("səfirliyi", "səfirliyi", "nom"),
    ("Türkiyəyə", "Türkiyə", "dat"),
    ("Türkiyənin", "Türkiyə", "gen"),
    ("Gəncədə", "Gəncə", "loc"),
    ("Gəncəyə", "Gəncə", "dat"),
    ("Rusiyadan", "Rusiya", "abl"),
    ("Rusiyanın", "Rusiya", "gen"),
    ("Çinə", "Çin", "dat"),
    ("Aktauda", "Aktau", "loc"),
    ("Parisdə", "Paris", "loc"),
    ("Qazaxıstanı", "Qazaxıstan", "acc"),
    ("Azərbaycanı", "Azərbaycan", "acc"),
    ("Ermənistanla", "Ermənistan", "ins"),
    ("Vaşinqtona", "Vaşinqton", "dat"),
    ("Londonda", "London", "loc"),
    ("Ankaraya", "Ankara", "dat"),
    ("Almaniyaya", "Almaniya", "dat"),
    ("Şuşada", "Şuşa", "loc"),
    ("Astanada", "Astana", "loc"),
    ("Tbilisiyə", "Tbilisi", "dat"),
    ("Şəkidə", "Şəki", "loc"),
    ("Berlində", "Berlin", "loc"),
    ("Qarabağın", "Qarabağ", "gen"),
    ("İraqın", "İraq", "gen"),
    ("Məclisin", "Məclis", "gen"),
    ("Məclisi", "Məclisi", "nom"),
    # pronominal n after the 3rd-person possessive
    ("Respublikasına", "Respublikası", "dat"),
    ("Respublikasında", "Respublikası", "loc"),
    ("Respublikasından", "Respublikası", "abl"),
    ("Nazirliyində", "Nazirliyi", "loc"),
    ("Nazirliyinə", "Nazirliyi", "dat"),
    ("Şurasının", "Şurası", "gen"),
    ("İttifaqının", "İttifaqı", "gen"),
    ("Fondunun", "Fondu", "gen"),
    ("Prokurorluğunun", "Prokurorluğu", "gen"),
    # softening undone when only the case goes
    ("Nazirliyə", "Nazirlik", "dat"),
    ("Nazirlikdə", "Nazirlik", "loc"),
    ("uşağı", "uşaq", "acc"),
    # hyphen and apostrophe on acronyms and numbers
    ("ATƏT-in", "ATƏT", "gen"),
    ("ABŞ-yə", "ABŞ", "dat"),
    ("AB-nin", "AB", "gen"),
    ("BMT-nin", "BMT", "gen"),
    ("NATO-ya", "NATO", "dat"),
    ("NATO-nun", "NATO", "gen"),
    ("SOCAR-ın", "SOCAR", "gen"),
    ("ATƏT’in", "ATƏT", "gen"),
    ("14-də", "14", "loc"),
    ("2025-ci", "2025", "nom"),
    ("Nyu-Yorkda", "Nyu-York", "loc"),
    # common nouns, plural, other possessives, clitics
    ("ildə", "il", "loc"),
    ("mayın", "may", "gen"),
    ("iyulun", "iyul", "gen"),
    ("evdə", "ev", "loc"),
    ("kitabı", "kitab", "acc"),
    ("otaqdan", "otaq", "abl"),
    ("şirkətlərin", "şirkətlər", "gen"),
    ("uşaqlara", "uşaqlar", "dat"),
    ("ölkəmizin", "ölkəmiz", "gen"),
    ("dövlətimizin", "dövlətimiz", "gen"),
    ("Bakıdakı", "Bakı", "loc"),
    ("Bakıdadır", "Bakı", "loc"),
    # upper case text keeps Azerbaijani I/İ
    ("AZƏRBAYCANIN", "AZƏRBAYCAN", "gen"),
    ("İSTANBULA", "İSTANBUL", "dat"),
]

# bare names and words that only look inflected: nothing is removed
NOT_STRIPPED = [
    "Gəncə", "Şuşa", "Moskva", "Rusiya", "Türkiyə", "Astana", "Bakı", "Şəki", "Tbilisi", "Kanada", "Berlin",
    "Sudan", "Leyla", "Elçin", "Məmmədova", "Əliyeva", "Qubadlı", "Bahadır", "Putin", "Azərbaycan", "ilə", "üçün",
    "Bakı-Tbilisi-Ceyhan", "ABŞ", "2025",
]

# word -> (stem with every suffix removed, possessive, plural)
STEMS = [
    ("Respublikasının", "Respublika", "3", False),
    ("Nazirliyinin", "Nazirlik", "3", False),
    ("Nazirliyi", "Nazirlik", "3", False),
    ("səfirliyi", "səfirlik", "3", False),
    ("Prokurorluğu", "Prokurorluq", "3", False),
    ("qabağında", "qabaq", "3", False),
    ("ölkələrimizin", "ölkə", "1pl", True),
    ("müqavilələrin", "müqavilə", "", True),
    ("Şahdağa", "Şahdağ", "", False),
    ("dağı", "dağ", "", False),
    ("Dubaya", "Dubay", "", False),
]


@pytest.mark.parametrize(("word", "expected", "case"), NOMINATIVE_CASES)
def test_nominative_and_case(word: str, expected: str, case: str) -> None:
    assert nominative(word) == expected
    assert case_of(word) == case


@pytest.mark.parametrize("word", NOT_STRIPPED)
def test_bare_words_are_kept(word: str) -> None:
    analysis = analyse(word)
    assert (analysis.stem, analysis.case, analysis.suffix) == (word, "nom", "")


@pytest.mark.parametrize(("word", "stem", "possessive", "plural"), STEMS)
def test_stem(word: str, stem: str, possessive: str, plural: bool) -> None:
    analysis = analyse(word)
    assert (analysis.stem, analysis.possessive, analysis.plural) == (stem, possessive, plural)


def test_candidates_include_bare_and_obey_harmony() -> None:
    readings = candidates("Gəncəyə")
    assert readings[0].stem == "Gəncə"
    assert any(r.suffix == "" for r in readings)
    # -ya would break front harmony after ə, so no reading of Gəncəya exists but the bare one
    assert [r.suffix for r in candidates("Gəncəya")] == [""]


def test_buffer_consonant_only_after_vowel() -> None:
    # Azərbaycan ends in a consonant: the dative is -a, never -ya; Bakı ends in a vowel: -ya, never -a
    assert all(r.stem != "Azərbaycan" for r in candidates("Azərbaycanya"))
    assert all(r.stem != "Bakı" for r in candidates("Bakıa"))
    assert case_of("Azərbaycana") == "dat"


def test_lexicon_picks_the_known_stem() -> None:
    places = {"Gənc", "Zahidə"}.__contains__
    assert nominative("Gəncə", lexicon={"Gənc"}.__contains__) == "Gənc"
    assert nominative("Zahidə", lexicon=places) == "Zahidə"
    # an unknown word falls back on the best guess
    assert nominative("Nazarbəyevə", lexicon=places) == "Nazarbəyev"


def test_lexicon_knows_the_caseless_form() -> None:
    known = {"Mərkəzi Bankı", "Bankı"}.__contains__
    assert analyse("Bankına", lexicon=known).possessive == "3"


def test_azerbaijani_case_mapping() -> None:
    assert az_lower("İLHAM ƏLİYEV") == "ilham əliyev"
    assert az_lower("BAKI") == "bakı"
    assert az_upper("bakı və şəki") == "BAKI VƏ ŞƏKİ"


def test_stage_analyses_name_like_tokens_and_leaves_the_rest() -> None:
    assert REGISTRY["morphology"].assigns == ("analyses",)
    text = "Bakıda ATƏT-in 14 gəlib ."
    tokens = (Token(0, 6, "Bakıda"), Token(7, 14, "ATƏT-in"), Token(15, 17, "14"), Token(18, 23, "gəlib"),
              Token(24, 25, "."))
    doc = Document(Article("a1", text), text=text, tokens=tokens)
    out = make_morphology_stage()(doc)
    assert len(out.analyses) == len(tokens)
    assert [a.stem if a else None for a in out.analyses] == ["Bakı", "ATƏT", None, None, None]
    assert [a.case for a in out.analyses if a] == ["loc", "gen"]


def test_precomputed_harmony_matches_realise():
    """The import-time tables used by the fast ``_strip`` agree with ``realise`` for every harmony class."""
    from pipeline.stages import morphology as m

    for template, harmonies in m._HARMONIES.items():
        for vowel in ("", *m.sx.VOWELS):
            giving = [form for form, vowels in harmonies.items() if vowel in vowels]
            assert giving == ([] if m.realise(template, vowel) is None else [m.realise(template, vowel)])
    # the ending index never hides an entry whose suffix a word ends in
    for entries, index in ((m._CASE_ENTRIES, m._CASE_INDEX), (m._POSS_ENTRIES, m._POSS_INDEX)):
        for entry in entries:
            for form in m._HARMONIES.get(entry[1], {"": None}):
                for word in (f"bak{form}", f"ev{form}", f"x{form}"):
                    assert entry in m._suffixes_ending(word, index)
