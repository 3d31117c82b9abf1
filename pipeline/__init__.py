"""aznews: Azerbaijani news in, reviewable entity, date and event tables out.

    from pipeline import Pipeline, Article
    nlp = Pipeline.load()
    result = nlp(Article(id="a1", text="...", published=datetime(2025, 7, 1)))
    frames = to_frames([result])

Names are imported when first used (module ``__getattr__``): ``from pipeline import Article`` stays
cheap, and spaCy and pandas load only with ``Pipeline`` and ``to_frames``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# public name -> the module that defines it
_WHERE = {
    "DEFAULT_STAGES": ".pipeline",
    "Pipeline": ".pipeline",
    "Article": ".records",
    "DateMention": ".records",
    "Entity": ".records",
    "Event": ".records",
    "Result": ".records",
    "Sentence": ".records",
    "Failure": ".io.reader",
    "read_paths": ".io.reader",
    "Store": ".io.store",
    "run_batch": ".batch",
    "to_frames": ".io.tables",
    "write_tables": ".io.tables",
}

__all__ = [
    "DEFAULT_STAGES",
    "Article",
    "DateMention",
    "Entity",
    "Event",
    "Failure",
    "Pipeline",
    "Result",
    "Sentence",
    "Store",
    "read_paths",
    "run_batch",
    "to_frames",
    "write_tables",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports on first use
    from .batch import run_batch
    from .io.reader import Failure, read_paths
    from .io.store import Store
    from .io.tables import to_frames, write_tables
    from .pipeline import DEFAULT_STAGES, Pipeline
    from .records import Article, DateMention, Entity, Event, Result, Sentence


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # the next look-up finds it directly
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
