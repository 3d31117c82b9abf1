"""Events of the kinds that unseen news brought out (issue 9): nominal mentions, future and reported events,
participants across sentences, support and agreement in forms other than the finite verb, appointments by a
board, decrees, one row per happening, and the dyad (``source`` → ``target``).

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from pipeline.records import Event


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.type for e in events]


def _only(events: tuple[Event, ...], event_type: str) -> Event:
    chosen = [e for e in events if e.type == event_type]
    assert len(chosen) == 1, [(e.type, e.trigger) for e in events]
    return chosen[0]


# --- nominal mentions ---------------------------------------------------------------------------------

def test_a_session_of_a_commission_is_a_meet_of_the_commission(run):
    text = "Dövlət Gömrük Komitəsinin kollegiyasının iclası iyulun 8-də keçirilib."
    meeting = _only(run(text), "MEET")
    assert meeting.date == "2025-07-08"


def test_a_session_named_by_its_owner_is_a_meet(run):
    text = "Bu barədə Mərkəzi Bankın İdarə Heyətinin iclasının nəticələrinə dair məlumatda deyilir."
    meeting = _only(run(text), "MEET")
    assert meeting.participants == ("Mərkəzi Bank",) and meeting.source == "Mərkəzi Bank"


def test_a_visit_named_by_its_noun_with_owner_and_destination(run):
    text = "Prezident Rəcəb Tayyib Ərdoğanın Bakıya səfəri iyulun 3-də başa çatıb."
    visit = _only(run(text), "VISIT")
    assert (visit.source, visit.target, visit.location) == ("Rəcəb Tayyib Ərdoğan", "Bakı", "Bakı")


def test_a_meeting_named_by_its_noun_with_a_partner(run):
    text = "Nazir Mikayıl Cabbarovun Gürcüstanın iqtisadiyyat naziri Levan Davitaşvili ilə görüşü baş tutub."
    meeting = _only(run(text), "MEET")
    assert (meeting.source, meeting.target) == ("Mikayıl Cabbarov", "Levan Davitaşvili")
    assert "Gürcüstan" not in meeting.participants  # whose minister he is: a modifier, not a party


def test_speaking_at_a_gathering_is_a_participation_not_a_meeting(run):
    text = "Bunu iqtisadiyyat naziri Mikayıl Cabbarov Bakıda keçirilən investisiya forumunda çıxış edərkən bildirib."
    events = run(text)
    assert _types(events) == ["PARTICIPATE"]
    assert events[0].participants == ("Mikayıl Cabbarov",) and events[0].date == "2025-07-10"


def test_speaking_at_a_summit_is_a_participation(run):
    text = "Bunu Qırğızıstan Prezidenti Sadır Japarov Bişkek Su Resursları Zirvəsində çıxışı zamanı bildirib."
    participation = _only(run(text), "PARTICIPATE")
    assert participation.source == "Sadır Japarov" and "Qırğızıstan" not in participation.participants


def test_routine_meetings_held_are_no_happening(run):
    assert run("İşçi qruplarının keçirdiyi fərdi görüşlərin nəticəsində cədvəllər tərtib olunub.") == ()


def test_a_plenary_session_of_parliament_is_no_event(run):
    assert run("Milli Məclisin bu gün keçirilən plenar iclasında qanun layihəsi müzakirə olunub.") == ()


def test_a_signing_ceremony_held_is_not_a_meeting_of_its_own(run):
    text = "Sonra sazişin imzalanma mərasimi keçirilib."
    assert "MEET" not in _types(run(text))


# --- future and reported events -----------------------------------------------------------------------

def test_a_planned_video_call_is_one_call_not_a_meeting(run):
    text = "Prezident İlham Əliyev və Baş nazir Nikol Paşinyan sabah videokonfrans formatında görüş keçirəcəklər."
    events = run(text)
    assert _types(events) == ["CALL"]
    assert events[0].modality == "planned"


def test_taking_part_in_a_video_call_is_the_call(run):
    text = "Nazir Ceyhun Bayramov iyulun 2-də keçirilən videokonfransda iştirak edib."
    assert _types(run(text)) == ["CALL"]


def test_what_the_parties_discussed_in_a_call_is_the_call(run):
    text = ("Xarici işlər naziri Rauf Qasımovla Fuad Nağıyev arasında telefon danışığı olub. "
            "Tərəflər regional təhlükəsizlik barədə fikir mübadiləsi aparıblar.")
    call = _only(run(text), "CALL")
    assert (call.source, call.target) == ("Rauf Qasımov", "Fuad Nağıyev")


def test_an_intended_visit_is_planned(run):
    visit = _only(run("Prezident Kasım-Jomart Tokayev Bakıya rəsmi səfər etməyi planlaşdırır."), "VISIT")
    assert visit.modality == "planned" and visit.date == ""


# --- participants across sentences ----------------------------------------------------------------------

def test_the_subject_named_before_carries_over_to_a_pronoun(run):
    text = ("Ukraynanın Baş naziri Denis Şmıqal iyulun 8-də Vaşinqtonda olub. "
            "O bildirib ki, Dünya Bankının prezidenti Aksel van Trotsenburq ilə müqavilə imzalayıb.")
    signing = _only(run(text), "SIGN")
    assert (signing.source, signing.target) == ("Denis Şmıqal", "Aksel van Trotsenburq")


def test_a_sentence_that_refers_back_takes_the_meetings_parties(run):
    text = ("Prezident İlham Əliyev iyulun 7-də Macarıstanın Baş naziri Viktor Orbanı qəbul edib. "
            "Görüşdə enerji sahəsində əməkdaşlıq müzakirə edilib.")
    meeting = _only(run(text), "MEET")
    assert (meeting.source, meeting.target) == ("İlham Əliyev", "Viktor Orban")


def test_the_parties_agreeing_after_a_meeting_are_the_meetings_parties(run):
    text = ("Nazir Ceyhun Bayramov iyulun 7-də Gürcüstanın xarici işlər naziri Maka Boçorişvili ilə görüşüb. "
            "Tərəflər yük daşımalarının tarifləri barədə razılaşıblar.")
    agreement = _only(run(text), "AGREE")
    assert (agreement.source, agreement.target) == ("Ceyhun Bayramov", "Maka Boçorişvili")
    assert (agreement.date, agreement.date_source) == ("2025-07-07", "context")


def test_places_near_the_trigger_are_not_participants(run):
    text = "Qırğızıstanın Baş naziri Adılbek Kasımalıyevi Laçın və Kəlbəcər rayonlarında Orxan Səfərov qarşılayıb."
    meeting = _only(run(text), "MEET")
    assert meeting.source == "Orxan Səfərov" and meeting.target == "Adılbek Kasımalıyev"
    assert not {"Qazaxıstan", "Ağdam", "Füzuli"} & set(meeting.participants)


def test_parties_between_are_source_and_target_in_the_order_named(run):
    text = "Sabah enerji təchizatı üzrə Gürcüstan və Ermənistan arasında məsləhətləşmələr keçiriləcək."
    meeting = _only(run(text), "MEET")
    assert (meeting.source, meeting.target, meeting.modality) == ("Gürcüstan", "Ermənistan", "planned")


def test_a_named_gathering_attended_is_the_target(run):
    text = "Bunu nazir Mikayıl Cabbarov Bakıda keçirilən Bakı Enerji Forumunda bildirib."
    participation = _only(run(text), "PARTICIPATE")
    assert participation.source == "Mikayıl Cabbarov" and "Forum" in participation.target


# --- support and agreement beyond the finite verb -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Türkiyə Azərbaycanın ərazi bütövlüyünü dəstəkləməyə hazırdır.",
    "Nazir bildirib ki, Türkiyə Azərbaycanın sülh təşəbbüsünü dəstəklədiyini bir daha bəyan edib.",
    "Meksika Fələstini müstəqil dövlət kimi tanıyıb.",
])
def test_support_in_forms_other_than_the_finite_verb(run, text):
    support = _only(run(text), "SUPPORT")
    assert support.source in ("Türkiyə", "Meksika")
    assert support.target in ("Azərbaycan", "Fələstin")


def test_money_is_not_support(run):
    assert run("Bank mədəni layihələrə maliyyə dəstəyi göstərib.") == ()


def test_a_standing_support_is_not_dated_by_publication(run):
    support = _only(run("Azərbaycan BMT-nin bu təşəbbüsünü dəstəkləyir."), "SUPPORT")
    assert support.date == "" and support.source == "Azərbaycan"


@pytest.mark.parametrize("text", [
    "Peru və Ekvador arasında atəşkəs elan olunub.",
    "Tərəflər arasında yük daşımaları üzrə razılaşma əldə olunub.",
    "Qərar Fondun Himayəçilik Şurasının iclasında qəbul edilib.",
])
def test_agreements_as_nouns_and_decisions_of_a_council(run, text):
    assert "AGREE" in _types(run(text))


def test_a_vague_agreement_is_no_event(run):
    assert run("İki ölkə arasında istənilən razılaşma bu məsələni əhatə etməlidir.") == ()


# --- appointments, mandates, resignations, decrees ----------------------------------------------------

def test_an_appointment_by_decree_is_appoint_with_the_signer_as_appointer_and_no_sign(run):
    text = ("Prezident İlham Əliyev iyulun 9-da sərəncam imzalayıb. "
            "Prezident İlham Əliyevin sərəncamı ilə Rəşad Nəbiyev nazir təyin edilib.")
    events = run(text)
    assert "SIGN" not in _types(events)
    appointment = _only(events, "APPOINT")
    assert (appointment.source, appointment.target) == ("İlham Əliyev", "Rəşad Nəbiyev")


def test_a_decree_signed_in_one_sentence_appoints_in_the_next(run):
    text = ("Prezident İlham Əliyev sərəncam imzalayıb. "
            "Sərəncama əsasən, Elnur Əliyev Dövlət Gömrük Komitəsinin sədri təyin olunub.")
    events = run(text)
    assert _types(events) == ["APPOINT"]
    assert (events[0].source, events[0].target) == ("İlham Əliyev", "Elnur Əliyev")


def test_the_owner_of_an_appointment_noun_is_the_appointee(run):
    text = "Prezident İlham Əliyev Samir Şərifovun nazir təyin edilməsi haqqında sərəncam imzalayıb."
    appointment = _only(run(text), "APPOINT")
    assert (appointment.source, appointment.target) == ("İlham Əliyev", "Samir Şərifov")
    assert appointment.date == "2025-07-10"  # what the decree signed today does is news of the day


def test_an_appointment_by_a_board(run):
    text = "Bankın Müşahidə Şurasının qərarı ilə Elçin Məmmədov sədr vəzifəsinə təyin edilib."
    appointment = _only(run(text), "APPOINT")
    assert appointment.target == "Elçin Məmmədov"


@pytest.mark.parametrize("text, person", [
    ("Deputat Əli Məsimli deputat mandatından məhrum edilib.", "Əli Məsimli"),
    ("Baş nazir Li Ven istefa verib.", "Li Ven"),
    ("Direktor Samir Həsənov ilə bağlanmış əmək müqaviləsinə xitam verilib.", "Samir Həsənov"),
])
def test_the_loss_of_a_mandate_a_resignation_and_an_ended_contract_are_appoint(run, text, person):
    appointment = _only(run(text), "APPOINT")
    assert appointment.target == person and appointment.plover in ("", "RETREAT")


def test_a_dismissal_by_a_court_has_the_court_as_appointer(run):
    text = "Konstitusiya Məhkəməsi aprelin 4-də prezident Yun Sok Yölü vəzifəsindən kənarlaşdırıb."
    appointment = _only(run(text), "APPOINT")
    assert (appointment.source, appointment.target) == ("Konstitusiya Məhkəməsi", "Yun Sok Yöl")


# --- foundings --------------------------------------------------------------------------------------

def test_a_named_body_founded_is_a_participant_not_the_target(run):
    founding = _only(run("Xatırladaq ki, “Kapital Bank” 1999-cu ildə yaradılıb."), "ESTABLISH")
    assert (founding.source, founding.target, founding.date) == ("", "", "1999")
    assert founding.participants == ("Kapital Bank",)


def test_new_specialties_at_universities_are_no_founding(run):
    assert run("Bəzi kolleclərdə yeni ixtisaslar yaradılıb.") == ()


# --- one row per happening, dates ---------------------------------------------------------------------

def test_a_visit_reported_three_times_is_one_event(run):
    text = ("Prezident Şavkat Mirziyoyev iyulun 9-da Azərbaycana dövlət səfərinə gəlib. "
            "Səfər çərçivəsində Prezident Şavkat Mirziyoyev Şuşaya da gedib. "
            "Prezident Şavkat Mirziyoyevin Azərbaycana səfəri iyulun 9-da başa çatıb.")
    visit = _only(run(text), "VISIT")
    assert (visit.source, visit.target, visit.date) == ("Şavkat Mirziyoyev", "Azərbaycan", "2025-07-09")


def test_a_date_that_is_the_topic_is_not_the_time(run):
    text = ("Bunu Dövlət Statistika Komitəsinin sədri Tofiq Məmmədli 2026/2027-ci tədris ili üçün keçirilən tədbirdə "
            "deyib.")
    participation = _only(run(text), "PARTICIPATE")
    assert participation.date == "2025-07-10" and participation.date_source == "published"


def test_a_year_in_a_quoted_title_does_not_date_the_event(run):
    text = "Bunu nazir Kamran Vəliyev “Rəqəmsal Məktəb 2026: ilk addım” mövzusunda keçirilən tədbirdə deyib."
    participation = _only(run(text), "PARTICIPATE")
    assert (participation.date, participation.date_source) == ("2025-07-10", "published")


def test_a_date_in_quoted_speech_dates_the_event_it_reports(run):
    text = ("“Müdir Vüqar Əsgərli ilə bağlanmış əmək müqaviləsinə 12 mart 2026-cı il tarixdən “b” bəndinə əsasən "
            "xitam verilib”, - deyə idarədən bildirilib.")
    assert _only(run(text), "APPOINT").date == "2026-03-12"


def test_a_call_in_the_simple_past(run):
    call = _only(run("Sonra Nazim Əliyev mənə zəng etdi."), "CALL")
    assert call.source == "Nazim Əliyev"


def test_a_date_after_a_founding_participle_belongs_to_the_clause_after(run):
    text = "Sahibkarlığa dəstək məqsədilə yaradılmış “Kiçik Biznes Agentliyi” 2018-ci ildə yeni mərkəzlər açıb."
    founding = next(e for e in run(text) if e.trigger == "yaradılmış")
    assert founding.date == ""


def test_a_statement_at_a_bodys_summit_is_the_story_subjects_participation(run):
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev sentyabrın 9-da Şuşaya gəlib. "
            "Bunu dövlət başçısı Türk Dövlətləri Təşkilatının Zirvə görüşündə çıxışı zamanı söyləyib.")
    participation = _only(run(text), "PARTICIPATE")
    assert participation.source == "Kasım-Jomart Tokayev"
    assert "İqtisadi Əməkdaşlıq Təşkilatı" not in participation.participants  # the host is no participant


def test_an_acronym_in_parentheses_is_not_a_second_party(run):
    agreement = _only(run("Qərar Kənd Sığorta Dəstəyi Fondunun (KSDF) Himayəçilik Şurasında qəbul edilib."), "AGREE")
    assert agreement.target != "KSDF"


def test_people_elected_are_appointees_not_appointers(run):
    text = "Nəcəfov Ruslan İlyas oğlu və Xəlilov Mehrab Nəzər oğlu idarə heyətinin üzvü seçilib."
    election = _only(run(text), "APPOINT")
    assert election.source == "" and election.target == "Nəcəfov Ruslan İlyas oğlu"
    assert "Xəlilov Mehrab Nəzər oğlu" in election.participants
