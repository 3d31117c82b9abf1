"""Trigger words in another sense (round 4b): each kind of false event that unseen news brought out, beside
the true sense of the same trigger, which must stay an event.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- qarşılamaq: reacting to news, not receiving a guest ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Müxalifət partiyası hökumətin yeni qərarını müsbət qarşılayıb.",
    "Sakinlər tarif artımı xəbərini narazılıqla qarşılayıblar.",
    "Şirkətin rəhbərliyi bu dəyişikliyi normal qarşılayıb.",
])
def test_greeting_news_is_no_meeting(run, text):
    assert "MEET" not in _types(run(text))


def test_greeting_a_guest_is_a_meeting(run):
    text = "Prezident Vüqar Rzayev Gürcüstanın baş naziri Levan Kobaxidzeni Heydər Əliyev Mərkəzində qarşılayıb."
    assert "MEET" in _types(run(text))


# --- yaratmaq, təsis etmək: a product, a chance, a prize is no body founded ------------------------------

@pytest.mark.parametrize("text", [
    "Yeni mobil imza “Kapital Rəqəm” şirkəti tərəfindən 2021-ci ildə yaradılıb.",
    "“RəqəmSaat” yeni nəsil elektron imza “Kapital Rəqəm” tərəfindən 2021-ci ildə yaradılıb.",
    "“RəqəmSaat” elektron imza “Rəqəm” tərəfindən 2021-ci ildə yaradılıb.",
    "“RəqəmSaat” elektron imza Kapital Qrupunun şirkətlərindən olan “Rəqəm” tərəfindən yaradılıb.",
    "Universitetin ən yaxşı tələbələri üçün xüsusi təqaüd təsis edilib.",
    "Oyunun sonunda Murad Həsənov “Neftçi” üçün bərabərlik yaratdı.",
    "Bu addım kiçik sahibkarlar üçün yeni imkanlar yaradıb.",
])
def test_a_thing_made_is_no_establish(run, text):
    assert "ESTABLISH" not in _types(run(text))


@pytest.mark.parametrize("text", [
    "“Kapital Rəqəm” şirkəti 2021-ci ildə Bakıda təsis edilib.",
    "Nazirlik yanında yeni mərkəz yaradılıb.",
])
def test_a_body_founded_stays_an_establish(run, text):
    assert "ESTABLISH" in _types(run(text))


# --- seçilmək: a court's measure of restraint, not an official elected -----------------------------------

@pytest.mark.parametrize("text", [
    "Məhkəmənin qərarı ilə Kamran Əliyev barəsində həbs qətimkan tədbiri seçilib.",
    "Məhkəmə Orxan Vəliyevin barəsində seçilmiş qətimkan tədbirini dəyişməz saxlayıb.",
])
def test_a_measure_of_restraint_is_no_appointment(run, text):
    assert "APPOINT" not in _types(run(text))


def test_a_chair_elected_by_a_board_stays_an_appointment(run):
    text = "Müşahidə Şurasının iclasında Kamran Əliyev bankın İdarə Heyətinin sədri seçilib."
    assert "APPOINT" in _types(run(text))


# --- zəng etmək: calling a hotline or the police is no call between parties ------------------------------

@pytest.mark.parametrize("text", [
    "Hadisəni görənlər dərhal polisə zəng edib.",
    "Məlumatı olanlar 102 nömrəsinə zəng edib xəbər verə bilərlər.",
    "Sakin Tural Məmmədov qaynar xəttə zəng edib.",
    "Qonşular yanğını görüb 112-yə zəng ediblər.",
])
def test_calling_a_hotline_is_no_call(run, text):
    assert "CALL" not in _types(run(text))


def test_a_leader_calling_a_leader_stays_a_call(run):
    text = "Prezident Vüqar Rzayev Gürcüstanın baş naziri Levan Kobaxidzeyə zəng edib."
    assert "CALL" in _types(run(text))


# --- a share of voters or of a poll is no declared support ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Sorğuda iştirak edənlərin qırx faizi Con Smiti dəstəkləyib.",
    "Seçicilərin yarısı namizəd Anna Millerı dəstəkləyir.",
])
def test_a_share_of_voters_is_no_support(run, text):
    assert "SUPPORT" not in _types(run(text))


def test_a_state_declaring_support_stays_a_support(run):
    text = "Türkiyə Azərbaycanın ərazi bütövlüyünü dəstəkləyir."
    assert "SUPPORT" in _types(run(text))


# --- sports: a match is no meeting ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bu, iki klub arasında mövsümün üçüncü görüşü idi.",
    "“Qarabağ” və “Neftçi” arasında keçirilən görüşdə ev sahibləri iki qol vurub.",
])
def test_a_match_is_no_meeting(run, text):
    assert "MEET" not in _types(run(text))


def test_a_meeting_of_ministers_stays_a_meeting(run):
    text = "Nazir Kamran Əliyevin Gürcüstanın iqtisadiyyat naziri Levan Kobaxidze ilə görüşü baş tutub."
    assert "MEET" in _types(run(text))


# --- a family ceremony, and a legislature named by its noun, are no gathering of parties --------------

def test_a_wedding_is_no_meeting(run):
    text = "Məşhur aktyor Con Smit və həyat yoldaşı Bakıda üç günlük toy mərasimi təşkil ediblər."
    assert "MEET" not in _types(run(text))


def test_a_ceremony_held_stays_a_meeting(run):
    text = "Bakıda Novruz bayramına həsr olunmuş mərasim keçirilib."
    assert "MEET" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Nazir Con Smit Konqres qarşısında çıxış edərək bildirib ki, agentlik qaydaları pozmayıb.",
    "Seçkilərdən sonra Konqresin nəzarəti Demokratlara keçə bilər, deyə Con Smit bildirib.",
])
def test_a_legislature_is_no_gathering(run, text):
    assert "PARTICIPATE" not in _types(run(text)) and "MEET" not in _types(run(text))


def test_a_congress_held_where_one_spoke_stays_a_participation(run):
    text = "Nazir Con Smit Bakıda keçirilən Beynəlxalq Tibb Konqresində çıxış edib."
    assert "PARTICIPATE" in _types(run(text))


# --- təyin etmək, seçilmək, imzalamaq, dəvət etmək in their other senses --------------------------------

@pytest.mark.parametrize("text", [
    "Məhkəmə Kamran Əliyevə 5 il həbs cəzası təyin edib.",
    "Kamran Əliyevin şirkətinə 10 min manat cərimə təyin edilib.",
])
def test_a_penalty_imposed_is_no_appointment(run, text):
    assert "APPOINT" not in _types(run(text))


def test_a_title_won_is_no_appointment(run):
    assert "APPOINT" not in _types(run("Kamran Əliyev ilin ən yaxşı futbolçusu seçilib."))


@pytest.mark.parametrize("text", [
    "Kamran Əliyev bankın İdarə Heyətinin sədri təyin edilib.",
    "Kamran Əliyev Milli Olimpiya Komitəsinin prezidenti seçilib.",
])
def test_an_official_appointed_stays_an_appointment(run, text):
    assert "APPOINT" in _types(run(text))


@pytest.mark.parametrize("text", [
    "On min vətəndaş Milli Məclisə ünvanlanan petisiyanı imzalayıb.",
    "Yüzdən çox alim Prezident Vüqar Rzayevə açıq məktubu imzalayıb.",
])
def test_a_petition_signed_is_no_sign(run, text):
    assert "SIGN" not in _types(run(text))


def test_an_agreement_signed_stays_a_sign(run):
    assert "SIGN" in _types(run("Azərbaycan və Gürcüstan nəqliyyat sahəsində saziş imzalayıblar."))


@pytest.mark.parametrize("text", [
    "Kamran Əliyev polisə dəvət olunub və ifadə verib.",
    "Kamran Əliyev Azərbaycan millisinin heyətinə dəvət olunub.",
])
def test_a_summons_or_a_call_up_is_no_invitation(run, text):
    assert "INVITE" not in _types(run(text))


def test_an_invitation_to_a_visit_stays_an_invite(run):
    text = "Kamran Əliyev Prezident Vüqar Rzayevi Bakıya rəsmi səfərə dəvət edib."
    assert "INVITE" in _types(run(text))


def test_contact_made_is_no_establish(run):
    text = "Dövlət Gömrük Komitəsi Gürcüstanın gömrük idarəsi ilə əlaqə qurub."
    assert "ESTABLISH" not in _types(run(text))


# --- competitors described by a participle: competing is no attendance (guide 43) -------------------------

def test_competitors_taking_part_are_no_participation(run):
    text = "Kamran Əliyev Bakıda keçirilən idman festivalında iştirak edən yarışçılara təşəkkür edib."
    assert "PARTICIPATE" not in _types(run(text))


def test_an_official_taking_part_in_a_forum_stays_a_participation(run):
    text = "Nazir Kamran Əliyev Bakıda keçirilən iqtisadi forumda iştirak edib."
    assert "PARTICIPATE" in _types(run(text))


# --- more of sports, and visitors counted ---------------------------------------------------------------

def test_a_team_meeting_another_in_a_round_is_no_meeting(run):
    assert "MEET" not in _types(run("“Qarabağ” növbəti turda “Neftçi” ilə görüşəcək."))


def test_fans_cheering_is_no_support(run):
    assert "SUPPORT" not in _types(run("Azarkeşlər “Qarabağ” komandasına böyük dəstək verib."))


def test_a_penalty_kick_is_no_appointment(run):
    assert "APPOINT" not in _types(run("Hakim Kamran Əliyev oyunda “Qarabağ”ın xeyrinə penalti təyin edib."))


def test_tourists_counted_are_no_visit(run):
    assert "VISIT" not in _types(run("Bu il Azərbaycana 1,2 milyon əcnəbi turist səfər edib."))


def test_a_president_visiting_stays_a_visit(run):
    assert "VISIT" in _types(run("Prezident Vüqar Rzayev Gürcüstana rəsmi səfər edib."))


def test_a_president_elect_is_no_appointment(run):
    text = "Gürcüstanın seçilmiş prezidenti Levan Kobaxidze yeni hökumətin tərkibini açıqlayıb."
    assert "APPOINT" not in _types(run(text))


def test_customers_signing_through_a_service_is_no_sign(run):
    text = "Yeni tətbiq sayəsində müştərilər kredit müqavilələrini evdən çıxmadan telefonla imzalayacaqlar."
    assert "SIGN" not in _types(run(text))


def test_two_companies_signing_stays_a_sign(run):
    text = "“Kapital Rəqəm” və “Bakı Nəqliyyat” şirkətləri əməkdaşlıq müqaviləsi imzalayıblar."
    assert "SIGN" in _types(run(text))
