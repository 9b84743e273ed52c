"""Audit rows. Call ``audit_record`` from inside a service's transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import models

from apps.audit.models import Action, AuditEvent
from apps.core.formatting import tanggal


def _plain(value):
    # Stored as people read them ("17 Mei 1985", "Ya"): the trail is for reading, not computing.
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, (dt.date, dt.datetime)):
        return tanggal(value, with_time=isinstance(value, dt.datetime))
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(instance: models.Model, fields: list[str]) -> dict[str, object]:
    """The audited fields of a record, as display values (choices shown by label)."""
    out: dict[str, object] = {}
    for name in fields:
        field = instance._meta.get_field(name)
        value = getattr(instance, name)
        if getattr(field, "choices", None) and value not in (None, ""):
            value = dict(field.flatchoices).get(value, value)
        out[str(field.verbose_name)] = _plain(value)
    return out


def diff(before: dict[str, object], after: dict[str, object]) -> dict[str, list]:
    keys = list(dict.fromkeys([*before, *after]))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model,
    changes: dict[str, list] | None = None,
    context: models.Model | None = None,
    region_code: str = "",
    note: str = "",
) -> AuditEvent:
    context = context or target
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        target_repr=str(target)[:200],
        context_key=f"{context._meta.label_lower}:{context.pk}",
        region_code=region_code,
        changes=changes or {},
        note=note,
    )


def created_changes(after: dict[str, object]) -> dict[str, list]:
    return {k: [None, v] for k, v in after.items() if v not in (None, "")}


def deleted_changes(before: dict[str, object]) -> dict[str, list]:
    return {k: [v, None] for k, v in before.items() if v not in (None, "")}


__all__ = ["Action", "audit_record", "created_changes", "deleted_changes", "diff", "snapshot"]
