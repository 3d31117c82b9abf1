"""The store: an embedded SQLite database in the output folder holding every article and its rows.

Each article is kept by id with a content hash (its text, title, date, source, address, any reading
note, and the pipeline's fingerprint), so a run processes only what is new or changed. Results are
saved a batch per transaction: a run killed at any moment loses at most the batch in flight, and the
next run finds the rest done. The tables are exported from the store, in the order articles were
first seen, so the same input gives the same tables on every run.

Entity, date and event rows carry stable ids (``mention_id``, ``date_id``, ``event_id``, content
hashes unique across the three tables); the ``reviews`` table keeps reviewers' marks by those ids
(``pipeline.review``), and ``texts`` each processed article's text, for the pages (``io/pages.py``).
Both came without a schema change: an older store gains them, empty, when it is opened.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .rows import ROW_COLUMNS

FILE_NAME = "aznews.sqlite"
# The content hash of an input that could not be read (a malformed line, a file not UTF-8) starts with this:
# such a row belongs to the run that met it, not to the archive (see ``forget_unread``).
UNREAD = "unread:"
SCHEMA_VERSION = "2"  # 2: events gained source and target
# Extra columns of the stored tables: ``seq`` orders articles by first appearance, ``ord`` rows within one.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, content_hash TEXT,
    title TEXT, published TEXT, source TEXT, url TEXT, status TEXT, error TEXT,
    n_sentences INTEGER, n_entities INTEGER, n_dates INTEGER, n_events INTEGER);
CREATE TABLE IF NOT EXISTS entities (
    mention_id TEXT NOT NULL, article_id TEXT NOT NULL, ord INTEGER NOT NULL, field TEXT, start INTEGER,
    "end" INTEGER, text TEXT, label TEXT, canonical TEXT, sentence_id INTEGER, entity_id TEXT, method TEXT,
    PRIMARY KEY (article_id, ord));
CREATE INDEX IF NOT EXISTS entities_mention_id ON entities (mention_id);
CREATE TABLE IF NOT EXISTS dates (
    date_id TEXT NOT NULL, article_id TEXT NOT NULL, ord INTEGER NOT NULL, field TEXT, start INTEGER,
    "end" INTEGER, text TEXT, value TEXT, precision TEXT, value_end TEXT, relative INTEGER, sentence_id INTEGER,
    PRIMARY KEY (article_id, ord));
CREATE INDEX IF NOT EXISTS dates_date_id ON dates (date_id);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT NOT NULL, article_id TEXT NOT NULL, ord INTEGER NOT NULL, type TEXT, plover TEXT, trigger TEXT,
    date TEXT, date_source TEXT, participants TEXT, source TEXT, target TEXT, location TEXT, modality TEXT,
    sentence_id INTEGER, sentence TEXT, confidence REAL,
    PRIMARY KEY (article_id, ord));
CREATE INDEX IF NOT EXISTS events_event_id ON events (event_id);
CREATE TABLE IF NOT EXISTS texts (article_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (
    table_name TEXT NOT NULL, row_id TEXT NOT NULL, article_id TEXT, review TEXT NOT NULL, note TEXT,
    fixes TEXT, seen TEXT, source TEXT, imported TEXT,
    PRIMARY KEY (table_name, row_id));
"""
# The columns of a stored mark, in the order ``marks()`` gives them and ``save_marks`` takes them.
MARK_COLUMNS = ("table_name", "row_id", "article_id", "review", "note", "fixes", "seen", "source", "imported")
_ROW_TABLES = ("entities", "dates", "events")
_RELATIVE = ROW_COLUMNS["dates"].index("relative")
_PARTICIPANTS = ROW_COLUMNS["events"].index("participants")

# One processed article: its id, content hash and rows (``rows.result_rows``).
Processed = tuple[str, str, dict[str, list[tuple]]]


class StoreError(ValueError):
    """The store file cannot be used (another schema, not a database)."""


class Store:
    """``Store(folder)`` opens (or creates) ``folder/aznews.sqlite``; use it as a context manager."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self.db = sqlite3.connect(self.path)
        try:
            # WAL with synchronous=NORMAL: a commit survives the process being killed (SIGKILL included) and
            # stays consistent on power loss, losing at most the last commits; without an fsync per partition.
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            with self.db:
                self.db.executescript(_SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            (version,) = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as error:
            self.db.close()
            raise StoreError(f"{self.path}: not an aznews store ({error})") from None
        if version != SCHEMA_VERSION:
            self.db.close()
            raise StoreError(f"{self.path}: store schema {version}, this aznews reads {SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def register(self, article_ids: Iterable[str]) -> None:
        """Give ids not seen before their place in the tables (after every earlier one), in one transaction,
        before any is processed: the order then does not depend on which batch finishes first."""
        with self.db:
            (last,) = self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
            known = {row[0] for row in self.db.execute("SELECT article_id FROM articles")}
            new = [i for i in dict.fromkeys(article_ids) if i not in known]
            self.db.executemany("INSERT INTO articles (article_id, seq) VALUES (?, ?)",
                                [(article_id, last + n) for n, article_id in enumerate(new, start=1)])

    def forget_unread(self, keep: Iterable[str]) -> None:
        """Drop the rows of inputs that could not be read, unless met again in this run (``keep``): once a
        malformed line is fixed, its failed row (``file:line``) would otherwise stay in the tables for ever."""
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS kept (article_id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM kept")
            self.db.executemany("INSERT OR IGNORE INTO kept VALUES (?)", ((i,) for i in keep))
            self.db.execute("DELETE FROM articles WHERE content_hash LIKE ? "
                            "AND article_id NOT IN (SELECT article_id FROM kept)", (UNREAD + "%",))
            self.db.execute("DELETE FROM kept")

    def hashes(self) -> dict[str, str]:
        """article_id -> content hash of every article processed and saved."""
        return dict(self.db.execute("SELECT article_id, content_hash FROM articles WHERE content_hash IS NOT NULL"))

    def statuses(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT article_id, status FROM articles WHERE content_hash IS NOT NULL"))

    def save(self, processed: list[Processed]) -> None:
        """Replace these articles' rows, all in one transaction."""
        if not processed:
            return
        settings = ", ".join(f"{column} = ?" for column in ("content_hash", *ROW_COLUMNS["articles"][1:]))
        with self.db:
            for article_id, content_hash, rows in processed:
                (article,) = rows["articles"]
                self.db.execute(f"UPDATE articles SET {settings} WHERE article_id = ?",
                                (content_hash, *article[1:], article_id))
                for table in _ROW_TABLES:
                    self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                    slots = ", ".join("?" * (len(ROW_COLUMNS[table]) + 1))
                    self.db.executemany(f"INSERT INTO {table} VALUES ({slots})",
                                        [_to_sql(table, row, ord_) for ord_, row in enumerate(rows[table])])

    def save_texts(self, texts: Iterable[tuple[str, str]]) -> None:
        """Keep (article_id, text) pairs: the pages show an article's text with its rows."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO texts VALUES (?, ?)", texts)

    def texts(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT article_id, text FROM texts"))

    def text_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT article_id FROM texts")}

    def save_marks(self, marks: Iterable[tuple]) -> None:
        """Store review marks (tuples in ``MARK_COLUMNS`` order), replacing a row's earlier mark, in one
        transaction: a refused import changes nothing."""
        slots = ", ".join("?" * len(MARK_COLUMNS))
        with self.db:
            self.db.executemany(f"INSERT OR REPLACE INTO reviews VALUES ({slots})", marks)

    def marks(self) -> list[tuple]:
        """Every stored mark, in ``MARK_COLUMNS`` order, oldest import first."""
        return self.db.execute(f"SELECT {', '.join(MARK_COLUMNS)} FROM reviews ORDER BY rowid").fetchall()

    def rows(self, since: date | None = None) -> dict[str, StoredRows]:
        """Every saved article's rows, as ``rows.result_rows`` gives them, in table order; ``since`` keeps
        articles published on or after that day (those without a date are left out). Each table is a query
        run again whenever it is iterated, so an export holds one row at a time, not the whole store."""
        where, params = "a.content_hash IS NOT NULL", ()
        if since is not None:
            where += " AND a.published != '' AND substr(a.published, 1, 10) >= ?"
            params = (since.isoformat(),)
        names = ", ".join(f"a.{c}" for c in ROW_COLUMNS["articles"])
        found = {"articles": StoredRows(self.db, "articles", f"FROM articles a WHERE {where}", names, "a.seq", params)}
        for table in _ROW_TABLES:
            columns = ", ".join(f'r."{c}"' for c in ROW_COLUMNS[table])
            joined = f"FROM {table} r JOIN articles a USING (article_id) WHERE {where}"
            found[table] = StoredRows(self.db, table, joined, columns, "a.seq, r.ord", params)
        return found


class StoredRows:
    """One table's rows in the store, read in order each time it is iterated; ``len`` counts them."""

    def __init__(self, db: sqlite3.Connection, table: str, source: str, columns: str, order: str, params: tuple):
        self.db, self.table, self.source, self.columns, self.order, self.params = (
            db, table, source, columns, order, params)

    def __iter__(self):
        query = f"SELECT {self.columns} {self.source} ORDER BY {self.order}"
        for row in self.db.execute(query, self.params):
            yield _from_sql(self.table, row)

    def __len__(self) -> int:
        return self.db.execute(f"SELECT count(*) {self.source}", self.params).fetchone()[0]


def _to_sql(table: str, row: tuple, ord_: int) -> tuple:
    """A row with its position inserted after ``article_id``, participants as JSON."""
    if table == "events":
        row = (*row[:_PARTICIPANTS], json.dumps(row[_PARTICIPANTS], ensure_ascii=False), *row[_PARTICIPANTS + 1:])
    return (*row[:2], ord_, *row[2:])


def _from_sql(table: str, row: tuple) -> tuple:
    if table == "events":
        return (*row[:_PARTICIPANTS], tuple(json.loads(row[_PARTICIPANTS])), *row[_PARTICIPANTS + 1:])
    if table == "dates":
        return (*row[:_RELATIVE], bool(row[_RELATIVE]), *row[_RELATIVE + 1:])
    return row
