import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.core.cli import stderr_progress
from apps.core.errors import ApplicationError
from apps.registry.columns import PRESETS
from apps.registry.models import Source
from apps.registry.services import snapshot_import


class Command(BaseCommand):
    help = "Import a registry delivery (CSV or XLSX) as a published snapshot."
    # Django's system checks import every view of the project (~0.35 s per run); they say nothing
    # about a registry file, and `make test`/`manage.py check` run them anyway.
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", required=True, choices=Source.values)
        parser.add_argument("--period", required=True, help="YYYY-MM, e.g. 2025-11")
        parser.add_argument("--name", required=True, help="unique snapshot name")
        parser.add_argument("--preset", default="canonical", choices=sorted(PRESETS))
        parser.add_argument("--json", action="store_true", help="print one JSON object as the last stdout line")

    def handle(self, *args, file: Path, source, period, name, preset, json: bool = False, **options):
        if not file.exists():
            raise CommandError(f"Berkas tidak ditemukan: {file}")
        started = time.monotonic()
        progress, end_line = stderr_progress(self.stderr, started)
        try:
            snap = snapshot_import(acting_user=None, path=file, source=source, period=period, name=name,
                                   preset=preset, progress=progress)  # fmt: skip
        except ApplicationError as exc:
            end_line()
            raise CommandError(exc.message) from exc
        end_line()
        result = {
            "snapshot": snap.name, "id": snap.pk, "rows": snap.rows_read, "accepted": snap.rows_accepted,
            "rejected": snap.rows_rejected, "flagged": snap.rows_flagged, "households": snap.households,
            "reject_counts": snap.reject_counts, "flag_counts": snap.flag_counts,
            "seconds": round(time.monotonic() - started, 3),
        }  # fmt: skip
        if json:
            import json as jsonlib

            self.stdout.write(jsonlib.dumps(result))
        else:
            self.stdout.write(
                f"Snapshot {snap.name} terbit: {snap.rows_read} baris dibaca, {snap.rows_accepted} diterima, "
                f"{snap.rows_rejected} ditolak, {snap.rows_flagged} bertanda ({result['seconds']} detik)."
            )
