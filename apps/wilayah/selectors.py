from __future__ import annotations

from django.db.models import QuerySet

from apps.wilayah.codes import normalize_code
from apps.wilayah.models import Wilayah


def wilayah_get(code: object) -> Wilayah | None:
    dotted = normalize_code(code)
    if not dotted:
        return None
    return Wilayah.objects.filter(code=dotted).first()


def wilayah_children(parent_code: str | None) -> QuerySet[Wilayah]:
    if not parent_code:
        return Wilayah.objects.filter(level=1)
    return Wilayah.objects.filter(parent_id=parent_code).order_by("name")


def wilayah_desa_exists(code: object) -> bool:
    dotted = normalize_code(code)
    return bool(dotted) and Wilayah.objects.filter(code=dotted, level=4).exists()


def wilayah_names(codes: list[str]) -> dict[str, str]:
    return dict(Wilayah.objects.filter(code__in=codes).values_list("code", "name"))


def wilayah_choices_for_user(*, user, parent_code: str | None, level: int) -> QuerySet[Wilayah]:
    """Regions of ``level`` under ``parent_code`` that a user may pick: inside their scope, or an
    ancestor of a scope node (a kecamatan user still needs to pick their kabupaten)."""
    from django.db.models import Q

    from apps.accounts.scope import region_q, scope_for

    scope = scope_for(user)
    qs = Wilayah.objects.filter(level=level)
    if parent_code:
        qs = qs.filter(parent_id=parent_code)
    if scope.everything:
        return qs.order_by("name")
    ancestors = {".".join(c.split(".")[:i]) for c in scope.codes for i in range(1, c.count(".") + 1)}
    return qs.filter(region_q(scope, "code") | Q(code__in=ancestors)).order_by("name")
