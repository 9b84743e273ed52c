"""Roles and what each may do. The only place that maps a role to a capability; templates read the
same map through the ``can`` context variable."""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    # Owns programs, sees every region in its scope, approves; may use the Django admin.
    ADMIN_PROVINSI = "admin_provinsi", "Admin Provinsi"
    # Bappeda kabupaten/kota: plans locus, verifies groups and members of its own region.
    PERENCANA = "perencana", "Perencana Kab/Kota (Bappeda)"
    # Partner agencies (Dinsos, DKUPP, Disperindag, …): deliver training and aid; read access for now.
    OPD_MITRA = "opd_mitra", "OPD Mitra"
    # Field facilitator: sees and maintains only the groups assigned to them.
    FASILITATOR = "fasilitator", "Fasilitator"
    # Monitoring: reads everything in scope, changes nothing.
    PEMANTAU = "pemantau", "Pemantau"
    # CSR company, offtaker, university: sees groups, never members' personal identifiers.
    MITRA = "mitra", "Mitra (CSR/offtaker/perguruan tinggi)"


class Cap(models.TextChoices):
    PROGRAM_MANAGE = "program_manage"
    GROUP_CREATE = "group_create"
    GROUP_EDIT = "group_edit"
    GROUP_TRANSITION = "group_transition"
    MEMBER_EDIT = "member_edit"
    PERSONAL_DATA = "personal_data"  # NIK, No. KK, birth date, address
    AUDIT_VIEW = "audit_view"
    EXPORT = "export"
    ADMIN_SITE = "admin_site"
    REGISTRY_IMPORT = "registry_import"  # also granted per user (User.may_import_registry)
    REGISTRY_READ = "registry_read"  # look-ups and targeting in the user's region
    MATCH_RUN = "match_run"  # pemadanan: match a list or a group's members against a snapshot
    MATCH_REVIEW = "match_review"  # decide the rows the matcher could not


_ALL_READERS = {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.OPD_MITRA, Role.FASILITATOR, Role.PEMANTAU}

CAPABILITIES: dict[str, set[str]] = {
    Cap.PROGRAM_MANAGE: {Role.ADMIN_PROVINSI},
    Cap.GROUP_CREATE: {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.FASILITATOR},
    Cap.GROUP_EDIT: {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.FASILITATOR},
    Cap.GROUP_TRANSITION: {Role.ADMIN_PROVINSI, Role.PERENCANA},
    Cap.MEMBER_EDIT: {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.FASILITATOR},
    Cap.PERSONAL_DATA: _ALL_READERS,
    Cap.AUDIT_VIEW: _ALL_READERS,
    Cap.EXPORT: _ALL_READERS,
    Cap.ADMIN_SITE: {Role.ADMIN_PROVINSI},
    Cap.REGISTRY_IMPORT: {Role.ADMIN_PROVINSI},
    Cap.REGISTRY_READ: _ALL_READERS,
    Cap.MATCH_RUN: {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.OPD_MITRA, Role.FASILITATOR},
    # Deciding who a person is gives aid away: the agencies, not the field.
    Cap.MATCH_REVIEW: {Role.ADMIN_PROVINSI, Role.PERENCANA, Role.OPD_MITRA},
}


def role_can(role: str, cap: str) -> bool:
    return role in CAPABILITIES[cap]


def require(user, cap: str) -> None:
    """Services call this before acting; a role without the capability gets 403."""
    from django.core.exceptions import PermissionDenied

    if not user.can(cap):
        raise PermissionDenied("Peran Anda tidak diizinkan melakukan tindakan ini.")
