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
