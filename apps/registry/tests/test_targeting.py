"""Targeting, locus ranking and desil transitions on small handmade snapshots."""

import io

import pytest
from openpyxl import load_workbook

from apps.registry.services import snapshot_import
from apps.registry.targeting import desil_transitions, locus_ranking, locus_ranking_xlsx, targeting
from apps.registry.tests.helpers import nik, person, write_csv

pytestmark = pytest.mark.django_db
NGADISARI, WONOKERTO = "35.13.01.2001", "35.13.01.2002"  # both in Kec. Sukapura, Kab. Probolinggo
NGAWI = "35.21.01.2001"


def household(hh: int, desa: str, desil: int | None, size: int, kec: str = "351301") -> list[dict]:
    kk = f"{kec}0101200{hh:03d}"
    return [
        person(
            hh * 10 + m,
            no_kk=kk,
            kode_wilayah=desa,
            desil="" if desil is None else str(desil),
            nik=nik(1 + m, 1 + hh % 12, 80, hh * 10 + m, kec=kec),
            hubungan_keluarga="Kepala Keluarga" if m == 0 else "Anak",
            nama=f"KK{hh}-{m}",
        )
        for m in range(size)
    ]


@pytest.fixture
def snap(tmp_path):
    rows = (
        household(1, NGADISARI, 1, 3)
        + household(2, NGADISARI, 2, 2)
        + household(3, NGADISARI, 5, 4)
        + household(4, WONOKERTO, 1, 1)
        + household(5, WONOKERTO, 7, 2)
        + household(6, WONOKERTO, 8, 2)
        + household(7, NGAWI, 1, 2, kec="352101")
    )
    return snapshot_import(
        acting_user=None, path=write_csv(tmp_path / "a.csv", rows), name="a", source="dtks", period="2024-06"
    )


def test_targeting_counts_households_and_people(make_user, snap):
    admin = make_user("admin_provinsi", ["35"])
    result = targeting(user=admin, snapshot=snap, region="35.13", max_desil=2)
    assert (result.households, result.persons, result.households_all) == (3, 6, 6)
    assert result.by_desil == {1: 2, 2: 1, 5: 1, 7: 1, 8: 1}
    assert [r["kepala"] for r in result.rows] == ["KK1-0", "KK4-0", "KK2-0"]
    assert result.rows[0]["desa"] == "Ngadisari"


def test_targeting_is_scoped(make_user, snap):
    ngawi = make_user("perencana", ["35.21"])
    assert targeting(user=ngawi, snapshot=snap, region=None, max_desil=2).households == 1
    assert targeting(user=ngawi, snapshot=snap, region="35.13", max_desil=10).households == 0


def test_locus_ranking_by_desa_and_kecamatan(make_user, snap):
    admin = make_user("admin_provinsi", ["35"])
    desa = locus_ranking(user=admin, snapshot=snap, kabupaten="35.13", level="desa")
    assert [(r["rank"], r["name"], r["poor"], r["households"]) for r in desa] == [
        (1, "Ngadisari", 2, 3),
        (2, "Wonotoro", 1, 3),
    ]
    assert desa[0]["share"] == pytest.approx(2 / 3)
    kec = locus_ranking(user=admin, snapshot=snap, kabupaten="35.13", level="kecamatan")
    assert [(r["code"], r["poor"], r["households"]) for r in kec] == [("35.13.01", 3, 6)]
    ws = load_workbook(io.BytesIO(locus_ranking_xlsx(rows=desa, title="Lokus", level="desa"))).active
    assert [c.value for c in ws[4]] == [1, NGADISARI, "Ngadisari", 3, 2, pytest.approx(0.6667, abs=1e-4)]


def test_transition_matrix_and_lists(make_user, tmp_path, snap):
    # In B: KK1 rises to desil 3, KK2 falls to 1, KK3 vanishes, KK4 stays.
    rows = household(1, NGADISARI, 3, 3) + household(2, NGADISARI, 1, 2) + household(4, WONOKERTO, 1, 1)
    b = snapshot_import(
        acting_user=None, path=write_csv(tmp_path / "b.csv", rows), name="b", source="dtsen", period="2025-11"
    )
    admin = make_user("admin_provinsi", ["35"])
    t = desil_transitions(user=admin, a=snap, b=b, region=NGADISARI)
    assert t.matrix == {(1, 3): 3, (2, 1): 2, (5, None): 4}
    assert t.total == 9
    assert {r["nama"] for r in t.up} == {"KK1-0", "KK1-1", "KK1-2"}
    assert {r["nama"] for r in t.down} == {"KK2-0", "KK2-1"}
    assert len(t.gone) == 4
    only = desil_transitions(user=admin, a=snap, b=b, niks=[nik(1, 3, 80, 20)])  # KK2's head
    assert only.matrix == {(2, 1): 1}
