"""The main party of an event: who holds, attends or acts, not who reports it or where it was.

Sentences are written for these tests (never taken from third-party data). Expectations follow
``ANNOTATION.md`` and corpus/GUIDE.md (37: a gathering held is its owner's or organiser's).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline import Article
from pipeline.records import Event

PUBLISHED = datetime(2026, 3, 12, 9, 0)


@pytest.fixture(scope="module")
def run(nlp):
    cache: dict[str, tuple[Event, ...]] = {}

    def found(text: str) -> tuple[Event, ...]:
        if text not in cache:
            result = nlp(Article(id="party-test", text=text, published=PUBLISHED))
            assert result.status == "ok", result.error
            cache[text] = result.events
        return cache[text]

    return found


def test_a_summit_held_after_its_attendance_is_its_hosts(run):
    # the second sentence names the summit by its bare noun: the body holding the one just attended holds it
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Türk Dövlətləri Təşkilatının Zirvə görüşündə çıxış edib. "
            "Tokayev vurğulayıb ki, sammitin Şuşada keçirilməsi böyük əhəmiyyət daşıyır.")
    held = [e for e in run(text) if e.type == "MEET"]
    assert held, [(e.type, e.trigger, e.participants) for e in run(text)]
    assert held[-1].participants == ("Türk Dövlətləri Təşkilatı",)
    assert "Kasım-Jomart Tokayev" not in held[-1].participants


def test_a_gathering_held_with_no_attendance_before_names_no_one(run):
    text = "Nazir bildirib ki, iclasın paytaxtda keçirilməsi planlaşdırılır."
    assert all(not e.participants for e in run(text) if e.type == "MEET")


def test_an_appointment_naming_no_one_takes_the_person_named_to_the_post_next(run):
    text = "Şirkətdə yeni icraçı direktor təyin edilib. Rəşad Quliyev şirkətin yeni icraçı direktoru olub."
    appointed = [e for e in run(text) if e.type == "APPOINT"]
    assert appointed, [(e.type, e.trigger, e.participants) for e in run(text)]
    assert appointed[0].participants == ("Rəşad Quliyev",)
    assert appointed[0].target == "Rəşad Quliyev"


def test_a_person_named_next_to_another_post_is_not_the_appointee(run):
    text = "Şirkətdə yeni icraçı direktor təyin edilib. Rəşad Quliyev bu barədə jurnalistlərə açıqlama verib."
    assert all(not e.participants for e in run(text) if e.type == "APPOINT")


def test_a_country_named_by_its_heads_title_is_that_head(run):
    # ``Fransa lideri`` with no name after it: the president the article named with that title before
    text = ("Fransa Prezidenti Emmanuel Makron Afrika ölkələrinə yardımın artırılacağını açıqlayıb. "
            "Bunu Fransa lideri Romada İtaliyanın Baş naziri Corca Meloni ilə birgə mətbuat konfransında deyib.")
    meeting = [e for e in run(text) if e.type == "MEET"]
    assert meeting, [(e.type, e.trigger, e.participants) for e in run(text)]
    assert "Emmanuel Makron" in meeting[-1].participants
    assert "Fransa" not in meeting[-1].participants


def test_a_country_with_its_heads_name_after_the_title_stays_as_it_is(run):
    text = ("Fransa Prezidenti Emmanuel Makron Afrika ölkələrinə yardımın artırılacağını açıqlayıb. "
            "Almaniya kansleri Olaf Şolts Parisdə İtaliyanın Baş naziri Corca Meloni ilə görüşüb.")
    meeting = [e for e in run(text) if e.type == "MEET"]
    assert meeting and "Emmanuel Makron" not in meeting[-1].participants


def test_whom_a_report_is_told_by_is_no_party(run):
    # ``X-in məlumatına görə``: according to X, its source; the meeting's parties are the two named after
    text = ("Azərbaycan Futbol Federasiyaları Assosiasiyasının məlumatına görə, Rəşad Quliyev ilə Elvin Həsənov "
            "görüşü gələn həftəyə təxirə salınıb.")
    meeting = [e for e in run(text) if e.type == "MEET"]
    assert meeting, [(e.type, e.trigger, e.participants) for e in run(text)]
    assert set(meeting[0].participants) == {"Rəşad Quliyev", "Elvin Həsənov"}
