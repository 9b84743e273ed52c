from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q


class Target(models.TextChoices):
    GROUP = "group", "Kelompok"
    INDIVIDUAL = "individual", "Perorangan"


class RegistrySource(models.TextChoices):
    DTKS = "dtks", "DTKS"
    P3KE = "p3ke", "P3KE"
    REGSOSEK = "regsosek", "Regsosek"
    DTSEN = "dtsen", "DT-SEN"


class FundingSource(models.TextChoices):
    APBD_PROV = "apbd_prov", "APBD Provinsi"
    APBD_KAB = "apbd_kab", "APBD Kab/Kota"
    APBN = "apbn", "APBN"
    CSR = "csr", "CSR"


class SexRestriction(models.TextChoices):
    ANY = "", "Laki-laki dan perempuan"
    L = "L", "Hanya laki-laki"
    P = "P", "Hanya perempuan"


class Program(models.Model):
    """A program's rules are data, never constants: KUBE is 5 members and Rp 15.000.000 in one
    province and 10 families and Rp 20.000.000 in another."""

    name = models.CharField("nama program", max_length=150)
    code = models.SlugField("kode", max_length=40, unique=True)
    agency = models.CharField("instansi pemilik", max_length=150)
    region = models.ForeignKey(
        "wilayah.Wilayah",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="wilayah program",
        help_text="Provinsi atau kabupaten/kota penyelenggara.",
    )
    year_start = models.PositiveSmallIntegerField("tahun mulai", validators=[MinValueValidator(2000)])
    year_end = models.PositiveSmallIntegerField("tahun selesai", null=True, blank=True)
    target = models.CharField("sasaran", max_length=12, choices=Target.choices, default=Target.GROUP)
    registry_sources = models.JSONField("sumber data yang diterima", default=list, blank=True)
    max_desil = models.PositiveSmallIntegerField(
        "desil maksimum",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    sex_restriction = models.CharField(
        "batasan jenis kelamin",
        max_length=1,
        choices=SexRestriction.choices,
        default=SexRestriction.ANY,
        blank=True,
    )
    group_size_min = models.PositiveSmallIntegerField("anggota minimal", null=True, blank=True)
    group_size_max = models.PositiveSmallIntegerField("anggota maksimal", null=True, blank=True)
    aid_ceiling_group = models.BigIntegerField("pagu bantuan per kelompok (Rp)", null=True, blank=True)
    aid_ceiling_person = models.BigIntegerField("pagu bantuan per orang (Rp)", null=True, blank=True)
    funding_sources = models.JSONField("sumber dana", default=list, blank=True)
    proposal_addressee = models.CharField("tujuan proposal", max_length=250, blank=True)
    training_only = models.BooleanField("hanya pelatihan (tanpa bantuan barang)", default=False)
    prerequisite = models.CharField(
        "syarat peserta",
        max_length=250,
        blank=True,
        help_text="Mis. lulusan program bantuan sebelumnya (Jamsosratu).",
    )
    description = models.TextField("keterangan", blank=True)
    is_active = models.BooleanField("aktif", default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "program"
        verbose_name_plural = "program"
        constraints = [
            models.CheckConstraint(
                condition=Q(group_size_min__isnull=True)
                | Q(group_size_max__isnull=True)
                | Q(group_size_min__lte=models.F("group_size_max")),
                name="program_group_size_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(year_end__isnull=True) | Q(year_end__gte=models.F("year_start")),
                name="program_years_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def registry_source_labels(self) -> list[str]:
        return [RegistrySource(s).label for s in self.registry_sources if s in RegistrySource.values]

    def funding_source_labels(self) -> list[str]:
        return [FundingSource(s).label for s in self.funding_sources if s in FundingSource.values]

    def years(self) -> range:
        return range(self.year_start, (self.year_end or self.year_start) + 1)


class Commodity(models.Model):
    """Business type of a group (kopi, gula semut, lele, …). A table, so offices can add their own."""

    name = models.CharField("nama", max_length=80, unique=True)
    sector = models.CharField("sektor", max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "jenis usaha/komoditas"
        verbose_name_plural = "jenis usaha/komoditas"

    def __str__(self) -> str:
        return self.name


class GroupStatus(models.TextChoices):
    # Found in the field or the registry; not yet proposed.
    IDENTIFIED = "identified", "Teridentifikasi"
    # Proposal (with RAB) submitted to the program owner.
    PROPOSED = "proposed", "Diusulkan"
    # Proposal approved; aid not yet delivered.
    APPROVED = "approved", "Disetujui"
    # In-kind aid delivered (BAST signed).
    FUNDED = "funded", "Menerima bantuan"
    # Running its business, reporting monthly.
    ACTIVE = "active", "Aktif berusaha"
    # Members have left poverty / met the program's graduation criteria.
    GRADUATED = "graduated", "Graduasi"
    # Handed over to another agency (cooperative, UMKM office) for further support.
    HANDED_OVER = "handed_over", "Diserahkan ke OPD lain"
    # Stopped (dissolved, moved away, business failed). Always with a reason.
    INACTIVE = "inactive", "Tidak aktif"


# The normal path; moving to the next state needs no reason, anything else does.
STATUS_PATH = [
    GroupStatus.IDENTIFIED,
    GroupStatus.PROPOSED,
    GroupStatus.APPROVED,
    GroupStatus.FUNDED,
    GroupStatus.ACTIVE,
    GroupStatus.GRADUATED,
    GroupStatus.HANDED_OVER,
]


class Group(models.Model):
    """Kelompok binaan: a business group (or, for individual programs, a cohort) in one desa."""

    SCOPE_REGION_FIELD = "desa__code"
    SCOPE_FACILITATOR_FIELD = "facilitator_id"

    name = models.CharField("nama kelompok", max_length=150)
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="groups", verbose_name="program")
    year = models.PositiveSmallIntegerField("tahun")
    desa = models.ForeignKey(
        "wilayah.Wilayah",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="desa/kelurahan",
        limit_choices_to={"level": 4},
    )
    commodity = models.ForeignKey(
        Commodity,
        on_delete=models.PROTECT,
        related_name="groups",
        verbose_name="jenis usaha/komoditas",
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="facilitated_groups",
        verbose_name="fasilitator",
        limit_choices_to={"role": "fasilitator"},
    )
    status = models.CharField("status", max_length=12, choices=GroupStatus.choices, default=GroupStatus.IDENTIFIED)
    address = models.CharField("alamat sekretariat", max_length=250, blank=True)
    notes = models.TextField("catatan", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "name"]
        verbose_name = "kelompok binaan"
        verbose_name_plural = "kelompok binaan"
        constraints = [
            models.UniqueConstraint(fields=["program", "year", "desa", "name"], name="group_unique_name_in_desa"),
        ]
        indexes = [models.Index(fields=["program", "year", "status"])]

    def __str__(self) -> str:
        return self.name

    @property
    def region_code(self) -> str:
        return self.desa_id


class GroupStatusChange(models.Model):
    SCOPE_REGION_FIELD = "group__desa__code"
    SCOPE_FACILITATOR_FIELD = "group__facilitator_id"

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=12, choices=GroupStatus.choices)
    to_status = models.CharField(max_length=12, choices=GroupStatus.choices)
    reason = models.TextField("alasan", blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.group} {self.from_status} → {self.to_status}"


class Sex(models.TextChoices):
    L = "L", "Laki-laki"
    P = "P", "Perempuan"


class MemberRole(models.TextChoices):
    KETUA = "ketua", "Ketua"
    SEKRETARIS = "sekretaris", "Sekretaris"
    BENDAHARA = "bendahara", "Bendahara"
    ANGGOTA = "anggota", "Anggota"


class Member(models.Model):
    """Anggota. Removal is soft (``is_active`` off) so the history and audit trail keep the person."""

    SCOPE_REGION_FIELD = "group__desa__code"
    SCOPE_FACILITATOR_FIELD = "group__facilitator_id"

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="members", verbose_name="kelompok")
    # Copied from the group by the services so that the database itself can hold the
    # "one active membership per NIK per program-year" rule.
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="+", editable=False)
    year = models.PositiveSmallIntegerField(editable=False)
    nik = models.CharField("NIK", max_length=16)
    no_kk = models.CharField("No. KK", max_length=16, blank=True)
    name = models.CharField("nama", max_length=150)
    sex = models.CharField("jenis kelamin", max_length=1, choices=Sex.choices)
    birth_date = models.DateField("tanggal lahir", null=True, blank=True)
    address = models.CharField("alamat", max_length=250, blank=True)
    desa = models.ForeignKey(
        "wilayah.Wilayah",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="desa/kelurahan",
    )
    role = models.CharField(
        "peran dalam kelompok", max_length=12, choices=MemberRole.choices, default=MemberRole.ANGGOTA
    )
    phone = models.CharField("nomor HP", max_length=20, blank=True)
    # NIK warnings (see apps.core.nik) the user saw and confirmed, e.g. ["nik_sex"].
    confirmed_warnings = models.JSONField("peringatan yang dikonfirmasi", default=list, blank=True)
    is_active = models.BooleanField("aktif", default=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_reason = models.CharField("alasan keluar", max_length=250, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["group", "-is_active", "name"]
        verbose_name = "anggota"
        verbose_name_plural = "anggota"
        constraints = [
            models.UniqueConstraint(
                fields=["nik", "program", "year"],
                condition=Q(is_active=True),
                name="member_one_active_membership_per_program_year",
            ),
        ]
        indexes = [models.Index(fields=["nik"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.nik})"


class ImportStatus(models.TextChoices):
    # Checked and waiting for the user to commit or cancel.
    PENDING = "pending", "Menunggu konfirmasi"
    COMMITTED = "committed", "Disimpan"
    CANCELLED = "cancelled", "Dibatalkan"


class MemberImport(models.Model):
    """An uploaded member list, checked row by row and held until the user commits it. Rows are kept
    as parsed so the commit saves exactly what the user reviewed, and rejected rows stay downloadable."""

    SCOPE_REGION_FIELD = "group__desa__code"
    SCOPE_FACILITATOR_FIELD = "group__facilitator_id"

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    filename = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    # [{"row": 2, "values": {...}, "errors": [...], "warnings": [...]}]
    rows = models.JSONField(default=list)
    file_errors = models.JSONField(default=list)
    rows_read = models.PositiveIntegerField(default=0)
    rows_valid = models.PositiveIntegerField(default=0)
    rows_rejected = models.PositiveIntegerField(default=0)
    rows_committed = models.PositiveIntegerField(default=0)
    committed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"
