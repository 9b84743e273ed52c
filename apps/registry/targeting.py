"""Planners' questions of a snapshot: how many poor households where, which villages first
(locus ranking), and who moved between deciles (transitions). Reads only; scoped like every
other registry read. A household is a No. KK (or a person without one); its desil is the lowest
desil among its members."""

from __future__ import annotations

from dataclasses import dataclass, field

from apps.registry import gateway
from apps.registry.models import Snapshot
from apps.registry.selectors import scope_filter
from apps.wilayah.models import Wilayah

POOR_DESIL = 2  # "desil 1–2": the programs' target group
LIST_LIMIT = 200


def _rows_for(snapshot: Snapshot, user, suffix: str = "") -> tuple[str, dict]:
    rows_sql, params = gateway.visible_rows([(snapshot.pk, snapshot.storage)])
    if suffix:
        params = {f"{k}{suffix}": v for k, v in params.items()}
        for key in sorted(params, key=len, reverse=True):
            base = key[: -len(suffix)]
            rows_sql = rows_sql.replace(f"${base}", f"${key}")
    scope_sql, scope_params = scope_filter(user)
    return f"SELECT * FROM ({rows_sql}) WHERE {scope_sql}", {**params, **scope_params}


def _region_sql(region: str | None) -> tuple[str, dict]:
    if not region:
        return "TRUE", {}
    return "(kode_wilayah = $region OR starts_with(kode_wilayah, $region_prefix))", {
        "region": region, "region_prefix": region + ".",
    }  # fmt: skip


@dataclass
class TargetingResult:
    households: int
    persons: int
    households_all: int
    by_desil: dict[int | None, int] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)


def targeting(*, user, snapshot: Snapshot, region: str | None, max_desil: int, sex: str = "",
              offset: int = 0, limit: int = 50) -> TargetingResult:  # fmt: skip
    """Households of a region with desil ≤ ``max_desil`` (optionally: with a member of ``sex``)."""
    rows_sql, params = _rows_for(snapshot, user)
    region_sql, region_params = _region_sql(region)
    params |= region_params | {"max_desil": max_desil, "sex": sex, "limit": limit, "offset": offset}
    hh = f"""
        WITH v AS ({rows_sql}),
        hh AS (
            SELECT coalesce(no_kk, '#' || id_individu) AS hh, min(desil) AS desil, count(*) AS persons,
                   any_value(kode_wilayah) AS kode_wilayah,
                   coalesce(max(CASE WHEN hubungan_keluarga ILIKE 'kepala%' THEN nama END), min(nama)) AS kepala,
                   bool_or(jenis_kelamin = $sex) AS has_sex, any_value(alamat) AS alamat
            FROM v WHERE {region_sql} GROUP BY 1
        )
    """
    where = "desil <= $max_desil AND ($sex = '' OR has_sex)"
    totals = gateway.fetch(
        hh + f"SELECT count_if({where}) AS households, coalesce(sum(persons) FILTER ({where}), 0) AS persons, "
        "count(*) AS households_all FROM hh",
        {k: v for k, v in params.items() if k not in ("limit", "offset")},
    )[0]
    by_desil = gateway.fetch(
        hh + "SELECT desil, count(*) AS n FROM hh GROUP BY 1 ORDER BY 1",
        {k: v for k, v in params.items() if k not in ("limit", "offset", "max_desil")},
    )
    rows = gateway.fetch(
        hh + f"SELECT * EXCLUDE (has_sex) FROM hh WHERE {where} ORDER BY desil, kode_wilayah, hh "
        "LIMIT $limit OFFSET $offset",
        params,
    )
    names = _names({r["kode_wilayah"] for r in rows})
    for r in rows:
        r["desa"] = names.get(r["kode_wilayah"], r["kode_wilayah"])
        r["no_kk"] = None if r["hh"].startswith("#") else r["hh"]
    return TargetingResult(
        households=totals["households"] or 0, persons=int(totals["persons"]), households_all=totals["households_all"],
        by_desil={r["desil"]: r["n"] for r in by_desil}, rows=rows,
    )  # fmt: skip


def locus_ranking(*, user, snapshot: Snapshot, kabupaten: str, level: str = "desa") -> list[dict]:
    """Desa (or kecamatan) of a kabupaten ranked by their number of desil 1–2 households, with
    the share of all households there."""
    width = {"desa": 13, "kecamatan": 8}[level]
    rows_sql, params = _rows_for(snapshot, user)
    region_sql, region_params = _region_sql(kabupaten)
    rows = gateway.fetch(
        f"""
        WITH v AS ({rows_sql}),
        hh AS (SELECT coalesce(no_kk, '#' || id_individu) AS hh, min(desil) AS desil,
                      any_value(kode_wilayah) AS kode_wilayah
               FROM v WHERE {region_sql} GROUP BY 1)
        SELECT substr(kode_wilayah, 1, {width}) AS code, count(*) AS households,
               count_if(desil <= {POOR_DESIL}) AS poor
        FROM hh GROUP BY 1 ORDER BY poor DESC, households DESC, code
        """,
        params | region_params,
    )
    names = _names({r["code"] for r in rows})
    for rank, r in enumerate(rows, start=1):
        r["rank"] = rank
        r["name"] = names.get(r["code"], r["code"])
        r["share"] = r["poor"] / r["households"] if r["households"] else 0.0
    return rows


def locus_ranking_xlsx(*, rows: list[dict], title: str, level: str) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Peringkat lokus"
    ws.append([title])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Peringkat", "Kode", "Desa/Kelurahan" if level == "desa" else "Kecamatan", "Jumlah keluarga",
               "Keluarga desil 1–2", "Persentase desil 1–2"])  # fmt: skip
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r["rank"], r["code"], r["name"], r["households"], r["poor"], round(r["share"], 4)])
        ws.cell(row=ws.max_row, column=6).number_format = "0.0%"
    for col, width in zip("ABCDEF", (10, 16, 30, 16, 18, 20), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@dataclass
class Transitions:
    matrix: dict[tuple[int | None, int | None], int]  # (desil in A, desil in B or None = gone) → persons
    desils_a: list[int | None]
    desils_b: list[int | None]
    up: list[dict]  # richer in B (higher desil)
    down: list[dict]  # poorer in B
    gone: list[dict]  # in A, not found in B
    total: int


def desil_transitions(*, user, a: Snapshot, b: Snapshot, niks: list[str] | None = None,
                      region: str | None = None) -> Transitions:  # fmt: skip
    """Persons of A followed into B by NIK (valid, not repeated NIKs only: a repeated NIK cannot
    say who is who). Population: ``niks`` (e.g. a program's members) or a region."""
    rows_a, params_a = _rows_for(a, user, "_a")
    rows_b, params_b = _rows_for(b, user, "_b")
    region_sql, region_params = _region_sql(region)
    population = "TRUE"
    params = params_a | params_b | region_params
    if niks is not None:
        population = "nik IN (SELECT unnest($niks::VARCHAR[]))"
        params["niks"] = list(niks) or [""]
    person = "nik16 AND flag_mask & 4 = 0"
    base = f"""
        WITH pa AS (SELECT nik, any_value(nama) AS nama, any_value(kode_wilayah) AS kode_wilayah, min(desil) AS desil
                    FROM ({rows_a}) WHERE {person} AND {region_sql} AND {population} GROUP BY nik),
             pb AS (SELECT nik, min(desil) AS desil FROM ({rows_b}) WHERE {person} GROUP BY nik),
             j AS (SELECT pa.nik, pa.nama, pa.kode_wilayah, pa.desil AS desil_a, pb.desil AS desil_b,
                          pb.nik IS NOT NULL AS found FROM pa LEFT JOIN pb USING (nik))
    """
    cells = gateway.fetch(base + "SELECT desil_a, CASE WHEN found THEN desil_b ELSE -1 END AS desil_b, count(*) AS n "
                                 "FROM j GROUP BY 1, 2", params)  # fmt: skip
    matrix = {(c["desil_a"], None if c["desil_b"] == -1 else c["desil_b"]): c["n"] for c in cells}

    def listing(cond: str) -> list[dict]:
        rows = gateway.fetch(base + f"SELECT * FROM j WHERE {cond} ORDER BY desil_a, nama LIMIT {LIST_LIMIT}", params)
        names = _names({r["kode_wilayah"] for r in rows})
        for r in rows:
            r["desa"] = names.get(r["kode_wilayah"], r["kode_wilayah"])
        return rows

    return Transitions(
        matrix=matrix,
        desils_a=sorted({k[0] for k in matrix}, key=lambda d: (d is None, d)),
        desils_b=sorted({k[1] for k in matrix if k[1] is not None}, key=lambda d: (d is None, d)),
        up=listing("found AND desil_b > desil_a"),
        down=listing("found AND desil_b < desil_a"),
        gone=listing("NOT found"),
        total=sum(matrix.values()),
    )


def _names(codes: set[str]) -> dict[str, str]:
    return dict(Wilayah.objects.filter(code__in=[c for c in codes if c]).values_list("code", "name"))
