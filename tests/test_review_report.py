"""What the marks say: precision with Wilson intervals on a hand-made review, and gold files that round-trip
through ``evaluate``."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from reviewed_batch import OPTIONS, articles, rows, run

from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.io.reader import read_paths
from pipeline.review.importer import import_reviews
from pipeline.review.report import wilson

ARTICLES = articles()
TABLES = ("entities", "dates", "events")


@pytest.fixture
def out(tmp_path) -> Path:
    return run(tmp_path, ARTICLES)


def review(out: Path, table: str, marks: dict, articles=None) -> Path:
    """A reviewed copy of ``table``: rows named in ``marks`` (by text or trigger) get that mark and cells; the
    other rows of ``articles`` get ``ok``."""
    found = rows(out / f"{table}.csv")
    for row in found:
        key = row.get("trigger") or row["text"]
        if key in marks:
            row.update(marks[key])
        elif articles is not None and row["article_id"] in articles:
            row["review"] = "ok"
    path = out.parent / f"{table}-reviewed.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(found[0]))
        writer.writeheader()
        writer.writerows(found)
    return path


def test_wilson_interval_matches_the_textbook():
    assert wilson(8, 10) == pytest.approx((0.4902, 0.9433), abs=1e-4)
    assert wilson(0, 5) == pytest.approx((0.0, 0.4345), abs=1e-4)
    assert wilson(0, 0) == (0.0, 1.0)


def test_the_report_counts_a_hand_made_review(out, capsys):
    entities = review(out, "entities", {
        "İlham Əliyev": {"review": "ok"}, "Ceyhun Bayramov": {"review": "ok"},
        "Hakan Fidanla": {"review": "wrong", "review_note": "test"},
        "Bakıda": {"review": "ok"}, "Gürcüstanın": {"review": "ok"}, "Azərbaycan": {"review": "ok"},
        "Qazaxıstan": {"review": "ok"}, "Ankarada": {"review": "ok"},
        "Türkiyəyə": {"review": "fix", "canonical": "Türkiyə Respublikası"}})
    events = review(out, "events", {
        "qəbul edib": {"review": "ok"}, "rəsmi səfər edib": {"review": "ok"},
        "imzalanıb": {"review": "fix", "date": "2025-07-03"}, "görüşüb": {"review": "wrong"}})
    import_reviews([entities, events], out)
    assert main(["review", "report", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "fix or wrong by method: gazetteer 1, rule 1" in printed
    lines = {(r["table"], r["label"]): r for r in rows(out / "review_report.csv")}
    per = lines[("entities", "PER")]
    assert (per["marked"], per["ok"], per["fix"], per["wrong"], per["not_ok_from"]) == ("3", "2", "0", "1", "rule 1")
    assert float(per["precision"]) == pytest.approx(2 / 3, abs=1e-4)
    assert (float(per["ci_low"]), float(per["ci_high"])) == pytest.approx(wilson(2, 3), abs=1e-4)
    loc = lines[("entities", "LOC")]
    assert (loc["marked"], loc["ok"], loc["fix"], loc["not_ok_from"]) == ("6", "5", "1", "gazetteer 1")
    assert (float(loc["ci_low"]), float(loc["ci_high"])) == pytest.approx((0.4365, 0.9699), abs=1e-4)
    assert (lines[("entities", "all")]["marked"], lines[("entities", "all")]["ok"]) == ("9", "7")
    meet = lines[("events", "MEET")]
    assert (meet["marked"], meet["ok"], meet["wrong"], meet["not_ok_from"]) == ("2", "1", "1", "görüşüb 1")
    assert lines[("events", "SIGN")]["precision"] == "0.0"
    assert lines[("events", "all")]["marked"] == "4"


def test_fully_reviewed_articles_become_gold_that_evaluate_reads(out, tmp_path, capsys):
    pred = tmp_path / "pred"  # the pipeline's tables, before any mark
    shutil.copytree(out, pred, ignore=shutil.ignore_patterns("*.sqlite*"))
    done = {"qebul", "saziş"}
    marked = [
        review(out, "entities", {"Gürcüstanın": {"review": "wrong"}}, done),
        review(out, "dates", {}, done),
        review(out, "events", {"imzalanıb": {"review": "fix", "date": "2025-07-03", "type": "AGREE"},
                               "rəsmi səfər edib": {"review": "ok"}}, done),  # sefer: partly reviewed
    ]
    import_reviews(marked, out)
    assert main(["review", "export-gold", "--out", str(out)]) == 0
    assert "2 fully reviewed articles" in capsys.readouterr().err
    gold = out / "gold"
    assert sorted(p.name for p in gold.iterdir()) == ["qebul.json", "saziş.json"]
    signing = json.loads((gold / "saziş.json").read_text(encoding="utf-8"))
    (event,) = signing["events"]
    assert (event["type"], event["date"], event["participants"]) == ("AGREE", "2025-07-03",
                                                                     ["Azərbaycan", "Qazaxıstan"])
    assert signing["dates"][0]["text"] == "dünən" and signing["published"].startswith("2025-07-05")
    # Against the pipeline's tables: the wrong entity is a false positive, the fixed event a miss and a spurious.
    report = evaluate(gold, pred)
    assert sorted(report.articles) == ["qebul", "saziş"]
    assert (report["entity_span"].tp, report["entity_span"].fp, report["entity_span"].fn) == (4, 1, 0)
    assert (report["date_value"].tp, report["date_value"].fp) == (2, 0)
    assert (report["event"].tp, report["event"].fp, report["event"].fn) == (1, 1, 1)
    # Against the re-run's tables, which carry the fixes in place: the wrong row is still output, nothing else differs.
    run_batch(read_paths([tmp_path / "in.jsonl"]), out, OPTIONS, workers=1)
    again = evaluate(gold, out)
    assert (again["event"].tp, again["event"].fp, again["event"].fn) == (2, 0, 0)
    assert (again["entity_span"].fp, again["entity_span"].fn, again["entity_canonical"].fn) == (1, 0, 0)


def test_report_and_export_need_a_store(tmp_path, capsys):
    assert main(["review", "report", "--out", str(tmp_path)]) == 2
    assert main(["review", "export-gold", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("no store in") == 2


def test_exported_gold_carries_the_text_that_training_reads(out):
    from pipeline.training.samples import reviewed_samples

    import_reviews([review(out, "entities", {}, {"qebul"}), review(out, "dates", {}, {"qebul"}),
                    review(out, "events", {}, {"qebul"})], out)
    assert main(["review", "export-gold", "--out", str(out), "--gold", str(out / "g")]) == 0
    gold = json.loads((out / "g" / "qebul.json").read_text(encoding="utf-8"))
    assert gold["text"] == ARTICLES[0]["text"]
    ((article_id, samples),) = list(reviewed_samples(out / "g"))
    (sample,) = samples
    labelled = {" ".join(sample.words[s:e]): label for s, e, label in sample.spans}
    assert article_id == "qebul" and labelled["İlham Əliyev"] == "PER" and labelled["Bakıda"] == "LOC"
    assert list(reviewed_samples(out / "g", exclude={"qebul"})) == []


def test_export_gold_refuses_a_gold_folder_that_is_a_file(out, capsys):
    (out / "taken").write_text("x", encoding="utf-8")
    assert main(["review", "export-gold", "--out", str(out), "--gold", str(out / "taken")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
