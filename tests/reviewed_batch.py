"""What the review tests share: three short articles written for them, a batch run over them, CSV rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipeline.batch import run_batch
from pipeline.fingerprint import PipelineOptions
from pipeline.io.reader import read_paths
from pipeline.stages.entity import ner_model

OPTIONS = PipelineOptions(use_model=(ner_model.default_model_path() / "meta.json").exists())
RECEPTION = "Prezident İlham Əliyev iyulun 3-də Bakıda Gürcüstanın Baş nazirini qəbul edib."
SIGNING = "Azərbaycan və Qazaxıstan arasında nəqliyyat sahəsində saziş dünən imzalanıb."
VISIT = "Xarici işlər naziri Ceyhun Bayramov Türkiyəyə rəsmi səfər edib. O, Ankarada Hakan Fidanla görüşüb."


def articles(**changes) -> list[dict]:
    """The three articles; ``changes`` maps an id to fields that replace its own."""
    found = [{"id": "qebul", "text": RECEPTION, "published": "2025-07-05", "url": "https://x.az/1"},
             {"id": "saziş", "text": SIGNING, "published": "2025-07-05", "url": "https://x.az/2"},
             {"id": "sefer", "text": VISIT, "published": "2025-07-05", "url": "https://x.az/3"}]
    for record in found:
        record.update(changes.get(record["id"], {}))
    return found


def run(tmp_path: Path, records: list[dict], **options) -> Path:
    """Write ``records`` as JSON lines and run the batch over them into ``tmp_path/out``."""
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(read_paths([source]), out, OPTIONS, workers=1, **options)
    return out


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))
