from __future__ import annotations

from django.db import transaction

from apps.accounts.roles import Cap, Role, require
from apps.accounts.scope import scope_for
from apps.audit.services import Action, audit_record, created_changes, diff, snapshot
from apps.core.errors import ApplicationError
from apps.programs.models import STATUS_PATH, Group, GroupStatus, GroupStatusChange, Member, Program, Target

GROUP_AUDIT_FIELDS = ["name", "program", "year", "desa", "commodity", "facilitator", "status", "address", "notes"]
EDITABLE_FIELDS = {"name", "program", "year", "desa", "commodity", "facilitator", "address", "notes"}


def _check_group(*, acting_user, group: Group) -> None:
    scope = scope_for(acting_user)
    if group.desa_id is None or group.desa.level != 4:
        raise ApplicationError("Pilih desa/kelurahan kelompok.", field="desa")
    if not scope.covers_code(group.desa_id):
        raise ApplicationError("Desa ini berada di luar wilayah kerja Anda.", field="desa")
    program: Program = group.program
    if not (group.desa_id == program.region_id or group.desa_id.startswith(program.region_id + ".")):
        raise ApplicationError(
            f"Desa ini di luar wilayah program {program.name} ({program.region.name}).",
            field="desa",
        )
    if group.year not in program.years():
        raise ApplicationError(
            f"Program {program.name} berjalan tahun {program.year_start}–{program.year_end or program.year_start}; "
            f"tahun {group.year} di luar rentang itu.",
            field="year",
        )
    if group.facilitator_id and group.facilitator.role != Role.FASILITATOR:
        raise ApplicationError("Pengguna yang dipilih bukan fasilitator.", field="facilitator")
    clash = Group.objects.filter(program=group.program, year=group.year, desa=group.desa, name__iexact=group.name)
    if group.pk:
        clash = clash.exclude(pk=group.pk)
    if clash.exists():
        raise ApplicationError(
            "Sudah ada kelompok dengan nama ini di desa yang sama untuk program dan tahun ini.",
            field="name",
        )


@transaction.atomic
def group_create(*, acting_user, **fields) -> Group:
    require(acting_user, Cap.GROUP_CREATE)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"unexpected fields {unknown}")
    group = Group(**fields, created_by=acting_user, status=GroupStatus.IDENTIFIED)
    # A facilitator's own groups are the only ones they can see, so what they create is theirs.
    if acting_user.role == Role.FASILITATOR and not acting_user.is_superuser:
        group.facilitator = acting_user
    _check_group(acting_user=acting_user, group=group)
    group.save()
    audit_record(
        actor=acting_user,
        action=Action.CREATE,
        target=group,
        region_code=group.desa_id,
        changes=created_changes(snapshot(group, GROUP_AUDIT_FIELDS)),
    )
    return group


@transaction.atomic
def group_update(*, acting_user, group: Group, **fields) -> Group:
    require(acting_user, Cap.GROUP_EDIT)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"unexpected fields {unknown}")
    if acting_user.role == Role.FASILITATOR and not acting_user.is_superuser:
        fields.pop("facilitator", None)  # a facilitator cannot hand a group to someone else
    before = snapshot(group, GROUP_AUDIT_FIELDS)
    old_region = group.desa_id
    program_or_year_changed = ("program" in fields and fields["program"].pk != group.program_id) or (
        "year" in fields and int(fields["year"]) != group.year
    )
    for key, value in fields.items():
        setattr(group, key, value)
    _check_group(acting_user=acting_user, group=group)
    if program_or_year_changed:
        _move_members(group)
    group.save()
    changes = diff(before, snapshot(group, GROUP_AUDIT_FIELDS))
    if changes:
        audit_record(
            actor=acting_user,
            action=Action.UPDATE,
            target=group,
            region_code=group.desa_id,
            changes=changes,
            note="" if old_region == group.desa_id else f"Wilayah lama {old_region}",
        )
    return group


def _move_members(group: Group) -> None:
    """Members carry program and year (for the one-membership constraint); keep them in step, and
    refuse the change when a member is already active elsewhere in the new program-year."""
    active = Member.objects.filter(group=group, is_active=True)
    niks = list(active.values_list("nik", flat=True))
    taken = (
        Member.objects.filter(program=group.program, year=group.year, nik__in=niks, is_active=True)
        .exclude(group=group)
        .values_list("nik", flat=True)
    )
    if taken:
        raise ApplicationError(
            f"{len(taken)} anggota kelompok ini sudah aktif di kelompok lain pada program dan tahun tujuan; "
            "program/tahun tidak dapat diubah.",
            field="program",
        )
    Member.objects.filter(group=group).update(program=group.program, year=group.year)


def allowed_transitions(group: Group) -> list[tuple[str, str, bool]]:
    """(status, label, needs_reason) for every status the group may move to."""
    out = []
    for status in GroupStatus:
        if status == group.status:
            continue
        out.append((status.value, status.label, _needs_reason(group.status, status)))
    return out


def _needs_reason(current: str, target: str) -> bool:
    if target == GroupStatus.INACTIVE or current == GroupStatus.INACTIVE:
        return True
    i, j = STATUS_PATH.index(current), STATUS_PATH.index(target)
    return j != i + 1  # skipping ahead or going back


@transaction.atomic
def group_transition(*, acting_user, group: Group, to_status: str, reason: str = "") -> GroupStatusChange:
    require(acting_user, Cap.GROUP_TRANSITION)
    if to_status not in GroupStatus.values:
        raise ApplicationError("Status tujuan tidak dikenal.", field="to_status")
    current = GroupStatus(group.status)
    target = GroupStatus(to_status)
    if target == current:
        raise ApplicationError(f"Kelompok sudah berstatus {current.label}.", field="to_status")
    reason = (reason or "").strip()
    if _needs_reason(current, target) and not reason:
        raise ApplicationError(
            f"Perubahan status dari {current.label} ke {target.label} tidak mengikuti urutan tahapan; isi alasannya.",
            field="reason",
        )
    program = group.program
    past_identified = target not in (GroupStatus.IDENTIFIED, GroupStatus.INACTIVE)
    if past_identified and program.target == Target.GROUP and program.group_size_min:
        count = group.members.filter(is_active=True).count()
        if count < program.group_size_min:
            raise ApplicationError(
                f"Kelompok baru memiliki {count} anggota aktif; program {program.name} mensyaratkan minimal "
                f"{program.group_size_min} anggota sebelum berstatus {target.label}.",
                field="to_status",
            )
    change = GroupStatusChange.objects.create(
        group=group,
        from_status=current,
        to_status=target,
        reason=reason,
        by=acting_user,
    )
    group.status = target
    group.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=acting_user,
        action=Action.TRANSITION,
        target=group,
        region_code=group.desa_id,
        changes={"status": [current.label, target.label]},
        note=reason,
    )
    return change
