"""Events of the kinds the train split's errors brought out: participles that describe a class of people,
and the other constructions added while working from those errors.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from pipeline.records import Event
from pipeline.stages.event.event_merge import same_happening
from pipeline.stages.event.event_triggers import find_triggers, fold_adjacent


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.type for e in events]


# --- a participle describing people as a class ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Səfirlik ölkədə səfərdə olan Azərbaycan vətəndaşlarına ehtiyatlı olmağı tövsiyə edib.",
    "Bölgəyə səfər edən şəxslər yol qaydalarına əməl etməlidirlər.",
    "Sərgidə iştirak edən sakinlərə pulsuz bilet veriləcək.",
])
def test_a_participle_describing_a_class_of_people_is_no_event(run, text):
    assert not {"VISIT", "PARTICIPATE"} & set(_types(run(text)))


def test_a_participle_describing_a_named_person_is_still_a_visit(run):
    text = "Bakıda rəsmi səfərdə olan Gürcüstanın Baş naziri İrakli Kobaxidze iyulun 9-da Sumqayıta gedib."
    assert "VISIT" in _types(run(text))


# --- what was founded, and who made it -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Yeni mobil tətbiq “Rəqəmsal Xidmətlər” MMC tərəfindən 2023-cü ildə yaradılıb.",
    "Kənd təsərrüfatı parkı “Yaşıl Kənd” layihəsi çərçivəsində yaradılıb.",
])
def test_the_maker_or_the_frame_of_a_thing_is_no_body_founded(run, text):
    assert "ESTABLISH" not in _types(run(text))


def test_a_company_founded_is_still_established(run):
    text = "Xatırladaq ki, “Dağ Çayı” MMC 2014-cü ildə yaradılıb."
    assert "ESTABLISH" in _types(run(text))


def test_a_person_starting_work_is_a_career_not_a_founding(run):
    text = "Qeyd edək ki, Rauf Həsənov 2010-cu ildən Dövlət Neft Fondunda fəaliyyətə başlayıb."
    assert "ESTABLISH" not in _types(run(text))


def test_a_body_starting_work_is_established(run):
    text = "Şəkidə Regional İnkişaf Mərkəzi fəaliyyətə başlayıb."
    assert "ESTABLISH" in _types(run(text))


# --- a plan dated by a later sentence ------------------------------------------------------------------

def test_a_planned_visit_takes_the_date_a_later_sentence_gives_it(run):
    text = ("Gürcüstanın Baş naziri İrakli Kobaxidze Qazaxıstana rəsmi səfərə gedəcək.\n\n"
            "Bu barədə hökumətin mətbuat xidməti məlumat yayıb.\n\n"
            "Bildirilib ki, iyulun 14-də başlayacaq səfər zamanı bir neçə saziş imzalanacaq.")
    visit = [e for e in run(text) if e.type == "VISIT"][0]
    assert (visit.date, visit.date_source, visit.modality) == ("2025-07-14", "context", "planned")


def test_a_planned_visit_is_not_dated_by_a_past_date(run):
    text = ("Gürcüstanın Baş naziri İrakli Kobaxidze Qazaxıstana rəsmi səfərə gedəcək.\n\n"
            "Onun bu ölkəyə əvvəlki səfəri 2023-cü ildə olub.")
    visit = [e for e in run(text) if e.type == "VISIT"][0]
    assert visit.date == ""


def test_a_planned_meeting_is_not_dated_by_a_sentence_about_something_else(run):
    text = ("Nazir Ramil Quliyev Çin nümayəndə heyəti ilə görüş keçirəcək.\n\n"
            "Qeyd edək ki, yeni qaydalar iyulun 20-dən qüvvəyə minəcək.")
    meeting = [e for e in run(text) if e.type == "MEET"][0]
    assert meeting.date == ""


# --- help given to an activity is no declared support -------------------------------------------------

@pytest.mark.parametrize("text", [
    "“Günəş Bank” uzun illərdir ki, gənclərin elmi təşəbbüslərini dəstəkləyir.",
    "Yeni proqram kənd təsərrüfatı məhsullarının ixracını dəstəkləyir.",
    "Mərkəzdə quraşdırılan lövhələr qeydiyyatın sürətləndirilməsinə dəstək verəcək.",
])
def test_help_to_an_activity_is_no_support(run, text):
    assert "SUPPORT" not in _types(run(text))


def test_support_for_a_party_is_still_support(run):
    text = "Macarıstan Gürcüstanın ərazi bütövlüyünü dəstəkləyir."
    support = [e for e in run(text) if e.type == "SUPPORT"]
    assert support and (support[0].source, support[0].target) == ("Macarıstan", "Gürcüstan")


def test_support_for_a_position_with_no_entity_is_still_support(run):
    text = "Deputat Kamran Əliyev yeni vergi islahatını dəstəkləyəcəyini bildirib."
    assert "SUPPORT" in _types(run(text))


# --- one sentence naming the same happening twice ------------------------------------------------------

def test_one_sentence_naming_an_attendance_twice_is_one_event(run):
    text = ("Bunu nazir müavini Rauf Həsənov Bakıda keçirilən “Regional Turizm Forumu”nun "
            "açılış sessiyasında çıxışı zamanı bildirib.")
    events = run(text)
    assert _types(events).count("PARTICIPATE") <= 1


def _event(trigger: str, source: str, target: str, sentence_id: int = 3) -> Event:
    return Event(type="PARTICIPATE", trigger=trigger, start=0, end=len(trigger), date="2025-07-10",
                 date_source="published", participants=(source,), source=source, target=target,
                 sentence_id=sentence_id)


def test_same_source_in_one_sentence_is_one_happening():
    first, second = _event("Forumunun", "Rauf Həsənov", "Turizm Forumu"), _event("sessiyası", "Rauf Həsənov", "")
    assert same_happening(first, second, b_refers_back=False)


def test_same_source_with_two_named_gatherings_stays_two():
    first = _event("Forumunda", "Rauf Həsənov", "Turizm Forumu")
    second = _event("sərgisində", "Rauf Həsənov", "Kənd Təsərrüfatı Sərgisi")
    assert not same_happening(first, second, b_refers_back=False)


# --- a verb joined to its own negation asks whether ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tərəflərin sazişi imzalayıb-imzalamayacağı hələ məlum deyil.",
    "Nazirlərin qiymət barədə razılaşıb-razılaşmayacağı sabah bəlli olacaq.",
    "Komissiya nazirin həmin gün Gəncəyə gedib-getmədiyini yoxlayır.",
])
def test_whether_or_not_reports_nothing(run, text):
    assert not {"SIGN", "AGREE", "VISIT"} & set(_types(run(text)))


def test_a_hyphen_to_another_word_is_no_question(run):
    text = "Azərbaycan və Gürcüstan iyulun 9-da saziş imzalayıb."
    assert "SIGN" in _types(run(text))


# --- the body founded opens a long clause --------------------------------------------------------------

def test_a_body_opening_a_long_clause_is_founded(run):
    text = "Qeyd edək ki, Regional İnkişaf Fondu 2016-cı ildə ölkə prezidentinin müvafiq fərmanı ilə yaradılıb."
    established = [e for e in run(text) if e.type == "ESTABLISH"]
    assert established and established[0].date == "2016"
    assert "Regional İnkişaf Fondu" in established[0].participants


def test_a_body_in_another_clause_founds_nothing(run):
    text = "Regional İnkişaf Fondu hesabatını açıqlayıb, ölkədə yeni yollar və körpülər yaradılıb."
    assert "ESTABLISH" not in _types(run(text))


# --- a founding named by its verbal noun ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Yeni logistika mərkəzinin yaradılması ilə bölgədə 300 iş yeri açılacaq.",
    "Nazirlər sərhəd keçid məntəqəsinin açılması və inkişafı məsələlərini müzakirə ediblər.",
])
def test_a_founding_talked_about_is_no_event(run, text):
    assert "ESTABLISH" not in _types(run(text))


def test_a_founding_decided_is_a_planned_event(run):
    text = "İclasda Sumqayıt şəhərində yeni Tədqiqat Mərkəzinin yaradılması qərara alınıb."
    assert "ESTABLISH" in _types(run(text))


# --- a decree signed about the appointment just reported -----------------------------------------------

def test_the_signer_of_a_decree_about_it_made_the_appointment(run):
    text = ("Gəncə şəhər icra hakimiyyəti başçısının müavini Tural Nəsirov vəzifəsindən azad olunub.\n\n"
            "Baş nazir Əli Əsədov bununla əlaqədar sərəncam imzalayıb.")
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert len(appointed) == 1
    assert (appointed[0].source, appointed[0].target) == ("Əli Əsədov", "Tural Nəsirov")


def test_a_decree_about_something_else_names_no_appointer(run):
    text = ("Gəncə şəhər icra hakimiyyəti başçısının müavini Tural Nəsirov vəzifəsindən azad olunub.\n\n"
            "Baş nazir Əli Əsədov yol tikintisinə vəsait ayrılması haqqında sərəncam imzalayıb.")
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert appointed and appointed[0].source == ""


# --- taking part in talks is being their party ----------------------------------------------------------

def test_parties_to_talks_are_no_attendance(run):
    text = ("Baş nazir Əli Əsədov Gürcüstan və Türkiyə nazirlərinin iştirakı ilə Tbilisidə üçtərəfli görüş "
            "keçirəcək.")
    types = _types(run(text))
    assert "MEET" in types and "PARTICIPATE" not in types


def test_a_presence_at_an_opening_is_still_an_attendance(run):
    text = "Səfir Rauf Həsənovun iştirakı ilə Kabildə yeni tədris mərkəzinin açılışı olub."
    assert "PARTICIPATE" in _types(run(text))


# --- a talk named first, then said to be a call ---------------------------------------------------------

def test_a_talk_then_a_call_with_the_same_party_is_one_call(run):
    text = ("Prezident Emmanuel Makron deyib: “Vladimir Putinlə apardığım söhbətdən razı qalmadım”.\n\n"
            "O bildirib ki, Putinlə telefon danışığı zamanı atəşkəs barədə irəliləyiş olmayıb.")
    types = _types(run(text))
    assert types.count("CALL") == 1 and "MEET" not in types


def test_a_meeting_with_another_party_before_a_call_stays(run):
    text = ("Prezident Emmanuel Makron iyulun 8-də Olaf Şolts ilə söhbət edib.\n\n"
            "Daha sonra Vladimir Putinlə telefon danışığı olub.")
    types = _types(run(text))
    assert "MEET" in types and "CALL" in types


# --- one body's decision is no agreement ---------------------------------------------------------------

def test_a_committee_approving_a_bill_is_no_agreement(run):
    text = "Gürcüstan parlamentinin Maliyyə Komitəsi vergi məcəlləsinə dəyişiklikləri təsdiqləyib."
    assert "AGREE" not in _types(run(text))


def test_a_council_of_states_approving_is_an_agreement(run):
    text = "Avropa İttifaqı Şurası Ukraynaya yeni yardım paketini iyulun 9-da təsdiqləyib."
    assert "AGREE" in _types(run(text))


# --- a lake or a river is no party ---------------------------------------------------------------------

def test_a_lake_named_in_a_decision_is_no_party(run):
    text = "Göyçə gölünün qorunması üzrə komissiyanın iclasında 12 qərar qəbul edilib."
    agreed = [e for e in run(text) if e.type == "AGREE"]
    assert agreed and "Göyçə" not in agreed[0].participants


def test_a_country_in_a_decision_is_still_a_party(run):
    text = "Azərbaycan və Gürcüstan hökumətlərarası komissiyanın iclasında birgə qərar qəbul edilib."
    agreed = [e for e in run(text) if e.type == "AGREE"]
    assert agreed and {"Azərbaycan", "Gürcüstan"} <= set(agreed[0].participants)


# --- an attendance of no one ---------------------------------------------------------------------------

def test_a_statement_at_a_session_with_no_speaker_is_no_attendance(run):
    text = "Bu barədə universitetdə keçirilən məlumat sessiyasında bildirilib."
    assert "PARTICIPATE" not in _types(run(text))


def test_a_named_speaker_at_a_session_still_attends(run):
    text = "Bunu rektor Rauf Həsənov universitetdə keçirilən məlumat sessiyasında bildirib."
    attended = [e for e in run(text) if e.type == "PARTICIPATE"]
    assert attended and attended[0].participants == ("Rauf Həsənov",)


# --- a decree behind a long quoted title ----------------------------------------------------------------

def test_a_decree_named_after_a_long_quoted_title_is_no_signing(run):
    text = ("Kitab Prezidentin 2019-cu il martın 5-də imzaladığı “Milli musiqi irsinin qorunması və təbliği "
            "üzrə Tədbirlər Planı”nın təsdiqi barədə Sərəncamına uyğun tərtib olunub.")
    assert "SIGN" not in _types(run(text))


def test_an_agreement_named_after_its_quoted_title_is_a_signing(run):
    text = ("Tərəflərin iyulun 5-də imzaladığı “Kənd təsərrüfatı sahəsində əməkdaşlıq haqqında” saziş "
            "qüvvəyə minib.")
    assert "SIGN" in _types(run(text))


# --- a line that breaks off on a date -------------------------------------------------------------------

def test_a_line_breaking_off_on_a_date_dates_the_next_line(run):
    text = ("Yoxlamanın nəticələrinə uyğun olaraq, 2 iyul 2025-ci il tarixində\n"
            "məktəbin direktoru Rauf Həsənov ilə bağlanmış əmək müqaviləsinə xitam verilib.")
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert appointed and (appointed[0].date, appointed[0].date_source) == ("2025-07-02", "text")


def test_a_finished_sentence_does_not_date_the_next(run):
    text = ("Yoxlama 2 iyul 2025-ci il tarixində aparılıb.\n"
            "Məktəbin direktoru Rauf Həsənov ilə bağlanmış əmək müqaviləsinə xitam verilib.")
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert appointed and (appointed[0].date, appointed[0].date_source) != ("2025-07-02", "text")


# --- the lead of an appointment and the participle that names who ---------------------------------------

def test_who_left_named_by_a_participle_joins_the_lead(run):
    text = ("“Dağ Sığorta” ASC-də Müşahidə Şurası üzvlərindən biri vəzifəsindən ayrılıb.\n\n"
            "Məlumata görə, vəzifəsindən ayrılan Rauf Həsənov Kamil oğludur.")
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert len(appointed) == 1 and "Rauf Həsənov Kamil oğlu" in appointed[0].participants


# --- a body acting through its envoys; one plan told twice -----------------------------------------------

def test_a_body_whose_envoys_attend_is_the_attendee(run):
    text = "Mərkəzi Bankın nümayəndələri Cenevrədə keçiriləcək beynəlxalq konfransda iştirak edəcək."
    attended = [e for e in run(text) if e.type == "PARTICIPATE"]
    assert attended and attended[0].source == "Mərkəzi Bank"


def test_one_plan_told_twice_without_a_date_is_one_event(run):
    text = ("Dünya Bankının nümayəndələri Cenevrədə keçiriləcək beynəlxalq konfransda iştirak edəcək.\n\n"
            "O bildirib ki, Dünya Bankının əməkdaşları Cenevrədə konfransda iştirak edəcəklər.")
    assert _types(run(text)).count("PARTICIPATE") == 1


# --- considering doing it is a plan ---------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["nəzərdən keçirir", "düşünür"])
def test_considering_a_recognition_is_planned(run, verb):
    text = f"Norveç Fələstin dövlətini tanımağı {verb}."
    support = [e for e in run(text) if e.type == "SUPPORT"]
    assert support and support[0].modality == "planned" and support[0].date == ""


# --- the host of what was attended ----------------------------------------------------------------------

def test_a_company_owning_by_its_legal_form_is_the_host(run):
    text = "Prezident İlham Əliyev iyulun 8-də “Azərsu” ASC-nin yeni su təmizləyici qurğusunun açılışında iştirak edib."
    attended = [e for e in run(text) if e.type == "PARTICIPATE"]
    assert attended and (attended[0].source, attended[0].target) == ("İlham Əliyev", "Azərsu")


def test_a_session_of_a_forum_is_one_gathering(run):
    text = ("Bunu nazir müavini Rauf Həsənov Bakıda keçirilən “Regional Turizm Forumu”nun "
            "ilk sessiyasında bildirib.")
    attended = [e for e in run(text) if e.type == "PARTICIPATE"]
    assert len(attended) == 1 and attended[0].source == "Rauf Həsənov"


# --- a sentence opening on a gathering that ends on its being held ---------------------------------------

def test_a_gathering_opening_its_sentence_and_held_is_a_meeting(run):
    text = ("Bank əməkdaşları Xırdalanda ağacəkmə aksiyasında iştirak ediblər.\n\n"
            "Tədbir Ekologiya Nazirliyi və bir neçə assosiasiyanın birgə təşkilatçılığı ilə keçirilib.")
    assert "MEET" in _types(run(text))


def test_a_gathering_opening_its_sentence_where_someone_spoke_is_no_meeting(run):
    text = "Tədbirdə nazir müavini Rauf Həsənov çıxış edərək layihənin əhəmiyyətindən danışıb."
    assert "MEET" not in _types(run(text))


def test_a_gathering_in_the_genitive_and_its_session_fold_into_one():
    lower = "bunu o “regional turizm forumu”nun ilk sessiyasında bildirib."
    gatherings = [t for t in fold_adjacent(find_triggers(lower), lower) if t[0] == "GATHERING"]
    assert len(gatherings) == 1 and lower[gatherings[0][1] : gatherings[0][2]].endswith("sessiyasında")


# --- what is done as a rule -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zəruri hallarda vətəndaşlarla görüş keçirilir və onların müraciətlərinə baxılır.",
    "Hər il Bakıda beynəlxalq sənaye sərgisi açılır və yüzlərlə şirkət burada iştirak edir.",
])
def test_a_routine_in_the_present_is_no_event(run, text):
    assert not {"MEET", "PARTICIPATE", "ESTABLISH"} & set(_types(run(text)))


def test_a_routine_gathering_held_this_time_is_an_event(run):
    text = "Hər il keçirilən sənaye forumu bu dəfə iyulun 8-də Gəncədə keçirilib."
    assert "MEET" in _types(run(text))


# --- a plan's date without a year is the coming one ------------------------------------------------------

_FAR_PLAN = ("Bu qərar {day} Xəzər regionunda enerji təhlükəsizliyi üzrə Türkiyə və Gürcüstan arasında "
             "keçiriləcək məsləhətləşmələrin üçüncü mərhələsindən xeyli əvvəl elan olunub.")


@pytest.mark.parametrize(("day", "value"), [("iyulun 2-də", "2026-07-02"), ("iyulun 20-də", "2025-07-20")])
def test_a_plans_day_without_a_year_is_the_coming_one(run, day, value):
    meetings = [e for e in run(_FAR_PLAN.format(day=day)) if e.type == "MEET"]
    assert meetings and (meetings[0].date, meetings[0].modality) == (value, "planned")


def test_a_plans_weekday_is_not_moved_a_year_on(run):
    meetings = [e for e in run(_FAR_PLAN.format(day="bazar ertəsi")) if e.type == "MEET"]
    assert meetings and not meetings[0].date.startswith("2026")
