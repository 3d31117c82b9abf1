"""The pipeline: stages in an explicit order, checked when it is built, run per article or per batch.

``stream`` runs a batch of articles through each stage in turn; a stage that gains from seeing the
whole batch (the NER model reads all its sentences in one call) offers ``stage.pipe(docs)``.
An article that fails in a stage fails alone: the batch is re-run article by article at that stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .io.reader import Failure, ReadWarning
from .lang.script_az import INVISIBLE
from .records import Article, Document, Event, Result
from .stage import check_order

# Each stage module registers itself on import; importing them here, in one place, makes the
# set of stages explicit and independent of what the caller imported first.
from .stages import dates, entities, events, morphology, normalise, segment  # noqa: F401

DEFAULT_STAGES = ("normalise", "segment", "morphology", "entities", "dates", "events")


class Pipeline:
    """Runs the stages over articles. ``Pipeline.load()`` gives the default pipeline."""

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, config: dict[str, dict] | None = None):
        config = config or {}
        self.specs = check_order(list(stages))
        self.stages = [(spec.name, spec.factory(**config.get(spec.name, {}))) for spec in self.specs]

    @classmethod
    def load(cls, model: str | Path | None = None, use_model: bool = True, use_rules: bool = True,
             backend: str = "spacy") -> Pipeline:
        """The default stages; ``model`` is an NER model folder of the ``backend`` (``spacy``, the default,
        or ``stanza``, which needs the ``[stanza]`` extra; default folder: the one shipped).
        ``use_model=False`` or ``use_rules=False`` leave out one half of entity recognition."""
        settings = {"model": model, "use_model": use_model, "use_rules": use_rules, "backend": backend}
        return cls(config={"entities": settings})

    def process(self, article: Article) -> Document:
        """Run every stage; the Document keeps normalised text and offsets."""
        doc = Document(article=article)
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc

    def __call__(self, article: Article) -> Result:
        return self._results([article])[0]

    def stream(self, items: Iterable[Article | Failure | ReadWarning], batch_size: int = 64) -> Iterator[Result]:
        """Results in input order; read failures become failed results, warnings stay on the row."""
        batch: list[Article | Failure | ReadWarning] = []
        for item in items:
            batch.append(item)
            if len(batch) == batch_size:
                yield from self._batch_results(batch)
                batch = []
        yield from self._batch_results(batch)

    def _batch_results(self, items: list[Article | Failure | ReadWarning]) -> list[Result]:
        articles = [item.article if isinstance(item, ReadWarning) else item
                    for item in items if not isinstance(item, Failure)]
        processed = iter(self._results(articles))
        results = []
        for item in items:
            if isinstance(item, Failure):
                results.append(Result(Article(id=item.article_id, text=""), "failed", f"{item.where}: {item.message}"))
                continue
            result = next(processed)
            if isinstance(item, ReadWarning):
                note = "; ".join(filter(None, [item.message, result.error]))
                result = replace(result, status="warning" if result.status == "ok" else result.status, error=note)
            results.append(result)
        return results

    def _results(self, articles: list[Article]) -> list[Result]:
        """Every stage over the batch; an article whose stage raises becomes a failed result."""
        states: list[Document | str] = [Document(article=a) for a in articles]
        for name, stage in self.stages:
            live = [i for i, s in enumerate(states) if isinstance(s, Document)]
            pipe = getattr(stage, "pipe", None)
            if pipe is not None and len(live) > 1:
                try:
                    for i, doc in zip(live, pipe([states[i] for i in live]), strict=True):
                        states[i] = doc
                    continue
                except Exception:  # found again, and attributed, article by article below
                    pass
            for i in live:
                try:
                    states[i] = stage(states[i])
                except Exception as error:  # one bad article must not stop a batch; the row says why
                    states[i] = f"stage {name}: {type(error).__name__}: {error}"
        return [to_result(s) if isinstance(s, Document) else Result(article=a, status="failed", error=s)
                for a, s in zip(articles, states, strict=True)]


def to_result(doc: Document) -> Result:
    """Translate every record's offsets and text back to the article as given."""
    source = {"text": doc.article.text, "title": doc.article.title}
    sentences = {s.id: s for s in doc.sentences}

    def span(field, start, end):
        start, end = doc.to_source(field, start, end)
        # The end maps to the next kept character, past any invisible one normalise dropped.
        while end > start and source[field][end - 1] in INVISIBLE:
            end -= 1
        return start, end

    def back(record):
        start, end = span(record.field, record.start, record.end)
        text = source[record.field][start:end]
        if not isinstance(record, Event):
            return replace(record, start=start, end=end, text=text)
        sentence = sentences.get(record.sentence_id)
        if sentence is not None:
            first, last = span(sentence.field, sentence.start, sentence.end)
            record = replace(record, sentence=source[sentence.field][first:last])
        return replace(record, start=start, end=end, trigger=text)

    return Result(
        article=doc.article,
        sentences=tuple(back(s) for s in doc.sentences),
        entities=tuple(back(e) for e in doc.entities),
        dates=tuple(back(d) for d in doc.dates),
        events=tuple(back(e) for e in doc.events),
    )

