"""Member lists in Excel: the template, the checked upload, the explicit commit, and exports.

Every data row of an upload is accounted for: rows_read = rows_valid + rows_rejected, and each
rejected row keeps its reasons (downloadable). Nothing is saved until the user commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from typing import IO

from django.db import transaction
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from apps.accounts.roles import Cap, require
from apps.audit.services import Action, audit_record
from apps.core.dates import compact_date, written_month_date
from apps.core.errors import ApplicationError
from apps.core.sex import read_sex
from apps.core.xlsx import as_text, excel_serial_birth_date, header_cell_style, notes_sheet, workbook_bytes
from apps.programs.models import Group, ImportStatus, MemberImport, MemberRole
from apps.programs.services.members import MemberData, member_add, member_check

MAX_ROWS = 2000
HEADER_SCAN_ROWS = 30

# (key, template header, accepted header spellings after normalisation)
COLUMNS: list[tuple[str, str, tuple[str, ...]]] = [
    ("nik", "NIK", ("nik", "nik art", "nomor nik", "nomor induk kependudukan", "no nik")),
    ("no_kk", "No. KK", ("no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kk", "nokk")),
    ("name", "Nama", ("nama", "nama lengkap", "nama anggota", "nama art")),
    ("sex", "Jenis Kelamin (L/P)", ("jenis kelamin", "jk", "l p", "jnskel", "kelamin")),
    (
        "birth_date",
        "Tanggal Lahir (DD-MM-YYYY)",
        ("tanggal lahir", "tgl lahir", "tgllahir", "tanggal lahir dd mm yyyy"),
    ),
    ("address", "Alamat", ("alamat", "alamat lengkap")),
    (
        "desa_code",
        "Kode Desa/Kelurahan",
        ("kode desa", "kode desa kelurahan", "kode wilayah", "kode kemendagri", "kode kelurahan"),
    ),
    ("role", "Peran (ketua/sekretaris/bendahara/anggota)", ("peran", "jabatan", "peran dalam kelompok", "kedudukan")),
    ("phone", "No. HP", ("no hp", "nomor hp", "hp", "telepon", "no telp", "no wa", "whatsapp")),
]
REQUIRED = ("nik", "name", "sex")
LABELS = {key: header for key, header, _ in COLUMNS}

_ROLE = {r.value: r.value for r in MemberRole} | {"anggota biasa": "anggota", "sekertaris": "sekretaris"}
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y")


def _norm_header(value: object) -> str:
    text = str(value or "").lower().split("(")[0]
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def member_template_xlsx(*, group: Group | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Anggota"
    ws.append([header for _, header, _ in COLUMNS])
    for i, (key, _, _) in enumerate(COLUMNS, start=1):
        header_cell_style(ws, i)
        ws.column_dimensions[get_column_letter(i)].width = 22 if key != "role" else 30
        if key in ("nik", "no_kk", "desa_code", "phone"):
            as_text(ws, i, MAX_ROWS)
    sex_dv = DataValidation(type="list", formula1='"L,P"', allow_blank=True)
    role_dv = DataValidation(type="list", formula1='"ketua,sekretaris,bendahara,anggota"', allow_blank=True)
    ws.add_data_validation(sex_dv)
    ws.add_data_validation(role_dv)
    sex_dv.add(f"D2:D{MAX_ROWS + 1}")
    role_dv.add(f"H2:H{MAX_ROWS + 1}")
    if group is not None:
        ws.cell(row=2, column=7, value=group.desa_id)
    ws.freeze_panes = "A2"
    notes_sheet(
        wb,
        [
            "Petunjuk pengisian daftar anggota",
            "1. Satu baris untuk satu anggota. Jangan ubah judul kolom di baris pertama.",
            "2. NIK dan No. KK: 16 digit, diketik sebagai teks (kolom sudah diformat Teks).",
            "3. Jenis kelamin: L atau P.",
            "4. Tanggal lahir: DD-MM-YYYY, mis. 17-08-1985.",
            "5. Kode desa/kelurahan boleh dengan titik (35.13.01.2001) atau tanpa titik (3513012001);"
            " kosongkan bila sama dengan desa kelompok.",
            "6. Peran: ketua, sekretaris, bendahara, atau anggota (kosong = anggota).",
            "Baris yang bermasalah ditampilkan dengan alasannya sebelum disimpan.",
        ],
    )
    return workbook_bytes(wb)


def _parse_date(value: object) -> tuple[dt.date | None, str | None]:
    if value in (None, ""):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = _text(value)
    if serial := excel_serial_birth_date(text):
        return serial, None  # a date cell turned into a plain number
    # "Nganjuk, 20-12-1978": the place and date of birth (TTL) in one cell, as on a KTP.
    candidates = [text, text.rsplit(",", 1)[-1].strip()] if "," in text else [text]
    for candidate in candidates:
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(candidate, fmt).date(), None  # noqa: DTZ007 - a calendar date, no time
            except ValueError:
                continue
    if written := written_month_date(text):
        return written, None  # "17 Agustus 1985", as a KTP writes it
    if compact := compact_date(text):
        return compact, None  # 17081985, typed without separators
    return None, f'Tanggal lahir "{text}" tidak terbaca; tulis DD-MM-YYYY, mis. 17-08-1985.'


def _find_header(ws) -> tuple[int, dict[str, int]] | None:
    for row_no, row in enumerate(ws.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, values_only=True), start=1):
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            norm = _norm_header(value)
            for key, _, aliases in COLUMNS:
                if key not in found and (norm in aliases):
                    found[key] = col
        if "nik" in found and "name" in found:
            return row_no, found
    return None


def _read_rows(content: bytes) -> tuple[list[dict], list[str]]:
    """Rows of the first sheet that has a recognisable header, as {"row", "raw", "problems"}."""
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable file is one user-facing answer
        return [], [
            "Berkas tidak dapat dibaca sebagai Excel (.xlsx). Simpan ulang sebagai Excel Workbook lalu unggah lagi."
        ]
    try:
        for ws in wb.worksheets:
            header = _find_header(ws)
            if header is None:
                continue
            header_row, cols = header
            missing = [LABELS[k] for k in REQUIRED if k not in cols]
            if missing:
                return [], [f"Kolom wajib tidak ditemukan: {', '.join(missing)}. Gunakan templat yang disediakan."]
            rows = []
            for row_no, values in enumerate(
                ws.iter_rows(min_row=header_row + 1, values_only=True), start=header_row + 1
            ):
                raw = {k: (values[c] if c < len(values) else None) for k, c in cols.items()}
                if all(v in (None, "") or (isinstance(v, str) and not v.strip()) for v in raw.values()):
                    continue
                rows.append({"row": row_no, "raw": raw})
                if len(rows) > MAX_ROWS:
                    return [], [f"Berkas berisi lebih dari {MAX_ROWS} baris data; bagi menjadi beberapa berkas."]
            if not rows:
                return [], ["Berkas tidak berisi baris data di bawah judul kolom."]
            return rows, []
        return [], ["Judul kolom NIK dan Nama tidak ditemukan di lembar mana pun. Gunakan templat yang disediakan."]
    finally:
        wb.close()


def _row_to_data(raw: dict) -> tuple[MemberData, list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    nik_raw = raw.get("nik")
    if isinstance(nik_raw, (int, float)) and not isinstance(nik_raw, bool):
        problems.append(
            (
                "nik",
                "NIK tersimpan sebagai angka di Excel, sehingga digit terakhirnya bisa berubah. "
                "Format kolom NIK sebagai Teks lalu ketik ulang NIK-nya.",
            )
        )
    sex_text = _norm_header(raw.get("sex"))
    sex = read_sex(raw.get("sex")) or ""
    if sex_text and not sex:
        problems.append(("sex", f'Jenis kelamin "{_text(raw.get("sex"))}" tidak dikenal; isi L atau P.'))
    role_text = _norm_header(raw.get("role")) or "anggota"
    role = _ROLE.get(role_text, "")
    if not role:
        problems.append(
            ("role", f'Peran "{_text(raw.get("role"))}" tidak dikenal; isi ketua, sekretaris, bendahara, atau anggota.')
        )
    birth_date, date_problem = _parse_date(raw.get("birth_date"))
    if date_problem:
        problems.append(("birth_date", date_problem))
    data = MemberData(
        nik=_text(nik_raw),
        no_kk=_text(raw.get("no_kk")),
        name=_text(raw.get("name")),
        sex=sex,
        birth_date=birth_date,
        address=_text(raw.get("address")),
        desa_code=_text(raw.get("desa_code")),
        role=role or MemberRole.ANGGOTA,
        phone=_text(raw.get("phone")),
    )
    return data, problems


def _check_rows(*, acting_user, group: Group, rows: list[dict]) -> list[dict]:
    niks: set[str] = set()
    roles: set[str] = set()
    valid = 0
    for row in rows:
        data, problems = _row_to_data(row["raw"])
        check = member_check(
            acting_user=acting_user,
            group=group,
            data=data,
            niks_in_batch=niks,
            pending_count=valid,
            roles_in_batch=roles,
        )
        errors = [msg for _, msg in problems] + [msg for _, msg in check.errors if msg not in {m for _, m in problems}]
        row["errors"] = errors
        row["warnings"] = [msg for _, msg in check.warnings]
        row["warning_codes"] = [code for code, _ in check.warnings]
        row["values"] = {
            "nik": check.nik or data.nik,
            "no_kk": check.no_kk or data.no_kk,
            "name": data.name,
            "sex": data.sex,
            "birth_date": data.birth_date.isoformat() if data.birth_date else "",
            "address": data.address,
            "desa_code": check.desa.code if check.desa else data.desa_code,
            "role": data.role,
            "phone": data.phone,
        }
        row["raw"] = {
            k: _text(v) if not isinstance(v, (dt.date, dt.datetime)) else v.strftime("%d-%m-%Y")
            for k, v in row["raw"].items()
        }
        if not errors:
            valid += 1
            if check.nik:
                niks.add(check.nik)
            if data.role != MemberRole.ANGGOTA:
                roles.add(data.role)
    return rows


@transaction.atomic
def member_import_upload(*, acting_user, group: Group, file: IO[bytes], filename: str) -> MemberImport:
    require(acting_user, Cap.MEMBER_EDIT)
    content = file.read()
    rows, file_errors = _read_rows(content) if content else ([], ["Berkas kosong."])
    if rows:
        rows = _check_rows(acting_user=acting_user, group=group, rows=rows)
    rejected = sum(1 for r in rows if r["errors"])
    return MemberImport.objects.create(
        group=group,
        uploaded_by=acting_user,
        filename=filename[:200],
        sha256=hashlib.sha256(content).hexdigest(),
        rows=rows,
        file_errors=file_errors,
        rows_read=len(rows),
        rows_valid=len(rows) - rejected,
        rows_rejected=rejected,
        status=ImportStatus.PENDING if rows else ImportStatus.CANCELLED,
    )


@transaction.atomic
def member_import_commit(*, acting_user, imp: MemberImport, valid_only: bool = False) -> int:
    """Save the rows. Without ``valid_only`` the whole file must be valid; with it, the valid rows are
    saved and the rejected ones stay in the downloadable file. All or nothing either way."""
    require(acting_user, Cap.MEMBER_EDIT)
    imp = MemberImport.objects.select_for_update().get(pk=imp.pk)
    if imp.status != ImportStatus.PENDING:
        raise ApplicationError("Unggahan ini sudah diproses sebelumnya.")
    group = imp.group
    # The database may have changed since the upload (another user, another tab): check again.
    rows = _check_rows(acting_user=acting_user, group=group, rows=imp.rows)
    rejected = [r for r in rows if r["errors"]]
    if rejected and not valid_only:
        imp.rows = rows
        imp.rows_rejected = len(rejected)
        imp.rows_valid = len(rows) - len(rejected)
        imp.save()
        raise ApplicationError(
            f"{len(rejected)} baris masih bermasalah. Perbaiki berkasnya, atau simpan hanya baris yang valid."
        )
    saved = 0
    for row in rows:
        if row["errors"]:
            continue
        v = row["values"]
        data = MemberData(
            nik=v["nik"],
            no_kk=v["no_kk"],
            name=v["name"],
            sex=v["sex"],
            birth_date=dt.date.fromisoformat(v["birth_date"]) if v["birth_date"] else None,
            address=v["address"],
            desa_code=v["desa_code"],
            role=v["role"],
            phone=v["phone"],
        )
        member_add(acting_user=acting_user, group=group, data=data, confirmed_warnings=row["warning_codes"])
        saved += 1
    imp.rows = rows
    imp.rows_valid = saved
    imp.rows_rejected = len(rejected)
    imp.rows_committed = saved
    imp.status = ImportStatus.COMMITTED
    imp.committed_at = timezone.now()
    imp.save()
    audit_record(
        actor=acting_user,
        action=Action.IMPORT,
        target=group,
        region_code=group.desa_id,
        note=f"Impor berkas {imp.filename}: {imp.rows_read} baris dibaca, {saved} disimpan, {len(rejected)} ditolak.",
    )
    return saved


@transaction.atomic
def member_import_cancel(*, acting_user, imp: MemberImport) -> None:
    require(acting_user, Cap.MEMBER_EDIT)
    if imp.status == ImportStatus.PENDING:
        imp.status = ImportStatus.CANCELLED
        imp.save(update_fields=["status"])


def _xlsx(headers: list[str], rows: list[list[object]], *, title: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, _ in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 22
        for row_cells in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            for cell in row_cells:
                if isinstance(cell.value, str):
                    cell.number_format = "@"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rejected_rows_xlsx(*, imp: MemberImport) -> bytes:
    headers = ["Baris", *[header for _, header, _ in COLUMNS], "Alasan penolakan"]
    rows = [
        [r["row"], *[r["raw"].get(key, "") for key, _, _ in COLUMNS], "; ".join(r["errors"])]
        for r in imp.rows
        if r.get("errors")
    ]
    return _xlsx(headers, rows, title="Baris ditolak")


def members_export_xlsx(*, acting_user, group: Group, members) -> bytes:
    require(acting_user, Cap.EXPORT)
    personal = acting_user.can(Cap.PERSONAL_DATA)
    headers = [header for _, header, _ in COLUMNS] + ["Status", "Alasan keluar"]
    rows = []
    for m in members:
        rows.append(
            [
                m.nik if personal else _mask(m.nik),
                m.no_kk if personal else _mask(m.no_kk),
                m.name,
                m.sex,
                m.birth_date.strftime("%d-%m-%Y") if (m.birth_date and personal) else "",
                m.address if personal else "",
                m.desa_id,
                m.role,
                m.phone if personal else "",
                "Aktif" if m.is_active else "Keluar",
                m.removed_reason,
            ]
        )
    return _xlsx(headers, rows, title="Anggota")


def _mask(value: str) -> str:
    return value[:6] + "*" * (len(value) - 6) if value else ""


__all__ = [
    "COLUMNS",
    "member_import_cancel",
    "member_import_commit",
    "member_import_upload",
    "member_template_xlsx",
    "members_export_xlsx",
    "rejected_rows_xlsx",
]
