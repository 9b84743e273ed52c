import pytest

from apps.registry.services import snapshot_import
from apps.registry.tests.helpers import nik, person, write_csv


@pytest.fixture(autouse=True)
def registry_dir(settings, tmp_path):
    """Each test gets its own snapshot store (and linkage cache beneath it)."""
    settings.REGISTRY_DIR = tmp_path / "registry"
    return settings.REGISTRY_DIR


DESA = "35.13.01.2001"
OTHER_DESA = "35.13.01.2002"
KK_A = "3513010101200001"
FIRST = ["Slamet", "Sutrisno", "Wahyudi", "Bambang", "Agus", "Eko", "Joko", "Hadi", "Teguh", "Yanto"]
LAST = ["Prasetyo", "Susilo", "Wibowo", "Hartono", "Setiawan", "Nugroho", "Purnomo", "Kurniawan"]


def registry_rows() -> list[dict]:
    rows = [
        person(1, nama="Budi Santoso", nik=nik(17, 5, 80, 1), no_kk=KK_A, tanggal_lahir="1980-05-17",
               hubungan_keluarga="Kepala Keluarga", id_keluarga="KA"),
        person(2, nama="Siti Aminah", nik=nik(10, 2, 83, 1, woman=True), no_kk=KK_A, jenis_kelamin="P",
               tanggal_lahir="1983-02-10", hubungan_keluarga="Istri", id_keluarga="KA"),
        person(3, nama="Rizky Santoso", nik=nik(1, 7, 5, 1), no_kk=KK_A, tanggal_lahir="2005-07-01",
               id_keluarga="KA"),
        # A namesake of Siti Aminah in the same desa, another household.
        person(4, nama="Siti Aminah", nik=nik(3, 3, 90, 1, woman=True), no_kk="3513010101200002", jenis_kelamin="P",
               tanggal_lahir="1990-03-03", id_keluarga="KB"),
        person(5, nama="Suharto", nik=nik(8, 6, 50, 1), no_kk="3513010101200003", tanggal_lahir="1950-06-08",
               id_keluarga="KC"),
    ]  # fmt: skip
    # Neighbours with other names, so that the model has a village to compare against.
    for i in range(60):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
        rows.append(person(100 + i, nama=name, nik=nik(1 + i % 28, 1 + i % 12, 60 + i % 30, 10 + i),
                           no_kk=f"35130101012{i + 10:05d}", tanggal_lahir=f"19{60 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                           kode_wilayah=DESA if i % 2 else OTHER_DESA, id_keluarga=f"N{i}"))  # fmt: skip
    return rows


def import_registry(tmp_path, rows: list[dict], *, name: str = "uji", source: str = "dtsen"):
    path = write_csv(tmp_path / f"{name}.csv", rows)
    return snapshot_import(acting_user=None, path=path, source=source, period="2025-11", name=name, preset="canonical")


@pytest.fixture
def snapshot(tmp_path):
    return import_registry(tmp_path, registry_rows())


def list_row(nama, nik_="", no_kk="", jk="", tgl="", kode=""):
    return {"nama": nama, "nik": nik_, "no_kk": no_kk, "jenis_kelamin": jk, "tanggal_lahir": tgl, "alamat": "",
            "kode_wilayah": kode}  # fmt: skip
