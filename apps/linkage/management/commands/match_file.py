import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.core.cli import stderr_progress
from apps.core.errors import ApplicationError
from apps.linkage.services import match_file, snapshot_for_matching


class Command(BaseCommand):
    help = "Match a list of people (CSV or XLSX) against a registry snapshot and write the annotated list."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--snapshot", required=True, help="name of a published snapshot")
        parser.add_argument("--out", required=True, type=Path, help="OUT.csv or OUT.xlsx")
        parser.add_argument("--json", action="store_true", help="print one JSON object as the last stdout line")
        parser.add_argument("--engine", default=None, help="Splink backend (default: LINKAGE_BACKEND, 'duckdb')")

    def handle(self, *args, file: Path, snapshot: str, out: Path, json: bool = False, engine=None, **options):
        file, out = Path(file), Path(out)  # call_command passes options as given, not through argparse
        if not file.exists():
            raise CommandError(f"Berkas tidak ditemukan: {file}")
        started = time.monotonic()
        progress, end_line = stderr_progress(self.stderr, started)
        try:
            outcome = match_file(snapshot_for_matching(snapshot), file, out, progress=progress, backend=engine)
        except ApplicationError as exc:
            end_line()
            raise CommandError(exc.message) from exc
        end_line()
        result = {"snapshot": snapshot, "out": str(out), **outcome.summary(),
                  "seconds": round(time.monotonic() - started, 3)}  # fmt: skip
        if json:
            self.stdout.write(_json_line(result))
        else:
            self.stdout.write(
                f"{result['rows']} baris: {result['matched']} cocok, {result['possible']} perlu diperiksa, "
                f"{result['not_found']} tidak ditemukan ({result['seconds']} detik). Hasil: {out}"
            )


def _json_line(result: dict) -> str:
    return json.dumps(result)
