"""The date stage: a table of forms (tests/data/date_forms.tsv) and a few sentence-level cases."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.records import Article, Document, Sentence
from pipeline.stages.dates import find_dates, make_dates_stage

FORMS = Path(__file__).parent / "data" / "date_forms.tsv"


def _rows() -> list[dict[str, str]]:
    with FORMS.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _published(cell: str) -> datetime | None:
    return None if cell == "-" else datetime.fromisoformat(cell)


ROWS = _rows()


def test_table_is_big_enough():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("row", ROWS, ids=[r["form"] for r in ROWS])
def test_form(row: dict[str, str]):
    found = find_dates(row["form"], _published(row["published"]))
    if not row["span"]:
        assert found == [], f"not a date: {row['form']!r}"
        return
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    assert (m.text, m.value, m.precision, m.value_end or "") == (
        row["span"], row["value"] or "", row["precision"] or "", row["value_end"] or ""
    )
    assert row["form"][m.start : m.end] == m.text


def test_relative_flag():
    pub = datetime(2025, 7, 18)
    assert find_dates("1996-cı il mayın 14-də", pub)[0].relative is False
    assert find_dates("iyulun 18-də", pub)[0].relative is True
    assert find_dates("bu gün", pub)[0].relative is True


def test_sorted_and_not_overlapping():
    text = "Sənəd 2020-ci il mayın 5-də imzalanıb, 2021-ci ildə qüvvəyə minib, bu gün isə dəyişdirilib."
    found = find_dates(text, datetime(2025, 7, 18))
    assert [m.text for m in found] == ["2020-ci il mayın 5-də", "2021-ci ildə", "bu gün"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_future_tense_picks_the_coming_date():
    pub = datetime(2025, 7, 18)
    text = "Forum keçən həftə başa çatıb. Növbəti forum mayın 14-də Bakıda keçiriləcək."
    found = find_dates(text, pub)
    assert found[-1].text == "mayın 14-də" and found[-1].value == "2026-05-14"


def test_future_only_in_the_dates_own_clause():
    text = "Fasilə aprelin 9-da elan edildi və bu müddətdə yeni qaydalar tətbiq ediləcək."
    assert find_dates(text, datetime(2025, 4, 19))[0].value == "2025-04-09"


def test_adjective_in_acaq_does_not_make_the_future():
    text = "İyulun 22-də yeni nəfəs gətirəcək layihənin təqdimatı keçirildi."
    assert find_dates(text, datetime(2025, 8, 4))[0].value == "2025-07-22"


def test_anaphora_takes_the_last_date():
    """``həmin ayın 20-də`` names a day of the month given before; a bare ``Həmin il`` names no date of its own
    and is no mention (corpus guide 47)."""
    text = "Bank 2019-cu ilin martında yaradılıb. Həmin il kapitalı artırılıb, həmin ayın 20-də isə filial açılıb."
    found = find_dates(text, datetime(2025, 7, 18))
    assert [(m.text, m.value, m.relative) for m in found[1:]] == [("həmin ayın 20-də", "2019-03-20", True)]


def test_a_bare_anaphor_is_no_mention():
    assert find_dates("Həmin gün görüş olub.", datetime(2025, 7, 18)) == []


def test_a_recent_day_stays_in_the_past_beside_a_future_verb():
    text = "Tramp avqustun 13-də liderlərlə danışıb, sammit isə payızda keçiriləcək."
    assert find_dates(text, datetime(2025, 8, 14))[0].value == "2025-08-13"


@pytest.mark.parametrize("text, expected", [
    ("Universitetlər ötənilki göstəriciləri keçib.", [("ötənilki", "2024")]),
    ("O, “Şöhrət” (2010) ordeni ilə təltif edilib.", [("2010", "2010")]),
    ("“Sertifikatlaşdırma 2025” tədbiri keçirilib.", [("2025", "2025")]),
    ("Anbarda 2025 ton taxıl var.", []),
    ("Şirkət 2024 nəfəri işə götürüb.", []),
    ("Müraciətlər cari ilin 3 mart – 10 aprel tarixlərində götürülür.",
     [("cari ilin 3 mart – 10 aprel tarixlərində", "2025-03-03")]),
    # each year of a list whose last year carries the suffix and ``il``
    ("Qayda 2019, 2020 və 2021-ci il məzunlarına aiddir.",
     [("2019", "2019"), ("2020", "2020"), ("2021-ci il", "2021")]),
    ("Hesabat 2023-cü və 2024-cü il göstəricilərinə əsaslanır.", [("2023-cü", "2023"), ("2024-cü il", "2024")]),
])
def test_more_forms_of_unseen_news(text, expected):
    assert [(m.text, m.value) for m in find_dates(text, datetime(2025, 7, 18))] == expected


def test_a_weekday_after_the_day_it_falls_on_is_that_day():
    # published Friday 2025-07-18; 1 avqust 2025 is a Friday, 3 avqust a Sunday
    found = find_dates("Sərgi avqustun 1-də, cümə günü açılacaq, 3 avqust isə bazar gününə düşür.",
                       datetime(2025, 7, 18))
    assert [(m.text, m.value) for m in found] == [
        ("avqustun 1-də", "2025-08-01"), ("cümə günü", "2025-08-01"),
        ("3 avqust", "2025-08-03"), ("bazar gününə", "2025-08-03"),
    ]


def test_a_weekday_that_is_not_the_day_before_it_counts_from_publication():
    found = find_dates("Avqustun 1-də, çərşənbə günü görüş olacaq.", datetime(2025, 7, 18))
    assert [m.value for m in found] == ["2025-08-01", "2025-07-23"]


def test_weekdays_of_a_timetable_are_no_dates():
    text = "Reyslər həftədə üç dəfə – bazar ertəsi, çərşənbə və cümə günləri yerinə yetiriləcək."
    assert find_dates(text, datetime(2025, 7, 18)) == []


def test_range_without_year_rolls_into_next_year():
    found = find_dates("Tətil 28 dekabr – 5 yanvar tarixlərində olacaq.", datetime(2025, 12, 1))
    assert (found[0].value, found[0].value_end) == ("2025-12-28", "2026-01-05")


def test_stage_sets_sentence_ids_and_reads_the_title():
    text = "Səfər iyulun 9-da olub. Görüş bu gün keçirilib."
    doc = Document(
        article=Article(id="x", text=text, title="Dünən imzalanıb", published=datetime(2025, 7, 10)),
        text=text,
        title="Dünən imzalanıb",
        sentences=(Sentence(0, 0, 23, text[:23]), Sentence(1, 24, len(text), text[24:])),
    )
    dates = make_dates_stage()(doc).dates
    assert [(d.field, d.text, d.value, d.sentence_id) for d in dates] == [
        ("title", "Dünən", "2025-07-09", -1),
        ("text", "iyulun 9-da", "2025-07-09", 0),
        ("text", "bu gün", "2025-07-10", 1),
    ]


def test_a_day_the_month_does_not_have_is_no_date():
    found = find_dates("2025-ci il 31 iyun tarixində", datetime(2025, 7, 1))
    assert [d.value for d in found] == ["2025"]  # the year stands; "31 iyun" is no day


def test_29_february_without_a_year_takes_the_nearest_leap_year():
    found = find_dates("Fevralın 29-da keçirilib. Fevralın 29-da keçiriləcək.", datetime(2025, 7, 1))
    assert [d.value for d in found] == ["2024-02-29", "2028-02-29"]
