"""Region scope: the ONE place that decides which rows a user may see.

Every selector, export, form choice, admin page and (later) API view restricts its queryset with
``restrict(queryset, user)``. A model takes part by declaring where its region and facilitator live:

    class Group(models.Model):
        SCOPE_REGION_FIELD = "desa_id"            # a dotted Kemendagri code
        SCOPE_FACILITATOR_FIELD = "facilitator_id"

Rows outside the scope are simply absent, so detail views built on scoped querysets answer 404 —
never another region's data, never a 403 that confirms the record exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import TypeVar

from django.db.models import Model, Q, QuerySet

from apps.accounts.roles import Role

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Scope:
    everything: bool
    codes: tuple[str, ...]
    facilitator_id: int | None  # set for a Fasilitator: only groups assigned to them

    def covers_code(self, code: str) -> bool:
        return self.everything or any(code == c or code.startswith(c + ".") for c in self.codes)


def scope_for(user) -> Scope:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope(everything=False, codes=(), facilitator_id=None)
    cached = getattr(user, "_berdaya_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = Scope(everything=True, codes=(), facilitator_id=None)
    else:
        codes = tuple(sorted(user.scopes.values_list("code", flat=True)))
        scope = Scope(
            everything=False,
            codes=codes,
            facilitator_id=user.pk if user.role == Role.FASILITATOR else None,
        )
    user._berdaya_scope = scope
    return scope


def region_q(scope: Scope, field: str) -> Q:
    """Q matching rows whose ``field`` (a dotted wilayah code) lies inside the scope."""
    if scope.everything:
        return Q()
    if not scope.codes:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{field: c}) | Q(**{f"{field}__startswith": c + "."}) for c in scope.codes))


def restrict(queryset: QuerySet[M], user) -> QuerySet[M]:
    model = queryset.model
    region_field = getattr(model, "SCOPE_REGION_FIELD", None)
    if region_field is None:
        raise TypeError(f"{model.__name__} has no SCOPE_REGION_FIELD; it cannot be scoped")
    scope = scope_for(user)
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    if scope.everything:
        return queryset
    queryset = queryset.filter(region_q(scope, region_field))
    facilitator_field = getattr(model, "SCOPE_FACILITATOR_FIELD", None)
    if scope.facilitator_id is not None and facilitator_field:
        queryset = queryset.filter(**{facilitator_field: scope.facilitator_id})
    return queryset


def restrict_wilayah(queryset, user):
    """Wilayah nodes a user may pick (filters, forms): those inside the scope."""
    return queryset.filter(region_q(scope_for(user), "code"))
