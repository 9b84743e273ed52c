import pytest

from apps.registry.selectors import registry_lookup
from apps.registry.services import snapshot_import
from apps.registry.tests.helpers import nik, person, write_csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_snapshots(tmp_path):
    kk = "3513010101200001"
    family = [
        person(1, nik=nik(17, 5, 85, 1), no_kk=kk, hubungan_keluarga="Kepala Keluarga", desil="2"),
        person(2, nik=nik(20, 6, 88, 2, woman=True), no_kk=kk, jenis_kelamin="P", hubungan_keluarga="Istri", desil="2"),
        person(3, nik=nik(1, 1, 10, 3), no_kk=kk, desil="2"),
    ]
    ngawi = person(9, nik="3521011705850009", no_kk="3521010101200009", kode_wilayah="35.21.01.2001")
    a = snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "a.csv", [*family, ngawi]),
        name="dtks-2024",
        source="dtks",
        period="2024-06",
    )
    moved = [dict(p, desil="4") for p in family[:2]]  # the child is gone in the newer delivery
    b = snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "b.csv", [*moved, ngawi]),
        name="dtsen-2025",
        source="dtsen",
        period="2025-11",
    )
    return a, b, kk


def test_lookup_by_nik_returns_the_household_in_every_snapshot(make_user, two_snapshots):
    a, b, kk = two_snapshots
    user = make_user("perencana", ["35.13"])
    households = registry_lookup(user=user, query=nik(20, 6, 88, 2, woman=True))
    assert [h.snapshot.name for h in households] == ["dtsen-2025", "dtks-2024"]
    assert [len(h.members) for h in households] == [2, 3]
    assert [h.desil for h in households] == [4, 2]
    assert sum(m["is_match"] for m in households[1].members) == 1


def test_lookup_by_no_kk_and_dotted_input(make_user, two_snapshots):
    user = make_user("perencana", ["35.13"])
    households = registry_lookup(user=user, query="3513.0101.0120.0001")
    assert len(households) == 2 and households[0].no_kk == "3513010101200001"


def test_lookup_obeys_region_scope(make_user, two_snapshots):
    ngawi_user = make_user("perencana", ["35.21"])
    assert registry_lookup(user=ngawi_user, query=nik(17, 5, 85, 1)) == []
    assert len(registry_lookup(user=ngawi_user, query="3521011705850009")) == 2


def test_nonsense_queries_find_nothing(make_user, two_snapshots):
    user = make_user("admin_provinsi", ["35"])
    assert registry_lookup(user=user, query="123") == []
    assert registry_lookup(user=user, query="") == []


def test_a_person_without_no_kk_is_a_household_of_one(make_user, tmp_path):
    lone = person(1, nik=nik(17, 5, 85, 1), no_kk="")
    other = person(2, nik=nik(17, 5, 85, 2), no_kk="")  # also without No. KK: not the same household
    snapshot_import(acting_user=None, path=write_csv(tmp_path / "a.csv", [lone, other]), name="a", source="dtks",
                    period="2024-06")  # fmt: skip
    households = registry_lookup(user=make_user("perencana", ["35.13"]), query=nik(17, 5, 85, 1))
    assert [(h.no_kk, [m["id_individu"] for m in h.members]) for h in households] == [(None, ["P00001"])]


def test_a_malformed_no_kk_still_finds_the_whole_household(make_user, tmp_path):
    kk = "35130101012OOO01"  # letters O for zeros: not a number, so not in the No. KK index
    family = [person(i, nik=nik(17, 5, 85, i), no_kk=kk) for i in (1, 2, 3)]
    snapshot_import(acting_user=None, path=write_csv(tmp_path / "a.csv", [*family, person(4)]), name="a",
                    source="dtks", period="2024-06")  # fmt: skip
    households = registry_lookup(user=make_user("perencana", ["35.13"]), query=nik(17, 5, 85, 2))
    assert [(h.no_kk, sorted(m["id_individu"] for m in h.members)) for h in households] == [
        (kk, ["P00001", "P00002", "P00003"])
    ]


def test_a_household_spread_over_a_large_file_is_found_whole(make_user, tmp_path):
    # Members far apart in the file land in different row groups of data.parquet; the indexes give
    # their positions, so a look-up must still return every member (and nobody else).
    kk = "3513010101209999"
    rows = [person(i, nik=nik(1 + i % 28, 1 + i % 12, 80, i % 9999 + 1), no_kk=f"3513010102{i:06d}")
            for i in range(45_000)]  # fmt: skip
    for at, i in ((0, 1), (22_000, 2), (44_999, 3)):
        rows[at] = person(90_000 + i, nik=nik(9, 9, 99, 9000 + i), no_kk=kk)
    snap = snapshot_import(acting_user=None, path=write_csv(tmp_path / "big.csv", rows), name="besar", source="dtks",
                           period="2024-06")  # fmt: skip
    assert snap.rows_accepted == 45_000
    user = make_user("perencana", ["35.13"])
    for query in (kk, nik(9, 9, 99, 9002)):
        households = registry_lookup(user=user, query=query)
        assert [(h.no_kk, sorted(m["id_individu"] for m in h.members)) for h in households] == [
            (kk, ["P90001", "P90002", "P90003"])
        ]
