from __future__ import annotations

import csv
import io
from pathlib import Path

from apps.registry.columns import CANONICAL

# Real East Java desa: Ngadisari (Sukapura, Probolinggo) and a Ngawi desa; NIKs encode 35.13.01.
DESA = "35.13.01.2001"


def person(i: int, **over) -> dict:
    row = {
        "id_individu": f"P{i:05d}", "id_keluarga": f"K{i // 3:05d}", "nik": f"35130117058{i % 10}{i:04d}"[:16],
        "no_kk": f"351301010120{i // 3:04d}", "nama": f"Warga {i}", "jenis_kelamin": "L", "tempat_lahir": "Probolinggo",
        "tanggal_lahir": "", "hubungan_keluarga": "Anak", "alamat": "Dusun Krajan", "rt": "001", "rw": "002",
        "kode_wilayah": DESA, "desil": "1",
    }  # fmt: skip
    row.update(over)
    return row


def nik(day: int, month: int, yy: int, serial: int, *, woman: bool = False, kec: str = "351301") -> str:
    return f"{kec}{day + (40 if woman else 0):02d}{month:02d}{yy:02d}{serial:04d}"


def write_csv(
    path: Path, rows: list[dict], *, headers: list[str] | None = None, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    headers = headers or list(CANONICAL)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=headers, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def read_rejected(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
