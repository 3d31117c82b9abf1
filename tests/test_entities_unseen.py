"""The kinds of entity error found on unseen news, each with sentences written for these tests.

The rules are written for a shape, a suffix or a context, never for a name: every name below is made up or
chosen for the test, and none is in the project's word lists.
"""

from __future__ import annotations

import pytest

from pipeline import Article, Pipeline


def found(nlp: Pipeline, text: str) -> set[tuple[str, str, str]]:
    result = nlp(Article(id="unseen", text=text))
    assert result.status == "ok", result.error
    return {(e.text, e.label, e.canonical) for e in result.entities}


# (sentence, the entities that must be found as (surface, label, canonical))
FOUND = [
    # official lists: surname first, patronymic last; hyphenated double surnames
    ("Hakimliyə Qasımova Lalə Fuad qızı və Həsənli Orxan Rauf oğlu təyin edilib.",
     {("Qasımova Lalə Fuad qızı", "PER", "Qasımova Lalə Fuad qızı"),
      ("Həsənli Orxan Rauf oğlu", "PER", "Həsənli Orxan Rauf oğlu")}),
    ("Siyahıya Məmmədova-Qasımova Nərgiz Əli qızı da daxil edilib.",
     {("Məmmədova-Qasımova Nərgiz Əli qızı", "PER", "Məmmədova-Qasımova Nərgiz Əli qızı")}),
    ("Vəzifəyə Rüstəm Kamal oğlu Əlizadə təyin olunub, Əlizadəyə uğurlar arzulanıb.",
     {("Rüstəm Kamal oğlu Əlizadə", "PER", "Rüstəm Kamal oğlu Əlizadə"),
      ("Əlizadəyə", "PER", "Rüstəm Kamal oğlu Əlizadə")}),
    # foreign people, then their surname alone with a case suffix
    ("Nazir Andriy Sıbiha Bakıya gəlib. Sıbihanın sözlərinə görə, əlaqələr inkişaf edir.",
     {("Andriy Sıbiha", "PER", "Andriy Sıbiha"), ("Sıbihanın", "PER", "Andriy Sıbiha")}),
    ("Baş nazir Kir Starmer bəyanat verib. Starmer əlavə edib ki, razılaşma yaxındır.",
     {("Kir Starmer", "PER", "Kir Starmer"), ("Starmer", "PER", "Kir Starmer")}),
    # companies: Latin-script names with their own head nouns, one-word banks, web names, bank names
    ("Müqavilə Northwind Capital Partners və Blue Harbor Group LLC arasında imzalanıb.",
     {("Northwind Capital Partners", "ORG", "Northwind Capital Partners"),
      ("Blue Harbor Group", "ORG", "Blue Harbor Group")}),
    ("Layihəni Qaratəpəbank maliyyələşdirib, Aqro Kredit Bank da qoşulub.",
     {("Qaratəpəbank", "ORG", "Qaratəpəbank"), ("Aqro Kredit Bank", "ORG", "Aqro Kredit Bank")}),
    ("Sifarişlər Travelnest.com platforması ilə qəbul edilir.", {("Travelnest.com", "ORG", "Travelnest.com")}),
    # state bodies: a country written into the name, councils, courts named after their city, joint bodies
    ("Gürcüstan Hökuməti yeni qərar qəbul edib.", {("Gürcüstan Hökuməti", "ORG", "Gürcüstan Hökuməti")}),
    ("Sumqayıt Şəhər Məhkəməsinin qərarı ilə şirkət ləğv edilib.",
     {("Sumqayıt Şəhər Məhkəməsinin", "ORG", "Sumqayıt Şəhər Məhkəməsi")}),
    ("Azərbaycan–Türkiyə Biznes Şurasının iclası keçirilib.",
     {("Azərbaycan–Türkiyə Biznes Şurasının", "ORG", "Azərbaycan–Türkiyə Biznes Şurası")}),
    # places: a road named by its end points joined by a dash; a lake's and a village's name alone
    ("Qazax–Tovuz yolu yenidən qurulur.", {("Qazax–Tovuz", "LOC", "Qazax–Tovuz")}),
    ("Ekspertlər Sevan gölünün vəziyyətini öyrənib.", {("Sevan", "LOC", "Sevan")}),
    ("Layihə Aşağı Qarxun kəndində icra olunur.", {("Aşağı Qarxun", "LOC", "Aşağı Qarxun")}),
]

# (sentence, surfaces that must not be entities)
NOT_FOUND = [
    # degrees, certificates and common abbreviations
    ("Namizəd Hüquq Elmləri Doktoru dərəcəsinə və CFA sertifikatına malikdir.", {"CFA", "Hüquq Elmləri Doktoru"}),
    ("Məzun MBA proqramını bitirib.", {"MBA"}),
    ("Bank ƏDV ödəyicisi kimi qeydiyyatdan keçib, hesabatı PDF formatında təqdim edib.", {"ƏDV", "PDF", "Bank"}),
    # departments named by common words; a capitalised common phrase opening the sentence
    ("Tədbirdə Daxili Audit departamentinin rəhbəri çıxış edib.", {"Daxili Audit departamentinin", "Daxili Audit"}),
    ("Müşahidə Şurasının üzvləri seçilib.", {"Müşahidə Şurasının", "Müşahidə Şurası"}),
    # a person's name is no place, even before a district's classifier
    ("Prezident İlham Əliyev Ağdam rayonunda məktəbin açılışında iştirak edib.", {"İlham Əliyev Ağdam"}),
]


@pytest.mark.parametrize("text, expected", FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found_by_shape_and_context(rules_only, text, expected):
    assert expected <= found(rules_only, text)


@pytest.mark.parametrize("text, absent", NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_not_a_name(rules_only, text, absent):
    surfaces = {surface for surface, _, _ in found(rules_only, text)}
    assert not (absent & surfaces)


@pytest.mark.parametrize("text, absent", NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_not_a_name_with_the_model(nlp, text, absent):
    surfaces = {surface for surface, _, _ in found(nlp, text)}
    assert not (absent & surfaces)
