"""Every write to programs, groups and members goes through these functions (house style §2)."""

from apps.programs.services.groups import group_create, group_transition, group_update
from apps.programs.services.member_import import (
    member_import_cancel,
    member_import_commit,
    member_import_upload,
    member_template_xlsx,
    members_export_xlsx,
    rejected_rows_xlsx,
)
from apps.programs.services.members import MemberData, member_add, member_check, member_remove, member_update
from apps.programs.services.programs import program_create, program_update

__all__ = [
    "MemberData",
    "group_create",
    "group_transition",
    "group_update",
    "member_add",
    "member_check",
    "member_import_cancel",
    "member_import_commit",
    "member_import_upload",
    "member_remove",
    "member_template_xlsx",
    "member_update",
    "members_export_xlsx",
    "program_create",
    "program_update",
    "rejected_rows_xlsx",
]
