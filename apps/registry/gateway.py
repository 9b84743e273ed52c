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
KK_INDEX_FILE = "kk_index.parquet"
REJECTED_FILE = "rejected.csv"


def registry_dir() -> Path:
    return Path(settings.REGISTRY_DIR)


def staging_dir() -> Path:
    return registry_dir() / "staging"


def snapshot_path(storage: str, name: str = DATA_FILE) -> Path:
    return registry_dir() / storage / name


@contextmanager
def connect(
    *, work_dir: Path | None = None, ordered: bool = True, extra_threads: int = 0
) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(config={
        "threads": settings.REGISTRY_THREADS + extra_threads,
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


class NotUtf8(Exception):  # noqa: N818 (a signal to the caller, not an error shown to anyone)
    """The delivery was read as UTF-8 and a line turned out not to be: examine the whole file."""


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
    dup_id/dup_nik.parquet (whole-file checks), nik_index/kk_index.parquet (look-ups),
    rejected.csv (each rejected row with its reasons). Nothing outside ``staging`` is touched.
    Readers see accepted rows only (``visible_rows``)."""
    data = staging / DATA_FILE
    files = {"data": str(data), "dup_id": str(staging / DUP_ID_FILE), "dup_nik": str(staging / DUP_NIK_FILE)}
    # Insertion order is not kept on the import path: keeping it halves DuckDB's parallel reading.
    # One thread more than cores: the file's SHA-256 runs beside the import and reads leave gaps
    # (measured on 2 cores, 2M rows: 3.80 s against 3.92 s).
    with connect(work_dir=staging, ordered=False, extra_threads=1) as con:
        con.register("known_desa_arrow", pa.table({"kode": desa_codes}))
        con.execute(sql.KNOWN_DESA)
        progress("membaca dan memeriksa berkas", 5)
        # DuckDB estimates a CSV read without sniffing at a few dozen rows, so it would build the
        # desa join's hash table on the whole file instead of on the 17,000 codes.
        con.execute("SET disabled_optimizers = 'build_side_probe_side'")
        con.execute(
            sql.load_copy(plan=plan, headers=csv_info.headers, provinces=province_codes, extras=plan.extra_names),
            {"path": str(csv_info.path), "delim": csv_info.delimiter, "today": today, "out": str(data)},
        )
        con.execute("RESET disabled_optimizers")
        if con.execute(sql.INVALID_ENCODING_COUNT).fetchall()[0][0]:
            raise NotUtf8()
        progress("mencari duplikat", 60)
        con.execute(sql.KEYS_TABLE, {"data": files["data"]})
        con.execute(sql.DUP_ID_COPY, {"out": files["dup_id"]})
        con.execute(sql.DUP_NIK_COPY, {"out": files["dup_nik"]})
        progress("membuat indeks NIK dan No. KK", 65)
        con.execute(sql.NIK_INDEX_COPY, {"out": str(staging / NIK_INDEX_FILE)})
        con.execute(sql.KK_INDEX_COPY, {"out": str(staging / KK_INDEX_FILE)})
        progress("menulis baris ditolak", 85)
        positions = con.execute(sql.REJECTED_POSITIONS, {"dup_id": files["dup_id"]}).fetchall()[0][0] or []
        con.execute(
            sql.rejected_copy(headers=csv_info.headers, plan=plan),
            {**files, "positions": positions, "out": str(staging / REJECTED_FILE)},
        )
        _add_utf8_bom(staging / REJECTED_FILE)
        progress("menghitung ringkasan", 92)
        cur = con.execute(sql.stats(), {"dup_id": files["dup_id"], "dup_nik": files["dup_nik"]})
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
        # Snapshot files never change once published, so their Parquet footers can be cached: a
        # look-up then reads only the row groups it needs.
        _read_con.execute("SET GLOBAL parquet_metadata_cache = true")
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
    """Accepted rows of every household holding ``digits`` (16 digits) as NIK or No. KK: the
    people with that NIK and their households, and the household with that No. KK. At most three
    small queries over all snapshots, each reading a few row groups: the indexes give positions,
    data.parquet is read at those positions only."""
    if not snapshots:
        return []
    con = _reader()
    try:
        params: dict = {"q": digits}
        for i, (_, storage) in enumerate(snapshots):
            base = registry_dir() / storage
            params |= {f"data_{i}": str(base / DATA_FILE), f"nik_index_{i}": str(base / NIK_INDEX_FILE),
                       f"kk_index_{i}": str(base / KK_INDEX_FILE)}  # fmt: skip
        hits = con.execute(
            " UNION ALL ".join(sql.lookup_hits(i, sid) for i, (sid, _) in enumerate(snapshots)), params
        ).fetchall()
        # Per snapshot: household No. KKs, people without one, candidate positions.
        found = {sid: ({digits}, set(), set()) for sid, _ in snapshots}
        for sid, via, row, kk, id_ in hits:
            kks, ids, rows = found[sid]
            rows.add(row)
            if via == "nik":
                (kks.add(kk) if kk else ids.add(id_))
        # A NIK holder's household under another No. KK: its positions from the No. KK index. A No.
        # KK that is not plain digits is not found by its number; that snapshot is scanned whole.
        scan = {sid for sid, (kks, _, _) in found.items() if not all(_plain_number(kk) for kk in kks)}
        more = [(i, sid) for i, (sid, _) in enumerate(snapshots) if sid not in scan and len(found[sid][0]) > 1]
        if more:
            kk_params = {f"kk_index_{i}": params[f"kk_index_{i}"] for i, _ in more}
            kk_params |= {f"kk_nums_{i}": sorted(int(kk) for kk in found[sid][0] - {digits}) for i, sid in more}
            parts = " UNION ALL ".join(sql.lookup_kk_rows(i, sid) for i, sid in more)
            for sid, row in con.execute(parts, kk_params).fetchall():
                found[sid][2].add(row)
        member_parts, mparams = [], dict(scope_params)
        for i, (sid, storage) in enumerate(snapshots):
            kks, ids, rows = found[sid]
            if sid not in scan and not rows:
                continue
            mparams |= _files_params(storage, i) | {f"kks_{i}": sorted(kks), f"ids_{i}": sorted(ids) or [""]}
            if sid not in scan:
                mparams[f"rows_{i}"] = sorted(rows)
            member_parts.append(sql.lookup_members(i, sid, scope_sql, indexed=sid not in scan))
        if not member_parts:
            return []
        cur = con.execute(" UNION ALL BY NAME ".join(member_parts), mparams)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def _plain_number(text: str) -> bool:
    """Digits only, few enough for a BIGINT: the No. KK index holds it under its number."""
    return text.isascii() and text.isdigit() and len(text) <= 18


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
