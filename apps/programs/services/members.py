from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from apps.accounts.roles import Cap, require
from apps.accounts.scope import restrict
from apps.audit.services import Action, audit_record, created_changes, diff, snapshot
from apps.core.errors import ApplicationError
from apps.core.nik import kk_check, nik_check
from apps.programs.models import Group, Member, MemberRole, Program, Sex, SexRestriction
from apps.wilayah.codes import normalize_code
from apps.wilayah.models import Wilayah

MEMBER_AUDIT_FIELDS = [
    "nik",
    "no_kk",
    "name",
    "sex",
    "birth_date",
    "address",
    "desa",
    "role",
    "phone",
    "is_active",
    "removed_reason",
]
# Roles a group has at most one of.
SINGLE_ROLES = {MemberRole.KETUA, MemberRole.SEKRETARIS, MemberRole.BENDAHARA}
MIN_AGE, MAX_AGE = 0, 120


@dataclass
class MemberData:
    nik: str
    name: str
    sex: str
    no_kk: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    desa_code: str = ""  # empty: the group's desa
    role: str = MemberRole.ANGGOTA
    phone: str = ""


@dataclass
class MemberCheck:
    errors: list[tuple[str, str]] = field(default_factory=list)  # (field, message)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    nik: str = ""
    no_kk: str = ""
    desa: Wilayah | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


class MemberRejected(ApplicationError):
    """Raised with every problem at once, so the form can show each next to its field."""

    def __init__(self, check: MemberCheck):
        unconfirmed = [m for _, m in check.warnings]
        message = check.errors[0][1] if check.errors else (unconfirmed[0] if unconfirmed else "")
        super().__init__(message)
        self.check = check


def _kecamatan_exists(code: str) -> bool:
    return Wilayah.objects.filter(code=code, level=3).exists()


def member_check(
    *,
    acting_user,
    group: Group,
    data: MemberData,
    member: Member | None = None,
    niks_in_batch: set[str] | None = None,
    pending_count: int = 0,
    roles_in_batch: set[str] | None = None,
) -> MemberCheck:
    """Every rule a member must pass, without saving. Used by the form and by the Excel importer
    (which passes what earlier rows of the same file already claim)."""
    program: Program = group.program
    check = MemberCheck()

    name = (data.name or "").strip()
    if not name:
        check.errors.append(("name", "Nama wajib diisi."))
    if data.sex not in Sex.values:
        check.errors.append(("sex", "Jenis kelamin wajib diisi: L (laki-laki) atau P (perempuan)."))
    if data.role not in MemberRole.values:
        check.errors.append(("role", "Peran harus salah satu dari: ketua, sekretaris, bendahara, anggota."))
    if data.birth_date:
        today = timezone.localdate()
        if data.birth_date > today:
            check.errors.append(("birth_date", "Tanggal lahir tidak boleh di masa depan."))
        elif today.year - data.birth_date.year > MAX_AGE:
            check.errors.append(("birth_date", f"Tanggal lahir lebih dari {MAX_AGE} tahun lalu; periksa tahunnya."))

    nik = nik_check(data.nik, sex=data.sex or None, birth_date=data.birth_date, region_exists=_kecamatan_exists)
    check.errors.extend(("nik", e) for e in nik.errors)
    check.warnings.extend(nik.warnings)
    check.nik = nik.nik or ""
    check.no_kk, kk_error = kk_check(data.no_kk)
    if kk_error:
        check.errors.append(("no_kk", kk_error))
    if check.nik and check.no_kk and check.nik == check.no_kk:
        check.errors.append(("no_kk", "No. KK sama dengan NIK; periksa kembali (keduanya nomor yang berbeda)."))

    desa_code = normalize_code(data.desa_code) if data.desa_code else group.desa_id
    check.desa = Wilayah.objects.filter(code=desa_code, level=4).first() if desa_code else None
    if check.desa is None:
        check.errors.append(("desa", f'Kode desa/kelurahan "{data.desa_code}" tidak dikenal.'))

    # Program rules.
    if program.sex_restriction and data.sex and data.sex != program.sex_restriction:
        who = SexRestriction(program.sex_restriction).label.lower()
        check.errors.append(("sex", f"Program {program.name} {who}."))
    if check.nik:
        if niks_in_batch is not None and check.nik in niks_in_batch:
            check.errors.append(("nik", "NIK ini muncul lebih dari sekali dalam berkas."))
        clash = Member.objects.filter(nik=check.nik, program=program, year=group.year, is_active=True)
        if member is not None:
            clash = clash.exclude(pk=member.pk)
        other = clash.select_related("group").first()
        if other is not None:
            if other.group_id == group.pk:
                where = "sudah menjadi anggota aktif kelompok ini"
            elif restrict(Group.objects.filter(pk=other.group_id), acting_user).exists():
                where = f'sudah menjadi anggota aktif kelompok "{other.group.name}"'
            else:
                # The other group is outside the user's region: say that it exists, not whose it is.
                where = "sudah menjadi anggota aktif kelompok lain (di luar wilayah Anda)"
            check.errors.append(("nik", f"NIK ini {where} pada program {program.name} tahun {group.year}."))
    is_new_or_reactivated = member is None or not member.is_active
    # The maximum holds for individual programs too: there it caps a training cohort.
    if is_new_or_reactivated and program.group_size_max:
        active = group.members.filter(is_active=True).count() + pending_count
        if active >= program.group_size_max:
            check.errors.append(
                (
                    "__all__",
                    f"Kelompok sudah berisi {active} anggota; program {program.name} membatasi maksimal "
                    f"{program.group_size_max} anggota per kelompok.",
                )
            )
    if data.role in SINGLE_ROLES:
        holders = group.members.filter(is_active=True, role=data.role)
        if member is not None:
            holders = holders.exclude(pk=member.pk)
        if holders.exists() or (roles_in_batch is not None and data.role in roles_in_batch):
            check.errors.append(("role", f"Kelompok ini sudah memiliki {MemberRole(data.role).label.lower()}."))
    return check


def _require_confirmed(check: MemberCheck, confirmed: list[str]) -> None:
    if check.errors or any(code not in confirmed for code, _ in check.warnings):
        raise MemberRejected(check)


def _apply(member: Member, data: MemberData, check: MemberCheck) -> None:
    member.nik = check.nik
    member.no_kk = check.no_kk
    member.name = " ".join(data.name.split())
    member.sex = data.sex
    member.birth_date = data.birth_date
    member.address = data.address.strip()
    member.desa = check.desa
    member.role = data.role
    member.phone = data.phone.strip()
    member.confirmed_warnings = [code for code, _ in check.warnings]


@transaction.atomic
def member_add(*, acting_user, group: Group, data: MemberData, confirmed_warnings: list[str] | None = None) -> Member:
    require(acting_user, Cap.MEMBER_EDIT)
    check = member_check(acting_user=acting_user, group=group, data=data)
    _require_confirmed(check, confirmed_warnings or [])
    member = Member(group=group, program=group.program, year=group.year)
    _apply(member, data, check)
    member.save()
    audit_record(
        actor=acting_user,
        action=Action.CREATE,
        target=member,
        context=group,
        region_code=group.desa_id,
        changes=created_changes(snapshot(member, MEMBER_AUDIT_FIELDS)),
        note=_warning_note(check),
    )
    return member


@transaction.atomic
def member_update(
    *,
    acting_user,
    member: Member,
    data: MemberData,
    confirmed_warnings: list[str] | None = None,
) -> Member:
    require(acting_user, Cap.MEMBER_EDIT)
    if not member.is_active:
        raise ApplicationError("Anggota ini sudah dikeluarkan; data anggota yang keluar tidak dapat diubah.")
    check = member_check(acting_user=acting_user, group=member.group, data=data, member=member)
    _require_confirmed(check, confirmed_warnings or [])
    before = snapshot(member, MEMBER_AUDIT_FIELDS)
    _apply(member, data, check)
    member.save()
    changes = diff(before, snapshot(member, MEMBER_AUDIT_FIELDS))
    if changes:
        audit_record(
            actor=acting_user,
            action=Action.UPDATE,
            target=member,
            context=member.group,
            region_code=member.group.desa_id,
            changes=changes,
            note=_warning_note(check),
        )
    return member


@transaction.atomic
def member_remove(*, acting_user, member: Member, reason: str) -> Member:
    require(acting_user, Cap.MEMBER_EDIT)
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(
            "Isi alasan anggota dikeluarkan (mis. pindah domisili, meninggal, mengundurkan diri).", field="reason"
        )
    if not member.is_active:
        raise ApplicationError("Anggota ini sudah dikeluarkan sebelumnya.")
    before = snapshot(member, MEMBER_AUDIT_FIELDS)
    member.is_active = False
    member.removed_at = timezone.now()
    member.removed_reason = reason[:250]
    member.save()
    audit_record(
        actor=acting_user,
        action=Action.DELETE,
        target=member,
        context=member.group,
        region_code=member.group.desa_id,
        changes=diff(before, snapshot(member, MEMBER_AUDIT_FIELDS)),
        note=reason,
    )
    return member


def _warning_note(check: MemberCheck) -> str:
    if not check.warnings:
        return ""
    return "Peringatan dikonfirmasi pengguna: " + "; ".join(m for _, m in check.warnings)
