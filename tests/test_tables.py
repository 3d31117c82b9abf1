"""Tables: the CSV columns, UTF-8 with BOM, formulas neutralised, atomic writes."""

from __future__ import annotations

import csv
from datetime import datetime

import pandas as pd
import pytest

from pipeline import Article, Result, to_frames, write_tables
from pipeline.io import tables
from pipeline.io.tables import COLUMNS, neutralise, write_csv

TEXT = "Prezident İlham Əliyev 2025-ci il mayın 14-də Bakıda ATƏT-in nümayəndəsini qəbul edib."


@pytest.fixture(scope="module")
def results(nlp):
    return [
        nlp(Article(id="a1", text=TEXT, title="=Qəbul", published=datetime(2025, 5, 15), source="AzərTAc")),
        Result(Article(id="a2", text=""), "failed", "x.jsonl:2: malformed JSON line"),
    ]


def test_frames_have_the_csv_columns(results):
    frames = to_frames(results)
    assert list(frames) == list(COLUMNS)
    for name, frame in frames.items():
        assert list(frame.columns) == COLUMNS[name]
    articles = frames["articles"]
    assert list(articles["status"]) == ["ok", "failed"]
    assert articles.loc[1, "error"] == "x.jsonl:2: malformed JSON line"
    assert articles.loc[0, "published"] == "2025-05-15T00:00:00"
    assert articles.loc[0, "n_entities"] == len(frames["entities"]) > 0


def test_text_column_is_the_source_slice(results):
    frames = to_frames(results)
    for name in ("entities", "dates"):
        for row in frames[name].itertuples():
            assert TEXT[row.start : row.end] == row.text
    assert set(frames["events"]["trigger"]) <= {TEXT[e.start : e.end] for e in results[0].events}


def test_empty_batch_gives_empty_tables_with_headers(tmp_path):
    paths = write_tables(to_frames([]), tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{name}.csv" for name in COLUMNS)
    for name, columns in COLUMNS.items():
        assert (tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig").strip() == ",".join(columns)


def test_csv_is_utf8_with_bom_and_header(results, tmp_path):
    write_tables(to_frames(results), tmp_path)
    raw = (tmp_path / "entities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS["entities"]).encode())
    with open(tmp_path / "entities.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert ("İlham Əliyev", "PER") in {(r["canonical"], r["label"]) for r in rows}


@pytest.mark.parametrize("value, expected", [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
    ("+994 12 000", "'+994 12 000"),
    ("-1+2", "'-1+2"),
    ("@Bakı", "'@Bakı"),
    ("\tgizli", "'\tgizli"),
    ("Bakı", "Bakı"),
    (42, 42),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_formula_like_cells_are_neutralised_in_the_file(results, tmp_path):
    write_tables(to_frames(results), tmp_path)
    with open(tmp_path / "articles.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows[0]["title"] == "'=Qəbul"


def test_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "entities.csv"
    write_csv(pd.DataFrame({"text": ["Bakı"]}), target)
    before = target.read_bytes()

    def interrupted(table, stream):
        stream.write("article_id,field,start\nyarım")
        raise KeyboardInterrupt  # as if the run were stopped mid-write

    monkeypatch.setattr(tables, "_write_csv_rows", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_csv(pd.DataFrame({"text": ["Gəncə"]}), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["entities.csv"]


def test_failed_rename_leaves_no_temporary(tmp_path, monkeypatch):
    def refuse(source, target):
        raise OSError("disk dolub")

    monkeypatch.setattr(tables.os, "replace", refuse)
    with pytest.raises(OSError, match="disk dolub"):
        write_csv(pd.DataFrame({"text": ["Bakı"]}), tmp_path / "dates.csv")
    assert list(tmp_path.iterdir()) == []


def test_written_tables_are_readable_by_others_as_the_umask_allows(tmp_path):
    import os
    import stat

    from pipeline.io.tables import write_csv

    previous = os.umask(0o022)
    try:
        path = tmp_path / "cədvəl.csv"
        write_csv(pd.DataFrame({"a": ["Bakı"]}), path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failure_while_writing_the_set_leaves_every_previous_table(tmp_path, monkeypatch):
    from pipeline.io import tables

    out = tmp_path / "out"
    first = {"articles": pd.DataFrame({"a": ["köhnə"]}), "entities": pd.DataFrame({"b": ["köhnə"]})}
    tables.write_tables(first, out)
    real = tables._write_temporary

    def fail_on_entities(frame, path):
        if path.name == "entities.csv":
            raise OSError("disk dolub")
        return real(frame, path)

    monkeypatch.setattr(tables, "_write_temporary", fail_on_entities)
    second = {"articles": pd.DataFrame({"a": ["yeni"]}), "entities": pd.DataFrame({"b": ["yeni"]})}
    with pytest.raises(OSError):
        tables.write_tables(second, out)
    assert "köhnə" in (out / "articles.csv").read_text(encoding="utf-8-sig")  # not replaced alone
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv", "entities.csv"]  # no temporary left


FORMULA_LIKE = ("Magistratura üzrə I -IV qrup sınaqları Dövlət Sınaq Mərkəzində keçirilib. "
                "Nazirlik -ABŞ səfirliyi ilə görüşü @AzMFA hesabında +994 12 nömrəsi ilə =Bakı yazısı altında "
                "2025-ci il mayın 14-də elan edib.")


def test_the_csv_mention_cells_are_the_slices_even_beside_formula_characters(nlp, tmp_path):
    """Neutralising formulas must never change a cell that offsets point at: no mention starts with one."""
    result = nlp(Article(id="f", text=FORMULA_LIKE))
    assert "-III" not in {e.text for e in result.entities}  # a list of groups, not an organisation
    write_tables(to_frames([result]), tmp_path)
    for name in ("entities", "dates"):
        with open(tmp_path / f"{name}.csv", encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert rows
        for row in rows:
            assert FORMULA_LIKE[int(row["start"]) : int(row["end"])] == row["text"]
