"""Program presets: the five programs of the design brief (section 1) and the commodity list, as data.

Every ceiling, group size and year range lives here and in the Program row it creates, never in a
constant elsewhere — an office changes them on the program page, not in code. ``presets_install``
is what ``manage.py seed_demo`` calls; it can also be run on its own to bootstrap a fresh database.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from apps.core.errors import ApplicationError
from apps.programs.models import Commodity, FundingSource, Program, RegistrySource, SexRestriction, Target
from apps.programs.services.programs import program_create, program_update
from apps.wilayah.models import Wilayah

PROGRAM_PRESETS: list[dict[str, Any]] = [
    {
        "code": "peti-koin-bermantra",
        "name": "Peti Koin Bermantra",
        "agency": "Bappeda Provinsi Jawa Timur",
        "region_id": "35",
        "year_start": 2022,
        "year_end": 2026,
        "target": Target.GROUP,
        "registry_sources": [RegistrySource.P3KE, RegistrySource.DTKS, RegistrySource.REGSOSEK, RegistrySource.DTSEN],
        "max_desil": 2,
        # A kelompok binaan is a handful of households; the Probolinggo honey cluster had 60
        # beneficiaries spread over several groups, so no single group needs more than 20.
        "group_size_min": 5,
        "group_size_max": 20,
        "aid_ceiling_group": None,
        "aid_ceiling_person": None,
        "funding_sources": [FundingSource.APBD_PROV, FundingSource.APBD_KAB, FundingSource.CSR],
        "proposal_addressee": "Gubernur Jawa Timur c.q. Kepala Bappeda Provinsi Jawa Timur",
        "training_only": False,
        "sex_restriction": SexRestriction.ANY,
        "prerequisite": "",
        "description": (
            "Pemberdayaan Ekonomi Kolaboratif, Inklusif, Berkelanjutan, Mandiri, Sejahtera. Dasar hukum: "
            "Peraturan Gubernur Jawa Timur Nomor 70 Tahun 2022. Kelompok binaan rumah tangga desil 1–2; lokus "
            "desa dipilih dengan data P3KE (kemudian Regsosek), beralih dari DTKS ke DT-SEN. Dukungan berupa "
            "pelatihan, bibit, mesin (roaster, huller), pemasaran digital, dan pendanaan bersama CSR, "
            "dijalankan Bappeda Provinsi bersama 22 kabupaten/kota."
        ),
    },
    {
        "code": "kube",
        "name": "KUBE (Kelompok Usaha Bersama)",
        "agency": "Dinas Sosial Provinsi Jawa Timur",
        "region_id": "35",
        "year_start": 2023,
        "year_end": 2026,
        "target": Target.GROUP,
        "registry_sources": [RegistrySource.DTKS],
        "max_desil": None,
        "group_size_min": 5,
        "group_size_max": 5,
        "aid_ceiling_group": 15_000_000,
        "aid_ceiling_person": None,
        "funding_sources": [FundingSource.APBD_PROV],
        "proposal_addressee": "Kepala Dinas Sosial Provinsi Jawa Timur",
        "training_only": False,
        "sex_restriction": SexRestriction.ANY,
        "prerequisite": "Keluarga terdaftar di DTKS, usia 18–59 tahun, bukan ASN/TNI/Polri/pensiunan.",
        "description": (
            "Bantuan modal usaha dalam bentuk barang untuk kelompok 5 keluarga dari DTKS: perdagangan, "
            "pertanian, perikanan, peternakan. Pagu Rp 15.000.000 per kelompok mengikuti contoh di Kalimantan "
            "Timur; provinsi lain memakai angka lain, jadi pagu dan ukuran kelompok diatur per program."
        ),
    },
    {
        "code": "wrse",
        "name": "WRSE (Wanita Rawan Sosial Ekonomi)",
        "agency": "Dinas Sosial Provinsi Jawa Timur",
        "region_id": "35",
        "year_start": 2024,
        "year_end": 2026,
        "target": Target.INDIVIDUAL,
        "registry_sources": [RegistrySource.DTKS, RegistrySource.P3KE],
        "max_desil": None,
        "group_size_min": None,
        "group_size_max": None,
        "aid_ceiling_group": None,
        "aid_ceiling_person": 3_000_000,
        "funding_sources": [FundingSource.APBD_PROV],
        "proposal_addressee": "Kepala Dinas Sosial Provinsi Jawa Timur",
        "training_only": False,
        "sex_restriction": SexRestriction.P,
        "prerequisite": "Perempuan (pekerja, ibu rumah tangga, janda) dari keluarga miskin di DTKS atau P3KE.",
        "description": (
            "Bantuan modal usaha dalam bentuk barang untuk perempuan rawan sosial ekonomi secara perorangan, "
            "Rp 3.000.000 per orang. Kelompok di program ini adalah angkatan penerima per desa."
        ),
    },
    {
        "code": "uep",
        "name": "UEP (Usaha Ekonomi Produktif)",
        "agency": "Dinas Sosial Provinsi Jawa Timur",
        "region_id": "35",
        "year_start": 2023,
        "year_end": 2026,
        "target": Target.INDIVIDUAL,
        "registry_sources": [RegistrySource.DTKS],
        "max_desil": None,
        "group_size_min": None,
        "group_size_max": None,
        "aid_ceiling_group": None,
        "aid_ceiling_person": 2_500_000,
        "funding_sources": [FundingSource.APBD_PROV],
        "proposal_addressee": "Kepala Dinas Sosial Provinsi Jawa Timur",
        "training_only": False,
        "sex_restriction": SexRestriction.ANY,
        "prerequisite": "Keluarga lulusan program bantuan sebelumnya (mis. Jamsosratu)",
        "description": (
            "Bantuan usaha dalam bentuk barang, tidak pernah uang tunai, untuk keluarga yang lulus dari program "
            "bantuan sebelumnya; yang usahanya berkembang diserahkan ke OPD lain (koperasi, UMKM). Pagu "
            "Rp 2.500.000 per orang adalah angka contoh untuk demo."
        ),
    },
    {
        "code": "wub",
        "name": "WUB (Wirausaha Baru)",
        "agency": "Disperindag Provinsi Jawa Timur, DKUPP dan Dinas Sosial Kabupaten Probolinggo",
        "region_id": "35.13",
        "year_start": 2025,
        "year_end": 2026,
        "target": Target.INDIVIDUAL,
        "registry_sources": [RegistrySource.P3KE],
        "max_desil": 1,
        # One training cohort (angkatan bimtek) of up to 20 people.
        "group_size_min": None,
        "group_size_max": 20,
        "aid_ceiling_group": None,
        "aid_ceiling_person": None,
        "funding_sources": [FundingSource.APBD_PROV, FundingSource.APBD_KAB],
        "proposal_addressee": "Kepala Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur",
        "training_only": True,
        "sex_restriction": SexRestriction.ANY,
        "prerequisite": "Warga miskin ekstrem (P3KE desil 1).",
        "description": (
            "Bimbingan teknis wirausaha baru lintas OPD untuk angkatan 20 orang dari data kemiskinan ekstrem: "
            "teori lalu praktik, dengan pelatih dari perguruan tinggi dan balai litbang. Hanya pelatihan, "
            "tanpa bantuan barang."
        ),
    },
]

# (name, sector). Names are what offices write on their lists; sectors group them on the dashboard.
COMMODITY_PRESETS: list[tuple[str, str]] = [
    ("Kopi", "Perkebunan"),
    ("Gula semut", "Pengolahan hasil perkebunan"),
    ("Lele olahan", "Perikanan"),
    ("Kerupuk ikan", "Perikanan"),
    ("Anyaman bambu", "Kerajinan"),
    ("Batik", "Kerajinan"),
    ("Madu", "Peternakan"),
    ("Ternak kambing", "Peternakan"),
    ("Ternak ayam kampung", "Peternakan"),
    ("Keripik pisang", "Pengolahan pangan"),
    ("Tempe", "Pengolahan pangan"),
    ("Kue basah dan jajanan", "Pengolahan pangan"),
    ("Jahe dan empon-empon", "Pertanian"),
    ("Jamur tiram", "Pertanian"),
    ("Sembako (warung)", "Perdagangan"),
    ("Jahit dan konveksi", "Jasa"),
]

PRESET_CODES: tuple[str, ...] = tuple(p["code"] for p in PROGRAM_PRESETS)


def _program_fields(preset: dict[str, Any]) -> dict[str, Any]:
    # TextChoices members are str subclasses; store plain strings so JSON fields compare equal on
    # the next run and an unchanged preset writes no audit row.
    fields = {k: v for k, v in preset.items() if k != "code"}
    fields["registry_sources"] = [str(s) for s in preset["registry_sources"]]
    fields["funding_sources"] = [str(s) for s in preset["funding_sources"]]
    fields["target"] = str(preset["target"])
    fields["sex_restriction"] = str(preset["sex_restriction"])
    return fields


@transaction.atomic
def presets_install(*, acting_user=None) -> list[Program]:
    """Create or update, by ``code``, the five preset programs and the commodity list. Idempotent:
    a second run changes nothing and records nothing.

    Writes Program rows through the ORM rather than ``program_create``/``program_update``: this is a
    bootstrap of reference data that must work before any user exists (``program_create`` requires
    an acting user with PROGRAM_MANAGE). It still leaves the same audit trail those services do —
    one AuditEvent per created or changed program, by ``acting_user`` or, without one, by "sistem"
    (actor None).
    """
    region_codes = {p["region_id"] for p in PROGRAM_PRESETS}
    found = set(Wilayah.objects.filter(code__in=region_codes).values_list("code", flat=True))
    if found != region_codes:
        raise ApplicationError(
            f"Wilayah {', '.join(sorted(region_codes - found))} belum ada. Jalankan manage.py load_wilayah dulu."
        )

    for name, sector in COMMODITY_PRESETS:
        Commodity.objects.update_or_create(name=name, defaults={"sector": sector})

    programs: list[Program] = []
    for preset in PROGRAM_PRESETS:
        fields = _program_fields(preset)
        program = Program.objects.filter(code=preset["code"]).first()
        if program is None:
            program = program_create(acting_user=acting_user, code=preset["code"], note="Preset program dipasang.",
                                     **fields)  # fmt: skip
        else:
            program = program_update(acting_user=acting_user, program=program, note="Preset program diperbarui.",
                                     **fields)  # fmt: skip
        programs.append(program)
    return programs


__all__ = ["COMMODITY_PRESETS", "PRESET_CODES", "PROGRAM_PRESETS", "presets_install"]
