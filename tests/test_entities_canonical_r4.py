"""Canonical names of places and organisations whose last word ends like a case suffix, settled by the
article's own words (round 4c). Sentences and names are written for these tests."""

from __future__ import annotations

from pipeline.records import Entity
from pipeline.stages.entity.canonical import agreed_place_endings


def mention(text: str, canonical: str, label: str = "LOC", start: int = 0) -> Entity:
    return Entity(start=start, end=start + len(text), text=text, label=label, canonical=canonical)


def settled(text: str, found: list[Entity]) -> list[str]:
    return [e.canonical for e in agreed_place_endings(found, text)]


# --- a genitive after a vowel-final name: the buffer n belongs to the suffix ----------------------------------

def test_genitive_with_buffer_after_a_keeps_the_vowel_stem():
    text = "Nevadanın səhralarında yeni yol çəkilir."
    assert settled(text, [mention("Nevadanın", "Nevadan")]) == ["Nevada"]


def test_genitive_with_buffer_after_front_e_keeps_the_vowel_stem():
    text = "Kalabrə körfəzi ilə Marsələnin limanı arasında gəmi işləyir."
    assert settled(text, [mention("Marsələnin", "Marsələn")]) == ["Marsələ"]


def test_n_stem_written_bare_elsewhere_stays():
    text = "Dorvanın sakinləri toplaşdı. Dorvan kiçik şəhərdir."
    assert settled(text, [mention("Dorvanın", "Dorvan")]) == ["Dorvan"]


def test_known_n_stem_stays():
    text = "Tehranın küçələrində bayram keçirildi."
    assert settled(text, [mention("Tehranın", "Tehran")]) == ["Tehran"]


def test_genitive_on_a_rounded_stem_is_left_to_other_rules():
    text = "Vaşinqtonun mövqeyi dəyişmədi."
    assert settled(text, [mention("Vaşinqtonun", "Vaşinqton")]) == ["Vaşinqton"]


def test_people_are_left_alone():
    text = "Karanın çıxışı uzun sürdü."
    assert settled(text, [mention("Karanın", "Karan", "PER")]) == ["Karan"]


# --- a dative kept as the name's last letter, undone where the article writes the bare word ------------------

def test_dative_kept_is_dropped_where_the_bare_word_is_written():
    text = "Gəmi Böyük dəryaya çatdı. Böyük dərya sakit idi."
    found = [mention("Böyük dəryaya", "Böyük dəryaya"), mention("Böyük dərya", "Böyük dərya", start=31)]
    assert settled(text, found) == ["Böyük dərya", "Böyük dərya"]


def test_dative_looking_name_without_a_bare_form_stays():
    text = "Turistlər Kalmona gedir."
    assert settled(text, [mention("Kalmona", "Kalmona")]) == ["Kalmona"]


def test_possessive_head_stays_beside_a_bare_common_word():
    text = "Layihəni Şimal Bankına təqdim etdilər. Hər bank öz qaydasını yazır. Bank dedi."
    found = [mention("Şimal Bankına", "Şimal Bankı", "ORG")]
    assert settled(text, found) == ["Şimal Bankı"]


def test_genitive_of_an_inflected_head_does_not_lengthen_the_name():
    text = "Şimal Fonduna vəsait ayrıldı. Fondun hesabatı dərc olunub."
    found = [mention("Şimal Fonduna", "Şimal Fondu", "ORG")]
    assert settled(text, found) == ["Şimal Fondu"]


def test_land_name_in_tan_keeps_its_n():
    text = "Barimantanın cəngəlliklərində yanğın söndürüldü."
    assert settled(text, [mention("Barimantanın", "Barimantan")]) == ["Barimantan"]


# --- a dative on an ordinary noun that ends a name --------------------------------------------------------------

def test_dative_on_a_common_noun_head_is_taken_off():
    text = "Nümayəndə heyəti Şərqi Sahilə yola düşdü."
    assert settled(text, [mention("Şərqi Sahilə", "Şərqi Sahilə")]) == ["Şərqi Sahil"]


def test_common_word_in_a_is_not_cut():
    text = "Qərarı Ali Şura verdi."
    assert settled(text, [mention("Ali Şura", "Ali Şura", "ORG")]) == ["Ali Şura"]


def test_unknown_name_in_a_is_not_cut():
    text = "Nümayəndələr Talvera gəldi."
    assert settled(text, [mention("Talvera", "Talvera")]) == ["Talvera"]


# --- a person named by one word, kept whole with a buffered genitive ---------------------------------------------

def test_lone_person_with_buffered_genitive_after_a_loses_it():
    text = "Məşqçi bildirdi ki, Kalonanın oyunu zəif idi."
    assert settled(text, [mention("Kalonanın", "Kalonanın", "PER")]) == ["Kalona"]


def test_lone_person_written_the_same_way_elsewhere_stays():
    text = "Kalonanın oyunu zəif idi. Kalonanın adı siyahıda yoxdur."
    assert settled(text, [mention("Kalonanın", "Kalonanın", "PER")]) == ["Kalonanın"]


def test_lone_given_name_in_in_stays():
    text = "Müəllim Ramin dərsə gəldi."
    assert settled(text, [mention("Ramin", "Ramin", "PER")]) == ["Ramin"]


# --- an organisation's head noun keeps its possessive ----------------------------------------------------------

def test_head_of_an_organisation_keeps_its_possessive_i():
    text = "Həkimlər Soveti yeni qayda qəbul etdi."
    assert settled(text, [mention("Həkimlər Soveti", "Həkimlər Sovet", "ORG")]) == ["Həkimlər Soveti"]


def test_head_whose_bare_stem_is_written_stays_cut():
    text = "Gənclər Sovet yaratdı. Həmin Sovet tezliklə dağıldı, Gənclər Soveti isə qaldı."
    assert settled(text, [mention("Gənclər Soveti", "Gənclər Sovet", "ORG")]) == ["Gənclər Sovet"]


def test_one_word_organisation_in_the_accusative_is_left_alone():
    text = "Jurnalistlər Marbeni tənqid etdi."
    assert settled(text, [mention("Marbeni", "Marben", "ORG")]) == ["Marben"]


# --- the copula written on a known name ---------------------------------------------------------------------------

def test_copula_on_a_known_place_is_cut():
    text = "Bu ilin ən böyük ixracatçısı Kanadadır."
    assert settled(text, [mention("Kanadadır", "Kanadadır")]) == ["Kanada"]


def test_name_in_dir_that_is_no_known_place_stays():
    text = "Qonaqlar Valdirə gəldi, sonra Valdir şəhərini gəzdi."
    assert settled(text, [mention("Valdir", "Valdir", start=30)]) == ["Valdir"]
