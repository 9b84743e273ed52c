"""Matching writes and runs (house style: logic here; views, commands and tasks stay thin).

Two entry points share one path: ``match_records`` (a list of rows against a snapshot, used by the
command line) and matching jobs (an uploaded file, a group's or a program's members), which run as a
background task, keep one ``MatchRow`` per input row and take reviewers' decisions. A decision is
stored per snapshot and *row as typed* (its fingerprint), audited, and reused by every later run
that meets the same row — from the command line as well.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from apps.accounts.roles import Cap, require
from apps.accounts.scope import scope_for
from apps.audit.services import Action, audit_record
from apps.core.errors import ApplicationError
from apps.linkage import engine
from apps.linkage.decide import (
    MATCHED,
    NOT_FOUND,
    POSSIBLE,
    Candidate,
    Decision,
    decide_row,
    enforce_one_to_one,
    may_be_named_after_husband,
)
from apps.linkage.features import LIST_COLUMNS, ListRecord, list_record
from apps.linkage.lists import OUTPUT_COLUMNS, PeopleList, read_list, write_output
from apps.linkage.models import JobKind, JobStatus, MatchDecision, MatchJob, MatchRow, RowStatus
from apps.registry.files import UnreadableFile
from apps.registry.models import Snapshot, SnapshotStatus
from apps.registry.selectors import scope_filter

Progress = Callable[[str, int], None]
UPLOAD_SUFFIXES = (".csv", ".txt", ".xlsx")


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
    parts = {k: str(record_input.get(k) or "").strip().upper() for k in LIST_COLUMNS if k != "no"}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def _apply_stored_decisions(
    snapshot: Snapshot, prepared: engine.Prepared, inputs: list[dict], decisions: list[Decision]
) -> None:
    prints = [fingerprint(row) for row in inputs]
    stored = {
        d.fingerprint: d
        for d in MatchDecision.objects.filter(snapshot=snapshot, fingerprint__in=set(prints)).select_related(
            "decided_by"
        )
    }
    if not stored:
        return
    people = engine.persons(prepared, sorted({d.id_individu for d in stored.values() if d.id_individu}))
    for i, fp in enumerate(prints):
        decision = stored.get(fp)
        if decision is None:
            continue
        who = decision.decided_by.get_full_name() or decision.decided_by.username if decision.decided_by else "-"
        note = f"diputuskan pemeriksa ({who}, {timezone.localtime(decision.decided_at):%d-%m-%Y})"
        person = people.get(decision.id_individu)
        if decision.id_individu and person:
            decisions[i] = Decision(MATCHED, 1.0, person, [note, *decisions[i].reasons], decisions[i].candidates)
        else:
            decisions[i] = Decision(NOT_FOUND, None, None, [note], decisions[i].candidates)


def _attach_households(prepared: engine.Prepared, records: list[ListRecord], by_row: dict[str, list[dict]]) -> None:
    """Rows that may name a woman after her husband ("Ny. Ahmad") get, on each candidate pair, the men of
    that candidate's household; rows that may call a parent after a child ("Pak Dafa"), its members."""
    wanted = [
        (r, pair)
        for r in records
        if (r.may_name_husband or r.parent_call) and r.unique_id in by_row
        for pair in by_row[r.unique_id]
        if r.parent_call or may_be_named_after_husband(r, pair)
    ]
    if not wanted:
        return
    households = engine.household_members(prepared, (pair["no_kk"] for _, pair in wanted))
    for record, pair in wanted:
        members = [m for m in households.get(pair["no_kk"], []) if m.id_individu != pair["id_individu"]]
        if record.may_name_husband and may_be_named_after_husband(record, pair):
            pair["household_men"] = [m.nama for m in members if m.sex == "L" and m.nama != pair["nama"]]
        if record.parent_call:
            pair["household"] = members


def match_records(
    snapshot: Snapshot,
    inputs: list[dict[str, str]],
    *,
    scope: tuple[str, dict] | None = None,
    progress: Progress | None = None,
    backend: str | None = None,
) -> MatchOutcome:
    """Match rows (dicts with the list columns) against a published snapshot, in input order.
    ``backend``: the Splink backend (default ``settings.LINKAGE_BACKEND``)."""
    started = time.monotonic()
    backend = engine.check_backend(backend)
    prepared = engine.prepare(snapshot.pk, snapshot.storage, progress=progress, backend=backend)
    records: list[ListRecord] = [list_record(str(i), row) for i, row in enumerate(inputs)]
    if progress:
        progress("mencari kandidat dan menghitung skor", 40)
    pairs = engine.predict(prepared, [r for r in records if r.name_norm], scope=scope, backend=backend)
    by_row: dict[str, list[dict]] = {}
    for pair in pairs:
        by_row.setdefault(pair["row_id"], []).append(pair)
    _attach_households(prepared, records, by_row)
    name_weight = engine.agreeing_name_weight(prepared)
    if progress:
        progress("memutuskan", 85)
    decisions: dict[str, Decision] = {}
    for record, row in zip(records, inputs, strict=True):
        if not record.name_norm:
            decisions[record.unique_id] = Decision(NOT_FOUND, reasons=["nama kosong"])
        else:
            decisions[record.unique_id] = decide_row(
                record, row.get("nama", ""), by_row.get(record.unique_id, []), agreeing_name_weight=name_weight
            )
    enforce_one_to_one(decisions)
    ordered = [decisions[r.unique_id] for r in records]
    _apply_stored_decisions(snapshot, prepared, inputs, ordered)
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


def match_file(
    snapshot: Snapshot, path: Path, out: Path, *, progress: Progress | None = None, backend: str | None = None
) -> MatchOutcome:
    """The command-line path: read a list file, match it, write the annotated copy."""
    _check_out(out)
    people: PeopleList = read_list(path)
    outcome = match_records(snapshot, [people.record_input(r) for r in people.rows], progress=progress, backend=backend)
    write_output(out, people, [output_row(d) for d in outcome.decisions])
    return outcome


def _check_out(out: Path) -> None:
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ApplicationError("Berkas hasil harus berakhiran .csv atau .xlsx.")


# Jobs -----------------------------------------------------------------------------------------


def jobs_dir(job_id: int) -> Path:
    return Path(settings.REGISTRY_DIR) / "linkage" / "jobs" / str(job_id)


def _published(snapshot: Snapshot) -> Snapshot:
    if snapshot.status != SnapshotStatus.PUBLISHED:
        raise ApplicationError("Pilih snapshot yang sudah terbit.", field="snapshot")
    return snapshot


def _user_region(user, snapshot: Snapshot) -> str:
    """The region a file job belongs to: the uploader's own (first) region, else the province the
    snapshot covers (a superuser without a region)."""
    codes = scope_for(user).codes
    if codes:
        return codes[0]
    provinces = sorted({code[:2] for code in snapshot.coverage or {}})
    return provinces[0] if provinces else "35"


def job_create_file(*, user, snapshot: Snapshot, upload: UploadedFile) -> MatchJob:
    """Check an uploaded list now (a wrong file is refused at once, not in the background) and
    queue it."""
    require(user, Cap.MATCH_RUN)
    _published(snapshot)
    name = Path(upload.name or "daftar.xlsx").name
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ApplicationError("Unggah berkas Excel (.xlsx) atau CSV.", field="file")
    job = MatchJob.objects.create(
        kind=JobKind.FILE, snapshot=snapshot, region_id=_user_region(user, snapshot), filename=name[:255],
        created_by=user, stage="menunggu",
    )  # fmt: skip
    directory = jobs_dir(job.pk)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"input{suffix}"
    with open(path, "wb") as f:
        for chunk in upload.chunks():
            f.write(chunk)
    try:
        people = read_list(path)
    except UnreadableFile as exc:
        shutil.rmtree(directory, ignore_errors=True)
        job.delete()
        raise ApplicationError(exc.message, field="file") from exc
    job.columns = people.headers
    job.rows = len(people.rows)
    job.save(update_fields=["columns", "rows"])
    return job


def job_create_group(*, user, group, snapshot: Snapshot) -> MatchJob:
    require(user, Cap.MATCH_RUN)
    _published(snapshot)
    if not group.members.filter(is_active=True).exists():
        raise ApplicationError("Kelompok ini belum punya anggota aktif untuk dipadankan.")
    return MatchJob.objects.create(
        kind=JobKind.GROUP, snapshot=snapshot, group=group, region_id=group.desa_id, created_by=user, stage="menunggu"
    )


def job_create_program(*, user, program, snapshot: Snapshot) -> MatchJob:
    require(user, Cap.MATCH_RUN)
    _published(snapshot)
    return MatchJob.objects.create(
        kind=JobKind.PROGRAM, snapshot=snapshot, program=program, region_id=program.region_id, created_by=user,
        stage="menunggu",
    )  # fmt: skip


def _member_inputs(job: MatchJob) -> list[tuple[dict, object]]:
    from apps.accounts.scope import restrict
    from apps.programs.models import Member

    members = Member.objects.filter(is_active=True).select_related("group")
    if job.kind == JobKind.GROUP:
        members = members.filter(group=job.group)
    else:
        # A program's members as far as the person who asked may see them.
        members = restrict(members.filter(program=job.program), job.created_by)
    out = []
    for m in members.order_by("group__name", "name", "pk"):
        row = {
            "no": str(m.pk), "nama": m.name, "nik": m.nik, "no_kk": m.no_kk, "jenis_kelamin": m.sex,
            "tanggal_lahir": m.birth_date.isoformat() if m.birth_date else "", "alamat": m.address,
            "kode_wilayah": m.desa_id,
        }  # fmt: skip
        out.append((row, m))
    return out


def _set(job: MatchJob, **fields) -> None:
    MatchJob.objects.filter(pk=job.pk).update(**fields)
    for k, v in fields.items():
        setattr(job, k, v)


def job_run(job: MatchJob) -> MatchJob:
    """The background part: match the job's list and keep one row per input row."""
    started = time.monotonic()
    _set(job, status=JobStatus.RUNNING, stage="membaca daftar", progress=2)
    try:
        if job.kind == JobKind.FILE:
            people = read_list(_job_input(job))
            inputs = [(people.record_input(r), None, r) for r in people.rows]
        else:
            inputs = [(row, member, row) for row, member in _member_inputs(job)]
        outcome = match_records(
            job.snapshot, [i[0] for i in inputs], scope=scope_filter(job.created_by, "desa"),
            progress=lambda stage, pct: _set(job, stage=stage, progress=pct),
        )  # fmt: skip
        with transaction.atomic():
            MatchRow.objects.filter(job=job).delete()
            MatchRow.objects.bulk_create(
                [_row(job, i, inp, member, values, d) for i, ((inp, member, values), d) in
                 enumerate(zip(inputs, outcome.decisions, strict=True))],
                batch_size=1000,
            )  # fmt: skip
            _set(
                job, status=JobStatus.DONE, stage="selesai", progress=100, rows=len(inputs),
                matched=outcome.counts[MATCHED], possible=outcome.counts[POSSIBLE],
                not_found=outcome.counts[NOT_FOUND], seconds=round(time.monotonic() - started, 2),
                finished_at=timezone.now(), error="",
            )  # fmt: skip
    except BaseException as exc:
        message = exc.message if isinstance(exc, ApplicationError) else f"Kesalahan sistem: {exc.__class__.__name__}"
        _set(job, status=JobStatus.FAILED, stage="gagal", error=message, finished_at=timezone.now())
        raise
    finally:
        # The uploaded list holds personal data; once its rows are stored (or the run failed and the
        # user must upload again) the file is not kept.
        shutil.rmtree(jobs_dir(job.pk), ignore_errors=True)
    return job


def _job_input(job: MatchJob) -> Path:
    found = sorted(jobs_dir(job.pk).glob("input.*"))
    if not found:
        raise ApplicationError("Berkas daftar tidak ditemukan lagi; unggah ulang.")
    return found[0]


def _row(job: MatchJob, position: int, inp: dict, member, values: dict, d: Decision) -> MatchRow:
    person = d.person if d.status != NOT_FOUND else None
    return MatchRow(
        job=job, position=position, key=str(inp.get("no") or position + 1)[:64], member=member,
        values={k: str(v) for k, v in values.items()}, inputs=inp, fingerprint=fingerprint(inp), status=d.status,
        probability=d.probability, id_individu=person.id_individu if person else "",
        registry_nik=(person.nik or "") if person else "", registry_no_kk=(person.no_kk or "") if person else "",
        registry_nama=person.nama if person else "", desil=person.desil if person else None,
        reasons=d.reasons, candidates=[c.as_dict() for c in d.candidates], duplicate_in_list=d.duplicate_in_list,
    )  # fmt: skip


def job_output(job: MatchJob, out: Path) -> Path:
    """The annotated list as the rows stand now (reviewers' decisions included)."""
    _check_out(out)
    rows = list(job.result_rows.order_by("position"))
    headers = job.columns or list(LIST_COLUMNS)
    people = PeopleList(headers=headers, rows=[r.values for r in rows], mapping={})
    outputs = [
        {
            "status": r.status, "match_probability": "" if r.probability is None else f"{r.probability:.4f}",
            "id_individu": r.id_individu, "registry_nik": r.registry_nik, "registry_no_kk": r.registry_no_kk,
            "registry_nama": r.registry_nama, "desil": "" if r.desil is None else r.desil,
            "reasons": "; ".join(r.reasons),
        }
        for r in rows
    ]  # fmt: skip
    write_output(out, people, outputs)
    return out


def job_delete(*, user, job: MatchJob) -> None:
    """Remove a finished job and the personal data its rows hold (the list as typed). Reviewers'
    decisions stay: they belong to the snapshot, not to the list. The person who ran it or an
    Admin Provinsi may do this; the audit trail keeps that it happened."""
    if job.created_by_id != user.pk and not user.can(Cap.ADMIN_SITE):
        require(user, Cap.ADMIN_SITE)  # raises PermissionDenied with the usual message
    if not job.finished:
        raise ApplicationError("Pemadanan yang masih berjalan tidak dapat dihapus; tunggu sampai selesai.")
    with transaction.atomic():
        audit_record(
            actor=user, action=Action.DELETE, target=job, region_code=job.region_id,
            note=f"{job} dihapus: {job.rows} baris hasil pemadanan beserta data daftarnya.",
        )  # fmt: skip
        job.delete()
    shutil.rmtree(jobs_dir(job.pk), ignore_errors=True)


# Review -----------------------------------------------------------------------------------------


def row_decide(*, user, row: MatchRow, id_individu: str) -> MatchRow:
    """A reviewer's answer for one row: one of its candidates (``id_individu``), or "" for not in
    the snapshot. Stored for reuse, applied to the row, audited, counted."""
    require(user, Cap.MATCH_REVIEW)
    job = row.job
    candidate = None
    if id_individu:
        candidate = next((c for c in row.candidates if c["id_individu"] == id_individu), None)
        if candidate is None:
            raise ApplicationError("Pilih salah satu kandidat yang ditampilkan, atau tandai tidak ditemukan.")
    before = {"status": row.get_status_display(), "orang di registri": row.id_individu or "-"}
    with transaction.atomic():
        MatchDecision.objects.update_or_create(
            snapshot=job.snapshot, fingerprint=row.fingerprint,
            defaults={"id_individu": id_individu, "decided_by": user, "region_code": job.region_id},
        )  # fmt: skip
        row.status = RowStatus.MATCHED if candidate else RowStatus.NOT_FOUND
        row.id_individu = candidate["id_individu"] if candidate else ""
        row.registry_nik = (candidate or {}).get("nik") or ""
        row.registry_no_kk = (candidate or {}).get("no_kk") or ""
        row.registry_nama = (candidate or {}).get("nama") or ""
        row.desil = (candidate or {}).get("desil")
        row.probability = 1.0 if candidate else None
        row.reasons = [f"diputuskan pemeriksa ({user.get_full_name() or user.username})", *(
            candidate["reasons"] if candidate else [])]  # fmt: skip
        row.decided_by, row.decided_at = user, timezone.now()
        row.save()
        after = {"status": row.get_status_display(), "orang di registri": row.id_individu or "-"}
        audit_record(
            actor=user, action=Action.UPDATE, target=row, context=job, region_code=job.region_id,
            changes={k: [before[k], after[k]] for k in before if before[k] != after[k]},
            note=f"Keputusan pemeriksa pada pemadanan #{job.pk}, baris {row.key}",
        )  # fmt: skip
        _recount(job)
    return row


def _recount(job: MatchJob) -> None:
    counts = {s: job.result_rows.filter(status=s).count() for s in RowStatus.values}
    _set(job, matched=counts[MATCHED], possible=counts[POSSIBLE], not_found=counts[NOT_FOUND])


__all__ = ["Candidate", "OUTPUT_COLUMNS", "job_create_file", "job_run", "match_file", "match_records", "row_decide"]
