"""``aznews review export-gold``: the fully reviewed articles as gold files (ANNOTATION.md), for ``evaluate``,
and with the article's ``text`` (kept in the store) for ``aznews train --gold``.

An article is fully reviewed when every one of its entity (in the text, not the title: gold offsets index the
text), date and event rows carries a mark that applies now, and its own row is not marked ``wrong``; an
article without any row counts when its own row is marked ``ok``. Its gold holds the rows marked ``ok`` as
they are and those marked ``fix`` with the reviewer's values; ``wrong`` rows are left out. What the pipeline
missed is not in the rows, so it is not in this gold either: recall measured against it is optimistic, and a
model trained on it learns the missed names as non-names.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .marks import Joined, Tables

_SAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class GoldExport:
    written: list[str]  # article ids
    partly: list[str]  # articles with some rows marked, not all
    folder: Path


def gold_files(tables: Tables, joined: Joined,
               texts: dict[str, str] | None = None) -> tuple[dict[str, dict], list[str]]:
    """(article id -> gold file content) of the fully reviewed articles, and the partly reviewed ones' ids. With
    the store's ``texts``, each file carries its article's ``text`` too, so ``aznews train --gold`` can use it."""
    columns, articles = tables["articles"]
    marks = joined.marked
    rows_of: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for table in ("entities", "dates", "events"):
        names, rows = tables[table]
        for row in rows:
            record = dict(zip(names, row, strict=True))
            if record.get("field", "text") == "text":
                rows_of[record["article_id"]].append((table, record))
    done, partly = {}, []
    for article in articles:
        info = dict(zip(columns, article, strict=True))
        article_id = str(info["article_id"])
        own = marks.get(("articles", article_id))
        rows = rows_of.get(article_id, [])
        keys = [(table, str(next(iter(record.values())))) for table, record in rows]
        marked = sum(key in marks for key in keys)
        complete = marked == len(rows) and (rows or (own and own[1].review == "ok"))
        if complete and not (own and own[1].review == "wrong"):
            done[article_id] = _gold(info, rows, marks)
            if texts and texts.get(article_id):
                done[article_id]["text"] = texts[article_id]
        elif marked:
            partly.append(article_id)
    return done, partly


def _gold(article: dict, rows: list[tuple[str, dict]], marks) -> dict:
    gold = {"id": article["article_id"], "published": article["published"] or None,
            "entities": [], "dates": [], "events": []}
    for table, record in rows:
        _, mark = marks[(table, str(next(iter(record.values()))))]
        if mark.review == "wrong":
            continue
        row = record | dict(mark.fixes)
        if table == "entities":
            gold["entities"].append({"start": int(row["start"]), "end": int(row["end"]), "text": row["text"],
                                     "label": row["label"], "canonical": row["canonical"]})
        elif table == "dates":
            value_end = {"value_end": row["value_end"]} if row.get("value_end") else {}
            gold["dates"].append({"start": int(row["start"]), "end": int(row["end"]), "text": row["text"],
                                  "value": row["value"] or "", "precision": row["precision"] or ""} | value_end)
        else:
            event = {"type": row["type"], "trigger": row["trigger"], "date": row["date"] or "",
                     "date_source": row["date_source"] or "", "participants": _names(row["participants"])}
            event |= {k: row[k] or "" for k in ("source", "target") if k in row}
            event |= {"location": row["location"] or "", "modality": row["modality"] or "asserted",
                      "sentence": row["sentence"] or ""}
            gold["events"].append(event)
    return gold


def _names(cell: object) -> list[str]:
    parts = cell if isinstance(cell, tuple) else str(cell or "").split(";")
    return [p.strip() for p in parts if p.strip()]


def write_gold(gold: dict[str, dict], partly: list[str], folder: Path) -> GoldExport:
    """One ``<id>.json`` per article (an id unsafe as a file name is made safe; the id stays in the file),
    each written to a temporary file and renamed into place."""
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, content in gold.items():
        name = _SAFE.sub("_", article_id).strip("._") or "article"
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(json.dumps(content, ensure_ascii=False, indent=1) + "\n")
            os.replace(temporary, folder / f"{name}.json")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return GoldExport(list(gold), partly, folder)
