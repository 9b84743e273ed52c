import pytest

from apps.linkage.regions import RegionLevel, address_key, compare_regions


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("35.13.01.2001", "3513012001", RegionLevel.SAME_DESA),  # dotted vs undotted
        ("3513012001.0", "35.13.01.2001", RegionLevel.SAME_DESA),  # read from Excel
        ("35.13.01.2001", "35.13.01.2002", RegionLevel.SAME_KECAMATAN),
        ("35.13.01", "35.13.01.2002", RegionLevel.SAME_KECAMATAN),  # kecamatan-level input
        ("35.13.01.2001", "35.13.02.2001", RegionLevel.SAME_KABUPATEN),
        ("3513", "35.13.02.2001", RegionLevel.SAME_KABUPATEN),  # kabupaten-level input
        ("35.13.01.2001", "35.14.01.2001", RegionLevel.SAME_PROVINCE),
        ("35.13", "35.14", RegionLevel.SAME_PROVINCE),
        ("35.13.01.2001", "36.13.01.2001", RegionLevel.DIFFERENT),
        ("", "35.13.01", RegionLevel.MISSING),
        (None, "35.13.01", RegionLevel.MISSING),
        ("35.13.1", "35.13.01", RegionLevel.MISSING),  # malformed
        ("351301200", "35.13.01", RegionLevel.MISSING),  # 9 digits is no level
    ],
)
def test_region_levels(a, b, level):
    assert compare_regions(a, b).level == level
    assert compare_regions(b, a).level == level


def test_region_reasons_and_coarser_side():
    same = compare_regions("35.13.01.2001", "3513012001")
    assert same.reasons == ["desa sama"]
    assert same.depth == 4
    coarse = compare_regions("35.13.01", "35.13.01.2002")
    assert coarse.reasons == ["kecamatan sama", "kode wilayah satu sisi kurang rinci"]
    assert coarse.depth == 3
    assert compare_regions("35", "36.01").reasons == ["wilayah berbeda"]


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("DSN. KRAJAN KIDUL RT.8/RW.002", "kidul krajan"),
        ("krajan kidul 08/02", "kidul krajan"),
        ("Dusun Krajan Kidul", "kidul krajan"),
        # The desa name some registries append is what kode_wilayah already says.
        ("DUSUN DOKO DESA LABRUK KIDUL", "doko"),
        # House numbers and RT/RW are left out; old spelling folds (Soember = Sumber).
        ("JL. KELAPA NO. 28", "kelapa"),
        ("Jl. Kelapa Rt.015/rw.005", "kelapa"),
        ("Dsn Soemberagung", "sumberagung"),
        ("016/04", None),
        ("", None),
        (None, None),
    ],
)
def test_address_key_is_the_dusun_or_street_name(raw, key):
    assert address_key(raw) == key
