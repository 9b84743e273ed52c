import time

import pytest

from apps.wilayah.codes import normalize_code
from apps.wilayah.models import Wilayah
from apps.wilayah.selectors import wilayah_get
from apps.wilayah.services import wilayah_load


@pytest.mark.parametrize(
    ("raw", "dotted"),
    [
        ("3513012001", "35.13.01.2001"),
        ("35.13.01.2001", "35.13.01.2001"),
        (" 35 13 01 2001 ", "35.13.01.2001"),
        (3513012001, "35.13.01.2001"),
        ("3513012001.0", "35.13.01.2001"),
        ("3513", "35.13"),
        ("351301", "35.13.01"),
        ("35", "35"),
        ("351", None),
        ("35.13.1", None),
        ("abc", None),
        ("", None),
        (None, None),
    ],
)
def test_codes_are_accepted_dotted_or_undotted(raw, dotted):
    assert normalize_code(raw) == dotted


@pytest.mark.django_db
def test_lookup_accepts_both_forms():
    assert wilayah_get("3513012001").name == wilayah_get("35.13.01.2001").name == "Ngadisari"
    assert wilayah_get("3513").name == "Kabupaten Probolinggo"


@pytest.mark.django_db
def test_full_load_has_every_region_of_indonesia_and_is_idempotent():
    started = time.monotonic()
    counts = wilayah_load()
    assert counts == {"provinsi": 38, "kabupaten_kota": 514, "kecamatan": 7285, "desa_kelurahan": 83762}
    assert time.monotonic() - started < 60
    again = wilayah_load()
    assert again == counts
    assert Wilayah.objects.count() == 38 + 514 + 7285 + 83762
    desa = Wilayah.objects.get(code="35.13.01.2001")
    assert (desa.level, desa.kind, desa.parent_id, desa.postal_code) == (4, "desa", "35.13.01", "67254")
    assert Wilayah.objects.get(code="35.78").kind == "kota"
