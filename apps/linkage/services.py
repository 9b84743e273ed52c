"""Matching writes and runs (house style: logic here, views and commands stay thin)."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from apps.core.errors import ApplicationError
from apps.linkage import engine
from apps.linkage.decide import MATCHED, NOT_FOUND, POSSIBLE, Decision, decide_row, enforce_one_to_one
from apps.linkage.features import ListRecord, list_record
from apps.linkage.lists import PeopleList, read_list, write_output
from apps.registry.models import Snapshot, SnapshotStatus

Progress = Callable[[str, int], None]


@dataclass
class MatchOutcome:
    decisions: list[Decision]
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict:
        return {"rows": len(self.decisions), **self.counts, "seconds": round(self.seconds, 2)}


def snapshot_for_matching(name: str) -> Snapshot:
    snapshot = Snapshot.objects.filter(name=name, status=SnapshotStatus.PUBLISHED).first()
    if snapshot is None:
        raise ApplicationError(f'Snapshot "{name}" tidak ada atau belum terbit.')
    return snapshot


def fingerprint(record_input: dict[str, str]) -> str:
    """Identifies "the same row" when a list is matched again, whatever its order or row number:
    a reviewer's decision is reused for the same person as typed."""
    parts = {k: (v or "").strip().upper() for k, v in record_input.items() if k != "no"}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def match_records(
    snapshot: Snapshot,
    inputs: list[dict[str, str]],
    *,
    scope: tuple[str, dict] | None = None,
    progress: Progress | None = None,
) -> MatchOutcome:
    """Match rows (dicts with the list columns) against a published snapshot, in input order."""
    started = time.monotonic()
    prepared = engine.prepare(snapshot.pk, snapshot.storage, progress=progress)
    records: list[ListRecord] = [list_record(str(i), row) for i, row in enumerate(inputs)]
    if progress:
        progress("mencari kandidat dan menghitung skor", 40)
    pairs = engine.predict(prepared, [r for r in records if r.name_norm], scope=scope)
    by_row: dict[str, list[dict]] = {}
    for pair in pairs:
        by_row.setdefault(pair["row_id"], []).append(pair)
    if progress:
        progress("memutuskan", 85)
    decisions: dict[str, Decision] = {}
    for record, row in zip(records, inputs, strict=True):
        if not record.name_norm:
            decisions[record.unique_id] = Decision(NOT_FOUND, reasons=["nama kosong"])
        else:
            decisions[record.unique_id] = decide_row(record, row.get("nama", ""), by_row.get(record.unique_id, []))
    enforce_one_to_one(decisions)
    ordered = [decisions[r.unique_id] for r in records]
    counts = {s: sum(d.status == s for d in ordered) for s in (MATCHED, POSSIBLE, NOT_FOUND)}
    return MatchOutcome(ordered, time.monotonic() - started, counts)


def output_row(decision: Decision) -> dict:
    person = decision.person if decision.status != NOT_FOUND else None
    return {
        "status": decision.status,
        "match_probability": "" if decision.probability is None else f"{decision.probability:.4f}",
        "id_individu": person.id_individu if person else "",
        "registry_nik": (person.nik or "") if person else "",
        "registry_no_kk": (person.no_kk or "") if person else "",
        "registry_nama": person.nama if person else "",
        "desil": "" if not person or person.desil is None else person.desil,
        "reasons": "; ".join(decision.reasons),
    }


def match_file(snapshot: Snapshot, path: Path, out: Path, *, progress: Progress | None = None) -> MatchOutcome:
    """The command-line and upload path: read a list file, match it, write the annotated copy."""
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ApplicationError("Berkas hasil harus berakhiran .csv atau .xlsx.")
    people: PeopleList = read_list(path)
    outcome = match_records(snapshot, [people.record_input(r) for r in people.rows], progress=progress)
    write_output(out, people, [output_row(d) for d in outcome.decisions])
    return outcome
