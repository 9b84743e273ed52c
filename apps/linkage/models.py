"""Matching runs, their rows, and the reviewers' decisions (which outlive any one run)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class JobKind(models.TextChoices):
    FILE = "file", "Berkas unggahan"
    GROUP = "group", "Anggota kelompok"
    PROGRAM = "program", "Anggota program"


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Menunggu"
    RUNNING = "running", "Berjalan"
    DONE = "done", "Selesai"
    FAILED = "failed", "Gagal"


class RowStatus(models.TextChoices):
    MATCHED = "matched", "Cocok"
    POSSIBLE = "possible", "Perlu diperiksa"
    NOT_FOUND = "not_found", "Tidak ditemukan"


class MatchJob(models.Model):
    """One list matched against one snapshot: an uploaded file, a group's or a program's members."""

    # Scoped by the region the job was made for (the group's desa, the program's region, or the
    # uploader's own region); a facilitator sees the jobs they started.
    SCOPE_REGION_FIELD = "region__code"
    SCOPE_FACILITATOR_FIELD = "created_by_id"

    kind = models.CharField("jenis", max_length=10, choices=JobKind.choices)
    snapshot = models.ForeignKey(
        "registry.Snapshot", on_delete=models.PROTECT, related_name="+", verbose_name="snapshot"
    )
    group = models.ForeignKey("programs.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    program = models.ForeignKey("programs.Program", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("wilayah.Wilayah", on_delete=models.PROTECT, related_name="+", verbose_name="wilayah")
    filename = models.CharField("nama berkas", max_length=255, blank=True)
    columns = models.JSONField(default=list)  # the input's column headers, in order (file jobs)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    stage = models.CharField(max_length=80, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    rows = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    possible = models.PositiveIntegerField(default=0)
    not_found = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "pemadanan"
        verbose_name_plural = "pemadanan"

    def __str__(self) -> str:
        subject = self.group or self.program or self.filename
        return f"Pemadanan {subject} dengan {self.snapshot}"

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)


class MatchRow(models.Model):
    SCOPE_REGION_FIELD = "job__region__code"
    SCOPE_FACILITATOR_FIELD = "job__created_by_id"

    job = models.ForeignKey(MatchJob, on_delete=models.CASCADE, related_name="result_rows")
    position = models.PositiveIntegerField()  # order in the list (0-based)
    key = models.CharField("no", max_length=64, blank=True)  # the list's own row key, or the member id
    member = models.ForeignKey("programs.Member", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    values = models.JSONField(default=dict)  # the row as delivered (every input column, by its header)
    inputs = models.JSONField(default=dict)  # the same row in our columns (nama, nik, …) for the pages
    fingerprint = models.CharField(max_length=32, db_index=True)
    status = models.CharField(max_length=10, choices=RowStatus.choices)
    probability = models.FloatField(null=True, blank=True)
    id_individu = models.CharField(max_length=64, blank=True, db_index=True)
    registry_nik = models.CharField(max_length=16, blank=True)
    registry_no_kk = models.CharField(max_length=16, blank=True)
    registry_nama = models.CharField(max_length=150, blank=True)
    desil = models.PositiveSmallIntegerField(null=True, blank=True)
    reasons = models.JSONField(default=list)
    candidates = models.JSONField(default=list)  # up to 3, for the review screen
    duplicate_in_list = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "position"]
        constraints = [models.UniqueConstraint(fields=["job", "position"], name="matchrow_unique_position")]

    def __str__(self) -> str:
        return f"{self.inputs.get('nama', '')} → {self.registry_nama or self.get_status_display()}"


class MatchDecision(models.Model):
    """A reviewer's answer for one row as typed (its fingerprint) against one snapshot: this registry
    person, or nobody. Reused whenever the same row is matched against the snapshot again."""

    SCOPE_REGION_FIELD = "region_code"

    snapshot = models.ForeignKey("registry.Snapshot", on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=32)
    id_individu = models.CharField(max_length=64, blank=True)  # blank: not in the snapshot
    region_code = models.CharField(max_length=13)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["snapshot", "fingerprint"], name="matchdecision_one_per_row_and_snapshot")
        ]

    def __str__(self) -> str:
        return f"Keputusan pemadanan {self.id_individu or 'tidak ditemukan'}"
