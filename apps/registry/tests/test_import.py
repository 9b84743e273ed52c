"""Registry import: every reject and flag rule, formats, presets and bad files, on real files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from apps.core.errors import ApplicationError
from apps.registry import gateway
from apps.registry.columns import CANONICAL
from apps.registry.models import Snapshot, SnapshotStatus
from apps.registry.services import snapshot_import
from apps.registry.tests.helpers import DESA, nik, person, read_rejected, write_csv

pytestmark = pytest.mark.django_db


def run(path, name="uji", source="dtsen", preset="canonical", period="2025-11"):
    return snapshot_import(acting_user=None, path=path, name=name, source=source, period=period, preset=preset)


def rows_of(snap):
    return gateway.fetch(
        "SELECT * FROM read_parquet($p) ORDER BY id_individu", {"p": str(gateway.snapshot_path(snap.storage))}
    )


def test_a_clean_file_is_published_with_counts_and_hash(tmp_path):
    rows = [person(i, nik=nik(17, 5, 85, i), tanggal_lahir="1985-05-17") for i in range(1, 7)]
    snap = run(write_csv(tmp_path / "ok.csv", rows))
    assert snap.status == SnapshotStatus.PUBLISHED
    assert (snap.rows_read, snap.rows_accepted, snap.rows_rejected, snap.rows_flagged) == (6, 6, 0, 0)
    assert snap.households == 3 and snap.coverage == {"35.13": 6}
    assert snap.file_sha256 == hashlib.sha256((tmp_path / "ok.csv").read_bytes()).hexdigest()
    assert rows_of(snap)[0]["kode_wilayah"] == DESA


def test_every_reject_rule_with_its_reason_in_the_rejected_file(tmp_path):
    good = dict(nik=nik(17, 5, 85, 1), tanggal_lahir="1985-05-17")
    rows = [
        person(1, **good),
        person(2, id_individu=""),  # empty id
        person(3, id_individu="DUP"),
        person(4, id_individu="DUP"),  # repeated id: both rejected
        person(5, nama=" "),  # empty name
        person(6, kode_wilayah="3513019999"),  # not a desa
        person(7, kode_wilayah="35.13"),  # a kabupaten, not a desa
        person(8, desil="11"),
        person(9, desil="dua"),  # desil out of range / not a number
        person(10, tanggal_lahir="31-02-1980"),  # impossible date
        person(11, tanggal_lahir="2999-01-01"),  # future
    ]
    snap = run(write_csv(tmp_path / "bad.csv", rows))
    assert snap.rows_read == snap.rows_accepted + snap.rows_rejected == 11
    assert snap.rows_accepted == 1
    assert snap.reject_counts == {
        "id_kosong": 1,
        "id_ganda": 2,
        "nama_kosong": 1,
        "wilayah_tidak_dikenal": 2,
        "desil_tidak_valid": 2,
        "tanggal_lahir_tidak_terbaca": 1,
        "tanggal_lahir_masa_depan": 1,
    }
    rejected = read_rejected(gateway.rejected_file(snap.storage))
    assert len(rejected) == 10
    by_name = {r["nama"]: r["alasan"] for r in rejected}
    assert "id_individu kosong" in by_name["Warga 2"]
    assert "lebih dari sekali" in by_name["Warga 3"] and "lebih dari sekali" in by_name["Warga 4"]
    assert "kode_wilayah bukan kode desa" in by_name["Warga 6"]
    assert "desil bukan bilangan bulat 1–10" in by_name["Warga 8"]
    assert "tidak terbaca" in by_name["Warga 10"] and "masa depan" in by_name["Warga 11"]
    # the rejected file keeps the values exactly as delivered
    row6 = next(r for r in rejected if r["nama"] == "Warga 6")
    assert row6["kode_wilayah"] == "3513019999" and row6["id_individu"] == "P00006"
    assert next(r for r in rejected if r["nama"] == "Warga 9")["desil"] == "dua"


def test_flags_keep_the_row_and_say_why(tmp_path):
    rows = [
        person(1, nik="351301170585001"),  # 15 digits
        person(2, nik="9913011705850002"),  # unknown province
        person(3, nik="3513013213850003"),  # impossible encoded date
        person(4, nik=nik(17, 5, 85, 4)),
        person(5, nik=nik(17, 5, 85, 4)),  # the same NIK twice
        person(6, nik=nik(17, 5, 85, 6), tanggal_lahir="1985-05-18"),  # birth date disagrees
        person(7, nik=nik(17, 5, 85, 7, woman=True), jenis_kelamin="L"),  # sex disagrees
        person(8, nik=nik(17, 5, 85, 8), jenis_kelamin="X"),  # unknown sex code
        person(9, nik=nik(17, 5, 85, 9), tanggal_lahir="1985-05-17"),  # clean
    ]
    snap = run(write_csv(tmp_path / "flags.csv", rows))
    assert snap.rows_accepted == 9 and snap.rows_rejected == 0
    assert snap.flag_counts == {
        "nik_bukan_16_digit": 1,
        "nik_struktur_tidak_valid": 2,
        "nik_ganda": 2,
        "nik_tgl_lahir_beda": 1,
        "nik_jenis_kelamin_beda": 1,
        "jenis_kelamin_tidak_dikenal": 1,
    }
    assert snap.rows_flagged == 8


def test_dates_codes_and_sexes_in_the_forms_offices_use(tmp_path):
    rows = [
        person(
            1,
            tanggal_lahir="17-05-1985",
            kode_wilayah="3513012001",
            jenis_kelamin="Perempuan",
            nik=nik(17, 5, 85, 1, woman=True),
            desil="2.0",
        ),
        person(
            2,
            tanggal_lahir="17/05/1985",
            kode_wilayah="35.13.01.2001",
            jenis_kelamin="laki-laki",
            nik="3513.0117.0585.0002",
        ),
    ]
    snap = run(write_csv(tmp_path / "forms.csv", rows, delimiter=";"))
    assert snap.rows_accepted == 2 and snap.rows_flagged == 0, snap.flag_counts
    got = rows_of(snap)
    assert {str(r["tanggal_lahir"]) for r in got} == {"1985-05-17"}
    assert {r["kode_wilayah"] for r in got} == {DESA}
    assert [r["jenis_kelamin"] for r in got] == ["P", "L"]
    assert got[0]["desil"] == 2 and got[1]["nik"] == "3513011705850002"


def test_extra_columns_are_kept(tmp_path):
    rows = [dict(person(1), pekerjaan="petani", **{"Penerima PKH": "Ya"})]
    headers = [*person(1).keys(), "pekerjaan", "Penerima PKH"]
    snap = run(write_csv(tmp_path / "extra.csv", rows, headers=headers))
    assert set(snap.extra_columns) == {"pekerjaan", "penerima_pkh"}
    assert rows_of(snap)[0]["penerima_pkh"] == "Ya"


def test_windows_1252_file_is_read(tmp_path):
    path = write_csv(tmp_path / "win.csv", [person(1, nama="Sumarsé"), person(2)], encoding="cp1252")
    snap = run(path)
    assert snap.encoding == "cp1252" and rows_of(snap)[0]["nama"] == "Sumarsé"


def test_dtks_preset_assembles_the_split_region_code(tmp_path):
    headers = ["IDBDT", "IDARTBDT", "KDPROP", "KDKAB", "KDKEC", "KDDESA", "Nama", "JnsKel", "TglLahir", "NIK", "NoKK"]
    rows = [
        dict(
            zip(
                headers,
                [
                    "B1",
                    "A1",
                    "35",
                    "13",
                    "01",
                    "2001",
                    "Sutini",
                    "2",
                    "1985-05-17",
                    nik(17, 5, 85, 1, woman=True),
                    "3513010101200001",
                ],
                strict=True,
            )
        )
    ]
    snap = run(write_csv(tmp_path / "bdt.csv", rows, headers=headers), source="dtks", preset="dtks")
    row = rows_of(snap)[0]
    assert (row["kode_wilayah"], row["jenis_kelamin"], row["id_individu"], row["id_keluarga"]) == (
        DESA,
        "P",
        "A1",
        "B1",
    )


def test_dtsen_preset(tmp_path):
    headers = [
        "id_individu",
        "nomor_kartu_keluarga",
        "nomor_induk_kependudukan",
        "nama_anggota_keluarga",
        "kode_provinsi",
        "kode_kabupaten_kota",
        "kode_kecamatan",
        "kode_kelurahan_desa",
        "desil_nasional",
        "skor",
    ]
    rows = [
        dict(
            zip(
                headers,
                ["X1", "3513010101200001", nik(17, 5, 85, 1), "Sutrisno", "35", "13", "01", "2001", "1", "12.5"],
                strict=True,
            )
        )
    ]
    snap = run(write_csv(tmp_path / "dtsen.csv", rows, headers=headers), preset="dtsen")
    row = rows_of(snap)[0]
    assert (row["nama"], row["kode_wilayah"], row["desil"], row["skor"]) == ("Sutrisno", DESA, 1, "12.5")


def test_p3ke_workbook_with_a_title_block(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["DATA P3KE KABUPATEN PROBOLINGGO"])
    ws.append(["Sumber: Kemenko PMK"])
    ws.append([])
    ws.append(
        [
            "ID Individu",
            "ID Keluarga P3KE",
            "Nama",
            "NIK",
            "Jenis Kelamin",
            "Kode Kemdagri",
            "Desil Kesejahteraan",
            "Padan Dukcapil",
        ]
    )
    ws.append(["I1", "F1", "Sumiati", nik(17, 5, 85, 1, woman=True), "Perempuan", "3513012001", 1, "Padan"])
    ws.append(["I2", "F1", "Sutrisno", nik(17, 5, 85, 2), "Laki-laki", "3513012001", 1, "Padan"])
    path = tmp_path / "p3ke.xlsx"
    wb.save(path)
    snap = run(path, source="p3ke", preset="p3ke")
    assert (snap.rows_read, snap.rows_accepted) == (2, 2)
    assert rows_of(snap)[0]["padan_dukcapil"] == "Padan"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "kosong"),
        (b"id_individu,nama,kode_wilayah\n", "hanya berisi judul kolom"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "bukan teks/CSV"),
        (b"nama,alamat\nBudi,Dusun\n", "Kolom wajib tidak ditemukan: ID individu, Kode wilayah"),
        (
            "id_individu,nama,kode_wilayah\nP1,Sumarsé,3513012001\n".encode()
            + "P2,Sumarsé,3513012001\n".encode("cp1252"),
            "mencampur encoding",
        ),
    ],
    ids=["empty", "headers-only", "binary", "wrong-headers", "mixed-encodings"],
)
def test_unreadable_files_publish_nothing_and_free_the_name(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ApplicationError, match=message):
        run(path, name="sama")
    assert not Snapshot.objects.filter(status=SnapshotStatus.PUBLISHED).exists()
    failed = Snapshot.objects.get()
    assert failed.status == SnapshotStatus.FAILED and message.split(":")[0] in failed.error
    assert (
        not any((gateway.registry_dir() / "snapshots").glob("*"))
        if (gateway.registry_dir() / "snapshots").exists()
        else True
    )
    assert not any(gateway.staging_dir().iterdir())
    # the name is still free
    assert run(write_csv(tmp_path / "ok.csv", [person(1)]), name="sama").is_published


def test_xlsx_formula_without_a_saved_value_is_refused(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["id_individu", "nama", "kode_wilayah", "desil"])
    ws.append(["P1", "Budi", "3513012001", "=1+1"])  # openpyxl saves no cached value
    path = tmp_path / "rumus.xlsx"
    wb.save(path)
    with pytest.raises(ApplicationError, match="rumus tanpa nilai"):
        run(path)


def test_a_published_name_cannot_be_reused(tmp_path):
    run(write_csv(tmp_path / "a.csv", [person(1)]), name="dtsen-2025-11")
    with pytest.raises(ApplicationError, match="sudah dipakai"):
        run(write_csv(tmp_path / "b.csv", [person(2)]), name="dtsen-2025-11")


def test_a_crash_midway_publishes_nothing(tmp_path):
    def crash(stage, pct):
        if stage == "mencari duplikat":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        snapshot_import(
            acting_user=None,
            path=write_csv(tmp_path / "a.csv", [person(1)]),
            name="x",
            source="dtks",
            period="2025-01",
            progress=crash,
        )
    assert Snapshot.objects.get().status == SnapshotStatus.FAILED
    assert not any(gateway.staging_dir().iterdir())
    assert not (gateway.registry_dir() / "snapshots").exists()


def test_period_and_source_are_checked(tmp_path):
    path = write_csv(tmp_path / "a.csv", [person(1)])
    with pytest.raises(ApplicationError, match="YYYY-MM"):
        run(path, period="2025-13")
    with pytest.raises(ApplicationError, match="Sumber data"):
        run(path, source="bdt")


def test_rejected_file_opens_in_excel_with_accents(tmp_path):
    snap = run(write_csv(tmp_path / "a.csv", [person(1), person(2, nama="Sumarsé", desil="x")]))
    raw = gateway.rejected_file(snap.storage).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel would otherwise read Windows-1252
    assert "Sumarsé" in raw.decode("utf-8-sig")


def test_imports_left_running_by_a_dead_process_are_marked_failed(tmp_path):
    import datetime as dt

    from django.utils import timezone

    from apps.registry.services import snapshot_fail_stale

    stuck = Snapshot.objects.create(name="mati", source="dtks", period="2025-01")
    Snapshot.objects.filter(pk=stuck.pk).update(created_at=timezone.now() - dt.timedelta(hours=7))
    fresh = Snapshot.objects.create(name="jalan", source="dtks", period="2025-01")
    assert snapshot_fail_stale() == 1
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert stuck.status == SnapshotStatus.FAILED and "prosesnya mati" in stuck.error
    assert fresh.status == SnapshotStatus.IMPORTING


def test_the_look_up_indexes_point_at_their_rows(tmp_path):
    rows = [person(i, nik=nik(17, 5, 85, i % 4 + 1), no_kk=f"351301010120{i % 3:04d}") for i in range(1, 10)]
    rows += [person(10, nik="3513.0117.0585.0009", no_kk=" 3513-0101-0120-0009 "), person(11, nik="12345", no_kk="X1")]
    snap = run(write_csv(tmp_path / "idx.csv", rows))
    files = {
        name: str(gateway.snapshot_path(snap.storage, f"{name}.parquet")) for name in ("data", "nik_index", "kk_index")
    }
    for index, key, expr in (("nik_index", "nik_num", "CAST(d.nik AS BIGINT)"),
                             ("kk_index", "kk_num", "TRY_CAST(d.no_kk AS BIGINT)")):  # fmt: skip
        entries = gateway.fetch(
            f"SELECT i.{key} AS key, {expr} AS row_key FROM read_parquet($index) i "
            "JOIN read_parquet($data, file_row_number = true) d ON d.file_row_number = i.row",
            {"index": files[index], "data": files["data"]},
        )
        assert entries and all(e["key"] == e["row_key"] for e in entries)
        keys = [e["key"] for e in gateway.fetch(f"SELECT {key} AS key FROM read_parquet($p)", {"p": files[index]})]
        assert keys == sorted(keys)
    # every well-formed NIK and every No. KK that reads as a number is indexed, nothing else
    assert len(keys) == 10
    nik_rows = gateway.fetch("SELECT count(*) AS n FROM read_parquet($p)", {"p": files["nik_index"]})[0]["n"]
    assert nik_rows == 10


def _long_file(tmp_path, tail: bytes, *, head_name: str = "Sutrisno") -> Path:
    """Over 64 KB of plain rows, then ``tail``: the encoding is only visible far into the file."""
    lines = [",".join(CANONICAL)]
    for i in range(1, 1500):
        row = person(i, nama=head_name if i == 1 else f"Warga {i}", nik=nik(17, 5, 85, i), tanggal_lahir="1985-05-17")
        lines.append(",".join(row[c] for c in CANONICAL))
    body = ("\n".join(lines) + "\n").encode()
    assert len(body) > 65536
    path = tmp_path / "late.csv"
    path.write_bytes(body + tail)
    return path


def test_windows_1252_found_only_late_in_the_file_is_still_read_right(tmp_path):
    last = person(9999, nama="Sumarsé", nik=nik(17, 5, 85, 9999), tanggal_lahir="1985-05-17")
    path = _long_file(tmp_path, (",".join(last[c] for c in CANONICAL) + "\n").encode("cp1252"))
    snap = run(path)
    assert snap.encoding == "cp1252" and snap.rows_accepted == 1500
    assert any(r["nama"] == "Sumarsé" for r in rows_of(snap))


def test_mixed_encodings_found_only_late_in_the_file_are_refused(tmp_path):
    last = person(9999, nama="Sumarsé", nik=nik(17, 5, 85, 9999), tanggal_lahir="1985-05-17")
    path = _long_file(tmp_path, (",".join(last[c] for c in CANONICAL) + "\n").encode("cp1252"), head_name="José")
    with pytest.raises(ApplicationError, match="mencampur encoding"):
        run(path, name="campur")
    assert not Snapshot.objects.filter(status=SnapshotStatus.PUBLISHED).exists()
