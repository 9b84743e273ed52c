"""Registry writes: importing a delivery as an immutable snapshot, published atomically.

A snapshot becomes visible in one step — its files are renamed into place and its row marked
published in one transaction — so a failed, refused or killed import leaves nothing visible, and
(the unique constraint covers published rows only) its name stays free.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.accounts.roles import Cap, require
from apps.audit.services import Action, audit_record
from apps.core.errors import ApplicationError
from apps.registry import gateway
from apps.registry.columns import CANONICAL, LABELS, PRESETS, norm_header, plan_columns
from apps.registry.files import UnreadableFile, detect_kind, inspect_csv, xlsx_to_csv
from apps.registry.models import Snapshot, SnapshotStatus, Source
from apps.registry.sql import REJECT_LABELS
from apps.wilayah.models import Wilayah

log = logging.getLogger(__name__)
_PERIOD = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])")

Progress = Callable[[str, int], None]


class _Sha256InBackground:
    """The file's SHA-256, computed in a thread while the import reads the same file: hashlib and
    file reads release the GIL, so hashing a gigabyte costs no wall time beside the encoding check
    and DuckDB's single-threaded moments. ``stop`` ends it early when the import fails."""

    def __init__(self, path: Path) -> None:
        self._path, self._stop = path, threading.Event()
        self._digest: str | None = None
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="registry-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            digest = hashlib.sha256()
            with open(self._path, "rb") as f:
                while not self._stop.is_set() and (chunk := f.read(8 * 1024 * 1024)):
                    digest.update(chunk)
            self._digest = digest.hexdigest()
        except OSError as exc:  # re-raised by result(), in the importing thread
            self._error = exc

    def result(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._digest or ""

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def snapshot_start(
    *,
    acting_user,
    name: str,
    source: str,
    period: str,
    preset: str = "canonical",
    column_map: dict[str, str] | None = None,
    original_filename: str = "",
) -> Snapshot:
    """Check the request and register an (invisible) importing snapshot. ``acting_user`` None
    means the command line, whose operator already has the server."""
    if acting_user is not None:
        require(acting_user, Cap.REGISTRY_IMPORT)
    name = (name or "").strip()
    if not name:
        raise ApplicationError("Nama snapshot wajib diisi.", field="name")
    if source not in Source.values:
        raise ApplicationError(f"Sumber data harus salah satu dari: {', '.join(Source.values)}.", field="source")
    if not _PERIOD.fullmatch(period or ""):
        raise ApplicationError("Periode harus berformat YYYY-MM, mis. 2025-11.", field="period")
    if preset not in PRESETS:
        raise ApplicationError(f"Format kolom harus salah satu dari: {', '.join(PRESETS)}.", field="preset")
    snapshot_fail_stale()
    if Snapshot.objects.filter(name=name, status=SnapshotStatus.PUBLISHED).exists():
        raise ApplicationError(f'Nama snapshot "{name}" sudah dipakai; pilih nama lain.', field="name")
    return Snapshot.objects.create(
        name=name, source=source, period=period, preset=preset, column_map=column_map or {},
        original_filename=original_filename[:255], imported_by=acting_user if acting_user else None,
        stage="menunggu", progress=0,
    )  # fmt: skip


# An import that has not finished after this long was killed with its process (a SIGKILL leaves no
# chance to clean up); it is marked failed so it stops showing as running.
STALE_IMPORT = dt.timedelta(hours=6)


def snapshot_fail_stale(*, now: dt.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - STALE_IMPORT
    return Snapshot.objects.filter(status=SnapshotStatus.IMPORTING, created_at__lt=cutoff).update(
        status=SnapshotStatus.FAILED, stage="gagal",
        error="Impor terhenti tanpa selesai (prosesnya mati). Unggah dan impor ulang berkasnya.",
    )  # fmt: skip


def _set_progress(snapshot: Snapshot, stage: str, pct: int, extra: Progress | None) -> None:
    Snapshot.objects.filter(pk=snapshot.pk).update(stage=stage, progress=pct)
    if extra:
        extra(stage, pct)


def snapshot_run(*, snapshot: Snapshot, path: Path, progress: Progress | None = None) -> Snapshot:
    """Import the file into the registered snapshot and publish it, or mark it failed."""
    started = time.monotonic()
    staging = gateway.new_staging()
    sha256: _Sha256InBackground | None = None
    try:
        _set_progress(snapshot, "memeriksa berkas", 1, progress)
        snapshot.file_bytes = path.stat().st_size
        sha256 = _Sha256InBackground(path)
        preset = PRESETS[snapshot.preset]
        if detect_kind(path) == "xlsx":
            hint = {norm_header(a) for aliases in preset.aliases.values() for a in aliases}
            csv_info = xlsx_to_csv(path, staging, hint)
        else:
            # A delivery that starts as UTF-8 is read as UTF-8; the reader validates every line, and
            # only if one is not does the whole file get examined (Windows-1252, or mixed: refused).
            csv_info = inspect_csv(path, staging, utf8_checked_later=True)
        if len(set(csv_info.headers)) != len(csv_info.headers):
            dupes = sorted({h for h in csv_info.headers if csv_info.headers.count(h) > 1})
            raise UnreadableFile(f"Judul kolom ganda: {', '.join(dupes)}.")
        plan = plan_columns(csv_info.headers, preset, snapshot.column_map or None)
        if plan.missing_required:
            missing = ", ".join(LABELS[c] for c in plan.missing_required)
            raise UnreadableFile(
                f"Kolom wajib tidak ditemukan: {missing} (format kolom: {preset.label}). "
                f"Judul kolom berkas: {', '.join(csv_info.headers[:12])}."
            )
        snapshot.encoding, snapshot.delimiter = csv_info.encoding, csv_info.delimiter
        snapshot.column_map = plan.mapping | ({"kode_wilayah": "+".join(plan.split_code)} if plan.split_code else {})
        run = partial(
            gateway.import_csv, plan=plan, staging=staging,
            desa_codes=list(Wilayah.objects.filter(level=4).values_list("code", flat=True)),
            province_codes=list(Wilayah.objects.filter(level=1).values_list("code", flat=True)),
            today=timezone.localdate(),
            progress=lambda stage, pct: _set_progress(snapshot, stage, pct, progress),
        )  # fmt: skip
        try:
            outcome = run(csv_info=csv_info)
        except gateway.NotUtf8:
            csv_info = inspect_csv(path, staging)  # the whole file: transcoded, or refused as mixed
            if csv_info.encoding in ("utf-8", "utf-8-sig"):
                raise UnreadableFile("Encoding berkas tidak dikenali (bukan UTF-8 maupun Windows-1252).") from None
            snapshot.encoding = csv_info.encoding
            outcome = run(csv_info=csv_info)
        for transient in ("transcoded.csv", "from_xlsx.csv"):
            (staging / transient).unlink(missing_ok=True)
        if outcome.accepted == 0:
            raise UnreadableFile(
                f"Tidak ada baris yang dapat diterima dari {outcome.rows_read} baris; periksa format kolom dan "
                "kode wilayah. Alasan terbanyak: "
                + ", ".join(f"{REJECT_LABELS.get(k, k)} ({v})" for k, v in list(outcome.reject_counts.items())[:3])
            )
        snapshot.file_sha256 = sha256.result()
        _set_progress(snapshot, "menerbitkan", 97, progress)
        return _publish(snapshot, staging, outcome, time.monotonic() - started)
    except BaseException as exc:
        # BaseException: a KeyboardInterrupt or a killed worker must not leave a half-made snapshot.
        if sha256 is not None:
            sha256.stop()
        gateway.discard(staging)
        message = exc.message if isinstance(exc, ApplicationError) else f"Kesalahan sistem: {exc.__class__.__name__}"
        if not isinstance(exc, ApplicationError):
            log.exception("registry import %s failed", snapshot.pk)
        Snapshot.objects.filter(pk=snapshot.pk).update(
            status=SnapshotStatus.FAILED, error=message, stage="gagal", seconds=time.monotonic() - started,
        )  # fmt: skip
        snapshot.status, snapshot.error = SnapshotStatus.FAILED, message
        raise


def _publish(snapshot: Snapshot, staging: Path, outcome, seconds: float) -> Snapshot:
    storage = f"snapshots/{snapshot.pk}"
    gateway.publish_files(staging, storage)
    try:
        with transaction.atomic():
            snapshot.storage = storage
            snapshot.rows_read, snapshot.rows_accepted = outcome.rows_read, outcome.accepted
            snapshot.rows_rejected, snapshot.rows_flagged = outcome.rejected, outcome.flagged
            snapshot.reject_counts, snapshot.flag_counts = outcome.reject_counts, outcome.flag_counts
            snapshot.coverage, snapshot.households = outcome.coverage, outcome.households
            snapshot.extra_columns = outcome.extras
            snapshot.seconds = round(seconds, 2)
            snapshot.status, snapshot.stage, snapshot.progress = SnapshotStatus.PUBLISHED, "selesai", 100
            snapshot.published_at = timezone.now()
            snapshot.save()
            provinces = {code[:2] for code in outcome.coverage}
            audit_record(
                actor=snapshot.imported_by, action=Action.IMPORT, target=snapshot,
                region_code=provinces.pop() if len(provinces) == 1 else "",
                note=f"{snapshot.get_source_display()} {snapshot.period}: {outcome.rows_read} baris dibaca, "
                     f"{outcome.accepted} diterima, {outcome.rejected} ditolak, {outcome.flagged} bertanda.",
            )  # fmt: skip
    except IntegrityError as exc:
        gateway.unpublish_files(storage)
        raise ApplicationError(f'Nama snapshot "{snapshot.name}" baru saja dipakai impor lain.') from exc
    except BaseException:
        gateway.unpublish_files(storage)
        raise
    return snapshot


def snapshot_import(*, acting_user, path: Path, progress: Progress | None = None, **fields) -> Snapshot:
    """Register and run in one go (command line, tests)."""
    snapshot = snapshot_start(acting_user=acting_user, original_filename=Path(path).name, **fields)
    return snapshot_run(snapshot=snapshot, path=Path(path), progress=progress)


__all__ = ["CANONICAL", "snapshot_import", "snapshot_run", "snapshot_start"]
