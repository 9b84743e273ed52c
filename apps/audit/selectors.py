from __future__ import annotations

from django.db import models
from django.db.models import QuerySet

from apps.accounts.scope import restrict
from apps.audit.models import AuditEvent


def audit_list_for_record(*, user, record: models.Model) -> QuerySet[AuditEvent]:
    """Events of a record and of everything shown on its page (e.g. a group's members)."""
    key = f"{record._meta.label_lower}:{record.pk}"
    return restrict(AuditEvent.objects.filter(context_key=key), user).select_related("actor")


def audit_list_for_target(*, user, target: models.Model) -> QuerySet[AuditEvent]:
    qs = AuditEvent.objects.filter(target_type=target._meta.label_lower, target_id=str(target.pk))
    return restrict(qs, user).select_related("actor")
