"""The tables as one Excel workbook for reviewers (``--format xlsx``), written with openpyxl.

A sheet per table, the header frozen, filters on every column, widths from the cells' lengths (long text
wraps), and a drop-down of ``ok``, ``wrong``, ``fix`` on the ``review`` column. Every cell is written as the
value it is, never as a formula: text that starts with ``=`` is stored as text, so Excel never runs it (the
CSV's ``'`` guard is not needed here, and a reviewed workbook reads back as written).
"""

from __future__ import annotations

from collections.abc import Iterable

from .rows import REVIEW_COLUMNS

MARKS = ("ok", "wrong", "fix")
MAX_WIDTH = 60  # characters; longer cells (sentences, titles) wrap
REVIEW_ROWS = 100_000  # the drop-down covers this many rows below the header, so added rows have it too
_FILL = "FFF2CC"  # the review columns' header, pale yellow: where the reviewer writes


def write_workbook(tables: dict[str, tuple[list[str], Iterable[tuple]]], path: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    for name, (columns, stored) in tables.items():
        rows = list(stored)  # read once (the store's rows are read as they are iterated); the book holds them anyway
        sheet = book.create_sheet(name)
        sheet.append(columns)
        for row in rows:
            sheet.append([_cell(value) for value in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            if cell.value in REVIEW_COLUMNS:
                cell.fill = PatternFill("solid", fgColor=_FILL)
        for column in sheet.iter_cols(min_row=2):  # text that looks like a formula stays text
            for cell in column:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(columns))
        sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        for index, column in enumerate(columns, start=1):
            width = _width(column, [row[index - 1] for row in rows])
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = width
            if width >= MAX_WIDTH:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        if "review" in columns:
            letter = get_column_letter(columns.index("review") + 1)
            choice = DataValidation(type="list", formula1='"' + ",".join(MARKS) + '"', allow_blank=True,
                                    showErrorMessage=True, errorTitle="review",
                                    error="Choose ok, wrong or fix (or leave the cell empty).")
            choice.add(f"{letter}2:{letter}{REVIEW_ROWS + 1}")
            sheet.add_data_validation(choice)
    book.save(path)


def _cell(value):
    if isinstance(value, tuple):
        return "; ".join(map(str, value))
    return value


def _width(header: str, values: list) -> float:
    """Wide enough for the header and nine cells in ten, at most ``MAX_WIDTH``."""
    lengths = sorted(len(str(v)) for v in values if v not in (None, ""))
    typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
    return min(max(len(header) + 3, typical + 2, 8), MAX_WIDTH)
