"""The ``aznews`` command: tables written, exit status 0/1/2, progress and summary on stderr."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.tables import COLUMNS
from pipeline.stages import ner_model

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Prezident İlham Əliyev dünən Bakıda Qazaxıstanın səfirini qəbul edib."
OTHER = "Nazir 2025-ci il mayın 14-də Gəncəyə səfər edib."
MODEL = [] if (ner_model.default_model_path() / "meta.json").exists() else ["--no-model"]


def run(*args: str) -> int:
    return main(["run", *args, *MODEL])


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_run_on_one_txt_writes_every_table(tmp_path, capsys):
    source = tmp_path / "qəbul.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(source), "--out", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{name}.csv" for name in COLUMNS] + ["aznews.sqlite"])
    (article,) = rows(out / "articles.csv")
    assert article["article_id"] == "qəbul" and article["status"] == "ok"
    dates = rows(out / "dates.csv")
    assert [(d["text"], d["value"]) for d in dates] == [("dünən", "")]  # no --published: unresolved
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "1 articles (0 failed)" in err  # one summary line, no progress bar


def test_published_option_resolves_relative_dates(tmp_path):
    source = tmp_path / "qəbul.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert run(str(source), "--out", str(tmp_path), "--published", "2025-07-18") == 0
    assert [d["value"] for d in rows(tmp_path / "dates.csv")] == ["2025-07-17"]


def test_some_failures_exit_1_and_the_rest_are_written(tmp_path, capsys):
    source = tmp_path / "xəbərlər.jsonl"
    lines = [{"id": "a", "text": TEXT}, "{pozuq", {"id": "c", "text": ""},
             {"id": "d", "text": OTHER, "published": "bilinmir"}]
    source.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines),
                      encoding="utf-8")
    assert run(str(source), "--out", str(tmp_path / "out")) == 1
    articles = {r["article_id"]: r for r in rows(tmp_path / "out" / "articles.csv")}
    assert {k: r["status"] for k, r in articles.items()} == {
        "a": "ok", "xəbərlər:2": "failed", "c": "failed", "d": "warning",
    }
    assert articles["xəbərlər:2"]["error"].startswith(f"{source}:2: malformed JSON line")
    assert articles["c"]["error"] == f"{source}:3: empty text"
    assert "unparsable published date 'bilinmir'" in articles["d"]["error"]
    assert {r["article_id"] for r in rows(tmp_path / "out" / "entities.csv")} >= {"a", "d"}
    err = capsys.readouterr().err
    assert "article c:" in err and "empty text" in err  # failures named on stderr
    assert "4/4" in err  # the progress bar, for more than one article
    assert "4 articles (2 failed)" in err.strip().splitlines()[-1]


def test_folder_and_csv_inputs(tmp_path):
    folder = tmp_path / "qovluq"
    folder.mkdir()
    (folder / "bir.txt").write_text(TEXT, encoding="utf-8")
    (folder / "iki.txt").write_text(OTHER, encoding="utf-8")
    table = tmp_path / "cədvəl.csv"
    table.write_text(f'id,text,published\nc1,"{OTHER}",2025-05-20\n', encoding="utf-8")
    assert run(str(folder), str(table), "--out", str(tmp_path / "out"), "--quiet") == 0
    assert [r["article_id"] for r in rows(tmp_path / "out" / "articles.csv")] == ["bir", "iki", "c1"]


def test_bad_published_option_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(tmp_path), "--published", "dünən"])
    assert stop.value.code == 2
    assert "unparsable published date 'dünən'" in capsys.readouterr().err


def test_missing_arguments_are_a_usage_error():
    with pytest.raises(SystemExit) as stop:
        main(["run"])
    assert stop.value.code == 2


def test_missing_model_folder_is_a_usage_error(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    code = main(["run", str(source), "--out", str(tmp_path), "--model", str(tmp_path / "yox")])
    assert code == 2
    assert "no NER model at" in capsys.readouterr().err


def test_out_that_is_a_file_is_reported_not_a_traceback(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    blocker = tmp_path / "fayl"
    blocker.write_text("", encoding="utf-8")
    assert run(str(source), "--out", str(blocker)) == 2
    assert capsys.readouterr().err.startswith("aznews run:")


def test_python_dash_m_pipeline(tmp_path):
    source = tmp_path / "qəbul.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(tmp_path / "out"), *MODEL],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "1 articles (0 failed)" in done.stderr
    assert (tmp_path / "out" / "entities.csv").exists()


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path, capsys):
    assert run(str(tmp_path / "yoxdur.txt"), "--out", str(tmp_path / "out")) == 2
    assert "yoxdur.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()  # nothing written
