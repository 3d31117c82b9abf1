"""The reviewers' workbook: a sheet per table that pandas reads, frozen header, filters, the review drop-down;
marks written in it are imported like a CSV's."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from pipeline.batch import run_batch
from pipeline.fingerprint import PipelineOptions
from pipeline.io.reader import read_paths
from pipeline.io.tables import COLUMNS, WORKBOOK
from pipeline.review.importer import import_reviews
from pipeline.stages.entity import ner_model

OPTIONS = PipelineOptions(use_model=(ner_model.default_model_path() / "meta.json").exists())
RECORDS = [
    {"id": "qebul", "title": "=1+1 Prezident qəbul edib",
     "text": "Prezident İlham Əliyev iyulun 3-də Bakıda Gürcüstanın Baş nazirini qəbul edib.",
     "published": "2025-07-05"},
    {"id": "saziş", "text": "Azərbaycan və Qazaxıstan arasında nəqliyyat sahəsində saziş dünən imzalanıb.",
     "published": "2025-07-05"},
]


def run(tmp_path: Path) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(read_paths([source]), out, OPTIONS, workers=1, formats=("csv", "xlsx"))
    return out


def csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_workbook_opens_with_pandas_and_has_the_review_drop_down(tmp_path):
    out = run(tmp_path)
    sheets = pd.read_excel(out / WORKBOOK, sheet_name=None)
    assert list(sheets) == list(COLUMNS)
    for name, frame in sheets.items():
        assert list(frame.columns) == COLUMNS[name]
        assert len(frame) == len(csv_rows(out / f"{name}.csv"))
    assert sheets["articles"].loc[0, "title"] == "=1+1 Prezident qəbul edib"  # text, never a formula
    book = load_workbook(out / WORKBOOK)
    events = book["events"]
    assert events.freeze_panes == "A2"
    assert events.auto_filter.ref.startswith("A1:")
    review = COLUMNS["events"].index("review") + 1
    letter = events.cell(row=1, column=review).column_letter
    (choice,) = events.data_validations.dataValidation
    assert choice.type == "list" and choice.formula1 == '"ok,wrong,fix"'
    assert f"{letter}2" in str(choice.sqref)
    widths = {events.cell(row=1, column=i + 1).value: events.column_dimensions[events.cell(row=1, column=i + 1)
                                                                               .column_letter].width
              for i in range(len(COLUMNS["events"]))}
    assert widths["sentence"] > widths["type"] >= 8
    assert book["articles"]["B2"].data_type == "s"


def test_marks_written_in_the_workbook_are_imported_and_come_back(tmp_path):
    out = run(tmp_path)
    book = load_workbook(out / WORKBOOK)
    header = [c.value for c in book["events"][1]]
    for row in book["events"].iter_rows(min_row=2):
        cells = dict(zip(header, row, strict=True))
        if cells["trigger"].value == "imzalanıb":
            cells["review"].value = "fix"
            cells["date"].value = datetime(2025, 7, 3)  # Excel turns a typed date into a date cell
            cells["review_note"].value = "the day before"
        else:
            cells["review"].value = "ok"
    book.create_sheet("qeydlər").append(["Bu gün 20 sətir yoxlanıldı"])  # a reviewer's own sheet of notes
    book.save(tmp_path / "reviewed.xlsx")
    report = import_reviews([tmp_path / "reviewed.xlsx"], out)
    assert (report.imported["ok"], report.imported["fix"], report.refused) == (1, 1, [])
    run(tmp_path)
    events = {r["trigger"]: r for r in csv_rows(out / "events.csv")}
    assert (events["imzalanıb"]["review"], events["imzalanıb"]["date"]) == ("fix", "2025-07-03")
    assert events["qəbul edib"]["review"] == "ok"
    back = pd.read_excel(out / WORKBOOK, sheet_name="events")
    assert sorted(back["review"].dropna()) == ["fix", "ok"]


def test_a_bad_mark_in_a_workbook_names_the_sheet_and_row(tmp_path):
    out = run(tmp_path)
    book = load_workbook(out / WORKBOOK)
    sheet = book["entities"]
    review = COLUMNS["entities"].index("review") + 1
    sheet.cell(row=3, column=review).value = "maybe"
    book.save(tmp_path / "bad.xlsx")
    report = import_reviews([tmp_path / "bad.xlsx"], out)
    assert not sum(report.imported.values())
    (message,) = report.refused
    assert "[sheet entities] row 3: review 'maybe' is not one of ok, wrong, fix" in message
    (tmp_path / "fake.xlsx").write_text("not a workbook", encoding="utf-8")
    assert "not an Excel workbook" in import_reviews([tmp_path / "fake.xlsx"], out).refused[0]
