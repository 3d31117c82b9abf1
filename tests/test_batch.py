"""The daily batch: the store, incremental and resumable runs, workers and Dask giving the same tables."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.fingerprint import PipelineOptions
from pipeline.io.reader import read_paths
from pipeline.io.store import FILE_NAME
from pipeline.stages.entity import ner_model

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "azerbaycan-qazaxistan.txt"
USE_MODEL = (ner_model.default_model_path() / "meta.json").exists()
MODEL = [] if USE_MODEL else ["--no-model"]
OPTIONS = PipelineOptions(use_model=USE_MODEL)
TABLES = ("articles", "entities", "dates", "events", "event_clusters")
SENTENCES = [
    "Prezident İlham Əliyev dünən Bakıda Qazaxıstanın səfirini qəbul edib.",
    "Nazir 2025-ci il mayın 14-də Gəncəyə səfər edib.",
    "Xarici işlər naziri Ceyhun Bayramov iyulun 3-də Türkiyənin xarici işlər naziri Hakan Fidanla görüşüb.",
    "Azərbaycan və Gürcüstan arasında enerji sahəsində saziş imzalanıb.",
]


def _records(count: int = 4) -> list[dict]:
    return [{"id": f"x{n}", "text": SENTENCES[n % len(SENTENCES)], "published": f"2025-07-{n % 28 + 1:02d}",
             "url": f"https://x.az/{n}"} for n in range(count)]


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _tables(folder: Path, suffix: str = "csv") -> dict[str, bytes]:
    return {name: (folder / f"{name}.{suffix}").read_bytes() for name in TABLES}


def _run(source: Path, out: Path, **options):
    return run_batch(read_paths([source]), out, OPTIONS, **{"workers": 1, **options})


def test_second_run_processes_nothing_and_writes_the_same_bytes(tmp_path):
    source = _write_jsonl(tmp_path / "a.jsonl", _records())
    first = _run(source, tmp_path / "out")
    tables = _tables(tmp_path / "out")
    second = _run(source, tmp_path / "out")
    assert (first.processed, first.unchanged) == (4, 0)
    assert (second.processed, second.unchanged) == (0, 4)
    assert _tables(tmp_path / "out") == tables


def test_only_new_or_changed_articles_are_processed_and_ids_stay(tmp_path):
    records = _records()
    _run(_write_jsonl(tmp_path / "a.jsonl", records), tmp_path / "out")
    before = (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8-sig")
    records[1]["text"] = SENTENCES[2]  # changed
    records.append({"id": "new", "text": SENTENCES[3]})
    report = _run(_write_jsonl(tmp_path / "a.jsonl", records), tmp_path / "out")
    assert (report.processed, report.unchanged, report.rows["articles"]) == (2, 3, 5)
    after = (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8-sig")
    kept = [line for line in before.splitlines() if ",x0," in line]
    assert kept and all(line in after.splitlines() for line in kept)  # x0's rows and their ids unchanged


def test_store_keeps_articles_of_earlier_runs_and_since_limits_the_export(tmp_path):
    records = _records(4)
    _run(_write_jsonl(tmp_path / "a.jsonl", records[:2]), tmp_path / "out")
    report = _run(_write_jsonl(tmp_path / "b.jsonl", records[2:]), tmp_path / "out", since=date(2025, 7, 2))
    assert report.processed == 2 and report.rows["articles"] == 3  # x1, x2, x3 (x0 published 07-01)
    articles = (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in articles[1:]] == ["x1", "x2", "x3"]


def test_a_changed_pipeline_reprocesses_everything(tmp_path):
    source = _write_jsonl(tmp_path / "a.jsonl", _records())
    _run(source, tmp_path / "out")
    report = run_batch(read_paths([source]), tmp_path / "out", PipelineOptions(use_model=False, use_rules=True),
                       workers=1)
    if USE_MODEL:
        assert report.processed == 4
    assert PipelineOptions(use_rules=False).fingerprint() != PipelineOptions().fingerprint()


def test_row_ids_are_unique_and_stored(tmp_path):
    _run(_write_jsonl(tmp_path / "a.jsonl", _records(8)), tmp_path / "out")
    with sqlite3.connect(tmp_path / "out" / FILE_NAME) as db:
        ids = [row[0] for table, column in (("entities", "mention_id"), ("dates", "date_id"), ("events", "event_id"))
               for row in db.execute(f"SELECT {column} FROM {table}")]
    assert ids and len(ids) == len(set(ids))  # a reviews table can key on them


def test_two_workers_give_the_tables_of_one(tmp_path):
    source = _write_jsonl(tmp_path / "a.jsonl", _records(6))
    _run(source, tmp_path / "one", partition_size=2)
    _run(source, tmp_path / "two", workers=2, partition_size=2)
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")


def test_dask_on_a_local_cluster_gives_the_tables_of_the_local_engine(tmp_path):
    pytest.importorskip("distributed")
    source = _write_jsonl(tmp_path / "a.jsonl", _records(6))
    _run(source, tmp_path / "local", partition_size=2)
    _run(source, tmp_path / "dask", engine="dask", workers=2, partition_size=2)
    assert _tables(tmp_path / "local") == _tables(tmp_path / "dask")


def _saved(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM articles WHERE content_hash IS NOT NULL").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is still being created
        return 0


def test_a_run_killed_mid_batch_resumes_to_the_same_tables(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    records = [{"id": f"s{n:03d}", "text": seed, "published": "2025-07-01"} for n in range(40)]
    before = _write_jsonl(tmp_path / "before.jsonl", records[:2])
    batch = _write_jsonl(tmp_path / "batch.jsonl", records)
    out = tmp_path / "out"
    assert main(["run", str(before), "--out", str(out), "--quiet", *MODEL]) == 0
    previous = _tables(out)
    command = [sys.executable, "-m", "pipeline", "run", str(batch), "--out", str(out), "--workers", "1",
               "--partition-size", "1", "--quiet", *MODEL]
    running = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _saved(out / FILE_NAME) < 3 and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    running.send_signal(signal.SIGKILL)
    running.wait()
    saved = _saved(out / FILE_NAME)
    assert running.returncode == -signal.SIGKILL and saved < len(records), "the run ended before it was killed"
    assert _tables(out) == previous  # the tables of the run before, whole
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]
    assert main(["run", str(batch), "--out", str(out), "--quiet", *MODEL]) == 0
    uninterrupted = tmp_path / "uninterrupted"
    main(["run", str(before), "--out", str(uninterrupted), "--quiet", *MODEL])
    main(["run", str(batch), "--out", str(uninterrupted), "--quiet", *MODEL])
    assert _tables(out) == _tables(uninterrupted)


def test_gzipped_jsonl_and_a_folder_searched_recursively(tmp_path, capsys):
    folder = tmp_path / "in" / "iyul"
    folder.mkdir(parents=True)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(2))
    (folder / "xəbərlər.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    (folder / "bir.txt").write_text(SENTENCES[1], encoding="utf-8")
    (folder / "şəkil.png").write_bytes(b"\x89PNG")
    (tmp_path / "in" / "pozuq.txt.gz").write_bytes(b"not gzip")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet", *MODEL]) == 1
    ids = [line.split(",")[0] for line in
           (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert ids == ["pozuq", "bir", "x0", "x1"]  # a folder's own files before its subfolders', each sorted
    err = capsys.readouterr().err
    assert "skipped 1 file(s), not .txt, .jsonl or .csv (or gzipped):" in err and "şəkil.png" in err
    assert "damaged gzip data" in err


def test_standard_input_as_json_lines_or_plain_text(tmp_path, monkeypatch):
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(2))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    assert main(["run", "-", "--out", str(tmp_path / "json"), "--quiet", *MODEL]) == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCES[0].encode("utf-8"))))
    assert main(["run", "-", "--out", str(tmp_path / "text"), "--quiet", *MODEL]) == 0
    first_cells = {name: [line.split(",")[0] for line in
                          (tmp_path / name / "articles.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
                   for name in ("json", "text")}
    assert first_cells == {"json": ["x0", "x1"], "text": ["stdin"]}


def test_parquet_tables_read_back_with_pandas(tmp_path):
    pytest.importorskip("pyarrow")
    import pandas as pd

    source = _write_jsonl(tmp_path / "a.jsonl", _records())
    assert main(["run", str(source), "--out", str(tmp_path), "--format", "csv,parquet", "--quiet", *MODEL]) == 0
    for name in TABLES:
        frame = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert len(frame) == len(pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig"))
    entities = pd.read_parquet(tmp_path / "entities.parquet")
    assert "İlham Əliyev" in set(entities["canonical"])


def test_an_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(SEED), "--out", str(tmp_path), "--format", "docx"])
    assert stop.value.code == 2


def test_importing_records_loads_neither_spacy_nor_pandas():
    code = "import sys; from pipeline import Article; print(sorted({'spacy', 'pandas'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
    code = "from pipeline import Pipeline, to_frames; print(Pipeline.__name__, to_frames.__name__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "Pipeline to_frames", done.stderr


def test_a_fixed_malformed_line_leaves_no_stale_failed_row(tmp_path):
    source = tmp_path / "a.jsonl"
    good = json.dumps(_records(1)[0], ensure_ascii=False)
    source.write_text(good + "\n{pozuq\n", encoding="utf-8")
    first = _run(source, tmp_path / "out")
    assert (first.failed, first.rows["articles"]) == (1, 2)
    source.write_text(good + "\n" + json.dumps({"id": "düz", "text": SENTENCES[1]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    second = _run(source, tmp_path / "out")
    assert (second.failed, second.processed, second.rows["articles"]) == (0, 1, 2)
    ids = [line.split(",")[0] for line in
           (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert ids == ["x0", "düz"]


def _processes_marked(mark: str) -> list[int]:
    """Processes whose environment carries ``mark`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:  # ended meanwhile, or not ours to read
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_workers_of_a_killed_run_end_themselves(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    batch = _write_jsonl(tmp_path / "batch.jsonl", [{"id": f"s{n:03d}", "text": seed} for n in range(60)])
    out = tmp_path / "out"
    mark = f"AZNEWS_TEST_RUN={os.getpid()}-{time.monotonic_ns()}"
    command = [sys.executable, "-m", "pipeline", "run", str(batch), "--out", str(out), "--workers", "2",
               "--partition-size", "1", "--quiet", *MODEL]
    running = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL,
                               env={**os.environ, mark.split("=")[0]: mark.split("=")[1]})
    deadline = time.monotonic() + 120
    while _saved(out / FILE_NAME) < 2 and running.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(_processes_marked(mark)) >= 3  # the run and its two workers
    running.send_signal(signal.SIGKILL)
    running.wait()
    deadline = time.monotonic() + 10
    while _processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_marked(mark) == []


def test_a_damaged_store_is_reported_not_a_traceback(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / FILE_NAME).write_bytes(b"bu verilener bazasi deyil" * 100)
    source = _write_jsonl(tmp_path / "a.jsonl", _records(1))
    assert main(["run", str(source), "--out", str(out), "--quiet", *MODEL]) == 2
    err = capsys.readouterr().err
    assert err.startswith("aznews run:") and "not an aznews store" in err


def test_only_a_spacy_model_is_checked_for_before_the_workers_start(tmp_path):
    """A folder without ``meta.json`` is no spaCy model (FileNotFoundError before any work); the Stanza backend's
    model has none, and is checked when the backend loads it."""
    with pytest.raises(FileNotFoundError, match="no NER model at"):
        PipelineOptions(model=str(tmp_path)).fingerprint()
    assert PipelineOptions(model=str(tmp_path), backend="stanza").fingerprint()
    assert PipelineOptions(model=str(tmp_path), use_model=False).fingerprint()
