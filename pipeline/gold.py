"""The gold corpus: stand-off annotations in the repository, full gold files rebuilt from the shared data.

The annotated articles are third-party text, so the project keeps only offsets, labels, canonical names,
values and event fields (``corpus/gold/standoff/<id>.json``). ``build_gold`` joins them with the article
texts read from ``../shared/data`` and writes gold files in the format of ANNOTATION.md, with ``text`` and
``sentence`` filled in, for ``aznews evaluate`` and ``aznews train``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .io.folders import write_text

__all__ = ["SourceArticle", "source_articles", "load_splits", "split_ids", "sentence_bounds", "standoff_to_gold",
           "gold_records", "build_gold", "gold_articles", "CORPUS_DIR", "SPLITS_FILE", "STANDOFF_DIR", "SEED_ID",
           "default_data_dir"]

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
SPLITS_FILE = CORPUS_DIR / "splits.json"
STANDOFF_DIR = CORPUS_DIR / "gold" / "standoff"
NTREX_PREFIX = "ntrex-"
SEED_ID = "azerbaycan-qazaxistan"  # the project's own article: text in corpus/, gold in corpus/gold/


def default_data_dir() -> Path:
    """``AZNEWS_DATA``, else ``../shared/data`` beside the repository."""
    return Path(os.environ.get("AZNEWS_DATA") or CORPUS_DIR.parent.parent / "shared" / "data")


@dataclass(frozen=True, slots=True)
class SourceArticle:
    id: str
    text: str
    title: str = ""
    published: str | None = None


def _banker(data_dir: Path) -> Iterator[SourceArticle]:
    path = data_dir / "banker_az" / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield SourceArticle(record["id"], record["text"], record.get("title") or "", record.get("published"))


def _ntrex(data_dir: Path) -> Iterator[SourceArticle]:
    """NTREX documents: the document's translated sentences, one a line (the first is the headline)."""
    folder = data_dir / "ntrex_az"
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    sentences = (folder / "newstest2019-ref.aze-Latn.txt").read_text(encoding="utf-8").splitlines()
    documents: dict[str, list[str]] = {}
    for doc_id, sentence in zip(ids, sentences, strict=True):
        documents.setdefault(doc_id.strip(), []).append(sentence.strip())
    for doc_id, lines in documents.items():
        yield SourceArticle(NTREX_PREFIX + doc_id, "\n".join(lines))


def source_articles(data_dir: Path) -> dict[str, SourceArticle]:
    """Every article of the shared data that the corpus can annotate, by id (read once per folder)."""
    return _source_articles(str(Path(data_dir).resolve()))


@cache
def _source_articles(data_dir: str) -> dict[str, SourceArticle]:
    articles = {a.id: a for source in (_banker, _ntrex) for a in source(Path(data_dir))}
    seed = CORPUS_DIR / f"{SEED_ID}.txt"
    if seed.exists():
        articles[SEED_ID] = SourceArticle(SEED_ID, seed.read_text(encoding="utf-8"))
    return articles


def load_splits(path: Path = SPLITS_FILE) -> dict[str, list[str]]:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return {name: ids for name, ids in raw.items() if isinstance(ids, list)}


def split_ids(names: Iterable[str], path: Path = SPLITS_FILE) -> list[str]:
    splits = load_splits(path)
    unknown = [n for n in names if n not in splits]
    if unknown:
        raise ValueError(f"unknown split {', '.join(unknown)}; the splits are {', '.join(splits)}")
    return [i for n in names for i in splits[n]]


# A sentence ends at final punctuation (and any closing quotes) before a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”»)]*(?=\s)|\n")


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``offset``: for the reviewer's ``sentence`` field only."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > offset:
            end = match.end() if match.group() != "\n" else match.start()
            return _strip(text, start, end)
        start = match.end()
    return _strip(text, start, len(text))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def standoff_to_gold(standoff: dict, article: SourceArticle) -> dict:
    """One gold file (ANNOTATION.md) from a stand-off annotation and its article's text."""
    text = article.text

    def span(item: dict) -> dict:
        return {"start": item["start"], "end": item["end"], "text": text[item["start"]:item["end"]]}

    entities = [span(e) | {"label": e["label"], "canonical": e["canonical"]} for e in standoff["entities"]]
    dates = [span(d) | {k: d[k] for k in ("value", "precision", "value_end") if k in d} for d in standoff["dates"]]
    events = []
    for ev in standoff["events"]:
        start, end = ev["trigger"]
        s_start, s_end = sentence_bounds(text, start)
        fields = {k: v for k, v in ev.items() if k != "trigger"}
        events.append({"type": ev["type"], "trigger": text[start:end], "trigger_start": start, "trigger_end": end}
                      | fields | {"sentence": text[s_start:s_end]})
    return {"id": article.id, "published": article.published, "entities": entities, "dates": dates, "events": events}


def gold_records(data_dir: Path, ids: Iterable[str] | None = None,
                 standoff_dir: Path = STANDOFF_DIR) -> Iterator[dict]:
    """Gold files' contents (ANNOTATION.md format) for ``ids``, in order; ids without an annotation are skipped.

    Articles annotated here come from their stand-off file; the 32 gold files that ship with the shared
    data, and the seed's, are read as they are. ``ids`` limits them (a split); by default every annotated article.
    """
    data_dir = Path(data_dir)
    articles = source_articles(data_dir)
    shipped = {p.stem: p for p in (data_dir / "banker_az" / "gold").glob("*.json")}
    shipped |= {p.stem: p for p in (CORPUS_DIR / "gold").glob("*.json")}  # the seed's full gold file
    ours = {p.stem: p for p in Path(standoff_dir).glob("*.json")}
    wanted = list(ids) if ids is not None else sorted(ours) + sorted(set(shipped) - set(ours))
    for article_id in wanted:
        if article_id in ours:
            yield standoff_to_gold(json.loads(ours[article_id].read_text(encoding="utf-8")), articles[article_id])
        elif article_id in shipped:
            yield {"id": article_id} | json.loads(shipped[article_id].read_text(encoding="utf-8"))


def build_gold(data_dir: Path, out_dir: Path, ids: Iterable[str] | None = None,
               standoff_dir: Path = STANDOFF_DIR) -> list[str]:
    """Write ``<id>.json`` gold files (``gold_records``) into ``out_dir``; returns the ids written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for gold in gold_records(data_dir, ids, standoff_dir):
        write_text(out_dir / f"{gold['id']}.json", json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        written.append(gold["id"])
    return written


def gold_articles(data_dir: Path, ids: Iterable[str]):
    """The articles behind ``ids`` as pipeline ``Article``s (publication dates parsed), in the given order."""
    from datetime import datetime

    from .records import Article

    articles = source_articles(Path(data_dir))
    return [Article(id=a.id, text=a.text, title=a.title,
                    published=datetime.fromisoformat(a.published) if a.published else None)
            for a in (articles[i] for i in ids)]
