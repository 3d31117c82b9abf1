"""Entities on Azerbaijani text: spans through case suffixes, canonical names, ids, labels and case.

Sentences are written for these tests (never taken from third-party data); the seed article is the
project's own. Expectations follow ``ANNOTATION.md``.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline import Article
from pipeline.records import Entity
from pipeline.stages import entities
from pipeline.stages.entity import canonical, rules
from pipeline.stages.segment import tokenize

PUBLISHED = datetime(2025, 7, 10, 12, 0)


@pytest.fixture(scope="module")
def run(nlp):
    """Entities of one text, through the public API (one cached result per text)."""
    cache: dict[str, tuple] = {}

    def entities(text: str) -> tuple[Entity, ...]:
        if text not in cache:
            result = nlp(Article(id="ent-test", text=text, published=PUBLISHED))
            assert result.status == "ok", result.error
            cache[text] = result.entities
        return cache[text]

    return entities


def _by_text(entities, surface: str) -> Entity:
    found = [e for e in entities if e.text == surface]
    assert found, f"no entity {surface!r} in {[(e.text, e.label) for e in entities]}"
    return found[0]


# (sentence, span as written, label, canonical, case)
SUFFIXED = [
    ("Nazirlər Bakıda iqtisadi əməkdaşlığı müzakirə ediblər.", "Bakıda", "LOC", "Bakı", "loc"),
    ("Qazaxıstanın nümayəndə heyəti sərgiyə qatılıb.", "Qazaxıstanın", "LOC", "Qazaxıstan", "gen"),
    ("Ticarət dövriyyəsi Azərbaycanla müqayisədə artıb.", "Azərbaycanla", "LOC", "Azərbaycan", "ins"),
    ("Nümayəndə heyəti ötən həftə Türkiyəyə yola düşüb.", "Türkiyəyə", "LOC", "Türkiyə", "dat"),
    ("ATƏT-in müşahidəçiləri hesabat hazırlayıb.", "ATƏT", "ORG", "ATƏT", "gen"),
    ("Tələbələr təqaüd proqramı ilə ABŞ-yə gedəcəklər.", "ABŞ", "LOC", "ABŞ", "dat"),
    ("Yeni avtobuslar Bakıya gətirilib.", "Bakıya", "LOC", "Bakı", "dat"),
    ("Gəncə şəhərində yeni park salınıb.", "Gəncə", "LOC", "Gəncə", "loc"),  # the phrase is locative
]


@pytest.mark.parametrize(("text", "surface", "label", "canonical_name", "case"), SUFFIXED,
                         ids=[row[1] for row in SUFFIXED])
def test_entity_through_its_suffix(run, text, surface, label, canonical_name, case):
    entity = _by_text(run(text), surface)
    assert (entity.label, entity.canonical, entity.case) == (label, canonical_name, case)
    assert text[entity.start : entity.end] == surface


@pytest.mark.parametrize(("text", "outside"), [
    ("ATƏT-in müşahidəçiləri hesabat hazırlayıb.", "-in"),
    ("Tələbələr təqaüd proqramı ilə ABŞ-yə gedəcəklər.", "-yə"),
])
def test_hyphen_suffix_stays_outside_the_span(run, text, outside):
    assert not any(outside in e.text for e in run(text))


def test_genitive_state_name_before_a_ministry_is_a_place_and_the_ministry_an_org(run):
    text = "Azərbaycan Respublikasının Xarici İşlər Nazirliyi bəyanat yayıb."
    found = [(e.text, e.label, e.canonical) for e in run(text)]
    assert found == [
        ("Azərbaycan Respublikasının", "LOC", "Azərbaycan Respublikası"),
        ("Xarici İşlər Nazirliyi", "ORG", "Xarici İşlər Nazirliyi"),
    ]


def test_state_name_written_into_an_org_name_is_part_of_the_org(run):
    text = "Azərbaycan Respublikası Nazirlər Kabineti yeni qaydaları təsdiqləyib."
    found = [(e.text, e.label) for e in run(text)]
    assert found == [("Azərbaycan Respublikası Nazirlər Kabineti", "ORG")]


def test_expansion_and_its_acronym_share_an_entity_id(run):
    text = ("Azərbaycan Mərkəzi Bankı (AMB) uçot dərəcəsini dəyişməyib. "
            "AMB-nin açıqlamasına görə, illik inflyasiya azalıb.")
    entities = run(text)
    bank = _by_text(entities, "Azərbaycan Mərkəzi Bankı")
    acronyms = [e for e in entities if e.text == "AMB"]
    assert bank.label == "ORG" and bank.canonical == "Azərbaycan Mərkəzi Bankı"
    assert len(acronyms) == 2
    assert all(a.label == "ORG" and a.canonical == "AMB" for a in acronyms)
    assert {a.entity_id for a in acronyms} == {bank.entity_id}
    assert [a.case for a in acronyms] == ["nom", "gen"]


@pytest.mark.parametrize(("text", "surface", "canonical_name"), [
    ("Prezident İlham Əliyev yeni məktəbin açılışında iştirak edib.", "İlham Əliyev", "İlham Əliyev"),
    ("Nazir Ceyhun Bayramov jurnalistlərin suallarını cavablandırıb.", "Ceyhun Bayramov", "Ceyhun Bayramov"),
    ("Prezident səfir Beybit İsabəyevə uğurlar arzulayıb.", "Beybit İsabəyevə", "Beybit İsabəyev"),
    ("Rektor cənab Elnur Həsənov tələbələri təbrik edib.", "Elnur Həsənov", "Elnur Həsənov"),
])
def test_titles_stay_outside_person_spans(run, text, surface, canonical_name):
    people = [e for e in run(text) if e.label == "PER"]
    assert [(e.text, e.canonical) for e in people] == [(surface, canonical_name)]


def test_short_forms_of_a_person_take_the_fullest_name_and_one_id(run):
    text = ("Nazir müavini Xələf Xələfov forumda çıxış edib. X. Xələfov regional layihələrdən danışıb. "
            "Xələfov gənc diplomatlara da müraciət edib.")
    people = [e for e in run(text) if e.label == "PER"]
    assert [e.text for e in people] == ["Xələf Xələfov", "X. Xələfov", "Xələfov"]
    assert {e.canonical for e in people} == {"Xələf Xələfov"}
    assert len({e.entity_id for e in people}) == 1


def test_person_in_the_dative_keeps_the_suffix_in_the_span_not_the_canonical(run):
    text = "Baş nazir Nursultan Nazarbəyevə təşəkkür məktubu göndərib."
    person = _by_text(run(text), "Nursultan Nazarbəyevə")
    assert (person.label, person.canonical, person.case) == ("PER", "Nursultan Nazarbəyev", "dat")


@pytest.mark.parametrize("text", [
    "Sərgidə qazaxıstanlı rəssamların əsərləri nümayiş olunur.",
    "Azərbaycanlı idmançılar çempionatda üç medal qazanıb.",
    "Səfirlik bu barədə parlament üzvlərinə məlumat verib.",
    "Dövlətimizin başçısı tədbirdə nitq söyləyib.",
])
def test_demonyms_role_phrases_and_common_nouns_are_not_entities(run, text):
    assert run(text) == ()


def test_quoted_company_with_legal_form_is_the_name_alone(run):
    text = "“Azərsu” ASC Sumqayıtda yeni su xətti çəkib."
    found = [(e.text, e.label, e.canonical) for e in run(text) if e.text != "ASC"]
    assert found == [("Azərsu", "ORG", "Azərsu"), ("Sumqayıtda", "LOC", "Sumqayıt")]
    company = _by_text(run(text), "Azərsu")
    assert text[company.start - 1] == "“" and text[company.end] == "”"


def _with_model_span(text: str, surface: str, label: str) -> list[Entity]:
    """``entities.find_entities`` with one model span over ``surface`` (the model is stood in for, so the
    check does not depend on what the shipped model happens to predict)."""
    tokens = tokenize(text)
    start = text.index(surface)
    first = next(k for k, t in enumerate(tokens) if t.start == start)
    last = next(k for k, t in enumerate(tokens) if t.end == start + len(surface))
    return entities.find_entities(tokens, text, [rules.Span(first, last, label, surface, "model")])


def test_legal_form_after_a_quoted_company_is_not_an_entity():
    found = _with_model_span("“Azərsu” ASC Sumqayıtda yeni su xətti çəkib.", "ASC", "ORG")
    assert not any(e.text == "ASC" for e in found)


@pytest.mark.parametrize(("text", "surface"), [
    ("Ağdam rayonunda yeni məktəb binası tikilir.", "Ağdam"),
    ("Qiyaslı kəndindəki sakinlər yeni evlərə köçüb.", "Qiyaslı"),
])
def test_district_and_village_name_alone_is_a_place(run, text, surface):
    place = _by_text(run(text), surface)
    assert (place.label, place.canonical) == ("LOC", surface)
    assert not any("rayon" in e.text or "kənd" in e.text for e in run(text))


def test_same_name_twice_in_an_article_has_one_entity_id(run):
    text = "Türkiyənin səfiri Türkiyəyə qayıdıb. Azərbaycanla Türkiyə arasında ticarət artıb."
    turkey = [e for e in run(text) if e.canonical == "Türkiyə"]
    assert len(turkey) == 3
    assert len({e.entity_id for e in turkey}) == 1


def test_hyphenated_given_name_is_one_person(run):
    text = "Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevlə görüşüb."
    people = [(e.text, e.canonical) for e in run(text) if e.label == "PER"]
    assert people == [("İlham Əliyev", "İlham Əliyev"), ("Kasım-Jomart Tokayevlə", "Kasım-Jomart Tokayev")]


def test_accusative_after_a_vowel_is_removed_from_the_canonical(run):
    text = "Prezident İlham Əliyev Gürcüstanın Baş naziri İrakli Kobaxidzeni qəbul edib."
    person = _by_text(run(text), "İrakli Kobaxidzeni")
    assert (person.canonical, person.case) == ("İrakli Kobaxidze", "acc")


def test_title_entities_carry_the_title_field(nlp):
    result = nlp(Article(id="t", title="Gəncədə yeni stadion açılıb", text="Açılışda nazir iştirak edib."))
    title_entities = [e for e in result.entities if e.field == "title"]
    assert [(e.text, e.canonical, e.start, e.case) for e in title_entities] == [("Gəncədə", "Gəncə", 0, "loc")]


def test_model_span_with_a_title_does_not_swallow_a_known_place():
    found = _with_model_span("Prezident Bakıda səfirləri qəbul edib.", "Prezident Bakıda", "PER")
    assert [(e.text, e.label, e.canonical) for e in found] == [("Bakıda", "LOC", "Bakı")]


def test_find_spans_on_tokens_gives_token_ranges():
    text = "Azərbaycan Respublikasının Xarici İşlər Nazirliyi ATƏT-in hesabatını alıb."
    tokens = tokenize(text)
    spans = rules.find_spans(tokens, text)
    as_text = {(text[tokens[s.first].start : tokens[s.last].end], s.label, s.canonical) for s in spans}
    assert ("Azərbaycan Respublikasının", "LOC", "Azərbaycan Respublikası") in as_text
    assert ("Xarici İşlər Nazirliyi", "ORG", "Xarici İşlər Nazirliyi") in as_text
    assert ("ATƏT", "ORG", "ATƏT") in as_text


def test_settle_links_people_and_acronyms():
    text = "Xələf Xələfov çıxış edib. Xələfov danışıb. Mərkəzi Seçki Komissiyası (MSK) qərar verib. MSK bildirib."

    def entity(surface: str, label: str, name: str, nth: int = 0) -> Entity:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        return Entity(start=start, end=start + len(surface), text=surface, label=label, canonical=name)

    settled = canonical.settle([
        entity("Xələf Xələfov", "PER", "Xələf Xələfov"),
        entity("Xələfov", "PER", "Xələfov", nth=1),
        entity("Mərkəzi Seçki Komissiyası", "ORG", "Mərkəzi Seçki Komissiyası"),
        entity("MSK", "ORG", "MSK"),
        entity("MSK", "ORG", "MSK", nth=1),
    ], text)
    people, orgs = settled[:2], settled[2:]
    assert [e.canonical for e in people] == ["Xələf Xələfov", "Xələf Xələfov"]
    assert people[0].entity_id == people[1].entity_id
    assert [e.canonical for e in orgs] == ["Mərkəzi Seçki Komissiyası", "MSK", "MSK"]
    assert len({e.entity_id for e in orgs}) == 1
    assert people[0].entity_id != orgs[0].entity_id


def test_seed_article_people_take_their_full_names(seed_result, assert_slices_true):
    assert_slices_true(seed_result)
    by_text = {e.text: e for e in seed_result.entities}
    assert by_text["Nursultan Nazarbəyevə"].canonical == "Nursultan Nazarbəyev"
    assert by_text["Qazaxıstanın"].canonical == "Qazaxıstan"
    assert by_text["Azərbaycanla"].canonical == "Azərbaycan"
    assert by_text["Beybit İsabəyevə"].canonical == "Beybit İsabəyev"
    assert by_text["Azərbaycan Respublikasının"].canonical == "Azərbaycan Respublikası"


def test_a_quoted_company_alone_in_brackets_is_an_organisation(nlp):
    text = "Layihəyə Türkiyə (\"TurkTelecom\") və Qazaxıstan (\"KazTransKom\") qoşulub."
    found = {(e.label, e.canonical) for e in nlp(Article(id="q", text=text)).entities}
    assert {("ORG", "TurkTelecom"), ("ORG", "KazTransKom"), ("LOC", "Türkiyə"), ("LOC", "Qazaxıstan")} <= found


def test_a_words_nominative_forms_are_cached_as_a_tuple():
    """``name_shapes.nominatives`` is asked of every capitalised word: cached, so its answer is immutable."""
    from pipeline.stages.entity.name_shapes import nominatives

    forms = nominatives("Məclisinin")
    assert isinstance(forms, tuple) and forms[0] == "Məclisinin" and {"Məclisi", "Məclis"} <= set(forms)
    assert nominatives("Məclisinin") is forms
