from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from apps.accounts.models import User
from apps.accounts.roles import Role
from apps.accounts.scope import region_q, restrict, scope_for
from apps.programs.models import Commodity, Group, GroupStatus, Member, MemberImport, Program


def program_list() -> QuerySet[Program]:
    # Programs are public rules, not personal data: everyone signed in may read them.
    return Program.objects.select_related("region").annotate(group_count=Count("groups"))


def program_get(*, code: str) -> Program:
    program = Program.objects.select_related("region").filter(code=code).first()
    if program is None:
        raise Http404
    return program


@dataclass
class GroupFilters:
    q: str = ""
    program: str = ""
    year: str = ""
    region: str = ""
    status: str = ""
    commodity: str = ""
    facilitator: str = ""


def group_list_for_user(*, user, filters: GroupFilters | None = None) -> QuerySet[Group]:
    qs = (
        restrict(Group.objects.all(), user)
        .select_related(
            "program",
            "commodity",
            "facilitator",
            "desa",
            "desa__parent",
            "desa__parent__parent",
        )
        .annotate(member_count=Count("members", filter=Q(members__is_active=True)))
    )
    f = filters or GroupFilters()
    if f.q:
        qs = qs.filter(name__icontains=f.q.strip())
    if f.program:
        qs = qs.filter(program__code=f.program)
    if f.year.isdigit():
        qs = qs.filter(year=int(f.year))
    if f.region:
        qs = qs.filter(Q(desa__code=f.region) | Q(desa__code__startswith=f.region + "."))
    if f.status in GroupStatus.values:
        qs = qs.filter(status=f.status)
    if f.commodity.isdigit():
        qs = qs.filter(commodity_id=int(f.commodity))
    if f.facilitator.isdigit():
        qs = qs.filter(facilitator_id=int(f.facilitator))
    return qs.order_by("-year", "name")


def group_get_for_user(*, user, pk: int) -> Group:
    group = (
        restrict(Group.objects.all(), user)
        .select_related("program", "commodity", "facilitator", "desa", "desa__parent", "desa__parent__parent")
        .filter(pk=pk)
        .first()
    )
    if group is None:
        raise Http404
    return group


def member_list_for_group(*, group: Group, include_removed: bool = True) -> QuerySet[Member]:
    qs = group.members.select_related("desa").order_by("-is_active", "role", "name")
    return qs if include_removed else qs.filter(is_active=True)


def member_get_for_user(*, user, group: Group, pk: int) -> Member:
    member = restrict(Member.objects.filter(group=group, pk=pk), user).select_related("group", "desa").first()
    if member is None:
        raise Http404
    return member


def member_import_get_for_user(*, user, group: Group, pk: int) -> MemberImport:
    imp = restrict(MemberImport.objects.filter(group=group, pk=pk), user).first()
    if imp is None:
        raise Http404
    return imp


def commodity_list() -> QuerySet[Commodity]:
    return Commodity.objects.all()


def facilitator_choices_for_user(*, user) -> QuerySet[User]:
    """Facilitators working inside the user's region (a scope node within it or above it)."""
    qs = User.objects.filter(role=Role.FASILITATOR, is_active=True)
    scope = scope_for(user)
    if not scope.everything:
        above = [".".join(c.split(".")[:i]) for c in scope.codes for i in range(1, c.count(".") + 2)]
        qs = qs.filter(region_q(scope, "scopes__code") | Q(scopes__code__in=above))
    return qs.distinct().order_by("first_name", "username")


def group_status_counts(*, user) -> dict[str, int]:
    rows = restrict(Group.objects.all(), user).values("status").annotate(n=Count("id"))
    return {r["status"]: r["n"] for r in rows}
