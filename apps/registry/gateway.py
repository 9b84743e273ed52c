"""The one gateway to DuckDB and the Parquet files (house style §7, like Splink's DatabaseAPI).

Only this module opens DuckDB connections or knows where snapshot files live. Callers pass plain
values and get plain values back; SQL text comes from ``sql.py``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
from django.conf import settings

from apps.registry import sql
from apps.registry.columns import ColumnPlan
from apps.registry.files import CsvInfo

DATA_FILE = "data.parquet"
DUP_ID_FILE = "dup_id.parquet"
DUP_NIK_FILE = "dup_nik.parquet"
NIK_INDEX_FILE = "nik_index.parquet"
REJECTED_FILE = "rejected.csv"


def registry_dir() -> Path:
    return Path(settings.REGISTRY_DIR)


def staging_dir() -> Path:
    return registry_dir() / "staging"


def snapshot_path(storage: str, name: str = DATA_FILE) -> Path:
    return registry_dir() / storage / name


@contextmanager
def connect(*, work_dir: Path | None = None, ordered: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(config={
        "threads": settings.REGISTRY_THREADS,
        "memory_limit": settings.REGISTRY_MEMORY_LIMIT,
        # Large imports spill to disk instead of failing; keep the spill next to the staging data.
        "temp_directory": str((work_dir or registry_dir()) / "duckdb_tmp"),
        "preserve_insertion_order": ordered,
    })  # fmt: skip
    try:
        yield con
    finally:
        con.close()


def new_staging() -> Path:
    path = staging_dir() / uuid.uuid4().hex
    path.mkdir(parents=True)
    return path


def discard(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def publish_files(staging: Path, storage: str) -> None:
    """Move a finished staging directory into place in one rename (same filesystem)."""
    target = registry_dir() / storage
    target.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(target)


def unpublish_files(storage: str) -> None:
    discard(registry_dir() / storage)


@dataclass
class ImportOutcome:
    rows_read: int
    accepted: int
    rejected: int
    flagged: int
    households: int
    reject_counts: dict[str, int] = field(default_factory=dict)
    flag_counts: dict[str, int] = field(default_factory=dict)
    coverage: dict[str, int] = field(default_factory=dict)
    extras: list[str] = field(default_factory=list)


def import_csv(
    *,
    csv_info: CsvInfo,
    plan: ColumnPlan,
    staging: Path,
    desa_codes: list[str],
    province_codes: list[str],
    today: dt.date,
    progress: Callable[[str, int], None],
) -> ImportOutcome:
    """Read, check and write one delivery into ``staging``: data.parquet (every row, with masks),
    dup_id/dup_nik.parquet (whole-file checks), rejected.csv (each rejected row with its reasons).
    Nothing outside ``staging`` is touched. Readers see accepted rows only (``visible_rows``)."""
    data = staging / DATA_FILE
    files = {"data": str(data), "dup_id": str(staging / DUP_ID_FILE), "dup_nik": str(staging / DUP_NIK_FILE)}
    # Insertion order is not kept on the import path: keeping it halves DuckDB's parallel reading.
    with connect(work_dir=staging, ordered=False) as con:
        # A real table (not a registered Arrow view) so the planner knows it is the small side.
        con.register("known_desa_arrow", pa.table({"kode": desa_codes}))
        con.execute("CREATE TEMP TABLE known_desa AS SELECT kode FROM known_desa_arrow")
        progress("membaca dan memeriksa berkas", 5)
        raw = staging / "raw.parquet"
        con.execute(
            sql.stage_copy(headers=csv_info.headers),
            {"path": str(csv_info.path), "delim": csv_info.delimiter, "out": str(raw)},
        )
        progress("memeriksa baris", 35)
        con.execute(
            sql.load_copy(plan=plan, provinces=province_codes, extras=plan.extra_names),
            {"raw": str(raw), "today": today, "out": str(data)},
        )
        raw.unlink()
        progress("mencari duplikat", 75)
        con.execute(sql.DUP_ID_COPY, {"data": files["data"], "out": files["dup_id"]})
        progress("membuat indeks NIK", 80)
        con.execute(sql.NIK_INDEX_COPY, {"data": files["data"], "out": str(staging / NIK_INDEX_FILE)})
        con.execute(sql.DUP_NIK_COPY, {"nik_index": str(staging / NIK_INDEX_FILE), "out": files["dup_nik"]})
        progress("menulis baris ditolak", 85)
        con.execute(
            sql.rejected_copy(headers=csv_info.headers, plan=plan), {**files, "out": str(staging / REJECTED_FILE)}
        )
        _add_utf8_bom(staging / REJECTED_FILE)
        progress("menghitung ringkasan", 92)
        cur = con.execute(sql.stats(), files)
        names = [d[0] for d in cur.description]
        row = dict(zip(names, cur.fetchone(), strict=True))
        malformed = con.execute(sql.MALFORMED_COUNT).fetchone()[0]
        reject_counts = {code: row[code] for _, code, _ in sql.REJECTS if row[code]}
        if malformed:
            reject_counts[sql.MALFORMED[0]] = malformed
        outcome = ImportOutcome(
            rows_read=row["parsed"] + malformed,
            accepted=row["accepted"],
            rejected=row["rejected"] + malformed,
            flagged=row["flagged"],
            households=row["households"],
            reject_counts=reject_counts,
            flag_counts={code: row[code] for _, code, _ in sql.FLAGS if row[code]},
            coverage=dict(sorted((row["coverage"] or {}).items())),
            extras=list(plan.extra_names.values()),
        )
    discard(staging / "duckdb_tmp")
    return outcome


def _add_utf8_bom(path: Path) -> None:
    """Excel on Windows reads a CSV as Windows-1252 unless it starts with a UTF-8 BOM, which would
    garble names like "Sumarsé" in the rejected-rows file offices open."""
    tmp = path.with_suffix(".bom")
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        dst.write(b"\xef\xbb\xbf")
        shutil.copyfileobj(src, dst, 8 * 1024 * 1024)
    tmp.replace(path)


# Reading published snapshots ------------------------------------------------------------------

_read_con: duckdb.DuckDBPyConnection | None = None


def _reader() -> duckdb.DuckDBPyConnection:
    """A cursor on one process-wide DuckDB instance: opening a fresh database per request costs
    more (tens of ms) than a look-up itself."""
    global _read_con
    if _read_con is None:
        _read_con = duckdb.connect(config={"threads": settings.REGISTRY_THREADS,
                                           "memory_limit": settings.REGISTRY_MEMORY_LIMIT})  # fmt: skip
    return _read_con.cursor()


def _files_params(storage: str, i: int) -> dict[str, str]:
    base = registry_dir() / storage
    return {f"data_{i}": str(base / DATA_FILE), f"dup_id_{i}": str(base / DUP_ID_FILE),
            f"dup_nik_{i}": str(base / DUP_NIK_FILE)}  # fmt: skip


def visible_rows(snapshots: list[tuple[int, str]]) -> tuple[str, dict]:
    """SQL for the accepted rows of some published snapshots, tagged with ``snapshot_id``.
    Rejected rows are stored (nothing is lost) but never leave this function."""
    parts, params = [], {}
    for i, (snapshot_id, storage) in enumerate(snapshots):
        params |= _files_params(storage, i)
        rows = sql.rows_with_masks(f"$data_{i}", f"$dup_id_{i}", f"$dup_nik_{i}")
        parts.append(f"SELECT {int(snapshot_id)} AS snapshot_id, * FROM ({rows}) WHERE reject_mask = 0")
    if not parts:
        return "SELECT NULL AS snapshot_id WHERE false", {}
    return " UNION ALL BY NAME ".join(parts), params


def lookup_households(snapshots: list[tuple[int, str]], digits: str, scope_sql: str, scope_params: dict) -> list[dict]:
    """Accepted rows of every household holding ``digits`` as NIK or No. KK. Two passes per
    snapshot, each a plain equality on one column, so DuckDB prunes row groups by their
    statistics (the files are ordered by region and household)."""
    if not snapshots:
        return []
    hit_parts, params = [], {"q": digits}
    for i, (sid, storage) in enumerate(snapshots):
        params[f"data_{i}"] = _files_params(storage, i)[f"data_{i}"]
        params[f"nik_index_{i}"] = str(registry_dir() / storage / NIK_INDEX_FILE)
        hit_parts.append(
            f"SELECT {int(sid)} AS snapshot_id, no_kk, id_individu FROM read_parquet($nik_index_{i}) "
            "WHERE nik_num = CAST($q AS BIGINT)"
        )
        hit_parts.append(
            f"SELECT {int(sid)} AS snapshot_id, no_kk, id_individu FROM read_parquet($data_{i}) WHERE no_kk = $q"
        )
    con = _reader()
    try:
        hits = con.execute(" UNION ".join(hit_parts), params).fetchall()
        if not hits:
            return []
        member_parts, mparams = [], dict(scope_params)
        by_snapshot: dict[int, tuple[set, set]] = {}
        for sid, kk, id_ in hits:
            kks, ids = by_snapshot.setdefault(sid, (set(), set()))
            (kks.add(kk) if kk else ids.add(id_))
        storage_of = dict(snapshots)
        for j, (sid, (kks, ids)) in enumerate(by_snapshot.items()):
            mparams |= _files_params(storage_of[sid], j)
            mparams[f"kks_{j}"], mparams[f"ids_{j}"] = sorted(kks) or [""], sorted(ids) or [""]
            rows = sql.rows_with_masks(f"$data_{j}", f"$dup_id_{j}", f"$dup_nik_{j}")
            # IN on a list parameter is pushed into the scan (row-group pruning); list_contains is not.
            member_parts.append(
                f"SELECT {int(sid)} AS snapshot_id, * FROM ({rows}) WHERE reject_mask = 0 AND {scope_sql} "
                f"AND (no_kk IN (SELECT unnest($kks_{j}::VARCHAR[])) "
                f"OR (no_kk IS NULL AND id_individu IN (SELECT unnest($ids_{j}::VARCHAR[]))))"
            )
        cur = con.execute(" UNION ALL BY NAME ".join(member_parts), mparams)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def fetch(query: str, params: dict) -> list[dict]:
    con = _reader()
    try:
        cur = con.execute(query, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def rejected_file(storage: str) -> Path:
    return registry_dir() / storage / REJECTED_FILE
