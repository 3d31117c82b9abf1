"""Canonical names of people read from the article's own evidence, one kind of error each, on sentences
written for these tests (the names are made up)."""

from __future__ import annotations

import pytest

from pipeline import Article, Pipeline
from pipeline.records import Entity
from pipeline.stages.entity.canonical import dominant_spellings, settle
from pipeline.stages.entity.name_shapes import person_nominative


def canonicals(nlp: Pipeline, text: str) -> dict[str, str]:
    result = nlp(Article(id="canon", text=text))
    assert result.status == "ok", result.error
    return {e.text: e.canonical for e in result.entities if e.label == "PER"}


def person(text: str, canonical: str, start: int = 0) -> Entity:
    return Entity(start=start, end=start + len(text), text=text, label="PER", canonical=canonical)


# --- a surname spelt two ways in one article: the spelling most mentions use -------------------------------

def test_surname_spelt_with_a_once_takes_the_spelling_of_the_other_mentions():
    found = dominant_spellings([person("Qulnar Tabarbəyevə", "Qulnar Tabarbəyev"),
                                person("Qulnar Tabarbəyev", "Qulnar Tabarbəyev", 40),
                                person("Qulnar Tabarbayev", "Qulnar Tabarbayev", 80)])
    assert {e.canonical for e in found} == {"Qulnar Tabarbəyev"}


def test_single_and_double_letter_are_one_surname():
    found = dominant_spellings([person("Maykl Derrel", "Maykl Derrel"), person("Derrelə", "Derrel", 30),
                                person("Derelin", "Derel", 60)])
    assert {e.canonical for e in found} == {"Maykl Derrel", "Derrel"}


def test_given_names_spelt_alike_stay_apart():
    found = dominant_spellings([person("Quliyev Samir Əli oğlu", "Quliyev Samir Əli oğlu"),
                                person("Quliyev Samir Alı oğlu", "Quliyev Samir Alı oğlu", 40)])
    assert {e.canonical for e in found} == {"Quliyev Samir Əli oğlu", "Quliyev Samir Alı oğlu"}


def test_different_surnames_are_not_merged():
    found = dominant_spellings([person("Tural Kərimov", "Tural Kərimov"), person("Tural Kərimli", "Tural Kərimli")])
    assert {e.canonical for e in found} == {"Tural Kərimov", "Tural Kərimli"}


def test_variant_spelling_in_a_text(rules_only):
    text = ("Prezident Nurbəy Qaraxanbəyev Bakıya gəlib. Nurbəy Qaraxanbəyev sazişi imzalayıb. "
            "Sonra Nurbəy Qaraxanbayev jurnalistlərə müsahibə verib.")
    assert set(canonicals(rules_only, text).values()) == {"Nurbəy Qaraxanbəyev"}


# --- a given name alone, read as a suffixed word: the article writes it whole before a surname ---------------

def test_lone_given_name_keeps_its_final_vowel_written_before_the_surname():
    text = "Sürücü Tapani Korvalainen yarışda ikinci olub. Jurnalistlər yazıb ki, Tapani yenə hazırdır."
    start = text.index("Tapani", 30)
    found = settle([person("Tapani Korvalainen", "Tapani Korvalainen", 7), person("Tapani", "Tapan", start)], text)
    assert {e.canonical for e in found} == {"Tapani Korvalainen"}


def test_lone_word_with_no_written_whole_form_keeps_its_reading():
    text = "Sürücü Tapani Korvalainen yarışda ikinci olub. Ertəsi gün Oskarı təbrik ediblər."
    start = text.index("Oskarı")
    found = settle([person("Tapani Korvalainen", "Tapani Korvalainen", 7), person("Oskarı", "Oskar", start)], text)
    assert {e.canonical for e in found} == {"Tapani Korvalainen", "Oskar"}


# --- a genitive with its buffer n after a foreign stem in a rounded vowel or in -ani ------------------------

@pytest.mark.parametrize(("word", "nominative"), [
    ("Belardonun", "Belardo"),      # a stem in -o: -nun
    ("Kanekonun", "Kaneko"),        # another -o
    ("Cəfəraninin", "Cəfərani"),    # the nisba -ani: -nin
    ("Kornelsonun", "Kornelson"),   # the English -son keeps its n
    ("Borzinin", "Borzin"),         # a stem in -in (like the Russian -in) keeps its n
])
def test_buffered_genitive_after_a_vowel_stem(word, nominative):
    assert person_nominative(word) == nominative
    assert person_nominative(word, possessed_ahead=False) in (nominative, word)


def test_buffered_genitive_without_a_possessed_noun_after_it():
    assert person_nominative("Belardonun", possessed_ahead=False) == "Belardo"


# --- a name ending in a two-letter word, then written with a suffix: the article's bare word settles it ------

def test_two_letter_last_word_with_a_buffered_suffix_follows_the_bare_mention():
    text = "Baş nazir Pak Con Mu çıxış edib. Pak Con Munun sözlərinə görə, islahat davam edəcək."
    start = text.index("Pak Con Munun")
    found = settle([person("Pak Con Mu", "Pak Con Mu", 10), person("Pak Con Munun", "Pak Con Mun", start)], text)
    assert {e.canonical for e in found} == {"Pak Con Mu"}


def test_two_letter_reading_without_support_is_not_taken():
    text = "Baş nazir Pak Con Munun sözlərinə görə, islahat davam edəcək."
    found = settle([person("Pak Con Munun", "Pak Con Mun", 10)], text)
    assert {e.canonical for e in found} == {"Pak Con Mun"}


# --- a lower-case syllable glued by a hyphen to a name's last word: part of the name, unless a case suffix ----

@pytest.mark.parametrize(("text", "name"), [
    ("Xarici işlər naziri Pak Sonq-hu Seula qayıdıb.", "Pak Sonq-hu"),
    ("Sabiq nazir Kan Dal-mi ilə görüş keçirilib.", "Kan Dal-mi"),
])
def test_hyphenated_syllable_belongs_to_the_name(rules_only, text, name):
    assert canonicals(rules_only, text).get(name) == name


def test_hyphenated_case_suffix_stays_outside_the_name(rules_only):
    found = canonicals(rules_only, "Baş katib Lorenso Valdes-in sözlərinə görə, plan hazırdır.")
    assert "Lorenso Valdes" in found and found["Lorenso Valdes"] == "Lorenso Valdes"


# --- a lone surname spelt a letter away from the surname of one full name: the same person -----------------

def test_lone_surname_respelt_takes_the_full_name():
    text = "Müğənni Selena Marbers çıxış edib. Marberzin konserti uğurlu keçib."
    found = settle([person("Selena Marbers", "Selena Marbers", 8),
                    person("Marberzin", "Marberz", text.index("Marberzin"))], text)
    assert {e.canonical for e in found} == {"Selena Marbers"}


def test_a_womans_form_of_the_surname_is_another_person():
    text = "Nazir Tofiq Kəlbəliyev çıxış edib. Sonra Kəlbəliyeva söz alıb."
    found = settle([person("Tofiq Kəlbəliyev", "Tofiq Kəlbəliyev", 6),
                    person("Kəlbəliyeva", "Kəlbəliyeva", text.index("Kəlbəliyeva"))], text)
    assert {e.canonical for e in found} == {"Tofiq Kəlbəliyev", "Kəlbəliyeva"}


def test_two_full_names_close_to_the_lone_surname_leave_it_alone():
    text = "Radner Kollins və Meyo Kollinq danışıqlar aparıb. Kollinz sual verib."
    found = settle([person("Radner Kollins", "Radner Kollins", 0), person("Meyo Kollinq", "Meyo Kollinq", 18),
                    person("Kollinz", "Kollinz", text.index("Kollinz"))], text)
    assert {e.canonical for e in found} == {"Radner Kollins", "Meyo Kollinq", "Kollinz"}


def test_local_surnames_of_one_root_with_different_endings_stay_apart():
    text = "Nazir Rauf Qəmbərov çıxış edib. Sonra Qəmbərli söz alıb."
    found = settle([person("Rauf Qəmbərov", "Rauf Qəmbərov", 6),
                    person("Qəmbərli", "Qəmbərli", text.index("Qəmbərli"))], text)
    assert {e.canonical for e in found} == {"Rauf Qəmbərov", "Qəmbərli"}
