"""Snapshot metadata. The rows themselves live in Parquet files read by DuckDB (see gateway.py);
never load registry rows into ORM objects."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Source(models.TextChoices):
    DTKS = "dtks", "DTKS"
    P3KE = "p3ke", "P3KE"
    REGSOSEK = "regsosek", "Regsosek"
    DTSEN = "dtsen", "DT-SEN"


class SnapshotStatus(models.TextChoices):
    # Being read and checked; invisible to every page and query.
    IMPORTING = "importing", "Sedang diimpor"
    # Files in place and metadata complete: visible, immutable.
    PUBLISHED = "published", "Terbit"
    # Refused (bad file) or crashed; nothing visible, the name is free again.
    FAILED = "failed", "Gagal"


class Snapshot(models.Model):
    """One delivery of a registry: immutable once published, kept so desil changes can be followed."""

    name = models.CharField("nama", max_length=100)
    source = models.CharField("sumber", max_length=10, choices=Source.choices)
    period = models.CharField("periode (YYYY-MM)", max_length=7)
    preset = models.CharField("format kolom", max_length=20, default="canonical")
    column_map = models.JSONField("pemetaan kolom", default=dict, blank=True)
    status = models.CharField(max_length=10, choices=SnapshotStatus.choices, default=SnapshotStatus.IMPORTING)
    stage = models.CharField("tahap", max_length=40, blank=True)
    progress = models.PositiveSmallIntegerField("kemajuan (%)", default=0)
    error = models.TextField("kesalahan", blank=True)

    original_filename = models.CharField("berkas asal", max_length=255, blank=True)
    file_sha256 = models.CharField("sidik berkas (SHA-256)", max_length=64, blank=True)
    file_bytes = models.BigIntegerField(default=0)
    encoding = models.CharField(max_length=20, blank=True)
    delimiter = models.CharField(max_length=4, blank=True)

    rows_read = models.BigIntegerField("baris dibaca", default=0)
    rows_accepted = models.BigIntegerField("baris diterima", default=0)
    rows_rejected = models.BigIntegerField("baris ditolak", default=0)
    rows_flagged = models.BigIntegerField("baris bertanda", default=0)
    reject_counts = models.JSONField("alasan penolakan", default=dict, blank=True)
    flag_counts = models.JSONField("jumlah tanda", default=dict, blank=True)
    households = models.BigIntegerField("keluarga", default=0)
    # {"35.13": 123456, ...}: rows per kabupaten/kota found in the file.
    coverage = models.JSONField("cakupan wilayah", default=dict, blank=True)
    extra_columns = models.JSONField("kolom tambahan", default=list, blank=True)
    seconds = models.FloatField("durasi (detik)", default=0)

    # Directory under REGISTRY_DIR holding data.parquet, rejected.csv (relative path).
    storage = models.CharField(max_length=255, blank=True)

    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="diimpor oleh",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-period", "-published_at", "-id"]
        verbose_name = "snapshot registri"
        verbose_name_plural = "snapshot registri"
        constraints = [
            # Only a published snapshot holds its name: a failed or killed import leaves it free.
            models.UniqueConstraint(
                fields=["name"], condition=Q(status="published"), name="snapshot_unique_published_name"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_published(self) -> bool:
        return self.status == SnapshotStatus.PUBLISHED

    def coverage_codes(self) -> list[str]:
        return sorted(self.coverage)
