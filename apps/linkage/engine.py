"""The linkage engine: Splink on DuckDB against one registry snapshot (the only place Splink runs).

Per snapshot, once, cached next to the registry files under ``REGISTRY_DIR/linkage/<id>/``:
``features.parquet`` (the snapshot's accepted rows as the model compares them) and ``model.json``
(the trained Splink model). Both are written to a temporary name and renamed, so a killed run
leaves no half file behind, and both are deterministic (fixed seed), so a rebuild gives the same
results. Per list: the rows' features go into a temp table, Splink scores the blocked pairs
(``predict_between``) and the caller gets plain candidate dicts back.

The backend is a parameter (``duckdb`` by default); Splink's Spark backend is the path for a
national-scale run (a later issue). The comparisons use DuckDB SQL functions.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
from django.conf import settings

from apps.linkage import model
from apps.linkage.features import ListRecord, name_keys
from apps.linkage.regions import address_key
from apps.registry import gateway as registry_gateway

log = logging.getLogger(__name__)

FEATURES_FILE = "features.parquet"
MODEL_FILE = "model.json"
# Bump when features or the model change: cached files of an older version are rebuilt.
ENGINE_VERSION = 16
SEED = 20251101
# Random pairs for the u-probabilities: half the snapshot's size, between these bounds (a bigger
# snapshot has rarer agreements — one desa is a smaller share of it — so it needs more pairs).
U_SAMPLE_PAIRS = (500_000, 1_000_000)
# Share of list rows expected to be in the registry; sets Splink's prior together with its size.
EXPECTED_IN_REGISTRY = 0.85

Progress = Callable[[str, int], None]
# Candidates returned per list row: enough for the review screen and for looking past a husband to
# his wife (decide.py explains at most 4 × 3).
CANDIDATES_KEPT = 12

# Registry columns as the model sees them. NIK/KK only when well-formed (16 digits), like the list.
REGISTRY_FEATURES_SQL = """
    SELECT r.id_individu AS unique_id,
        CASE WHEN r.nik16 THEN r.nik END AS nik, NULL::VARCHAR AS nik_raw,
        NULL::VARCHAR AS nik_sci_low, NULL::VARCHAR AS nik_sci_high,
        CASE WHEN r.no_kk GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
             THEN r.no_kk END AS no_kk,
        r.jenis_kelamin AS sex, r.tanggal_lahir AS dob,
        coalesce(month(r.tanggal_lahir) = 1 AND day(r.tanggal_lahir) = 1, false) AS dob_year_only,
        coalesce(r.nik16 AND r.tanggal_lahir IS NOT NULL
            AND CAST(substr(r.nik, 7, 2) AS INT) % 40 = day(r.tanggal_lahir)
            AND CAST(substr(r.nik, 9, 2) AS INT) = month(r.tanggal_lahir)
            AND CAST(substr(r.nik, 11, 2) AS INT) = year(r.tanggal_lahir) % 100, false) AS nik_dob_ok,
        r.kode_wilayah AS desa, substr(r.kode_wilayah, 1, 8) AS kec,
        substr(r.kode_wilayah, 1, 8) AS kec_block, substr(r.kode_wilayah, 1, 5) AS kab,
        r.nama, upper(r.nama) AS name_raw, r.desil, r.alamat, lower(r.hubungan_keluarga) AS hubungan,
        n.name_norm, n.name_sorted, n.name_sound, n.name_sound_full, n.block_a, n.block_b, a.alamat_key
    FROM ({rows}) r
    LEFT JOIN names n ON n.nama = r.nama
    LEFT JOIN alamats a ON a.alamat = r.alamat
"""


def _dir(snapshot_id: int) -> Path:
    return Path(settings.REGISTRY_DIR) / "linkage" / str(snapshot_id)


def _connect(work: Path) -> duckdb.DuckDBPyConnection:
    work.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(config={
        "threads": settings.REGISTRY_THREADS,
        "memory_limit": settings.REGISTRY_MEMORY_LIMIT,
        "temp_directory": str(work / "duckdb_tmp"),
        "preserve_insertion_order": False,
    })  # fmt: skip


def _names_table(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> None:
    """Our Indonesian name keys, computed in Python once per *distinct* name (a registry of two
    million people holds far fewer distinct names), joined back in SQL."""
    keys_cols = ("nama", "name_norm", "name_sorted", "name_sound", "name_sound_full", "block_a", "block_b")
    cols: dict[str, list] = {k: [] for k in keys_cols}
    for nama in names:
        keys = name_keys(nama)
        cols["nama"].append(nama)
        cols["name_norm"].append(keys.norm)
        cols["name_sorted"].append(keys.sorted)
        cols["name_sound"].append(keys.sound)
        cols["name_sound_full"].append(keys.sound_full)
        cols["block_a"].append(keys.block_a)
        cols["block_b"].append(keys.block_b)
    con.register("names_arrow", pa.table(cols))
    con.execute("CREATE OR REPLACE TEMP TABLE names AS SELECT * FROM names_arrow")
    con.unregister("names_arrow")


def _alamats_table(con: duckdb.DuckDBPyConnection, alamats: Iterable[str]) -> None:
    """Dusun/street keys (``regions.address_key``), once per distinct address, like the names."""
    values = list(alamats)
    con.register("alamats_arrow", pa.table({"alamat": values, "alamat_key": [address_key(a) for a in values]}))
    con.execute("CREATE OR REPLACE TEMP TABLE alamats AS SELECT * FROM alamats_arrow")
    con.unregister("alamats_arrow")


def _write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass
class Prepared:
    features: Path
    model: dict
    rows: int


def _meta_ok(meta_path: Path) -> bool:
    try:
        return json.loads(meta_path.read_text()).get("version") == ENGINE_VERSION
    except (OSError, ValueError):
        return False


BACKENDS = ("duckdb",)  # Splink's Spark backend: a later issue


def check_backend(backend: str | None) -> str:
    backend = backend or settings.LINKAGE_BACKEND
    if backend not in BACKENDS:
        from apps.core.errors import ApplicationError

        raise ApplicationError(
            f"Mesin pemadanan {backend!r} belum tersedia di server ini; yang tersedia: {', '.join(BACKENDS)}."
        )
    return backend


def prepare(
    snapshot_id: int, storage: str, *, progress: Progress | None = None, backend: str | None = None
) -> Prepared:
    """Features and trained model of a published snapshot, built on first use and then reused."""
    base = _dir(snapshot_id)
    features, model_path, meta_path = base / FEATURES_FILE, base / MODEL_FILE, base / "meta.json"
    if features.exists() and model_path.exists() and _meta_ok(meta_path):
        meta = json.loads(meta_path.read_text())
        return Prepared(features, json.loads(model_path.read_text()), meta["rows"])
    base.mkdir(parents=True, exist_ok=True)
    con = _connect(base)
    try:
        rows_sql, params = registry_gateway.visible_rows([(snapshot_id, storage)])
        if progress:
            progress("menyiapkan nama di snapshot", 5)
        names = con.execute(f"SELECT DISTINCT nama FROM ({rows_sql}) WHERE nama IS NOT NULL", params).fetchall()
        _names_table(con, (n for (n,) in names))
        alamats = con.execute(f"SELECT DISTINCT alamat FROM ({rows_sql}) WHERE alamat IS NOT NULL", params).fetchall()
        _alamats_table(con, (a for (a,) in alamats))
        sql = REGISTRY_FEATURES_SQL.format(rows=rows_sql)
        if progress:
            progress("menyiapkan data snapshot", 15)

        def write_features(tmp: Path) -> None:
            # Term frequency of each normalised name: a common name agreeing is weaker evidence.
            con.execute(
                f"""COPY (
                    SELECT f.*, f.no_kk AS kk_via_nik,
                        count(*) OVER (PARTITION BY f.name_norm) / (SELECT count(*) FROM ({sql})) AS tf_name_norm
                    FROM ({sql}) f
                ) TO $out (FORMAT parquet)""",
                {**params, "out": str(tmp)},
            )

        _write_atomic(features, write_features)
        rows = con.execute("SELECT count(*) FROM read_parquet($f)", {"f": str(features)}).fetchall()[0][0]
        if progress:
            progress("melatih model pemadanan", 25)
        trained = _train(con, features, rows, backend=backend)
        _write_atomic(model_path, lambda tmp: tmp.write_text(json.dumps(trained)))
        meta_path.write_text(json.dumps({"version": ENGINE_VERSION, "rows": rows}))
        return Prepared(features, trained, rows)
    finally:
        con.close()
        shutil.rmtree(base / "duckdb_tmp", ignore_errors=True)


def prior_for(rows: int) -> float:
    # Of all (list row, registry person) pairs, the share that are the same person: each list row
    # is at most one of the ``rows`` people.
    return EXPECTED_IN_REGISTRY / max(rows, 1)


def _splink_api(con: duckdb.DuckDBPyConnection, backend: str | None):
    check_backend(backend)
    from splink import DuckDBAPI

    return DuckDBAPI(connection=con)


def _train(con: duckdb.DuckDBPyConnection, features: Path, rows: int, *, backend: str | None = None) -> dict:
    """u-probabilities from random pairs of the snapshot (seeded: the same snapshot always gives
    the same model); m-probabilities from ``model.py``. Levels too rare to show up among random
    pairs (a NIK one digit off) keep a u computed from how many values the key can take."""
    from splink import Linker

    # A table, not a view: random sampling reads it many times.
    con.execute("CREATE OR REPLACE TEMP TABLE reg_train AS SELECT * FROM read_parquet($f)", {"f": str(features)})
    api = _splink_api(con, backend)
    settings_dict = model.our_settings(prior=prior_for(rows))
    _fallback_u(settings_dict, rows)
    # Rows without a region but with a dusun/street: registry pairs always have a region, so random
    # pairs never show this level. Its u is the chance that two people's address keys agree.
    ((collision,),) = con.execute(
        "SELECT coalesce(sum(c * c)::DOUBLE / (sum(c) * sum(c)), 0) "
        "FROM (SELECT count(*) AS c FROM reg_train WHERE alamat_key IS NOT NULL GROUP BY alamat_key)"
    ).fetchall()
    _set_u(settings_dict, model.REGION, "alamat_only", min(max(collision, 1 / max(rows, 1000)), 0.5))
    # A NIK shown as "3.51803E+15" only says "issued in (about) this kecamatan", and registry NIKs never
    # take that form. Its u is the share of rows typed that way (the level's m: such a row always
    # rounds from its own person's NIK) times the chance that another person's NIK shares the
    # kecamatan code, halved for the day digit the rounding also tells apart.
    ((collision,),) = con.execute(
        "SELECT coalesce(sum(c * c)::DOUBLE / (sum(c) * sum(c)), 0) "
        "FROM (SELECT count(*) AS c FROM reg_train WHERE nik IS NOT NULL GROUP BY substr(nik, 1, 6))"
    ).fetchall()
    # Beside a region that agrees, another person of that kecamatan agrees as often, but for the day digit.
    for label, chance in (("excel_sci", max(collision / 2, 1 / max(rows, 1000))), ("excel_sci_region", 0.5)):
        _set_u(settings_dict, model.NIK, label, model.level_m(model.NIK, label) * chance)
    linker = Linker(api.register("reg_train"), settings_dict, log_level=logging.WARNING)
    # Splink warns when max_pairs is small; it is deliberate: the u of every level that random pairs
    # reach at all is seen hundreds of times (for 200,000 people, 1M pairs gave the same decisions
    # for 2 s more on the first match of the snapshot); rarer levels keep the fallbacks below.
    logging.getLogger("splink.internals.linker_components.training").setLevel(logging.ERROR)
    low, high = U_SAMPLE_PAIRS
    linker.training.estimate_u_using_random_sampling(max_pairs=min(max(rows // 2, low), high), seed=SEED)
    trained = linker.misc.save_model_to_json()
    con.execute("DROP TABLE reg_train")
    return trained


# u of levels rarely or never seen among random pairs, from how the key is built: a NIK agrees with
# a random other NIK in one digit with chance ~ 16·9 / 10^k of the k varying digits, etc.
_RARE_U = {
    (model.NIK, "exact"): lambda n: 1 / n,
    (model.NIK, "kk_as_nik"): lambda n: 1 / n,
    (model.NIK, "excel_last0"): lambda n: 5 / n,
    (model.NIK, "one_digit_serial"): lambda n: 2 / n,
    (model.NIK, "one_digit"): lambda n: 50 / n,
    (model.NIK, "transposed"): lambda n: 20 / n,
    (model.NIK, "family_member"): lambda n: 3.5 / n,
    # As rare among different people as a serial typo: a given 15- or 17-digit string is one edit
    # away from a handful of possible NIKs.
    (model.NIK, "digit_count"): lambda n: 2 / n,
    (model.NIK, "truncated"): lambda n: 10 / n,
    (model.NIK, "prefix_only"): lambda n: 3 / n,
    (model.KK, "exact"): lambda n: 3.5 / n,
    (model.KK, "nik_in_kk_column"): lambda n: 1 / n,
    # Two random people share a name but for an initial about as rarely as they share a typo'd name.
    (model.NAME, "initial"): lambda n: 1e-4,
    (model.KK, "one_digit"): lambda n: 100 / n,
    # Registry dates are never year-only, so random registry pairs never reach this level: two
    # people share a birth year about once in seventy.
    (model.DOB, "year_only"): lambda n: 1 / 70,
}


def _set_u(settings_dict: dict, comparison_name: str, label: str, u: float) -> None:
    for comparison in settings_dict["comparisons"]:
        if comparison["output_column_name"] == comparison_name:
            for level in comparison["comparison_levels"]:
                if level["label_for_charts"] == label:
                    level["u_probability"] = u


def _fallback_u(settings_dict: dict, rows: int) -> None:
    for (comparison_name, label), fn in _RARE_U.items():
        _set_u(settings_dict, comparison_name, label, min(fn(max(rows, 1000)), 0.5))


def predict(
    prepared: Prepared,
    records: list[ListRecord],
    *,
    scope: tuple[str, dict] | None = None,
    threshold: float = 0.001,
    backend: str | None = None,
) -> list[dict]:
    """Scored candidate pairs (list row → registry person) above ``threshold``: probability,
    weight and its parts (``mw_*``), the registry person's fields, ``list_kk_via_nik`` and
    ``list_nik_held`` (someone in the snapshot holds the typed NIK).
    ``scope`` (SQL on ``desa`` + parameters, from the registry's scope filter) limits the
    registry people a user may be matched to."""
    from splink import Linker

    if not records:
        return []
    work = prepared.features.parent / f"run-{uuid.uuid4().hex}"
    con = _connect(work)
    try:
        where, params = scope if scope else ("true", {})
        con.execute(
            f"CREATE TEMP TABLE reg AS SELECT * EXCLUDE (tf_name_norm) FROM read_parquet($features) WHERE {where}",
            {**params, "features": str(prepared.features)},
        )
        # Name frequencies come from the registry (the list is too small to say what is common).
        con.execute(
            "CREATE TEMP TABLE tf_name AS SELECT DISTINCT name_norm, tf_name_norm FROM read_parquet($features) "
            "WHERE name_norm IS NOT NULL",
            {"features": str(prepared.features)},
        )
        con.register("list_arrow", _records_table(records))
        # kk_via_nik: the household of whoever holds the typed NIK in the registry, so that a family
        # member's NIK still leads to the right household.
        con.execute("""
            CREATE TEMP TABLE lst AS
            SELECT l.*, h.no_kk AS kk_via_nik, h.nik IS NOT NULL AS nik_held, NULL::VARCHAR AS name_raw
            FROM list_arrow l
            LEFT JOIN (SELECT nik, min(no_kk) AS no_kk FROM reg WHERE nik IS NOT NULL GROUP BY nik) h ON h.nik = l.nik
        """)
        api = _splink_api(con, backend)
        registry = api.register("reg")
        # Blocking is not learnt: the current rules apply without retraining a cached model.
        settings_dict = {**prepared.model, "blocking_rules_to_generate_predictions": model.our_blocking_rules()}
        linker = Linker(registry, settings_dict, log_level=logging.WARNING)
        linker.table_management.register_term_frequency_lookup(api.register("tf_name"), "name_norm")
        scored = linker.inference.predict_between(
            api.register("lst"), registry, threshold_match_probability=threshold, warning_mode="never"
        )
        table = scored.physical_name
        cur = con.execute(
            f"""
            SELECT p.unique_id_l AS row_id, p.unique_id_r AS id_individu, p.match_probability, p.match_weight,
                p.*,
                r.nik, r.no_kk, r.nama, r.desil, r.sex, r.dob, r.desa, r.alamat, r.alamat_key, r.hubungan,
                l.kk_via_nik AS list_kk_via_nik, l.nik_held AS list_nik_held
            FROM {table} p JOIN reg r ON r.unique_id = p.unique_id_r JOIN lst l ON l.unique_id = p.unique_id_l
            -- Only the best few per row are ever looked at (decide.py); the rest would cost Python time.
            QUALIFY row_number() OVER (PARTITION BY p.unique_id_l ORDER BY p.match_weight DESC, p.unique_id_r)
                <= $keep
        """,
            {"keep": CANDIDATES_KEPT},
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
        shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class Member:
    id_individu: str
    nik: str | None
    nama: str
    sex: str | None
    dob: dt.date | None


def household_members(prepared: Prepared, kks: Iterable[str]) -> dict[str, list[Member]]:
    """The members of each of these households (No. KK), for rows that name a woman after her husband
    ("Ny. Ahmad") or a parent after a child ("Pak Dafa")."""
    kks = sorted({kk for kk in kks if kk})
    if not kks:
        return {}
    con = duckdb.connect()
    try:
        rows = con.execute(
            "SELECT no_kk, unique_id, nik, nama, sex, dob FROM read_parquet($f) WHERE no_kk IN (SELECT unnest($kks)) "
            "ORDER BY no_kk, nama, unique_id",
            {"f": str(prepared.features), "kks": kks},
        ).fetchall()
    finally:
        con.close()
    members: dict[str, list[Member]] = {}
    for kk, id_individu, nik, nama, sex, dob in rows:
        members.setdefault(kk, []).append(Member(id_individu, nik, nama, sex, dob))
    return members


def agreeing_name_weight(prepared: Prepared) -> float:
    """The model's weight (bits) for names that agree but for spelling ("same_sound" level)."""
    for comparison in prepared.model["comparisons"]:
        if comparison["output_column_name"] == model.NAME:
            for level in comparison["comparison_levels"]:
                if level.get("label_for_charts") == "same_sound" and level.get("u_probability"):
                    return math.log2(level["m_probability"] / level["u_probability"])
    return 0.0


def persons(prepared: Prepared, ids: list[str]) -> dict:
    """Registry people by ``id_individu`` (for decisions stored by reviewers), as candidates."""
    from apps.linkage.decide import Candidate

    if not ids:
        return {}
    con = duckdb.connect()
    try:
        rows = con.execute(
            "SELECT unique_id, nik, no_kk, nama, desil FROM read_parquet($f) WHERE unique_id IN (SELECT unnest($ids))",
            {"f": str(prepared.features), "ids": ids},
        ).fetchall()
    finally:
        con.close()
    return {
        uid: Candidate(id_individu=uid, probability=1.0, weight=0.0, nik=nik, no_kk=kk, nama=nama, desil=desil)
        for uid, nik, kk, nama, desil in rows
    }


def _records_table(records: list[ListRecord]) -> pa.Table:
    rows = [r.as_row() for r in records]
    return pa.Table.from_pylist(rows, schema=_LIST_SCHEMA)


_LIST_SCHEMA = pa.schema([
    ("unique_id", pa.string()), ("name_norm", pa.string()), ("name_sorted", pa.string()),
    ("name_sound", pa.list_(pa.string())), ("name_sound_full", pa.list_(pa.string())),
    ("block_a", pa.string()), ("block_b", pa.string()),
    ("nik", pa.string()), ("nik_raw", pa.string()), ("nik_sci_low", pa.string()), ("nik_sci_high", pa.string()),
    ("no_kk", pa.string()), ("sex", pa.string()), ("dob", pa.date32()),
    ("dob_year_only", pa.bool_()), ("nik_dob_ok", pa.bool_()), ("desa", pa.string()), ("kec", pa.string()),
    ("kab", pa.string()), ("alamat_key", pa.string()), ("spouse_title", pa.bool_()), ("kec_block", pa.string()),
])  # fmt: skip


def discard(snapshot_id: int) -> None:
    shutil.rmtree(_dir(snapshot_id), ignore_errors=True)
