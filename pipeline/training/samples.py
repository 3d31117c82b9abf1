"""Training sentences for the NER model, from three sources, all tokenised by the pipeline's own tokenizer.

- gold news: the hand-annotated articles of a split of the gold corpus (``corpus/splits.json``);
- Wikipedia: the hand-tagged ``wiki_ner_az`` sentences (DATE dropped), re-tokenised the way news is;
- silver news: the rules' entities on shared articles that belong to no split of the gold corpus.

So the model sees at training time exactly the tokens it is given at run time (``ATƏT`` + ``-in``, not
Wikipedia's ``ATƏT - in``). A sentence whose labels do not fall on token boundaries is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..lang.segment_az import MAX_HYPHEN_SUFFIX
from ..records import TEXT, TITLE, Token
from ..stages.entity.ner_model import LABELS
from ..stages.segment import tokenize


@dataclass(frozen=True, slots=True)
class Sample:
    """One sentence: tokens, whether a space follows each, and entity spans as token ranges [start, end)."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    spans: tuple[tuple[int, int, str], ...]
    source: str  # "wiki", "gold" or "silver"


def to_sample(tokens: list[Token], spans: Iterable[tuple[int, int, str]], source: str) -> Sample | None:
    """Character spans onto tokens; None when a span does not fall on token boundaries (the label is unsure)."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    token_spans = []
    for start, end, label in spans:
        if start not in starts or end not in ends:
            return None
        token_spans.append((starts[start], ends[end] + 1, label))
    spaces = tuple(a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)) + (False,)
    return Sample(tuple(t.text for t in tokens), spaces, tuple(token_spans), source)


# --- Wikipedia ----------------------------------------------------------------------------------------------

def _iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Word-index spans [start, end) of PER/ORG/LOC; an I- without its B- opens a span (malformed lines)."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if label not in LABELS:
            continue
        if prefix == "I" and spans and spans[-1][1] == i and spans[-1][2] == label:
            spans[-1] = (spans[-1][0], i + 1, label)
        else:
            spans.append((i, i + 1, label))
    return spans


def _glued_suffix(words: list[str], i: int) -> bool:
    """Wikipedia writes ``ABŞ - ın``; news writes ``ABŞ-ın``, which our tokenizer keeps as ``ABŞ`` + ``-ın``."""
    if words[i] != "-" or i == 0 or i + 1 >= len(words):
        return False
    host, suffix = words[i - 1], words[i + 1]
    host_ok = host.isupper() or host[-1].isdigit()
    return host_ok and suffix.isalpha() and suffix.islower() and len(suffix) <= MAX_HYPHEN_SUFFIX


def detokenise(words: list[str], tags: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """A news-like text for a Wikipedia sentence and the character spans of its entities."""
    text, offsets = "", []
    for i, word in enumerate(words):
        glued = i > 0 and (_glued_suffix(words, i) or _glued_suffix(words, i - 1))
        text += "" if glued or i == 0 else " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    spans = [(offsets[s][0], offsets[e - 1][1], label) for s, e, label in _iob_spans(tags)]
    return text, spans


def tagged_samples(words_file: Path, tags_file: Path) -> list[Sample]:
    """Sentences of a Wikipedia-style file pair (tokens, IOB tags), DATE dropped, re-tokenised our way."""
    lines = zip(words_file.read_text("utf-8").splitlines(), tags_file.read_text("utf-8").splitlines(), strict=True)
    samples = []
    for words_line, tags_line in lines:
        words, tags = words_line.split(), tags_line.split()
        if len(words) != len(tags) or not words:
            continue  # a few lines are malformed in the source; skip rather than guess
        text, spans = detokenise(words, tags)
        sample = to_sample(tokenize(text), spans, "wiki")
        if sample:
            samples.append(sample)
    return samples


def wiki_samples(data: Path, split: str) -> list[Sample]:
    """The Wikipedia ``train`` or ``valid`` split."""
    folder = data / "wiki_ner_az" / "ModelTrain"
    return tagged_samples(folder / f"{split}_words", folder / f"{split}_tags")


# --- news: gold and silver -----------------------------------------------------------------------------------

def _segmenter():
    from ..pipeline import Pipeline

    return Pipeline(stages=("normalise", "segment"))


def document_samples(doc, spans: list[tuple[int, int, str]], source: str, field: str = TEXT) -> list[Sample]:
    """The sentences of one field of a segmented document, with the entity spans (normalised offsets) in each."""
    tokens = [t for t in doc.tokens if t.field == field]
    samples = []
    for sentence in (s for s in doc.sentences if s.field == field):
        inside = [t for t in tokens if sentence.start <= t.start < sentence.end]
        in_sentence = [s for s in spans if sentence.start <= s[0] < sentence.end]
        # An entity running over the sentence end would leave its tail as O: the sentence is dropped.
        sample = to_sample(inside, in_sentence, source) if inside else None
        if sample:
            samples.append(sample)
    return samples


def _normalised_spans(doc, entities: Iterable[dict]) -> list[tuple[int, int, str]]:
    """Gold entities' source offsets as offsets of the normalised text the tokens index (the document's map
    goes the other way: it is inverted once); -1 where an edge falls inside a normalised character."""
    if not doc.text_map:
        return [(e["start"], e["end"], e["label"]) for e in entities]
    back = {source: normalised for normalised, source in enumerate(doc.text_map)}
    return [(back.get(e["start"], -1), back.get(e["end"], -1), e["label"]) for e in entities]


def gold_samples(data: Path, ids: Iterable[str]) -> Iterator[tuple[str, list[Sample]]]:
    """(article id, its sentences with the hand-annotated entities) for the gold articles ``ids``."""
    from ..gold import gold_articles, gold_records

    segmenter = _segmenter()
    gold = {record["id"]: record for record in gold_records(data, ids)}
    for article in gold_articles(data, list(gold)):
        doc = segmenter.process(article)
        yield article.id, document_samples(doc, _normalised_spans(doc, gold[article.id]["entities"]), "gold")


def reviewed_samples(folder: Path, exclude: set[str] = frozenset()) -> Iterator[tuple[str, list[Sample]]]:
    """(article id, its sentences with the gold entities) for gold files that carry the article's ``text``, as
    ``aznews review export-gold`` writes them; articles in ``exclude`` (the dev and test splits) are left out."""
    from ..records import Article

    segmenter = _segmenter()
    for path in sorted(Path(folder).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8-sig"))
        article_id = str(gold.get("id") or path.stem)
        if not gold.get("text") or article_id in exclude:
            continue
        doc = segmenter.process(Article(id=article_id, text=gold["text"]))
        yield article_id, document_samples(doc, _normalised_spans(doc, gold.get("entities", [])), "reviewed")


def silver_samples(data: Path, exclude: set[str]) -> Iterator[tuple[str, list[Sample]]]:
    """(article id, its sentences with the rules' entities) for shared news articles not in ``exclude``."""
    from ..io.reader import read_paths
    from ..pipeline import Pipeline
    from ..records import Article

    nlp = Pipeline.load(use_model=False)
    for item in read_paths([data / "banker_az" / "articles.jsonl"]):
        if isinstance(item, Article) and item.id not in exclude:
            doc = nlp.process(item)
            samples = []
            for field in (TITLE, TEXT):
                spans = [(e.start, e.end, e.label) for e in doc.entities if e.field == field]
                samples += document_samples(doc, spans, "silver", field)
            yield item.id, samples
