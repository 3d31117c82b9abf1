"""Kinds of organisation and place error read from the train split, each with sentences written for these tests.

Every rule is for a shape, a suffix or a context; the bodies named below are made up for the tests.
"""

from __future__ import annotations

import pytest

from pipeline import Article, Pipeline
from pipeline.records import Token
from pipeline.stages.entities import find_entities
from pipeline.stages.entity.rules import Span
from pipeline.stages.segment import tokenize


def found(nlp: Pipeline, text: str) -> set[tuple[str, str]]:
    result = nlp(Article(id="org-kinds", text=text))
    assert result.status == "ok", result.error
    return {(e.text, e.label) for e in result.entities}


@pytest.mark.parametrize(("text", "name"), [
    # a dative governed by the action noun after it is inside the name
    ("Dünən Meşə Resurslarına Nəzarət Dövlət Agentliyi yeni qaydalar açıqlayıb.",
     "Meşə Resurslarına Nəzarət Dövlət Agentliyi"),
    ("Sənədi Kiçik Fermerlərə Dəstək Fondu hazırlayıb.", "Kiçik Fermerlərə Dəstək Fondu"),
    # a genitive whose possessed word follows a state's mark
    ("Hesabatı Torpağın Dövlət Uçotu və Qeydiyyatı Xidməti dərc edib.",
     "Torpağın Dövlət Uçotu və Qeydiyyatı Xidməti"),
    # a plural genitive names a group of people: inside the name, also when two are joined by və
    ("Məktubu Əlillərin və Təqaüdçülərin İşləri üzrə Dövlət Komitəsi göndərib.",
     "Əlillərin və Təqaüdçülərin İşləri üzrə Dövlət Komitəsi"),
    # a genitive before a passive verbal noun
    ("Layihəni Torpaqların Qiymətləndirilməsi Agentliyi bəyənib.", "Torpaqların Qiymətləndirilməsi Agentliyi"),
])
def test_inflected_word_inside_an_official_name(rules_only: Pipeline, text: str, name: str) -> None:
    assert (name, "ORG") in found(rules_only, text)


def test_place_in_genitive_stays_outside_the_name(rules_only: Pipeline) -> None:
    """A known place in the genitive before a state's mark and the head is LOC + ORG (the specification)."""
    entities = found(rules_only, "Qərar Gürcüstanın Konstitusiya Məhkəməsi tərəfindən verilib.")
    assert ("Gürcüstanın", "LOC") in entities
    assert ("Konstitusiya Məhkəməsi", "ORG") in entities


def test_unit_named_by_a_word_the_article_writes_in_lower_case(rules_only: Pipeline) -> None:
    """A unit's capitalised modifier that the article also writes in lower case is a common word, even one the
    dictionary lacks: the unit is no organisation (corpus guide 27)."""
    text = ("Abituriyentlər nəticədən narazı olduqda Reinteqrasiya Komissiyasına müraciət edə bilərlər. "
            "Bu halda reinteqrasiya qaydası tətbiq olunur.")
    assert not any(label == "ORG" for _, label in found(rules_only, text))


def _model_span(tokens: list[Token], words: str, label: str) -> Span:
    texts = [t.text for t in tokens]
    first = texts.index(words.split()[0])
    last = first + len(words.split()) - 1
    return Span(first, last, label, words, "model")


@pytest.mark.parametrize(("text", "words"), [
    ("Bu barədə Yaşıl Partiyanın sözçüsü danışıb.", "Yaşıl Partiyanın"),  # an organisation's head ends it
    ("Sənədlər sonra Ticarət Reyestrinə daxil edilib.", "Ticarət Reyestrinə"),  # common words alone
])
def test_model_person_that_is_none(text: str, words: str) -> None:
    tokens = tokenize(text)
    entities = find_entities(tokens, text, [_model_span(tokens, words, "PER")], use_rules=False)
    assert not any(e.label == "PER" for e in entities)


def test_model_person_with_a_short_surname_is_kept() -> None:
    """One word alone may be a short foreign surname that is also a common word."""
    text = "Dünən Kim yeni bəyanat verib."
    tokens = tokenize(text)
    entities = find_entities(tokens, text, [_model_span(tokens, "Kim", "PER")], use_rules=False)
    assert [e.label for e in entities] == ["PER"]


@pytest.mark.parametrize(("text", "route"), [
    ("Şirkət iyundan Gəncə–Təbriz–Gəncə marşrutu üzrə reyslərə başlayacaq.", "Gəncə–Təbriz–Gəncə"),
    # two-word end points, and a route joined by və to the next one before the shared noun
    ("Kənddə Qaralar Yuxarı–Qaralar Aşağı və Sarıdərə–Xoşbulaq avtomobil yolu təmir olunur.",
     "Qaralar Yuxarı–Qaralar Aşağı"),
    ("Kənddə Qaralar Yuxarı–Qaralar Aşağı və Sarıdərə–Xoşbulaq avtomobil yolu təmir olunur.", "Sarıdərə–Xoşbulaq"),
])
def test_named_route(rules_only: Pipeline, text: str, route: str) -> None:
    assert (route, "LOC") in found(rules_only, text)


@pytest.mark.parametrize("text", ["Marşrut Gəncə–Qazax Qırxbulaq", "A–A A0"])
def test_dash_chain_ending_the_text_is_read_without_error(rules_only: Pipeline, text: str) -> None:
    result = rules_only(Article(id="written", text=text))
    assert result.status == "ok", result.error


def test_two_countries_as_a_modifier_stay_two_places(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Gürcüstan–Türkiyə Şərq münasibətləri müzakirə olunub.")
    assert ("Gürcüstan", "LOC") in entities


@pytest.mark.parametrize(("text", "name"), [
    ("Səhmlərin 10%-i “Zəfər Bank Gürcüstan”a məxsusdur.", "Zəfər Bank Gürcüstan"),
    ("Hesabatı dünən Odlar Kredit Bank Türkiyə dərc edib.", "Odlar Kredit Bank Türkiyə"),
])
def test_company_with_its_subsidiary_country(rules_only: Pipeline, text: str, name: str) -> None:
    assert (name, "ORG") in found(rules_only, text)


def test_two_word_country_written_into_a_ministry_name(rules_only: Pipeline) -> None:
    """A country of two words, the first ending like a dative (``-yə``), written without a genitive straight into
    the body's name makes one ORG (corpus guide 25), also when it opens the sentence."""
    text = "Mətbuata açıqlama verilib.\n\nSəudiyyə Ərəbistanı Ədliyyə Nazirliyi yeni qayda açıqlayıb."
    assert ("Səudiyyə Ərəbistanı Ədliyyə Nazirliyi", "ORG") in found(rules_only, text)


@pytest.mark.parametrize(("text", "words", "kept"), [
    ("Xəstə sonra Klinikasında müalicə olunub.", "Klinikasında", False),  # a unit, not a place
    ("Sənəd Torpaq Reyestrindən çıxarılıb.", "Torpaq Reyestrindən", False),
    ("Qonaqlar Çex Respublikasında olublar.", "Çex Respublikasında", True),  # a state's head names a place
])
def test_model_place_of_common_words(text: str, words: str, kept: bool) -> None:
    tokens = tokenize(text)
    entities = find_entities(tokens, text, [_model_span(tokens, words, "LOC")], use_rules=False)
    assert any(e.label == "LOC" for e in entities) == kept


@pytest.mark.parametrize("text", [
    "Bəyanatda deyilir ki, İslam Respublikası bu addımı qəbul etməyəcək.",
    "Seçkidə Kamran Partiyası ikinci yeri tutub.",
])
def test_given_name_opening_a_state_or_a_body_is_no_person(rules_only: Pipeline, text: str) -> None:
    assert not any(label == "PER" for _, label in found(rules_only, text))
