from django.db import models


class Level(models.IntegerChoices):
    PROVINSI = 1, "Provinsi"
    KABUPATEN = 2, "Kabupaten/Kota"
    KECAMATAN = 3, "Kecamatan"
    DESA = 4, "Desa/Kelurahan"


class Wilayah(models.Model):
    """A Kemendagri region. The dotted code is the key, so a region's descendants are exactly the
    codes that start with ``code + "."`` — the scope filter relies on that."""

    code = models.CharField("kode", max_length=13, primary_key=True)
    name = models.CharField("nama", max_length=100)
    level = models.PositiveSmallIntegerField("tingkat", choices=Level.choices, db_index=True)
    # provinsi, kabupaten, kota, kecamatan, distrik, desa, kelurahan, desa_adat (as Kemendagri names them)
    kind = models.CharField("jenis", max_length=12)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    postal_code = models.CharField("kode pos", max_length=5, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = "wilayah"
        verbose_name_plural = "wilayah"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def label(self) -> str:
        prefix = {"desa": "Desa ", "kelurahan": "Kel. ", "kecamatan": "Kec. "}.get(self.kind, "")
        return f"{prefix}{self.name}"

    def ancestor_codes(self) -> list[str]:
        parts = self.code.split(".")
        return [".".join(parts[:i]) for i in range(1, len(parts))]
