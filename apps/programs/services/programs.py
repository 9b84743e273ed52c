from __future__ import annotations

from django.db import transaction

from apps.accounts.roles import Cap, require
from apps.audit.services import Action, audit_record, created_changes, diff, snapshot
from apps.core.errors import ApplicationError
from apps.programs.models import Program

PROGRAM_AUDIT_FIELDS = [
    "name",
    "code",
    "agency",
    "region",
    "year_start",
    "year_end",
    "target",
    "registry_sources",
    "max_desil",
    "sex_restriction",
    "group_size_min",
    "group_size_max",
    "aid_ceiling_group",
    "aid_ceiling_person",
    "funding_sources",
    "proposal_addressee",
    "training_only",
    "prerequisite",
    "description",
    "is_active",
]


def _check(program: Program) -> None:
    if program.group_size_min and program.group_size_max and program.group_size_min > program.group_size_max:
        raise ApplicationError("Anggota minimal tidak boleh lebih besar dari anggota maksimal.", field="group_size_min")
    if program.year_end and program.year_end < program.year_start:
        raise ApplicationError("Tahun selesai tidak boleh sebelum tahun mulai.", field="year_end")


def _require_manager(acting_user) -> None:
    # acting_user None is the system itself (command line, preset installation).
    if acting_user is not None:
        require(acting_user, Cap.PROGRAM_MANAGE)


@transaction.atomic
def program_create(*, acting_user, note: str = "", **fields) -> Program:
    _require_manager(acting_user)
    program = Program(**fields)
    _check(program)
    program.full_clean()
    program.save()
    audit_record(
        actor=acting_user,
        action=Action.CREATE,
        target=program,
        region_code=program.region_id,
        changes=created_changes(snapshot(program, PROGRAM_AUDIT_FIELDS)),
        note=note,
    )
    return program


@transaction.atomic
def program_update(*, acting_user, program: Program, note: str = "", **fields) -> Program:
    _require_manager(acting_user)
    before = snapshot(program, PROGRAM_AUDIT_FIELDS)
    for key, value in fields.items():
        setattr(program, key, value)
    changes = diff(before, snapshot(program, PROGRAM_AUDIT_FIELDS))
    if not changes:
        return program  # nothing to save, nothing to audit (keeps preset installation idempotent)
    _check(program)
    program.full_clean()
    program.save()
    audit_record(
        actor=acting_user, action=Action.UPDATE, target=program, region_code=program.region_id, changes=changes,
        note=note,
    )  # fmt: skip
    return program
