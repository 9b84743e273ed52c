"""Excel templates offices fill in: the same look and the same safeguards everywhere."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


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
