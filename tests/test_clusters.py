"""Clusters: the same happening reported by several articles shares a ``cluster_id``."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline import Article, Result, to_frames
from pipeline.records import Event
from pipeline.stages.clusters import cluster_events

PUBLISHED = datetime(2025, 7, 10, 12, 0)
MEET_A = "Xarici işlər naziri Ceyhun Bayramov iyulun 3-də Bakıda Türkiyənin xarici işlər naziri Hakan Fidanla görüşüb."
MEET_B = "İyulun 3-də Bakıda Ceyhun Bayramov ilə Hakan Fidan arasında görüş keçirilib."
MEET_C = "Xarici işlər naziri Ceyhun Bayramov iyulun 4-də Bakıda Türkiyənin xarici işlər naziri Hakan Fidanla görüşüb."


@pytest.fixture(scope="module")
def results(nlp):
    return [nlp(Article(id=name, text=text, published=PUBLISHED, url=f"https://x.az/{name}"))
            for name, text in (("a", MEET_A), ("b", MEET_B), ("c", MEET_C))]


def _meet(result: Result) -> Event:
    meets = [e for e in result.events if e.type == "MEET"]
    assert len(meets) == 1, result.events
    return meets[0]


def test_both_reports_are_meetings_on_the_day_with_a_shared_participant(results):
    a, b, c = (_meet(r) for r in results)
    assert a.date == b.date == "2025-07-03" and c.date == "2025-07-04"
    assert {"Ceyhun Bayramov", "Hakan Fidan"} <= set(a.participants) & set(b.participants)


def test_same_meeting_in_two_articles_shares_a_cluster(results):
    mapping, _ = cluster_events(results)
    a, b, c = (_meet(r) for r in results)
    assert mapping[a.event_id] == mapping[b.event_id]
    assert mapping[c.event_id] != mapping[a.event_id]


def test_cluster_id_does_not_depend_on_batch_order(results):
    forward, _ = cluster_events(results)
    backward, _ = cluster_events(list(reversed(results)))
    assert forward == backward


def test_event_clusters_table_has_one_row_for_the_pair(results):
    frames = to_frames(results)
    clusters = frames["event_clusters"]
    pair = clusters[clusters["n_articles"] == 2]
    assert len(pair) == 1
    row = pair.iloc[0]
    assert (row["type"], row["date"], row["n_events"]) == ("MEET", "2025-07-03", 2)
    assert row["article_ids"] == "a; b"
    assert row["urls"] == "https://x.az/a; https://x.az/b"
    assert {"Ceyhun Bayramov", "Hakan Fidan"} <= set(row["participants"].split("; "))
    single = clusters[clusters["date"] == "2025-07-04"]
    assert single["n_articles"].tolist() == [1]
    events = frames["events"].set_index("article_id")
    assert events.loc["a", "cluster_id"] == events.loc["b", "cluster_id"] == row["cluster_id"]
    assert events.loc["c", "cluster_id"] != row["cluster_id"]


def _event(event_id: str, date: str, participants: tuple[str, ...], event_type: str = "MEET") -> Event:
    return Event(type=event_type, trigger="görüşüb", start=0, end=7, date=date, participants=participants,
                 event_id=event_id)


def _result(article_id: str, *found: Event) -> Result:
    return Result(article=Article(id=article_id, text="x"), events=found)


@pytest.mark.parametrize(("first", "second", "together"), [
    (_event("e1", "2025-07-03", ("A", "B")), _event("e2", "2025-07-03", ("B", "C")), True),
    (_event("e1", "2025-07-03", ("A", "B")), _event("e2", "2025-07-04", ("A", "B")), False),
    (_event("e1", "2025-07-03", ("A",)), _event("e2", "2025-07-03", ("C",)), False),
    (_event("e1", "2025-07-03", ("A",)), _event("e2", "2025-07-03", ("A",), "CALL"), False),
    (_event("e1", "", ("A",)), _event("e2", "", ("A",)), False),
    (_event("e1", "2025-07-03", ()), _event("e2", "2025-07-03", ()), False),
], ids=["shared-participant", "other-date", "no-shared-participant", "other-type", "undated", "no-participants"])
def test_cluster_rule(first, second, together):
    mapping, rows = cluster_events([_result("a", first), _result("b", second)])
    assert (mapping["e1"] == mapping["e2"]) is together
    assert sorted(row["n_articles"] for row in rows) == ([2] if together else [1, 1])


def test_two_events_of_one_article_never_cluster_together():
    mapping, _ = cluster_events([_result("a", _event("e1", "2025-07-03", ("A",)), _event("e2", "2025-07-03", ("A",)))])
    assert mapping["e1"] != mapping["e2"]


def test_clusters_are_transitive_across_three_articles():
    mapping, rows = cluster_events([
        _result("a", _event("e1", "2025-07-03", ("A", "B"))),
        _result("b", _event("e2", "2025-07-03", ("B", "C"))),
        _result("c", _event("e3", "2025-07-03", ("C", "D"))),
    ])
    assert mapping["e1"] == mapping["e2"] == mapping["e3"]
    assert [(row["n_articles"], row["participants"]) for row in rows] == [(3, "A; B; C; D")]
