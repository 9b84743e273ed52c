from django.conf import settings
from django.db import models


class Action(models.TextChoices):
    CREATE = "create", "Dibuat"
    UPDATE = "update", "Diubah"
    DELETE = "delete", "Dihapus"
    TRANSITION = "transition", "Status diubah"
    IMPORT = "import", "Impor"


class AuditEvent(models.Model):
    """One change to a record: who, when, what, old → new. Written by services inside the same
    transaction as the change itself, so there is never a change without its audit row."""

    # Region of the audited record, so the audit trail is scoped like the record itself.
    SCOPE_REGION_FIELD = "region_code"

    at = models.DateTimeField("waktu", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="oleh",
    )
    action = models.CharField("tindakan", max_length=12, choices=Action.choices)
    target_type = models.CharField("jenis data", max_length=50)  # "programs.group"
    target_id = models.CharField(max_length=40)
    target_repr = models.CharField("data", max_length=200)
    # The record page this event belongs on: a member's events show on its group's page too.
    context_key = models.CharField(max_length=60, db_index=True)
    region_code = models.CharField(max_length=13, blank=True, db_index=True)
    changes = models.JSONField("perubahan", default=dict)  # {field label: [old, new]}
    note = models.TextField("catatan", blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.target_repr}"
