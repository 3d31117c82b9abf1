"""The same happening reported by several articles: events grouped into clusters.

Two events from different articles join one cluster when their type and date are equal and
their participants overlap; clusters are the connected groups of that relation. An event with
no date or no participants stays alone: there is nothing to tell it apart from another.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from ..records import Event, Result


def _cluster_id(members: list[tuple[str, Event]]) -> str:
    key = "|".join(sorted(event.event_id for _, event in members))
    return "C" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def cluster_events(results: list[Result]) -> tuple[dict[str, str], list[dict]]:
    """Map event_id -> cluster_id, and one summary row per cluster."""
    events = [(r.article, e) for r in results for e in r.events]
    parent = {e.event_id: e.event_id for _, e in events}
    by_key: dict[tuple[str, str], list[tuple[str, Event]]] = defaultdict(list)
    for article, event in events:
        if event.date and event.participants:
            by_key[(event.type, event.date)].append((article.id, event))
    for group in by_key.values():
        for i, (article_a, a) in enumerate(group):
            for article_b, b in group[i + 1 :]:
                if article_a != article_b and set(a.participants) & set(b.participants):
                    parent[_find(parent, a.event_id)] = _find(parent, b.event_id)
    members: dict[str, list] = defaultdict(list)
    for article, event in events:
        members[_find(parent, event.event_id)].append((article, event))
    mapping, rows = {}, []
    for group in members.values():
        cluster = _cluster_id(group)
        articles = list(dict.fromkeys(article for article, _ in group))
        first = group[0][1]
        participants = list(dict.fromkeys(p for _, e in group for p in e.participants))
        rows.append({
            "cluster_id": cluster, "type": first.type, "date": first.date, "participants": "; ".join(participants),
            "n_articles": len(articles), "n_events": len(group),
            "article_ids": "; ".join(a.id for a in articles), "urls": "; ".join(a.url for a in articles if a.url),
        })
        for _, event in group:
            mapping[event.event_id] = cluster
    rows.sort(key=lambda row: (-row["n_articles"], row["type"], row["date"]))
    return mapping, rows
