"""Matching reads, always through the one region scope."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from apps.accounts.scope import restrict
from apps.linkage.decide import NAME_PLACE
from apps.linkage.models import JobKind, JobStatus, MatchJob, MatchRow, RowStatus


def job_list_for_user(*, user) -> QuerySet[MatchJob]:
    return restrict(MatchJob.objects.select_related("snapshot", "group", "program", "created_by"), user)


def job_get(*, user, pk: int) -> MatchJob:
    return get_object_or_404(job_list_for_user(user=user), pk=pk)


# Not a row status: the matched rows that no NIK or KK backs (name, place and birth year), which an
# office may want to look at before aid is paid.
MATCHED_WITHOUT_ID = "matched_without_id"


def job_rows(*, job: MatchJob, status: str | None = None, q: str = "", by_nik: bool = False) -> QuerySet[MatchRow]:
    """The job's rows in list order; ``q`` finds a name or row number as typed in the list, and a NIK
    for those who may see NIKs (``by_nik``)."""
    rows = job.result_rows.select_related("member", "decided_by").order_by("position")
    if status in RowStatus.values:
        rows = rows.filter(status=status)
    elif status == MATCHED_WITHOUT_ID:
        rows = rows.filter(status=RowStatus.MATCHED, decided_by__isnull=True, reasons__icontains=NAME_PLACE)
    q = q.strip()
    if q:
        found = Q(inputs__nama__icontains=q) | Q(key=q)
        if by_nik:
            found |= Q(inputs__nik__icontains=q)
        rows = rows.filter(found)
    return rows


def members_changed_since(*, job: MatchJob | None) -> int:
    """How many members of a group's or program's match were added, edited or removed after it was
    started: its results no longer describe them, so the page says "padankan ulang"."""
    from apps.programs.models import Member

    if job is None or job.status != JobStatus.DONE or job.kind not in (JobKind.GROUP, JobKind.PROGRAM):
        return 0
    members = Member.objects.filter(Q(created_at__gt=job.created_at) | Q(updated_at__gt=job.created_at))
    if job.kind == JobKind.GROUP:
        return members.filter(group_id=job.group_id).count()
    # The same members the job took: the program's, as far as the person who started it may see them.
    return restrict(members.filter(program_id=job.program_id), job.created_by).count()


def row_get(*, user, pk: int) -> MatchRow:
    return get_object_or_404(restrict(MatchRow.objects.select_related("job", "job__snapshot"), user), pk=pk)


def latest_group_job(*, user, group) -> MatchJob | None:
    return job_list_for_user(user=user).filter(kind=JobKind.GROUP, group=group).first()


def latest_done_group_job(*, user, group) -> MatchJob | None:
    return job_list_for_user(user=user).filter(kind=JobKind.GROUP, group=group, status=JobStatus.DONE).first()


# Eligibility and duplicates ---------------------------------------------------------------------


@dataclass
class MemberEligibility:
    member: object
    row: MatchRow | None
    eligible: bool | None  # None: cannot tell yet (not matched)
    reasons: list[str]


def _latest_rows(members) -> dict[int, MatchRow]:
    """The most recent result of each member in a finished job (any job that matched them)."""
    latest: dict[int, MatchRow] = {}
    rows = (
        MatchRow.objects.filter(member__in=members, job__status=JobStatus.DONE)
        .select_related("job__snapshot")
        .order_by("member_id", "-job__created_at", "-job_id")
    )
    for row in rows:
        latest.setdefault(row.member_id, row)
    return latest


# DT-SEN merges DTKS, P3KE and Regsosek (Inpres 4/2025): a program written for any of them accepts
# DT-SEN as their successor.
_SUCCEEDS = {"dtsen": {"dtks", "p3ke", "regsosek"}}


def source_accepted(program, source: str) -> bool:
    accepted = set(program.registry_sources or [])
    return not accepted or source in accepted or bool(_SUCCEEDS.get(source, set()) & accepted)


def group_eligibility(*, group) -> list[MemberEligibility]:
    """Per active member: the registry person found, the desil, and whether the program's rules
    (maximum desil, accepted registry sources) let them in."""
    program = group.program
    members = list(group.members.filter(is_active=True).order_by("name"))
    latest = _latest_rows(members)
    out = []
    for m in members:
        row = latest.get(m.pk)
        if row is None:
            out.append(MemberEligibility(m, None, None, ["belum dipadankan"]))
            continue
        if row.status != RowStatus.MATCHED:
            why = (
                "perlu diperiksa di antrean pemadanan"
                if row.status == RowStatus.POSSIBLE
                else "tidak ditemukan di registri"
            )
            out.append(MemberEligibility(m, row, None if row.status == RowStatus.POSSIBLE else False, [why]))
            continue
        reasons, eligible = [], True
        source = row.job.snapshot.source
        if not source_accepted(program, source):
            eligible = False
            reasons.append(f"sumber {row.job.snapshot.get_source_display()} tidak diterima program ini")
        if row.desil is None:
            eligible = False if program.max_desil else eligible
            reasons.append("desil kosong di registri")
        elif program.max_desil and row.desil > program.max_desil:
            eligible = False
            reasons.append(f"desil {row.desil} di atas batas program ({program.max_desil})")
        if eligible:
            reasons.append(f"desil {row.desil}" + (f" ≤ {program.max_desil}" if program.max_desil else ""))
        out.append(MemberEligibility(m, row, eligible, reasons))
    return out


@dataclass
class DuplicatePerson:
    key: str  # "registri:<id_individu>" or "nik:<nik>"
    label: str
    memberships: list = field(default_factory=list)


def cross_program_duplicates(*, user, year: int) -> list[DuplicatePerson]:
    """People who are active members of more than one group (in one or several programs) in the same
    year — one person by registry match where known, else by NIK."""
    from apps.programs.models import Member

    members = list(
        restrict(Member.objects.filter(is_active=True, year=year), user).select_related("group", "program", "desa")
    )
    latest = _latest_rows(members)
    people: dict[str, DuplicatePerson] = {}
    for m in members:
        row = latest.get(m.pk)
        if row is not None and row.status == RowStatus.MATCHED and row.id_individu:
            key, label = f"registri:{row.id_individu}", f"{row.registry_nama} (registri {row.id_individu})"
        else:
            key, label = f"nik:{m.nik}", f"{m.name} (NIK {m.nik})"
        people.setdefault(key, DuplicatePerson(key, label)).memberships.append(m)
    found = [p for p in people.values() if len({m.group_id for m in p.memberships}) > 1]
    return sorted(found, key=lambda p: p.label)
