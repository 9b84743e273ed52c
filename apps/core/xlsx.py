"""Excel templates offices fill in: the same look and the same safeguards everywhere."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Excel's day count (1900 date system) for a date cell read back as a plain number: 2100 → 1905,
# 47000 → 2028 — the range of birth dates, so a year (1978) or a NIK fragment is not taken for one.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_BIRTH_DATE_SERIALS = range(2100, 47001)


def excel_serial_birth_date(text: str) -> dt.date | None:
    """The date behind an Excel day number ("28491" → 1978-01-01), if it is one a birth date can be."""
    if text.isdigit() and int(text) in _BIRTH_DATE_SERIALS:
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    return None


def header_cell_style(ws: Worksheet, column: int) -> None:
    cell = ws.cell(row=1, column=column)
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL


def as_text(ws: Worksheet, column: int, rows: int) -> None:
    """Format a column's cells as text: Excel keeps only 15 significant digits of a number, so a
    16-digit NIK typed into a number cell silently loses its last digit."""
    for row in range(2, rows + 2):
        ws.cell(row=row, column=column).number_format = "@"


def notes_sheet(wb: Workbook, lines: list[str] | tuple[str, ...], title: str = "Petunjuk") -> None:
    ws = wb.create_sheet(title)
    for line in lines:
        ws.append([line])
    ws.column_dimensions["A"].width = 110


def workbook_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
