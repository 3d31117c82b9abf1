"""aznews: Azerbaijani news in, reviewable entity, date and event tables out.

    from pipeline import Pipeline, Article
    nlp = Pipeline.load()
    result = nlp(Article(id="a1", text="...", published=datetime(2025, 7, 1)))
    frames = to_frames([result])
"""

from .io.reader import Failure, read_paths
from .io.tables import to_frames, write_tables
from .pipeline import DEFAULT_STAGES, Pipeline
from .records import Article, DateMention, Entity, Event, Result, Sentence

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
    "read_paths",
    "to_frames",
    "write_tables",
]
