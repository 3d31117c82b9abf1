"""Kinds of entity error read from the train split's annotations, each with sentences written for these tests.

Every rule is for a shape, a suffix or a context; the names below are made up for the tests and none is in the
project's word lists.
"""

from __future__ import annotations

import pytest

from pipeline import Article, Pipeline
from pipeline.stages.entity.name_shapes import person_last_form, person_nominative


def found(nlp: Pipeline, text: str) -> set[tuple[str, str, str]]:
    result = nlp(Article(id="train-kinds", text=text))
    assert result.status == "ok", result.error
    return {(e.text, e.label, e.canonical) for e in result.entities}


@pytest.mark.parametrize(("word", "form"), [
    ("Holbertenin", "Holberten"),  # a genitive on a foreign surname: the weak ``-in`` ending is no evidence
    ("Kvaranovdur", "Kvaranov"),  # the copula on a surname of a known shape
    ("Fernandanova", "Fernandanova"),  # a woman's surname stays whole
    ("Rossetta", "Rossetta"),  # a foreign name's own final -a is no dative
    ("Valmerə", "Valmer"),  # but -ə is: foreign names are spelt with -a
    ("Qorbalanı", "Qorbalan"),  # and -ı is an accusative ...
    ("Tarnovski", "Tarnovski"),  # ... except after the endings names have with their own -i
    ("Mahdaviçi", "Mahdaviçi"),
    ("Qaraxanovun", "Qaraxanov"),
])
def test_person_nominative(word: str, form: str) -> None:
    assert person_nominative(word) == form


def test_patronymic_of_a_man_reads_the_womens_form_as_dative() -> None:
    assert person_last_form(["Tofiq", "Ramiz", "oğlu", "Qaraxanova"]) == "Qaraxanov"
    assert person_last_form(["Səbinə", "Ramiz", "qızı", "Qaraxanova"]) == "Qaraxanova"


@pytest.mark.parametrize(("text", "expected"), [
    ("Səfir Marta Rossetta Bakıda olub.", {("Marta Rossetta", "PER", "Marta Rossetta")}),
    ("Nazir Cozef Holbertenin bəyanatı dərc olunub.", {("Cozef Holbertenin", "PER", "Cozef Holberten")}),
    ("Fərmana əsasən Tofiq Ramiz oğlu Qaraxanova medal verilib.",
     {("Tofiq Ramiz oğlu Qaraxanova", "PER", "Tofiq Ramiz oğlu Qaraxanov")}),
])
def test_person_canonical(rules_only: Pipeline, text: str, expected: set) -> None:
    assert expected <= found(rules_only, text)


def test_the_bare_surname_written_elsewhere_settles_a_suffix_of_any_harmony(rules_only: Pipeline) -> None:
    # ``Deyvsın``: the genitive follows the name's sound, not its spelling; the bare word later settles it
    text = ("Baş məşqçi Robert Deyvsın komandası qalib gəlib. Matçdan sonra Deyvs jurnalistlərə açıqlama "
            "verməyib.")
    names = {canonical for _, label, canonical in found(rules_only, text) if label == "PER"}
    assert "Robert Deyvs" in names and "Robert Deyvsın" not in names


def test_a_given_name_alone_is_the_one_person_who_has_it(rules_only: Pipeline) -> None:
    from pipeline.records import Entity
    from pipeline.stages.entity.canonical import settle

    def person(start: int, text: str) -> Entity:
        return Entity(start=start, end=start + len(text), text=text, label="PER", canonical=text, field="text")

    settled = settle([person(0, "Marta Rossetta"), person(40, "Marta"), person(60, "Vüsal")], "")
    assert [e.canonical for e in settled] == ["Marta Rossetta", "Marta Rossetta", "Vüsal"]


@pytest.mark.parametrize(("text", "expected"), [
    # a given name in -in opens a name: no genitive there
    ("Həkim Nərgülin Kamalova çıxış edib.", ("Nərgülin Kamalova", "PER", "Nərgülin Kamalova")),
    # nor is a bare -a a dative inside a name (only the buffered -ya, -na are)
    ("Nazir Tiya Holmqvistin Bakıya səfəri başlayıb.", ("Tiya Holmqvistin", "PER", "Tiya Holmqvist")),
    # two joiners, or a joiner glued to the next word by a hyphen, stay inside a person's name
    ("Sədr Hanna van der Berqen çıxış edib.", ("Hanna van der Berqen", "PER", "Hanna van der Berqen")),
    ("Səfir Rəşid Kamal əl-Nuri görüşdə olub.", ("Rəşid Kamal əl-Nuri", "PER", "Rəşid Kamal əl-Nuri")),
])
def test_a_name_runs_over_words_that_only_look_inflected(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a well-known surname after a lone word starts another person
    # (when the text names that word as a person of its own elsewhere)
    ("Sözçü Mark Qarlend danışıb. Qarlend Putini tənqid edib.", ("Putini", "PER", "Putin"), "Qarlend Putini"),
    # a full name, then another given name and surname: two people
    ("Sədr Elvin Qaraxanov Vüsal Məmmədlinin təklifini dəstəkləyib.",
     ("Elvin Qaraxanov", "PER", "Elvin Qaraxanov"), "Elvin Qaraxanov Vüsal"),
    # a person's name takes no locative or plural: the next capitalised word is no part of it
    ("Deputat Tomas Brentvud Mançesterdəki aksiyada çıxış edib.",
     ("Tomas Brentvud", "PER", "Tomas Brentvud"), "Tomas Brentvud Mançesterdəki"),
])
def test_a_name_stops_where_another_begins(rules_only: Pipeline, text: str, expected: tuple, not_expected: str) -> None:
    entities = found(rules_only, text)
    assert expected in entities
    assert not_expected not in {surface for surface, _, _ in entities}


@pytest.mark.parametrize(("text", "expected"), [
    # a one-word place that is also a given name, before a surname, after a title or listed as a given name
    ("İcra başçısı Sahil Qaraxanov tədbirdə iştirak edib.", ("Sahil Qaraxanov", "PER", "Sahil Qaraxanov")),
    ("Müsabiqənin qalibi Türkan Qaraxanova olub.", ("Türkan Qaraxanova", "PER", "Türkan Qaraxanova")),
])
def test_a_place_name_that_is_a_given_name_before_a_surname(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


def test_the_place_alone_stays_a_place(rules_only: Pipeline) -> None:
    assert ("Sahil", "LOC", "Sahil") in found(rules_only, "Sahil qəsəbəsində yeni məktəb tikilir.")


@pytest.mark.parametrize(("text", "expected"), [
    # a name in -in with no possessed noun after it is the name itself ...
    ("Sədr Lara Holbertin bildirib ki, qərar qəbul olunub.", ("Lara Holbertin", "PER", "Lara Holbertin")),
    # ... and a genitive where one follows
    ("Sədr Lara Holbertenin son çıxışı müzakirə olunub.", ("Lara Holbertenin", "PER", "Lara Holberten")),
    # a stem with a name's own final -i keeps it under a buffered suffix
    ("Nazir Rza Mahdaviçinin səfəri başlayıb.", ("Rza Mahdaviçinin", "PER", "Rza Mahdaviçi")),
])
def test_a_genitive_on_a_name_needs_a_possessed_noun(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun in the genitive before a capitalised possessed word is part of the name ...
    ("Qrantları Gəncliyin Təşəbbüsləri Fondu verir.",
     {("Gəncliyin Təşəbbüsləri Fondu", "ORG", "Gəncliyin Təşəbbüsləri Fondu")}),
    # ... a place in the genitive is not
    ("Qazaxıstan Respublikasının Energetika Nazirliyi bəyanat yayıb.",
     {("Qazaxıstan Respublikasının", "LOC", "Qazaxıstan Respublikası"),
      ("Energetika Nazirliyi", "ORG", "Energetika Nazirliyi")}),
    # two names joined by ``və``, or written one after the other, are two organisations
    ("Layihəni Dövlət Meşə Agentliyi və Kənd Təsərrüfatı Nazirliyi həyata keçirir.",
     {("Dövlət Meşə Agentliyi", "ORG", "Dövlət Meşə Agentliyi"),
      ("Kənd Təsərrüfatı Nazirliyi", "ORG", "Kənd Təsərrüfatı Nazirliyi")}),
    # but a body's own unit after its name stays one name
    ("Sənədi Ali Seçki Komissiyası Aparatının rəhbəri imzalayıb.",
     {("Ali Seçki Komissiyası Aparatının", "ORG", "Ali Seçki Komissiyası Aparatı")}),
])
def test_where_an_organisation_name_begins(rules_only: Pipeline, text: str, expected: set) -> None:
    assert expected <= found(rules_only, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name before its Latin head may be written in Azerbaijani letters
    ("Kreditləri Qaraçay Holding verir.", ("Qaraçay Holding", "ORG", "Qaraçay Holding")),
    ("Müştərilər Dəmirçi Türk Bank filiallarına müraciət edir.", ("Dəmirçi Türk Bank", "ORG", "Dəmirçi Türk Bank")),
    # schools, observatories, summits and alliances are organisations by their head noun
    ("Olimpiada Şəki Fizika-Riyaziyyat Liseyi tərəfindən təşkil olunub.",
     ("Şəki Fizika-Riyaziyyat Liseyi", "ORG", "Şəki Fizika-Riyaziyyat Liseyi")),
    ("Nümayəndə heyəti Qarabağ Enerji Zirvəsində iştirak edib.",
     ("Qarabağ Enerji Zirvəsində", "ORG", "Qarabağ Enerji Zirvəsi")),
])
def test_organisation_heads(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


@pytest.mark.parametrize(("text", "surface"), [
    # units named by common words alone are no organisations (corpus guide 4, 27)
    ("Şikayətlər Müraciətlər Komissiyasına göndərilməlidir.", "Müraciətlər Komissiyasına"),
    ("Məlumat üçün Zəng Mərkəzinə müraciət edin.", "Zəng Mərkəzinə"),
    # codes and models written in capitals with digits, and currency codes, are no names
    ("Yeni XR200 modeli 5000 AZN-ə satılır.", "XR200"),
    ("Yeni XR200 modeli 5000 AZN-ə satılır.", "AZN"),
    ("Ölkədə QRV-21 virusuna yoluxma azalıb.", "QRV-21"),
])
def test_not_organisations(rules_only: Pipeline, text: str, surface: str) -> None:
    assert surface not in {s for s, _, _ in found(rules_only, text)}


def test_a_state_body_named_by_common_words_stays(rules_only: Pipeline) -> None:
    assert ("Dövlət Turizm Komitəsi", "ORG", "Dövlət Turizm Komitəsi") in found(
        rules_only, "Qərarı Dövlət Turizm Komitəsi verib.")


@pytest.mark.parametrize(("text", "expected"), [
    # after adjectives alone the head takes no possessive in the name ...
    ("Sonra Baş Assambleyasında səsvermə keçirilib.", ("Baş Assambleyasında", "ORG", "Baş Assambleya")),
    ("Sənəd Ali Məclisinə göndərilib.", ("Ali Məclisinə", "ORG", "Ali Məclis")),
    # ... after a noun it does
    ("Qərarı Dövlət Departamentinin sözçüsü açıqlayıb.", ("Dövlət Departamentinin", "ORG", "Dövlət Departamenti")),
])
def test_head_after_adjectives(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


@pytest.mark.parametrize("text", [
    "Sənədlər Qazaxıstan və rus dillərində hazırlanıb.",
    "Şagirdlər Azərbaycan dili fənnindən imtahan verib.",
])
def test_a_language_is_no_place(rules_only: Pipeline, text: str) -> None:
    assert not {label for _, label, _ in found(rules_only, text)} & {"LOC"}


def test_two_places_joined_by_ve_stay_places(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Qazaxıstan və Gürcüstan arasında saziş imzalanıb.")
    assert {("Qazaxıstan", "LOC", "Qazaxıstan"), ("Gürcüstan", "LOC", "Gürcüstan")} <= entities


def test_a_quoted_slogan_is_no_organisation(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Şirkət “Ağacını ək, gələcəyi qoru” layihəsinə başlayıb.")
    assert not {label for _, label, _ in entities} & {"ORG"}


def test_a_quoted_project_name_stays(rules_only: Pipeline) -> None:
    assert ("Yaşıl Körpü", "ORG", "Yaşıl Körpü") in found(rules_only, "Şirkət “Yaşıl Körpü” layihəsinə başlayıb.")


def test_a_common_word_after_a_title_is_no_person(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Bu barədə nazirin Əmri dərc olunub.")
    assert not {label for _, label, _ in entities} & {"PER"}


def test_a_name_after_a_title_is_a_person(rules_only: Pipeline) -> None:
    assert ("Talıbzadə", "PER", "Talıbzadə") in found(rules_only, "Bu barədə nazir Talıbzadə bildirib.")


def test_a_given_name_before_a_famous_surname_stays_with_it(rules_only: Pipeline) -> None:
    assert ("Lorelay Tramp", "PER", "Lorelay Tramp") in found(rules_only, "Tədbirdə xanım Lorelay Tramp çıxış edib.")


def test_a_famous_surname_ends_an_organisation_walk(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Bunu Prezident Donald Tramp Dubay Enerji Zirvəsində deyib.")
    assert ("Dubay Enerji Zirvəsində", "ORG", "Dubay Enerji Zirvəsi") in entities


@pytest.mark.parametrize(("text", "expected"), [
    ("Saziş Əlcəzair Xalq Demokratik Respublikası ilə imzalanıb.",
     ("Əlcəzair Xalq Demokratik Respublikası", "LOC", "Əlcəzair Xalq Demokratik Respublikası")),
    ("Qonaqlar Almaniya Federativ Respublikasından gəlib.",
     ("Almaniya Federativ Respublikasından", "LOC", "Almaniya Federativ Respublikası")),
    # a sports federation after the country is an organisation
    ("Oyunçular Azərbaycan Kurlinq Federasiyasına müraciət edib.",
     ("Azərbaycan Kurlinq Federasiyasına", "ORG", "Azərbaycan Kurlinq Federasiyası")),
])
def test_official_state_names(rules_only: Pipeline, text: str, expected: tuple) -> None:
    assert expected in found(rules_only, text)


@pytest.mark.parametrize(("text", "first", "last", "canonical"), [
    ("Nümayəndələr Norveçiyada görüşüb.", 1, 1, "Norveçiya"),  # one word in the locative
    ("Səfir Lundiya Xalq Respublikasının paytaxtına gəlib.", 1, 3, "Lundiya Xalq Respublikası"),
])
def test_a_model_person_that_is_a_place(text: str, first: int, last: int, canonical: str) -> None:
    from pipeline.stages.entities import _place_not_person
    from pipeline.stages.entity.rules import Span
    from pipeline.stages.segment import tokenize

    tokens = tokenize(text)
    span = _place_not_person(Span(first, last, "PER", "?", "model"), tokens, text)
    assert (span.label, span.canonical) == ("LOC", canonical)


def test_a_model_person_stays_a_person() -> None:
    from pipeline.stages.entities import _place_not_person
    from pipeline.stages.entity.rules import Span
    from pipeline.stages.segment import tokenize

    text = "Nazir Lars Hövqen çıxış edib."
    assert _place_not_person(Span(1, 2, "PER", "Lars Hövqen", "model"), tokenize(text), text).label == "PER"


def test_two_places_joined_by_a_hyphen_open_an_organisation(rules_only: Pipeline) -> None:
    # the second place is also a given name: after another place and a hyphen it is still a place
    entities = found(rules_only, "Bu barədə Şəki-Tovuz Regional Səhiyyə İdarəsinin rəhbəri deyib.")
    assert ("Şəki-Tovuz Regional Səhiyyə İdarəsinin", "ORG", "Şəki-Tovuz Regional Səhiyyə İdarəsi") in entities


def test_a_genitive_before_a_famous_surname_is_no_part_of_the_name(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Yeni qayda Stenfordun Tramp administrasiyası ilə mübahisəsinə səbəb olub.")
    assert "Stenfordun Tramp" not in {surface for surface, _, _ in entities}
    assert ("Tramp", "PER", "Tramp") in entities


def test_oglu_after_a_possessor_is_his_son(rules_only: Pipeline) -> None:
    entities = found(rules_only, "Sanksiya müşavir Tofiq Mirzəzadənin oğlu Kamran Vüsal Mirzəzadə ilə bağlıdır.")
    assert ("Tofiq Mirzəzadənin", "PER", "Tofiq Mirzəzadə") in entities
    assert ("Kamran Vüsal Mirzəzadə", "PER", "Kamran Vüsal Mirzəzadə") in entities


def test_a_fathers_name_in_in_keeps_the_patronymic(rules_only: Pipeline) -> None:
    assert ("Elvin Ramin oğlu Əlizadə", "PER", "Elvin Ramin oğlu Əlizadə") in found(
        rules_only, "Vəzifəyə Elvin Ramin oğlu Əlizadə təyin olunub.")


def test_a_surname_alone_with_a_suffix_of_its_sound(rules_only: Pipeline) -> None:
    text = "Şöbənin rəhbəri Denis Holkroft çıxış edib.\n\nHolkroftin sözlərinə görə, bazar sabitdir."
    assert ("Holkroftin", "PER", "Denis Holkroft") in found(rules_only, text)


def test_a_head_right_before_the_head_names_the_body_it_belongs_to(nlp):
    from pipeline import Article

    doc = nlp(Article(id="x", text="Səfir dünən Qırğız Respublikası Parlamenti Məclisinin rəhbəri ilə görüşüb."))
    assert [(e.text, e.canonical) for e in doc.entities if e.label == "ORG"] == [
        ("Qırğız Respublikası Parlamenti Məclisinin", "Qırğız Respublikası Parlamenti Məclisi")]
