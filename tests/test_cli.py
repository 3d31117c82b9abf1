"""The ``aznews`` command: tables written, exit status 0/1/2, progress and summary on stderr."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.tables import COLUMNS
from pipeline.stages.entity import ner_model

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


@pytest.mark.parametrize("epochs", ["-1", "0", "iki"])
def test_train_epochs_must_be_a_positive_number(epochs, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["train", "--epochs", epochs])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--epochs" in err and "Traceback" not in err


def test_train_refuses_a_bad_epoch_count_from_the_library_too(tmp_path):
    from pipeline.train import train

    with pytest.raises(ValueError, match="epochs must be a positive whole number"):
        train(tmp_path, tmp_path / "model", epochs=-1)


@pytest.mark.parametrize("command", [["run", "x.txt"], ["train"], ["gold", "build"]])
def test_an_empty_out_is_refused(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([*command, "--out", ""])
    assert stop.value.code == 2
    assert "empty folder name" in capsys.readouterr().err


def test_an_out_that_cannot_be_written_is_found_before_any_work(tmp_path, capsys, monkeypatch):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    blocker = tmp_path / "fayl"
    blocker.write_text("", encoding="utf-8")
    from pipeline import batch

    def never(*args, **kwargs):
        raise AssertionError("the batch ran before the output folder was checked")

    monkeypatch.setattr(batch, "run_batch", never)
    assert run(str(source), "--out", str(blocker / "alt")) == 2
    assert f"cannot create {blocker / 'alt'}: {blocker} is a file" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_a_read_only_out_is_found_before_any_work(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "kilidli"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert run(str(source), "--out", str(locked)) == 2
    finally:
        locked.chmod(0o755)
    assert f"cannot write into {locked}" in capsys.readouterr().err


def test_a_folder_that_refuses_files_is_named(tmp_path, monkeypatch):
    from pipeline.io import folders

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(folders.tempfile, "TemporaryFile", refuse)
    with pytest.raises(ValueError, match=f"cannot write into {tmp_path}: Permission denied"):
        folders.check_writable(tmp_path)


def test_train_and_gold_check_their_out_before_any_work(tmp_path, capsys):
    blocker = tmp_path / "fayl"
    blocker.write_text("", encoding="utf-8")
    assert main(["train", "--data", str(tmp_path), "--out", str(blocker)]) == 2
    assert f"{blocker} is a file, not a folder" in capsys.readouterr().err
    data = tmp_path / "data"
    (data / "banker_az").mkdir(parents=True)
    (data / "banker_az" / "articles.jsonl").write_text("", encoding="utf-8")
    assert main(["gold", "build", "--data", str(data), "--out", str(blocker)]) == 2
    assert f"{blocker} is a file, not a folder" in capsys.readouterr().err


def test_an_interruption_is_reported_on_a_line_of_its_own(tmp_path, capsys, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    from pipeline import batch

    def interrupted(items, out, options, on_planned, **kwargs):
        on_planned(len(items))  # the bar is drawn, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_batch", interrupted)
    out = tmp_path / "out"
    assert run(*(str(tmp_path / f"{n}.txt") for n in "abc"), "--out", str(out), "--workers", "1") == 130
    err = capsys.readouterr().err
    assert "0/3" in err  # the bar was drawn
    assert "\naznews run: interrupted; the tables written before are unchanged\n" in err
    assert "Traceback" not in err and not (out / "articles.csv").exists()


def test_importing_the_command_line_loads_neither_spacy_nor_pandas():
    """Ctrl-C while spaCy loads must reach ``main``'s handler, so nothing heavy loads before it runs."""
    code = "import sys, pipeline.cli; print(sorted({'spacy', 'pandas', 'tqdm'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_ctrl_c_while_spacy_imports_exits_130_without_a_traceback(tmp_path):
    """Ctrl-C at the moment spaCy is imported, made exact: an import hook raises it there."""
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    code = (
        "import sys\n"
        "class CtrlC:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'spacy':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, CtrlC())\n"
        "from pipeline.cli import main\n"
        f"sys.exit(main(['run', {str(source)!r}, '--out', {str(tmp_path / 'o')!r}, '--workers', '1']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done.stderr
    assert done.stderr == "aznews run: interrupted; the tables written before are unchanged\n"


def test_ctrl_c_in_a_real_run_exits_130_without_a_traceback(tmp_path):
    source = tmp_path / "xəbərlər.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"{TEXT} {OTHER}"}, ensure_ascii=False)
                                for i in range(4000)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(source), "--out", str(tmp_path / "o"),
                                "--workers", "1", *MODEL], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8")
    time.sleep(1.0)  # importing spaCy, loading the model or processing: each must answer the same way
    process.send_signal(signal.SIGINT)
    err = process.communicate(timeout=60)[1]
    assert process.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err


def test_an_unexpected_error_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    from pipeline import batch

    def broken(*args, **kwargs):
        raise KeyError("gazetteer")

    monkeypatch.setattr(batch, "run_batch", broken)
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert run(str(source), "--out", str(tmp_path / "out")) == 1
    err = capsys.readouterr().err
    assert err == "aznews run: unexpected error, please report it: KeyError: 'gazetteer'\n"


def test_ctrl_c_with_worker_processes_is_one_line_and_stops_them(tmp_path):
    """A terminal sends Ctrl-C to every process of the group: the workers must neither print tracebacks
    (they ignore it) nor keep the run waiting (they are stopped)."""
    source = tmp_path / "xəbərlər.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"{TEXT} {OTHER}"}, ensure_ascii=False)
                                for i in range(4000)), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(tmp_path / "o"), "--workers", "2",
         "--partition-size", "2", *MODEL],
        cwd=ROOT, stderr=subprocess.PIPE, text=True, encoding="utf-8", start_new_session=True)
    store = tmp_path / "o" / "aznews.sqlite"
    deadline = time.perf_counter() + 30
    while not store.exists() and process.poll() is None and time.perf_counter() < deadline:
        time.sleep(0.05)  # the run has opened its store: the workers are starting or at work
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)
    interrupted = time.perf_counter()
    err = process.communicate(timeout=60)[1]
    assert process.returncode == 130, err
    assert "Traceback" not in err and err.rstrip().endswith("interrupted; the tables written before are unchanged")
    assert time.perf_counter() - interrupted < 10  # not after the workers' partitions are done
