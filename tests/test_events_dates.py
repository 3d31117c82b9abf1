"""Event dates on unseen news: what a date in the sentence, the sentence before or the publication day can date.

Kinds a reviewer found on news in no gold split: a process still going on dated to the publication day, the date
of another happening in the sentence taken. Every sentence is written for these tests (published 2025-07-10);
expectations follow ``ANNOTATION.md`` (event ``date``) and ``corpus/GUIDE.md`` (decision 21).
"""

from __future__ import annotations

from pipeline.records import Event


def _only(events: tuple[Event, ...], event_type: str) -> Event:
    chosen = [e for e in events if e.type == event_type]
    assert len(chosen) == 1, [(e.type, e.trigger) for e in events]
    return chosen[0]


# --- a process still going on is no happening of the publication day ----------------------------------------

def test_talks_in_the_present_passive_take_no_publication_date(run):
    talks = _only(run("Qazaxıstan ilə Qırğızıstan arasında su bölgüsü barədə danışıqlar aparılır."), "MEET")
    assert (talks.date, talks.date_source) == ("", "")


def test_talks_that_go_on_take_no_publication_date(run):
    talks = _only(run("Gürcüstan ilə Ermənistan arasında sərhəd məsələsi üzrə danışıqlar davam edir."), "MEET")
    assert (talks.date, talks.date_source) == ("", "")


def test_talks_still_held_take_no_publication_date(run):
    talks = _only(run("Qazaxıstan ilə Özbəkistan hələ də danışıqlar aparmaqdadır."), "MEET")
    assert talks.date == ""


def test_talks_held_in_the_past_are_news_of_the_day(run):
    talks = _only(run("Qazaxıstan ilə Qırğızıstan arasında su bölgüsü barədə danışıqlar aparılıb."), "MEET")
    assert (talks.date, talks.date_source) == ("2025-07-10", "published")


def test_a_visit_under_way_in_the_present_is_news_of_the_day(run):
    visit = _only(run("Nikol Paşinyan Fransaya işgüzar səfərə gedir."), "VISIT")
    assert (visit.date, visit.date_source) == ("2025-07-10", "published")


# --- the date of another happening in the same sentence ------------------------------------------------------

def test_a_date_of_a_clause_closed_by_its_own_verb_dates_that_clause(run):
    text = "Fuad Məmmədov 2015-ci ilin mayından bankda çalışıb, 2021-ci ildə İdarə Heyətinin sədri təyin edilib."
    assert _only(run(text), "APPOINT").date == "2021"


def test_a_state_since_a_month_does_not_date_a_reelection(run):
    text = "Kamal Əliyev bu vəzifədə 2019-cu ilin martından işləyir, 2023-cü ildə yenidən seçilib."
    assert _only(run(text), "APPOINT").date == "2023"


def test_the_date_of_the_first_election_does_not_date_the_reelection(run):
    reelected = _only(run("Kamal Əliyev 2018-ci ildə ilk dəfə seçildiyi vəzifəyə yenidən seçilib."), "APPOINT")
    assert (reelected.date, reelected.date_source) == ("2025-07-10", "published")


def test_a_first_election_keeps_its_date(run):
    assert _only(run("Kamal Əliyev ilk dəfə 2018-ci ildə seçilib."), "APPOINT").date == "2018"


def test_a_plan_told_after_ki_takes_no_date_of_the_telling(run):
    text = "Nazir Ceyhun Bayramov mayın 5-də keçirilən iclasda bildirib ki, Türkiyə ilə yeni saziş imzalanacaq."
    signing = _only(run(text), "SIGN")
    assert (signing.modality, signing.date) == ("planned", "")


def test_a_plan_told_after_ki_keeps_its_own_date(run):
    text = "Nazir Ceyhun Bayramov bildirib ki, Türkiyə ilə yeni saziş avqustun 5-də imzalanacaq."
    assert _only(run(text), "SIGN").date == "2025-08-05"


def test_a_plan_announced_at_a_past_meeting_takes_no_date_of_the_meeting(run):
    text = ("Baş nazir Əli Əsədov iyulun 8-də hökumət iclası keçirib. "
            "İclasda Azərbaycan ilə Qazaxıstan arasında saziş imzalanacağı bildirilib.")
    signing = _only(run(text), "SIGN")
    assert (signing.modality, signing.date) == ("planned", "")


def test_a_founding_decided_at_a_meeting_takes_the_meeting_day(run):
    text = ("Baş nazir Əli Əsədov iyulun 8-də hökumət iclası keçirib. "
            "İclasda Rəqəmsal İnkişaf Agentliyinin yaradılması qərara alınıb.")
    assert _only(run(text), "ESTABLISH").date == "2025-07-08"


def test_a_plan_during_a_planned_visit_takes_the_visit_day(run):
    text = ("Kamal Əliyev 7-8 avqust tarixlərində Fransaya səfər edəcək. "
            "Məlumatda qeyd olunur ki, Əliyev Parisdə Emmanuel Makronla görüş keçirəcək.")
    assert _only(run(text), "MEET").date == "2025-08-07"


# --- a body whose work is reported as done was not founded on the publication day ---------------------------

def test_a_commission_whose_work_is_done_takes_no_publication_date(run):
    text = ("Müəllim kadrları üzrə rayon komissiyaları yaradılıb. Məlumata görə, komissiyalar tərəfindən "
            "aparılmış müsahibələrdən sonra 300 nəfər işə götürülüb.")
    founding = _only(run(text), "ESTABLISH")
    assert (founding.date, founding.date_source) == ("", "")


def test_a_commission_whose_work_is_to_come_is_news_of_the_day(run):
    text = "Müəllim kadrları üzrə rayon komissiyaları yaradılıb. Komissiyalar tərəfindən müsahibələr aparılacaq."
    founding = _only(run(text), "ESTABLISH")
    assert (founding.date, founding.date_source) == ("2025-07-10", "published")


def test_an_agency_that_has_already_prepared_a_project_takes_no_publication_date(run):
    text = "Rəqəmsal İnkişaf Agentliyi yaradılıb. Agentlik tərəfindən hazırlanmış layihə təqdim olunub."
    assert _only(run(text), "ESTABLISH").date == ""


# --- a gathering whose clause ends in the future, however long the date before its verb ---------------------

def test_a_meeting_on_one_of_two_days_is_planned(run):
    meeting = _only(run("Görüş 6 və ya 7 avqustda baş tutacaq."), "MEET")
    assert meeting.modality == "planned" and meeting.date.startswith("2025-08-0")


def test_a_forum_to_be_held_after_a_list_of_days_is_planned_on_the_first(run):
    forum = _only(run("Forum 6 və 7 avqust tarixlərində Bakıda keçiriləcək."), "MEET")
    assert (forum.modality, forum.date) == ("planned", "2025-08-06")


# --- a happening told as before the news -------------------------------------------------------------------

def test_a_converb_before_a_pluperfect_is_no_news_of_the_day(run):
    text = "Qazaxıstan Özbəkistanla razılaşaraq sərhəddə yeni keçid məntəqəsi aça bilmişdi."
    agreement = _only(run(text), "AGREE")
    assert (agreement.date, agreement.date_source) == ("", "")


def test_a_converb_before_a_perfect_is_news_of_the_day(run):
    text = "Qazaxıstan Özbəkistanla razılaşaraq sərhəddə yeni keçid məntəqəsi açıb."
    assert _only(run(text), "AGREE").date_source == "published"


def test_an_agreement_described_by_a_past_participle_takes_no_publication_date(run):
    text = "Qazaxıstanın yeni qaydası Özbəkistanla əldə edilmiş razılaşmadan irəli gəlir."
    agreement = _only(run(text), "AGREE")
    assert (agreement.date, agreement.date_source) == ("", "")


def test_a_holiday_a_meeting_marks_does_not_date_it(run):
    text = "2019-cu ildə Şəkidə 8 Mart – Qadınlar günü münasibətilə müəllimlərlə görüş təşkil edilib."
    assert _only(run(text), "MEET").date == "2019"


def test_a_visit_last_week_is_no_news_of_the_day(run):
    visit = _only(run("Nazir Ceyhun Bayramov ötən həftə Gürcüstana səfər edib."), "VISIT")
    assert (visit.date, visit.date_source) == ("", "")


def test_a_visit_with_no_time_is_news_of_the_day(run):
    visit = _only(run("Nazir Ceyhun Bayramov Gürcüstana səfər edib."), "VISIT")
    assert (visit.date, visit.date_source) == ("2025-07-10", "published")
