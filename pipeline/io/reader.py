"""Read articles from .txt files, folders, .jsonl and .csv (each also gzipped), and standard input,
reporting bad input without stopping.

Every problem becomes a ``Failure`` naming the file and line or article, so a batch goes on past
it; the pipeline turns failures into ``failed`` rows of the articles table.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from ..records import Article

SUFFIXES = (".txt", ".jsonl", ".csv")
STDIN = Path("-")
# Legacy encodings Azerbaijani text comes in: Cyrillic (Windows, KOI8) and Turkish Latin.
LEGACY_ENCODINGS = ("cp1251", "cp1254", "koi8-r", "iso-8859-9")
MAX_ARTICLE_CHARS = 2_000_000
MAX_GUNZIPPED_BYTES = 1 << 30
csv.field_size_limit(64 * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article (or a line meant to be one) that could not be read."""

    article_id: str
    where: str  # file, or file:line
    message: str


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """An article that was read but with a problem worth a note in its row."""

    article: Article
    message: str


# dateparser reads a written-out publication date (``5 mart 2024, 14:30``, ``12 июля 2025``) in the
# languages Azerbaijani sites publish in; only absolute dates with day, month and year, never one
# worked out from today (``dünən``).
_DATEPARSER_LANGUAGES = ["az", "tr", "ru", "en"]
_DATEPARSER_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}


def parse_published(value: str | None) -> datetime | None:
    """ISO 8601 (``2025-07-01T15:38:04+04:00``, ``2025-07-01``), ``dd.mm.yyyy``, or a date written out
    with its month name (through dateparser); ValueError otherwise."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for pattern in ("%d.%m.%Y %H:%M", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    written = _written_out(text)
    if written is None:
        raise ValueError(f"unparsable published date {text!r} (expected ISO 8601, e.g. 2025-07-01)")
    return written


def _written_out(text: str) -> datetime | None:
    import dateparser  # here: loading its language data takes a moment, and ISO dates never need it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about its own use of deprecated APIs
        return dateparser.parse(text, languages=_DATEPARSER_LANGUAGES, settings=_DATEPARSER_SETTINGS)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-8 (or UTF-16 with its byte-order mark) first, then
    the legacy encoding that fits best; ValueError for binary data or when none gives readable text."""
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:4096] and not utf16:
        raise ValueError("binary data (NUL bytes), not text")
    for encoding in ("utf-8-sig", "utf-16") if utf16 else ("utf-8-sig",):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _refuse_control_characters(text)
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    # Every byte decodes to a letter in most of these, so the share of letters alone ties (cp1254
    # Turkish Latin read as cp1251 gives ``Bakэ``); words that mix Latin and Cyrillic break the tie.
    best = max(LEGACY_ENCODINGS, key=lambda enc: _fit(data.decode(enc, errors="replace")))
    text = data.decode(best, errors="replace")
    _refuse_control_characters(text)
    # Random bytes read in a code page are letters more than half of the time, but their "words" mix
    # scripts and cases: the fit of real text (0.95 and more) is far above theirs (about 0.4).
    if _letter_share(text) < 0.6 or _fit(text) < MIN_LEGACY_FIT:
        raise ValueError(f"not UTF-8, and no legacy encoding ({', '.join(LEGACY_ENCODINGS)}) gives readable text "
                         "(binary data?)")
    return text, best


MIN_LEGACY_FIT = 0.6
# Text has no control characters but tab and line ends; binary data has one byte in ten or so.
MAX_CONTROL_SHARE = 0.01
MIN_CONTROLS = 3  # a stray one or two in a short text is a typing accident, not binary data
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _refuse_control_characters(text: str) -> None:
    sample = text[:20000]
    found = len(_CONTROL.findall(sample))
    if found > MIN_CONTROLS and found / len(sample) > MAX_CONTROL_SHARE:
        raise ValueError(f"binary data, not text ({found:,} control characters in its first {len(sample):,})")


def _letter_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 1.0
    good = sum(ch.isalpha() or ch.isspace() or ch in ".,;:!?-–—()«»\"'0123456789%/" for ch in sample)
    return good / len(sample)


_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NON_CYRILLIC = re.compile(r"[^\u0400-\u04FF]")


def _fit(text: str) -> float:
    """Letter share less the share of words a wrong code page gives: Cyrillic mixed with other letters
    (cp1254 read as cp1251), or capitals inside lower-case words (KOI8-R read as cp1251)."""
    words = _WORD.findall(text[:20000])
    odd = sum(
        1
        for w in words
        if (_CYRILLIC.search(w) and _NON_CYRILLIC.search(w)) or not (w.islower() or w.isupper() or w.istitle())
    )
    return _letter_share(text) - (odd / len(words) if words else 0.0)


def read_paths(paths: list[Path], published: datetime | None = None) -> Iterator[Article | Failure | ReadWarning]:
    """Articles from every path in order (``-`` is standard input); folders give their .txt, .jsonl and
    .csv files (also gzipped), searched recursively and sorted. An id seen before is renamed ``id~2``
    (``~3``, …) with a warning: ids key every table."""
    seen: dict[str, int] = {}
    for item in _read_all(paths, published):
        article = item.article if isinstance(item, ReadWarning) else item
        if isinstance(article, Failure):
            yield item
            continue
        seen[article.id] = count = seen.get(article.id, 0) + 1
        if count == 1:
            yield item
            continue
        renamed = replace(article, id=f"{article.id}~{count}")
        note = f"duplicate article id {article.id!r}, renamed {renamed.id!r}"
        earlier = item.message if isinstance(item, ReadWarning) else ""
        yield ReadWarning(renamed, "; ".join(filter(None, [note, earlier])))


def find_files(paths: list[Path], exclude: tuple[Path, ...] = ()) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to read from ``paths`` (folders searched recursively, in sorted order; symbolic links to
    folders not followed), and the files inside folders that are left out, each with the reason.
    ``exclude`` holds folders never to read from (the output folder, when it lies inside an input)."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    excluded = {folder.resolve() for folder in exclude}
    for path in paths:
        if path == STDIN or not path.is_dir():
            files.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders.sort()
            for name in list(subfolders):
                if (Path(folder) / name).resolve() in excluded:
                    subfolders.remove(name)
                    skipped.append((Path(folder) / name, "the output folder"))
            for name in sorted(names):
                file = Path(folder) / name
                reason = _skip_reason(file)
                if reason:
                    skipped.append((file, reason))
                else:
                    files.append(file)
    return files, skipped


def _skip_reason(file: Path) -> str:
    if file.name.startswith("."):
        return "hidden file"
    if _format_suffix(file) not in SUFFIXES:
        return "not .txt, .jsonl or .csv (or gzipped)"
    return ""


def _format_suffix(path: Path) -> str:
    """``.jsonl`` for ``x.jsonl`` and ``x.jsonl.gz``."""
    inner = path.with_suffix("") if path.suffix.lower() == ".gz" else path
    return inner.suffix.lower()


def _stem(path: Path) -> str:
    """The id a file gives its articles: ``x`` for ``x.txt`` and ``x.jsonl.gz``."""
    inner = path.with_suffix("") if path.suffix.lower() == ".gz" else path
    return inner.stem


def _read_all(paths: list[Path], published: datetime | None) -> Iterator[Article | Failure | ReadWarning]:
    files, _skipped = find_files(paths)
    for path in files:
        if path == STDIN:
            yield from read_stdin(published)
        elif path.exists():
            yield from read_file(path, published)
        else:
            yield Failure(path.stem, str(path), "no such file or folder")


def read_stdin(published: datetime | None = None) -> Iterator[Article | Failure | ReadWarning]:
    """Standard input: JSON lines when it starts with ``{``, otherwise one plain-text article, id ``stdin``."""
    data = sys.stdin.buffer.read()
    try:
        content, encoding = decode(data)
    except ValueError as error:
        yield Failure("stdin", "<stdin>", str(error))
        return
    if content.lstrip().startswith("{"):
        items = _read_jsonl(content, Path("stdin"), published, where="<stdin>")
    else:
        items = iter([_checked({"id": "stdin", "text": content}, "<stdin>", published)])
    note = "" if encoding == "utf-8" else f"not UTF-8: read as {encoding}"
    for item in items:
        yield _noted(item, note)


def read_file(path: Path, published: datetime | None = None) -> Iterator[Article | Failure | ReadWarning]:
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path) as stream:
                data = stream.read(MAX_GUNZIPPED_BYTES + 1)  # a small file may unpack to far too much
            if len(data) > MAX_GUNZIPPED_BYTES:
                yield Failure(_stem(path), str(path), f"unpacks to over {MAX_GUNZIPPED_BYTES >> 30} GiB")
                return
        else:
            data = path.read_bytes()
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:  # before OSError, of which BadGzipFile is one
        yield Failure(_stem(path), str(path), f"cannot read: damaged gzip data ({error})")
        return
    except OSError as error:
        yield Failure(_stem(path), str(path), f"cannot read: {error.strerror or error}")
        return
    try:
        content, encoding = decode(data)
    except ValueError as error:
        yield Failure(_stem(path), str(path), str(error))
        return
    suffix = _format_suffix(path)
    if suffix == ".jsonl":
        items = _read_jsonl(content, path, published)
    elif suffix == ".csv":
        items = _read_csv(content, path, published)
    else:
        items = iter([_checked({"id": _stem(path), "text": content}, str(path), published)])
    note = "" if encoding == "utf-8" else f"not UTF-8: read as {encoding}"
    for item in items:
        yield _noted(item, note)


def _noted(item: Article | Failure | ReadWarning, note: str) -> Article | Failure | ReadWarning:
    """The item with ``note`` on its row: an article read with a guess becomes a warning."""
    if not note or isinstance(item, Failure):
        return item
    if isinstance(item, ReadWarning):
        return ReadWarning(item.article, f"{note}; {item.message}")
    return ReadWarning(item, note)


def _read_jsonl(content: str, path: Path, published: datetime | None, where: str = ""):
    # Only "\n" ends a JSON line: str.splitlines would also split at U+2028, which JSON allows inside strings.
    stem, name = _stem(path), where or str(path)
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(f"{stem}:{number}", where, f"malformed JSON line ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(f"{stem}:{number}", where, "a JSON line must be an object with a 'text' field")
            continue
        if not str(record.get("id") or "").strip():
            record["id"] = f"{stem}-{number}"
        yield _checked(record, where, published)


def _delimiter(content: str) -> str:
    """The delimiter that gives the header a ``text`` column: a comma, or what spreadsheets in many
    locales write (a semicolon), a tab or a bar; a comma when none does."""
    header = content.split("\n", 1)[0]
    for delimiter in (",", ";", "\t", "|"):
        if "text" in (cell.strip() for cell in next(csv.reader([header], delimiter=delimiter), [])):
            return delimiter
    return ","


def _read_csv(content: str, path: Path, published: datetime | None):
    reader = csv.DictReader(io.StringIO(content), delimiter=_delimiter(content))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield Failure(_stem(path), str(path), f"CSV has no 'text' column (columns: {reader.fieldnames})")
        return
    for number, row in enumerate(reader, start=2):
        where = f"{path}:{reader.line_num}"
        if None in row or any(value is None for value in row.values()):
            yield Failure(f"{_stem(path)}:{number}", where, "malformed CSV row (wrong number of cells)")
            continue
        row = dict(row)
        if not (row.get("id") or "").strip():
            row["id"] = f"{_stem(path)}-{number - 1}"
        yield _checked(row, where, published)


def _checked(record: dict, where: str, default_published: datetime | None) -> Article | Failure | ReadWarning:
    """Validate one record: it becomes an Article, a ReadWarning around one, or a Failure."""
    article_id = str(record.get("id") or "").strip()
    text = record.get("text")
    if "text" not in record:
        return Failure(article_id, where, "missing 'text'")
    if not isinstance(text, str):
        return Failure(article_id, where, f"'text' is not a string but {_json_kind(text)}")
    if not text.strip():
        return Failure(article_id, where, "empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        return Failure(article_id, where, f"text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    if "\x00" in text:
        return Failure(article_id, where, "binary data (NUL characters) in text")
    problems = [_lost_letters(text)]
    try:
        published = parse_published(record.get("published")) or default_published
    except ValueError as error:
        published = default_published
        problems.append(f"{error}; relative dates left unresolved")
    problem = "; ".join(filter(None, problems))
    article = Article(
        id=article_id,
        text=text,
        title=str(record.get("title") or ""),
        published=published,
        source=str(record.get("source") or ""),
        url=str(record.get("url") or ""),
    )
    return ReadWarning(article, problem) if problem else article


def _json_kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


# ``?`` standing for a letter inside a word (``Ил?ам``, ``Az?rbaycan``): the text was once saved in a code
# page without ə, ә, һ, ү, ө, ғ, ҹ, and the letters are gone. Not after ``/``, ``.``, ``=`` (a web address).
_WORD_OR_QUERY = re.compile(r"(?<![\w/.=&?-])[\w?]*\?[\w?]*")


def _lost_letters(text: str) -> str:
    """A note when letters were lost to ``?``, naming how many words and the first; "" otherwise.
    A ``?`` that only ends a word (``Niyə?``) is a question mark."""
    lost = [w for w in _WORD_OR_QUERY.findall(text) if "?" in w.rstrip("?") and any(c.isalpha() for c in w)]
    if not lost:
        return ""
    return (f"{len(lost)} word{'s' if len(lost) > 1 else ''} with '?' for a lost letter (first: {lost[0]!r}): "
            "the text was saved in a code page without Azerbaijani letters; such words are never taken as names")
