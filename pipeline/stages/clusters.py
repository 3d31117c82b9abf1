"""The same happening reported by several articles: events grouped into clusters.

Two events from different articles join one cluster when their type and date are equal and
their participants overlap; clusters are the connected groups of that relation. An event with
no date or no participants stays alone: there is nothing to tell it apart from another.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import NamedTuple

from ..records import Result


class Report(NamedTuple):
    """What clustering needs of one event row: its article, the article's address, and the event."""

    article_id: str
    url: str
    event_id: str
    type: str
    date: str
    participants: tuple[str, ...]


def _cluster_id(members: list[Report]) -> str:
    key = "|".join(sorted(report.event_id for report in members))
    return "C" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def cluster_events(results: list[Result]) -> tuple[dict[str, str], list[dict]]:
    """Map event_id -> cluster_id, and one summary row per cluster."""
    return cluster_reports([Report(r.article.id, r.article.url, e.event_id, e.type, e.date, tuple(e.participants))
                            for r in results for e in r.events])


def cluster_reports(reports: list[Report]) -> tuple[dict[str, str], list[dict]]:
    """``cluster_events`` over event rows, as the store keeps them."""
    parent = {r.event_id: r.event_id for r in reports}
    by_key: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in reports:
        if report.date and report.participants:
            by_key[(report.type, report.date)].append(report)
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.article_id != b.article_id and set(a.participants) & set(b.participants):
                    parent[_find(parent, a.event_id)] = _find(parent, b.event_id)
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[_find(parent, report.event_id)].append(report)
    mapping, rows = {}, []
    for group in members.values():
        cluster = _cluster_id(group)
        urls = dict.fromkeys((r.article_id, r.url) for r in group)
        first = group[0]
        participants = list(dict.fromkeys(p for r in group for p in r.participants))
        rows.append({
            "cluster_id": cluster, "type": first.type, "date": first.date, "participants": "; ".join(participants),
            "n_articles": len(urls), "n_events": len(group),
            "article_ids": "; ".join(a for a, _ in urls), "urls": "; ".join(u for _, u in urls if u),
        })
        for report in group:
            mapping[report.event_id] = cluster
    rows.sort(key=lambda row: (-row["n_articles"], row["type"], row["date"]))
    return mapping, rows
