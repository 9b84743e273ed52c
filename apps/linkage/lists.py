"""Lists of people to match, as offices send them (CSV or Excel), and the annotated file we return.

Reading reuses the registry's file checks (type, encoding, delimiter, an Excel title block above
the header, formulas). Every input column is kept as delivered and written back first, then our
output columns, so the office gets its own sheet back with the answers beside each row.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from apps.core.xlsx import as_text, header_cell_style, notes_sheet, workbook_bytes
from apps.linkage.features import LIST_COLUMNS
from apps.registry.columns import norm_header
from apps.registry.files import UnreadableFile, detect_kind, inspect_csv, xlsx_to_csv

# Columns we add after the input's own.
OUTPUT_COLUMNS = (
    "status", "match_probability", "id_individu", "registry_nik", "registry_no_kk", "registry_nama", "desil",
    "reasons",
)  # fmt: skip
# Header spellings offices use for the input columns (compared after lower-casing and dropping
# punctuation, as the registry presets do).
_ALIASES = {
    "no": {"no", "nomor", "no urut", "nourut", "no_urut"},
    "nama": {"nama", "nama lengkap", "nama_lengkap", "nama anggota", "nama art", "nama penerima"},
    "nik": {"nik", "no nik", "nomor nik", "nik art", "nomor induk kependudukan"},
    "no_kk": {"no_kk", "no kk", "nomor kk", "nokk", "nomor kartu keluarga"},
    "jenis_kelamin": {"jenis_kelamin", "jenis kelamin", "jk", "l/p", "lp", "kelamin"},
    "tanggal_lahir": {"tanggal_lahir", "tanggal lahir", "tgl lahir", "tgl_lahir", "tanggal lahir (dd-mm-yyyy)"},
    "alamat": {"alamat", "alamat lengkap"},
    "kode_wilayah": {"kode_wilayah", "kode wilayah", "kode desa", "kode_desa", "kode kemendagri", "kode kemdagri"},
}
_ALIAS_KEYS = {norm_header(a): canon for canon, aliases in _ALIASES.items() for a in aliases}


@dataclass
class PeopleList:
    headers: list[str]  # as delivered
    rows: list[dict[str, str]]  # by delivered header
    mapping: dict[str, str]  # our column → delivered header

    def value(self, row: dict[str, str], column: str) -> str:
        header = self.mapping.get(column)
        return (row.get(header) or "").strip() if header else ""

    def record_input(self, row: dict[str, str]) -> dict[str, str]:
        return {c: self.value(row, c) for c in LIST_COLUMNS}


def read_list(path: Path) -> PeopleList:
    """Read a list file; ``UnreadableFile`` (one line, in Indonesian) when it cannot be used."""
    with tempfile.TemporaryDirectory(prefix="berdaya-list-") as work:
        if detect_kind(path) == "xlsx":
            info = xlsx_to_csv(path, Path(work), set(_ALIAS_KEYS))
        else:
            info = inspect_csv(path, Path(work))
        with open(info.path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter=info.delimiter)
            headers = [h.strip() for h in next(reader, [])]
            rows = [dict(zip(headers, values, strict=False)) for values in reader if any(v.strip() for v in values)]
    mapping: dict[str, str] = {}
    for header in headers:
        canon = _ALIAS_KEYS.get(norm_header(header))
        if canon and canon not in mapping:
            mapping[canon] = header
    if "nama" not in mapping:
        raise UnreadableFile(
            "Kolom nama tidak ditemukan. Kolom yang dikenali: no, nama, nik, no_kk, jenis_kelamin, tanggal_lahir, "
            f"alamat, kode_wilayah. Judul kolom berkas: {', '.join(headers[:12]) or '(kosong)'}."
        )
    if not rows:
        raise UnreadableFile("Berkas tidak berisi baris data di bawah judul kolom.")
    return PeopleList(headers=headers, rows=rows, mapping=mapping)


def _output_headers(people: PeopleList) -> list[str]:
    taken = set(people.headers)
    return people.headers + [c if c not in taken else f"hasil_{c}" for c in OUTPUT_COLUMNS]


def write_csv(path: Path, people: PeopleList, outputs: list[dict]) -> None:
    # UTF-8 with BOM: Excel on Windows reads it correctly, names with accents survive.
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(_output_headers(people))
        for row, out in zip(people.rows, outputs, strict=True):
            writer.writerow([row.get(h, "") for h in people.headers] + [out.get(c, "") for c in OUTPUT_COLUMNS])


_FILLS = {"matched": "D1E7DD", "possible": "FFF3CD", "not_found": "F8D7DA"}


def write_xlsx(path: Path, people: PeopleList, outputs: list[dict]) -> None:
    """Input columns as text (NIKs keep all 16 digits), outputs after; status rows coloured."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Hasil pemadanan")
    ws.append(_output_headers(people))
    for row, out in zip(people.rows, outputs, strict=True):
        values = [row.get(h, "") for h in people.headers] + [out.get(c, "") for c in OUTPUT_COLUMNS]
        ws.append(values)
    wb.save(path)
    _style(path, len(people.headers), outputs)


def _style(path: Path, n_input: int, outputs: list[dict]) -> None:
    # Write-only sheets cannot be styled cell by cell after the fact; a second, cheap pass does it.
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    for cell in ws[1]:
        cell.font = Font(bold=True)
    status_col = n_input + 1
    for i, out in enumerate(outputs, start=2):
        fill = _FILLS.get(out.get("status", ""))
        if fill:
            ws.cell(row=i, column=status_col).fill = PatternFill("solid", fgColor=fill)
    ws.freeze_panes = "A2"
    wb.save(path)


TEMPLATE_ROWS = 1000


def template_xlsx() -> bytes:
    """An empty list in the columns the matcher reads; NIK/KK/code cells formatted as text."""
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar"
    ws.append(list(LIST_COLUMNS))
    for i, column in enumerate(LIST_COLUMNS, start=1):
        header_cell_style(ws, i)
        ws.column_dimensions[get_column_letter(i)].width = 30 if column in ("nama", "alamat") else 20
        if column in ("no", "nik", "no_kk", "kode_wilayah"):
            as_text(ws, i, TEMPLATE_ROWS)
    ws.freeze_panes = "A2"
    notes_sheet(wb, (
        "Petunjuk daftar untuk pemadanan",
        "1. Satu baris untuk satu orang. Hanya kolom nama yang wajib; kolom lain boleh kosong.",
        "2. no: nomor atau kode baris Anda sendiri; dikembalikan apa adanya.",
        "3. nik dan no_kk: 16 digit (kolom sudah diformat Teks).",
        "4. jenis_kelamin: L atau P. tanggal_lahir: DD-MM-YYYY, YYYY-MM-DD, DD/MM/YYYY atau tahunnya saja.",
        "5. kode_wilayah: kode desa/kelurahan (35.13.01.2001 atau 3513012001), atau kecamatan/kabupaten saja.",
        "Hasilnya berkas yang sama dengan kolom status, match_probability, id_individu, registry_nik,",
        "registry_no_kk, registry_nama, desil dan reasons di sebelah kanan.",
    ))  # fmt: skip
    return workbook_bytes(wb)


def write_output(path: Path, people: PeopleList, outputs: list[dict]) -> None:
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, people, outputs)
    else:
        write_csv(path, people, outputs)
