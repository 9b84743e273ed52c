"""What kind of file a delivery is, before DuckDB reads it: type, encoding, delimiter, header.

Everything here streams: a province file is gigabytes. A file that cannot be imported at all
raises ``UnreadableFile`` with a one-line reason in Bahasa Indonesia.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from apps.core.errors import ApplicationError

CHUNK = 16 * 1024 * 1024
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
XLSX_HEADER_SCAN_ROWS = 30


class UnreadableFile(ApplicationError):
    """The file as a whole cannot be imported; nothing is published."""


@dataclass
class CsvInfo:
    path: Path  # a UTF-8 file DuckDB can read (the original, or a transcoded copy)
    encoding: str  # what the original was
    delimiter: str
    headers: list[str]
    header_line: int  # 1-based line of the header in the file DuckDB reads


def detect_kind(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise UnreadableFile("Berkas kosong (0 byte).")
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile("Format Excel lama (.xls) tidak didukung; simpan ulang sebagai .xlsx atau CSV.")
    return "csv"


def _encoding(path: Path) -> str:
    """utf-8, utf-8-sig, utf-16 or cp1252 — or UnreadableFile for binary and mixed files."""
    with open(path, "rb") as f:
        head = f.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head:
        raise UnreadableFile("Berkas ini bukan teks/CSV (berisi data biner). Unggah CSV atau XLSX.")
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as f:
        try:
            while chunk := f.read(CHUNK):
                if b"\x00" in chunk:
                    raise UnreadableFile("Berkas ini bukan teks/CSV (berisi data biner). Unggah CSV atau XLSX.")
                # Registry exports are mostly ASCII: checking that is ~10x cheaper than decoding, and an
                # ASCII chunk is valid UTF-8 unless a multibyte sequence was left open before it.
                if chunk.isascii() and not decoder.getstate()[0]:
                    continue
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        except UnicodeDecodeError:
            pass
    # Not UTF-8. Windows-1252 (Excel's "CSV" on Indonesian Windows) unless the file also holds
    # real UTF-8 sequences: then two encodings were mixed and no single reading is right.
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            if _UTF8_MULTIBYTE.search(chunk):
                raise UnreadableFile(
                    "Berkas mencampur encoding UTF-8 dan Windows-1252, sehingga sebagian huruf tidak dapat "
                    "dibaca dengan benar. Simpan ulang sebagai CSV UTF-8 lalu impor lagi."
                )
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise UnreadableFile("Encoding berkas tidak dikenali (bukan UTF-8 maupun Windows-1252).") from exc
    return "cp1252"


def _transcode(src: Path, dst: Path, encoding: str) -> None:
    with open(src, encoding=encoding, newline="") as fin, open(dst, "w", encoding="utf-8", newline="") as fout:
        while chunk := fin.read(CHUNK // 4):
            fout.write(chunk)


def _sniff_delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _encoding_from_head(path: Path) -> str | None:
    """utf-8/utf-8-sig when the first 64 KB are valid UTF-8 (the reader then checks the rest as it
    parses), None when the whole file has to be examined."""
    with open(path, "rb") as f:
        head = f.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the 64 KB boundary
            return None
    return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"


def inspect_csv(path: Path, work_dir: Path, *, utf8_checked_later: bool = False) -> CsvInfo:
    """Encoding, delimiter and header of a CSV. With ``utf8_checked_later`` a file whose start is
    UTF-8 is taken as UTF-8 without reading it all: the caller's reader validates every line and
    comes back with ``inspect_csv(...)`` when it finds a byte that is not (see the registry import)."""
    encoding = (_encoding_from_head(path) if utf8_checked_later else None) or _encoding(path)
    readable = path
    if encoding not in ("utf-8", "utf-8-sig"):
        readable = work_dir / "transcoded.csv"
        _transcode(path, readable, encoding)
    with open(readable, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        if not first.strip():
            raise UnreadableFile("Baris pertama berkas kosong; baris pertama harus berisi judul kolom.")
        delimiter = _sniff_delimiter(first)
        headers = next(csv.reader(io.StringIO(first), delimiter=delimiter))
        has_data = any(line.strip() for line in (f.readline(), f.readline()))
    headers = [h.strip() for h in headers]
    if not has_data:
        raise UnreadableFile("Berkas hanya berisi judul kolom, tanpa baris data.")
    return CsvInfo(path=readable, encoding=encoding, delimiter=delimiter, headers=headers, header_line=1)


def xlsx_to_csv(path: Path, work_dir: Path, header_hint: set[str]) -> CsvInfo:
    """Write the first sheet with a recognisable header row as UTF-8 CSV (values, not formulas).

    P3KE workbooks carry a title block above the header, so the header row is searched for.
    A formula without a saved value (a file never opened in Excel) cannot be read: refused.
    """
    from openpyxl import load_workbook

    from apps.registry.columns import norm_header

    try:
        wb_formulas = load_workbook(path, read_only=True, data_only=False)
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook gets one user-facing answer
        raise UnreadableFile("Berkas XLSX tidak dapat dibuka; simpan ulang dari Excel lalu impor lagi.") from exc
    try:
        for ws, ws_f in zip(wb.worksheets, wb_formulas.worksheets, strict=True):
            header_row = None
            for i, row in enumerate(ws.iter_rows(max_row=XLSX_HEADER_SCAN_ROWS, values_only=True), start=1):
                names = {norm_header(v) for v in row if v is not None}
                if len(names & header_hint) >= 2:
                    header_row = i
                    break
            if header_row is None:
                continue
            out = work_dir / "from_xlsx.csv"
            headers: list[str] = []
            rows_written = 0
            with open(out, "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                values_iter = ws.iter_rows(min_row=header_row, values_only=True)
                formulas_iter = ws_f.iter_rows(min_row=header_row, values_only=True)
                for n, (values, formulas) in enumerate(zip(values_iter, formulas_iter, strict=False)):
                    if n == 0:
                        headers = ["" if v is None else str(v).strip() for v in values]
                        while headers and not headers[-1]:
                            headers.pop()
                        writer.writerow(headers)
                        continue
                    cells = list(values[: len(headers)])
                    if all(v is None or str(v).strip() == "" for v in cells):
                        continue
                    for j, (v, fv) in enumerate(zip(cells, formulas[: len(headers)], strict=False)):
                        if v is None and isinstance(fv, str) and fv.startswith("="):
                            raise UnreadableFile(
                                f"Sel {ws.title}!{_col(j)}{header_row + n} berisi rumus tanpa nilai tersimpan. "
                                "Buka berkas di Excel, simpan, lalu impor lagi (atau tempel sebagai nilai)."
                            )
                    writer.writerow([_cell_text(v) for v in cells] + [""] * (len(headers) - len(cells)))
                    rows_written += 1
            if rows_written == 0:
                raise UnreadableFile("Berkas hanya berisi judul kolom, tanpa baris data.")
            return CsvInfo(path=out, encoding="xlsx", delimiter=",", headers=headers, header_line=header_row)
        raise UnreadableFile("Judul kolom tidak ditemukan di lembar mana pun (periksa format kolom yang dipilih).")
    finally:
        wb.close()
        wb_formulas.close()


def _col(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _cell_text(value: object) -> str:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
