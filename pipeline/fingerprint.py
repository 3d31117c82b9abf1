"""What a pipeline is made of, and a fingerprint of it that changes when its results could.

The store keeps each article's content hash with this fingerprint in it, so a changed rule, word
list or model re-processes every article, and an unchanged pipeline re-processes none. The
fingerprint hashes the source of everything that shapes a result (stages, language data, records,
the row builder) and the model's files; it is computed without importing spaCy or the stages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# What shapes a result; the CLI, the store and the engines only carry results and are left out.
SHAPING = ("stages", "lang", "records.py", "pipeline.py", "stage.py", "text.py", "io/rows.py")


MODEL_FOLDERS = {"spacy": "ner", "stanza": "ner-stanza"}


def default_model_path(backend: str = "spacy") -> Path:
    """The backend's NER model shipped inside the package (a wheel: ``pipeline/_models/ner``), else the
    checkout's ``models/ner`` (the Stanza backend's model is rebuilt locally into ``models/ner-stanza``)."""
    folder = MODEL_FOLDERS[backend]
    packaged = Path(str(resources.files("pipeline"))) / "_models" / folder
    return packaged if packaged.exists() else PACKAGE.parent / "models" / folder


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """How to load the pipeline; small and picklable, so each worker process can load its own."""

    model: str | None = None  # an NER model folder of the backend; None: the shipped one
    use_model: bool = True
    use_rules: bool = True
    backend: str = "spacy"  # or "stanza"

    def load(self):
        from .pipeline import Pipeline  # here: spaCy and the stages load with it

        return Pipeline.load(model=self.model, use_model=self.use_model, use_rules=self.use_rules,
                             backend=self.backend)

    def fingerprint(self) -> str:
        """Also checks, before any worker starts, that a spaCy model is there (FileNotFoundError otherwise);
        a Stanza model folder is checked when the backend loads it (only spaCy's has ``meta.json``)."""
        model = Path(self.model) if self.model else default_model_path(self.backend)
        if self.use_model and self.backend == "spacy" and not (model / "meta.json").exists():
            raise FileNotFoundError(f"no NER model at {model}: rebuild it with `aznews train`, or run with --no-model")
        parts = [f"use_model={self.use_model}", f"use_rules={self.use_rules}", _files_hash(PACKAGE, SHAPING)]
        if self.backend != "spacy":
            parts.append(f"backend={self.backend}")
        if self.use_model:
            parts.append(_files_hash(model, ("",)))
        return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


@cache
def _files_hash(root: Path, names: tuple[str, ...]) -> str:
    digest = hashlib.sha1()
    for name in names:
        target = root / name
        files = sorted(p for p in target.rglob("*") if p.is_file()) if target.is_dir() else [target]
        for file in files:
            if file.suffix == ".pyc" or not file.exists():
                continue
            digest.update(str(file.relative_to(root)).encode("utf-8"))
            digest.update(file.read_bytes())
    return digest.hexdigest()
