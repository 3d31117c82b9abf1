"""Results as plain table rows: the one place that decides what a row of each table holds.

No pandas here: workers build rows in their own processes and the store keeps them as they are;
``tables.py`` turns them into DataFrames at the edge. Entity and date rows get stable ids made from
their content, as events have ``event_id``, so a later review can point at a row across runs.
"""

from __future__ import annotations

import hashlib

from ..records import Result

# Columns each table's rows carry before clustering; events gain ``cluster_id`` when the batch is
# clustered (tables.py), since a cluster spans articles.
ARTICLE_COLUMNS = ("article_id", "title", "published", "source", "url", "status", "error", "n_sentences",
                   "n_entities", "n_dates", "n_events")
ENTITY_COLUMNS = ("mention_id", "article_id", "field", "start", "end", "text", "label", "canonical", "sentence_id",
                  "entity_id", "method")
DATE_COLUMNS = ("date_id", "article_id", "field", "start", "end", "text", "value", "precision", "value_end",
                "relative", "sentence_id")
EVENT_COLUMNS = ("event_id", "article_id", "type", "plover", "trigger", "date", "date_source", "participants",
                 "source", "target", "location", "modality", "sentence_id", "sentence", "confidence")
# Every table ends with a reviewer's two cells: ``review`` (empty, ok, wrong, fix) and a note (pipeline.review).
REVIEW_COLUMNS = ("review", "review_note")
FORMATS = ("csv", "parquet", "xlsx")  # the table files written (tables.py; xlsx: one workbook, io/workbook.py)
ROW_COLUMNS = {"articles": ARTICLE_COLUMNS, "entities": ENTITY_COLUMNS, "dates": DATE_COLUMNS, "events": EVENT_COLUMNS}


def row_id(*parts: object) -> str:
    """A short, stable hash of what identifies a row (as ``event_id`` is for events)."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def result_rows(result: Result) -> dict[str, list[tuple]]:
    """One article's rows for every table, as tuples in the order of ``ROW_COLUMNS``. An event's
    participants stay a tuple here; tables.py joins them for the CSV."""
    article, article_id = result.article, result.article.id
    articles = [(article_id, article.title, article.published.isoformat() if article.published else "",
                 article.source, article.url, result.status, result.error, len(result.sentences),
                 len(result.entities), len(result.dates), len(result.events))]
    entities = [(row_id(article_id, "entity", e.field, e.start, e.end, e.label, e.text), article_id, e.field,
                 e.start, e.end, e.text, e.label, e.canonical, e.sentence_id, e.entity_id, e.method)
                for e in result.entities]
    dates = [(row_id(article_id, "date", d.field, d.start, d.end, d.text), article_id, d.field, d.start, d.end,
              d.text, d.value, d.precision, d.value_end, d.relative, d.sentence_id)
             for d in result.dates]
    events = [(v.event_id, article_id, v.type, v.plover, v.trigger, v.date, v.date_source, tuple(v.participants),
               v.source, v.target, v.location, v.modality, v.sentence_id, v.sentence, v.confidence)
              for v in result.events]
    return {"articles": articles, "entities": entities, "dates": dates, "events": events}
