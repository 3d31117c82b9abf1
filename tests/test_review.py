"""Review marks: kept by stable row ids across re-runs, orphans and conflicts reported, malformed files refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from reviewed_batch import OPTIONS, articles, rows, run

from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.io.reader import read_paths
from pipeline.review.importer import import_reviews


def write(path: Path, found: list[dict]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(found[0]))
        writer.writeheader()
        writer.writerows(found)
    return path


def mark(out: Path, table: str, name: str, **marks) -> Path:
    """A reviewed copy of ``table``: ``marks`` maps a row's text or trigger to (review, note, fixes)."""
    found = rows(out / f"{table}.csv")
    for row in found:
        key = row.get("trigger") or row["text"]
        if key in marks:
            review, note, fixes = marks[key]
            row.update({"review": review, "review_note": note, **fixes})
    return write(out.parent / name, found)


def by(found: list[dict], column: str, value: str) -> dict:
    (row,) = [r for r in found if r[column] == value]
    return row


def test_every_table_has_review_cells_and_a_mark_survives_a_rerun_that_reprocesses(tmp_path):
    out = run(tmp_path, articles())
    assert all(rows(out / f"{t}.csv")[0].keys() >= {"review", "review_note"}
               for t in ("articles", "entities", "dates", "events", "event_clusters"))
    reviewed = mark(out, "events", "events-reviewed.csv",
                    **{"qəbul edib": ("ok", "", {}), "imzalanıb": ("fix", "a transport agreement",
                                                                   {"date": "2025-07-03", "type": "AGREE"})})
    entities = mark(out, "entities", "entities-reviewed.csv", **{"Gürcüstanın": ("wrong", "the country, not", {})})
    report = import_reviews([reviewed, entities], out)
    assert (report.imported["ok"], report.imported["fix"], report.imported["wrong"]) == (1, 1, 1)
    assert not report.conflicts and not report.orphans and not report.refused
    # A new url changes the articles' content hash: both are processed again, their rows replaced.
    again = run(tmp_path, articles(qebul={"url": "https://x.az/new1"}, saziş={"url": "https://x.az/new2"}))
    events = rows(again / "events.csv")
    assert by(events, "trigger", "qəbul edib")["review"] == "ok"
    fixed = by(events, "trigger", "imzalanıb")
    assert (fixed["review"], fixed["review_note"], fixed["date"], fixed["type"], fixed["plover"]) == (
        "fix", "a transport agreement", "2025-07-03", "AGREE", "AGREE")
    assert by(rows(again / "entities.csv"), "text", "Gürcüstanın")["review"] == "wrong"
    assert rows(again / "review_orphans.csv") == []
    # Importing the re-run's own table again changes nothing and is no conflict.
    second = import_reviews([again / "events.csv"], out)
    assert second.unchanged == 2 and not second.conflicts and not sum(second.imported.values())


def test_a_mark_whose_row_is_gone_or_changed_is_listed_as_an_orphan(tmp_path):
    out = run(tmp_path, articles())
    reviewed = mark(out, "events", "r.csv", **{"qəbul edib": ("ok", "", {}), "imzalanıb": ("ok", "yes", {}),
                                               "rəsmi səfər edib": ("wrong", "", {})})
    import_reviews([reviewed], out)
    # The reception's text changes (its event is gone); the signing's publication date moves, so "dünən"
    # and the event's date change under the same event_id.
    changed = articles(qebul={"text": "Prezident İlham Əliyev Bakıda çıxış edib."},
                       saziş={"published": "2025-07-10"})
    again = run(tmp_path, changed)
    orphans = {o["row_id"]: o for o in rows(again / "review_orphans.csv")}
    assert len(orphans) == 2
    gone = next(o for o in orphans.values() if o["article_id"] == "qebul")
    assert gone["review"] == "ok" and "no row has this id" in gone["reason"] and "r.csv:" in gone["source"]
    moved = next(o for o in orphans.values() if o["article_id"] == "saziş")
    assert "date '2025-07-04' is now '2025-07-09'" in moved["reason"] and moved["review_note"] == "yes"
    signing = by(rows(again / "events.csv"), "trigger", "imzalanıb")
    assert signing["review"] == ""  # an "ok" given to another date is not applied to the new one
    assert by(rows(again / "events.csv"), "trigger", "rəsmi səfər edib")["review"] == "wrong"
    # The marks are kept: when the text comes back, so does the mark.
    back = run(tmp_path, articles())
    assert by(rows(back / "events.csv"), "trigger", "qəbul edib")["review"] == "ok"
    assert rows(back / "review_orphans.csv") == []


def test_the_same_row_marked_twice_keeps_the_later_mark_and_reports_the_conflict(tmp_path, capsys):
    out = run(tmp_path, articles())
    first = mark(out, "events", "first.csv", **{"görüşüb": ("ok", "", {})})
    second = mark(out, "events", "second.csv", **{"görüşüb": ("wrong", "a reception", {})})
    assert main(["review", "import", str(first), str(second), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "conflict" in err and "first.csv:" in err and "second.csv:" in err and "'a reception'" in err
    # A later import against the stored mark is a conflict too, and the later one wins.
    assert import_reviews([first], out).conflicts[0].later.review == "ok"
    run(tmp_path, articles())
    assert by(rows(out / "events.csv"), "trigger", "görüşüb")["review"] == "ok"


def test_a_malformed_review_file_is_refused_whole_with_its_file_and_line(tmp_path, capsys):
    out = run(tmp_path, articles())
    found = rows(out / "events.csv")
    found[0]["review"] = "ok"  # a good mark before the bad ones: it must not be imported either
    found[1]["review"] = "yes"
    found[2]["review"], found[2]["date"] = "fix", "5 iyul"
    bad = write(tmp_path / "bad.csv", found)
    assert main(["review", "import", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:3: review 'yes' is not one of ok, wrong, fix" in err
    assert f"{bad}:4: date '5 iyul' is not an ISO 8601 value" in err
    assert "Traceback" not in err and "nothing of it was imported" in err
    run(tmp_path, articles())
    assert all(r["review"] == "" for r in rows(out / "events.csv"))
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["review", "import", str(tmp_path / "other.csv"), "--out", str(out)]) == 1
    assert "other.csv:1: no id column" in capsys.readouterr().err


def test_import_needs_a_store(tmp_path, capsys):
    assert main(["review", "import", str(tmp_path / "x.csv"), "--out", str(tmp_path / "none")]) == 2
    assert "no store in" in capsys.readouterr().err


@pytest.mark.parametrize("cell", ["OK", " ok "])
def test_a_mark_is_read_whatever_its_case_or_spacing(tmp_path, cell):
    out = run(tmp_path, articles())
    reviewed = mark(out, "dates", "d.csv", **{"dünən": (cell, "", {})})
    assert import_reviews([reviewed], out).imported["ok"] == 1


def test_source_and_target_are_carried_and_fixed_when_the_events_have_them(tmp_path):
    """Events are gaining ``source`` and ``target`` after ``participants``: marks and fixes take them as they come."""
    from pipeline.review.files import read_review_file
    from pipeline.review.importer import make_mark
    from pipeline.review.marks import apply_marks, join

    columns = ["event_id", "article_id", "type", "trigger", "date", "participants", "source", "target", "location",
               "modality", "review", "review_note"]
    row = ("e1", "a1", "VISIT", "səfər edib", "2025-07-03", "Ceyhun Bayramov; Türkiyə", "Ceyhun Bayramov", "",
           "", "asserted", "", "")
    reviewed = tmp_path / "events.csv"
    write(reviewed, [dict(zip(columns, row, strict=True)) | {"review": "fix", "target": "Türkiyə"}])
    (entry,) = read_review_file(reviewed)
    mark = make_mark(entry, dict(zip(columns, row, strict=True)), "now")
    assert ("target", "Türkiyə") in mark.fixes and ("target", "") in mark.seen
    tables = {"events": (columns, [row])}
    joined = join(tables, [mark])
    (fixed,) = apply_marks(tables, joined)["events"][1]
    assert fixed[columns.index("target")] == "Türkiyə" and fixed[columns.index("review")] == "fix"
    # The same mark on a table without the two columns (before that change) still applies.
    narrow = [c for c in columns if c not in ("source", "target")]
    plain = tuple(v for c, v in zip(columns, row, strict=True) if c in narrow)
    assert join({"events": (narrow, [plain])}, [mark]).marked


def test_a_fixed_date_value_brings_its_precision(tmp_path):
    out = run(tmp_path, articles())
    reviewed = mark(out, "dates", "d.csv", **{"dünən": ("fix", "only the month is sure", {"value": "2025-07"})})
    import_reviews([reviewed], out)
    run(tmp_path, articles())
    fixed = by(rows(out / "dates.csv"), "text", "dünən")
    assert (fixed["value"], fixed["precision"], fixed["review"]) == ("2025-07", "month", "fix")


def test_an_export_limited_by_since_leaves_other_articles_marks_alone(tmp_path):
    from datetime import date

    out = run(tmp_path, articles(sefer={"published": "2025-06-01"}))
    import_reviews([mark(out, "events", "r.csv", **{"görüşüb": ("ok", "", {}), "qəbul edib": ("ok", "", {})})], out)
    source = tmp_path / "in.jsonl"
    run_batch(read_paths([source]), out, OPTIONS, workers=1, since=date(2025, 7, 1))
    assert [r["article_id"] for r in rows(out / "articles.csv")] == ["qebul", "saziş"]
    assert by(rows(out / "events.csv"), "trigger", "qəbul edib")["review"] == "ok"
    assert rows(out / "review_orphans.csv") == []  # the visit's mark is kept, not an orphan


def test_the_export_streams_the_store_with_the_marks_in_place(tmp_path):
    """The export reads articles, entities and dates from the store as it writes them (holding only the marked
    rows), and gives the same tables, marks and fixes in place, as the rows held in lists."""
    from pipeline.io.store import Store
    from pipeline.io.tables import Rows
    from pipeline.review.store import reviewed_tables

    out = run(tmp_path, articles())
    entities = mark(out, "entities", "entities-reviewed.csv", **{"Gürcüstanın": ("wrong", "the country, not", {})})
    events = mark(out, "events", "events-reviewed.csv",
                  **{"imzalanıb": ("fix", "", {"date": "2025-07-03", "type": "AGREE"})})
    import_reviews([entities, events], out)
    with Store(out) as store:
        streamed, held = reviewed_tables(store, stream=True), reviewed_tables(store)
        assert all(isinstance(streamed.marked[t][1], Rows) for t in ("articles", "entities", "dates"))
        assert all(isinstance(held.marked[t][1], list) for t in held.marked)
        assert {t: list(r) for t, (_, r) in streamed.marked.items()} == {t: r for t, (_, r) in held.marked.items()}
        assert {t: len(r) for t, (_, r) in streamed.marked.items()} == {t: len(r) for t, (_, r) in held.marked.items()}
    assert by(rows(out / "entities.csv"), "text", "Gürcüstanın")["review"] == ""  # written before the import
    run(tmp_path, articles())
    assert by(rows(out / "entities.csv"), "text", "Gürcüstanın")["review"] == "wrong"
    fixed = by(rows(out / "events.csv"), "trigger", "imzalanıb")
    assert (fixed["review"], fixed["type"], fixed["date"]) == ("fix", "AGREE", "2025-07-03")
