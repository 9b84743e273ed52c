from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models

from apps.accounts.roles import Cap, Role, role_can


class User(AbstractUser):
    """A civil servant, facilitator or partner. What they may see is their region scope (one or more
    wilayah nodes) — see ``apps.accounts.scope``; what they may do is their role."""

    role = models.CharField("peran", max_length=20, choices=Role.choices, default=Role.PEMANTAU)
    scopes = models.ManyToManyField(
        "wilayah.Wilayah",
        blank=True,
        related_name="+",
        verbose_name="cakupan wilayah",
        help_text="Pengguna hanya melihat data di wilayah ini (dan di bawahnya).",
    )
    agency = models.CharField("instansi", max_length=150, blank=True)
    phone = models.CharField("nomor HP/WhatsApp", max_length=20, blank=True)
    may_import_registry = models.BooleanField(
        "boleh mengimpor data registri",
        default=False,
        help_text="Selain Admin Provinsi, hanya pengguna yang diberi izin ini yang dapat mengimpor snapshot.",
    )

    class Meta:
        verbose_name = "pengguna"
        verbose_name_plural = "pengguna"

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def can(self, cap: str) -> bool:
        if not self.is_active:
            return False
        granted = cap == Cap.REGISTRY_IMPORT and self.may_import_registry
        return self.is_superuser or granted or role_can(self.role, cap)

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username
