"""Recall of event triggers: general constructions of Azerbaijani news (any person, tense or participle
of a trigger stem) added while working from the train split's missed events.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from pipeline.records import Event


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize("text", [
    "Nazir deyib ki, Gürcüstan və Türkiyə liderləri arasında əldə olunan razılaşmalar qüvvədədir.",
    "Yeni tariflər keçən həftəki danışıqlarda əldə edilmiş razılaşmaya əsaslanır.",
])
def test_an_agreement_named_as_reached_is_agree(run, text):
    # ``əldə olunan/edilmiş razılaşma``: the participle of "reached" before the noun reports the agreement
    assert _types(run(text)).count("AGREE") == 1


@pytest.mark.parametrize(("text", "event_type"), [
    # any person and tense of the auxiliary after a trigger noun
    ("“Biz bu layihəni Fransanın nazirləri Jan Dükrö və Pyer Maren ilə açıq şəkildə müzakirə etdik”, – deyə "
     "Həsənov əlavə edib.", "MEET"),
    ("Gürcüstan və Türkiyə nümayəndələri gələn həftə enerji sahəsində müzakirələr aparacaq.", "MEET"),
    ("Baş nazir Əli Həsənov ötən ay Ankaraya səfər etmişdi.", "VISIT"),
    ("Nazir Pyer Maren Bakıda keçirilən sərgidə iştirak edərkən jurnalistlərin suallarını cavablandırıb.",
     "PARTICIPATE"),
])
def test_any_form_of_the_auxiliary_reports_the_event(run, text, event_type):
    assert event_type in _types(run(text))


def test_a_partner_named_before_ile_is_bare_whatever_its_last_vowel(run):
    # ``Kosta ilə``: a name ending in -a before the postposition is no dative; the speaker's own past has no
    # date of its own (not the publication day)
    text = "“Biz bu planı Pyer Maren və Antonio Kosta ilə də ətraflı müzakirə etdik”, – deyə nazir bildirib."
    meet = [e for e in run(text) if e.type == "MEET"]
    assert len(meet) == 1 and "Antonio Kosta" in meet[0].participants
    assert meet[0].date == ""


@pytest.mark.parametrize("text", [
    # an open call in the present tense is no invitation to a visit or a gathering
    "Bank maraqlanan şirkətləri yeni müsabiqədə iştirak etməyə dəvət edir.",
    # a converb of habit: what someone does as a rule
    "Nazir Pyer Maren mütəmadi olaraq açıq sessiyalarda iştirak edərkən suallara cavab verir.",
    # the plural object participle of a class of people
    "Sakinlər portal vasitəsilə səfər etdikləri şəhərlərdəki otellər barədə məlumat ala bilərlər.",
])
def test_no_happening_in_these_forms(run, text):
    assert not [e for e in run(text) if e.type in ("INVITE", "PARTICIPATE", "VISIT")]


@pytest.mark.parametrize("text", [
    # the verbal noun of holding a few words after the gathering in the genitive
    "Prezident vurğulayıb ki, forumun bu il Şuşada keçirilməsi böyük əhəmiyyət daşıyır.",
    # a gathering organised by a named party (the active voice of ``təşkil olunub``)
    "Gənclər Fondu paytaxtda gənc alimlər üçün konfrans təşkil edib.",
])
def test_a_gathering_said_to_be_held_or_organised_is_a_meeting(run, text):
    assert "MEET" in _types(run(text))


def test_measures_carried_out_are_no_gathering(run):
    assert "MEET" not in _types(run("Nazir deyib ki, tədbirlərin vaxtında keçirilməsi vacibdir."))


def test_hosting_a_gathering_is_a_meeting_of_the_host(run):
    meet = [e for e in run("Qazaxıstan gələn il beynəlxalq iqlim konfransına ev sahibliyi edəcək.") if e.type == "MEET"]
    assert len(meet) == 1 and meet[0].source == "Qazaxıstan" and meet[0].modality == "planned"


def test_hosting_games_is_no_meeting(run):
    assert "MEET" not in _types(run("Bakı 2015-ci ildə ilk Avropa Oyunlarına ev sahibliyi edib."))


@pytest.mark.parametrize("text", [
    "Senator Pyer Maren Ohayo ştatında seçicilərlə mitinq keçirir.",
    "Gənclər Fondu gələn ay Gəncədə forum keçirəcək.",
])
def test_a_gathering_held_by_its_organiser_in_any_tense(run, text):
    assert "MEET" in _types(run(text))


def test_a_gathering_held_every_year_is_a_routine(run):
    assert "MEET" not in _types(run("Gənclər Fondu hər il Gəncədə forum keçirir."))


@pytest.mark.parametrize("text", [
    "Gənclər Fondu 2012-ci ildə Bakıda yeni tədqiqat mərkəzi yaratdı.",
    "Həsənov 2004-cü ildə şirkəti Gəncədə qurub.",
])
def test_founding_in_any_tense_of_its_verb(run, text):
    assert "ESTABLISH" in _types(run(text))


def test_a_founding_by_converb_takes_the_mood_of_the_main_verb(run):
    text = "Assosiasiya yeni ekspert mərkəzi quraraq üzvlərinə hüquqi yardım göstərməyi planlaşdırır."
    found = [e for e in run(text) if e.type == "ESTABLISH"]
    assert len(found) == 1 and found[0].modality == "planned"


@pytest.mark.parametrize("text", [
    # something made for a body (dative), not a body founded
    "Məktəblərə qəbul sistemində növbə yaradarkən valideyn üç məktəb seçə bilər.",
    # what an object participle made follows it: pages, no body
    "O, “Feysbuk” şəbəkəsində yaratdığı saxta səhifələr vasitəsilə pul toplayıb.",
])
def test_no_founding_of_a_body(run, text):
    assert "ESTABLISH" not in _types(run(text))


def test_a_head_elected_by_a_parliament_is_an_appointment(run):
    assert "APPOINT" in _types(run("Avstriya parlamentində yeni kansler seçilib."))
