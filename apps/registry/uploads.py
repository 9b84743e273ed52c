"""Pending deliveries: a file saved on disk between the upload form and the background import.

Layout: ``REGISTRY_DIR/uploads/<token>/<original file name>`` next to ``upload.json`` (who
uploaded it and the form's fields) and, once computed, ``preview.json`` (what the preview found).
The import task deletes the whole directory when it is done; uploads abandoned before the import
was confirmed are swept after ``STALE_AFTER``.

Nothing here decides whether a delivery is acceptable: detection comes from ``files`` and the
column plan from ``columns``, exactly as the import itself will use them.
"""

from __future__ import annotations

import csv
import json
import re
import secrets
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename

from apps.registry.columns import PRESETS, norm_header
from apps.registry.files import UnreadableFile, detect_kind, inspect_csv, xlsx_to_csv

META_FILE = "upload.json"
PREVIEW_FILE = "preview.json"
PREVIEW_ROWS = 10
# An upload nobody confirmed within two days is abandoned: its directory is removed.
STALE_AFTER_SECONDS = 2 * 24 * 3600
_TOKEN = re.compile(r"[0-9a-f]{32}")
ALLOWED_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (dengan BOM)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "xlsx": "Excel (XLSX)",
}
DELIMITER_LABELS = {",": "koma ( , )", ";": "titik koma ( ; )", "\t": "tab", "|": "garis tegak ( | )"}


def encoding_label(encoding: str) -> str:
    return ENCODING_LABELS.get(encoding, encoding or "–")


def delimiter_label(delimiter: str) -> str:
    return DELIMITER_LABELS.get(delimiter, repr(delimiter) if delimiter else "–")


def uploads_root() -> Path:
    return Path(settings.REGISTRY_DIR) / "uploads"


@dataclass
class PendingUpload:
    token: str
    user_id: int
    filename: str  # the saved file's name inside the upload directory
    original_filename: str
    name: str
    source: str
    period: str
    preset: str
    snapshot_id: int | None = None  # set when the import was confirmed and queued

    @property
    def directory(self) -> Path:
        return uploads_root() / self.token

    @property
    def path(self) -> Path:
        return self.directory / self.filename

    def _write_meta(self) -> None:
        (self.directory / META_FILE).write_text(json.dumps(asdict(self)), encoding="utf-8")


def _safe_filename(original: str) -> str:
    name = get_valid_filename(Path(original).name)[-150:] or "berkas"
    # The delivery must never overwrite our own bookkeeping files next to it.
    return f"berkas-{name}" if name in (META_FILE, PREVIEW_FILE) else name


def upload_save(*, file: UploadedFile, user_id: int, name: str, source: str, period: str, preset: str) -> PendingUpload:
    """Copy an uploaded delivery into its own directory, chunk by chunk (files run to hundreds of
    megabytes; Django has already streamed the request body to a temporary file)."""
    sweep_stale()
    token = secrets.token_hex(16)
    upload = PendingUpload(
        token=token,
        user_id=user_id,
        filename=_safe_filename(file.name or ""),
        original_filename=Path(file.name or "").name[:255],
        name=name,
        source=source,
        period=period,
        preset=preset,
    )
    upload.directory.mkdir(parents=True)
    with open(upload.path, "wb") as out:
        for chunk in file.chunks(chunk_size=8 * 1024 * 1024):
            out.write(chunk)
    upload._write_meta()
    return upload


def upload_get(*, token: str, user_id: int) -> PendingUpload | None:
    """The caller's own pending upload, or None (unknown token, someone else's, or already gone)."""
    if not _TOKEN.fullmatch(token or ""):
        return None
    meta = uploads_root() / token / META_FILE
    try:
        upload = PendingUpload(**json.loads(meta.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if upload.user_id != user_id or upload.token != token:
        return None
    return upload


def upload_mark_queued(upload: PendingUpload, snapshot_id: int) -> None:
    upload.snapshot_id = snapshot_id
    upload._write_meta()


def upload_discard(upload: PendingUpload) -> None:
    shutil.rmtree(upload.directory, ignore_errors=True)


def discard_path(path: Path) -> None:
    """Remove a delivery and its upload directory once imported. Only ever inside uploads/: the
    command line imports files in place, and those are not ours to delete."""
    directory = path.parent
    if directory.parent.resolve() == uploads_root().resolve() and _TOKEN.fullmatch(directory.name):
        shutil.rmtree(directory, ignore_errors=True)


def sweep_stale(now: float | None = None) -> None:
    root = uploads_root()
    if not root.is_dir():
        return
    cutoff = (now or time.time()) - STALE_AFTER_SECONDS
    for directory in root.iterdir():
        if not (directory.is_dir() and _TOKEN.fullmatch(directory.name)):
            continue
        try:
            meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        # A queued upload belongs to its import task, which deletes it itself.
        if meta.get("snapshot_id") is None and directory.stat().st_mtime < cutoff:
            shutil.rmtree(directory, ignore_errors=True)


# Preview -------------------------------------------------------------------------------------


@dataclass
class Preview:
    kind: str = ""  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)
    header_line: int = 1  # row of the header in the delivery (XLSX title blocks push it down)
    rows: list[list[str]] = field(default_factory=list)  # the first data rows, as text
    rows_note: str = ""  # why fewer rows are shown than exist (a broken line early in the file)
    error: str = ""  # the file cannot be imported at all (UnreadableFile), in Bahasa Indonesia

    @property
    def duplicate_headers(self) -> list[str]:
        return sorted({h for h in self.headers if self.headers.count(h) > 1})

    @property
    def encoding_label(self) -> str:
        return encoding_label(self.encoding)

    @property
    def delimiter_label(self) -> str:
        return delimiter_label(self.delimiter)


def upload_preview(upload: PendingUpload) -> Preview:
    """Detect what the delivery is and read its first rows, once: the encoding check reads the
    whole file and an XLSX is converted whole, so the result is kept next to the upload."""
    cached = upload.directory / PREVIEW_FILE
    try:
        return Preview(**json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass
    preview = _inspect(upload.path, upload.preset)
    cached.write_text(json.dumps(asdict(preview)), encoding="utf-8")
    if preview.error:
        # Nothing can be imported from it: free the disk now, keep the answer for a reload.
        upload.path.unlink(missing_ok=True)
    return preview


def _inspect(path: Path, preset_key: str) -> Preview:
    # A work directory next to the upload (same disk): a transcoded or converted copy can be as
    # large as the delivery itself.
    with tempfile.TemporaryDirectory(dir=path.parent, prefix="pratinjau-") as work:
        try:
            kind = detect_kind(path)
            if kind == "xlsx":
                preset = PRESETS[preset_key]
                hint = {norm_header(a) for aliases in preset.aliases.values() for a in aliases}
                info = xlsx_to_csv(path, Path(work), hint)
            else:
                info = inspect_csv(path, Path(work))
        except UnreadableFile as exc:
            return Preview(error=exc.message)
        preview = Preview(
            kind=kind,
            encoding=info.encoding,
            delimiter=info.delimiter,
            headers=info.headers,
            header_line=info.header_line,
        )
        width = len(info.headers)
        with open(info.path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter=info.delimiter)
            try:
                next(reader, None)  # the header, already known
                for row in islice(reader, PREVIEW_ROWS):
                    preview.rows.append((row + [""] * width)[:width])
            except csv.Error:
                preview.rows_note = (
                    f"Baris ke-{len(preview.rows) + 2} tidak dapat dibaca (tanda kutip tidak seimbang?); "
                    "baris seperti itu akan ditolak saat impor."
                )
        return preview
