"""Pure SQL builders for the registry (house style §7): each returns SQL text (plus parameters
bound by the gateway). Values from users or files go in as parameters; identifiers taken from a
file's header are quoted with ``ident``, never pasted raw.

The import is one streaming read of the file into a temp table (raw text kept for the rejected-rows
file, cheap typed columns and bit masks of reject reasons and flags computed on the way), then
small aggregates for duplicates, then the Parquet and CSV outputs. No regular expressions on
the hot path: they cost more than reading the file.
"""

from __future__ import annotations

from apps.registry.columns import CANONICAL, ColumnPlan

# Reject reasons and flags: bits in the masks, stable codes in the summary, labels for people.
REJECTS = [
    (1, "id_kosong", "id_individu kosong"),
    (2, "id_ganda", "id_individu muncul lebih dari sekali dalam berkas"),
    (4, "nama_kosong", "nama kosong"),
    (8, "wilayah_tidak_dikenal", "kode_wilayah bukan kode desa/kelurahan yang dikenal"),
    (16, "desil_tidak_valid", "desil bukan bilangan bulat 1–10"),
    (32, "tanggal_lahir_tidak_terbaca", "tanggal_lahir tidak terbaca (pakai YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY)"),
    (64, "tanggal_lahir_masa_depan", "tanggal_lahir di masa depan"),
]
MALFORMED = ("baris_rusak", "baris tidak dapat dibaca (jumlah kolom atau tanda kutip tidak sesuai)")
FLAGS = [
    (1, "nik_bukan_16_digit", "NIK tidak 16 digit angka"),
    (2, "nik_struktur_tidak_valid", "NIK tidak valid (kode wilayah, tanggal lahir atau nomor urut)"),
    (4, "nik_ganda", "NIK muncul lebih dari sekali dalam snapshot"),
    (8, "nik_tgl_lahir_beda", "tanggal lahir di NIK berbeda dengan tanggal_lahir"),
    (16, "nik_jenis_kelamin_beda", "jenis kelamin di NIK berbeda dengan jenis_kelamin"),
    (32, "jenis_kelamin_tidak_dikenal", "jenis_kelamin bukan L/P"),
]
REJECT_LABELS = {code: label for _, code, label in REJECTS} | {MALFORMED[0]: MALFORMED[1]}
FLAG_LABELS = {code: label for _, code, label in FLAGS}
_TYPED = ("id_individu", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "kode_wilayah", "desil")


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    # read_csv(columns=…) needs literal struct keys; header text is escaped, never trusted.
    return "'" + text.replace("'", "''") + "'"


def _all_digits(expr: str, n: int) -> str:
    # GLOB is several times cheaper than translate() or a regular expression here.
    return f"({expr} GLOB '{'[0-9]' * n}')"


def _strip_sep(expr: str) -> str:
    return f"replace(replace(replace(coalesce({expr}, ''), ' ', ''), '.', ''), '-', '')"


def _src(plan: ColumnPlan, canon: str) -> str:
    header = plan.mapping.get(canon)
    return f"trim({ident(header)})" if header else "NULL::VARCHAR"


def stage_copy(*, headers: list[str]) -> str:
    """First pass: the delivery as text, untouched, into an uncompressed staging Parquet. DuckDB
    parses CSV fastest when nothing else happens in the same pipeline; the checks then read
    columns from Parquet. Malformed lines go to DuckDB's reject tables, never silently away."""
    columns = "{" + ", ".join(f"{_lit(h)}: 'VARCHAR'" for h in headers) + "}"
    return f"""
        COPY (SELECT * FROM read_csv(
            $path, header = true, auto_detect = false, columns = {columns},
            delim = $delim, quote = '"', escape = '"',
            store_rejects = true, rejects_limit = 0, parallel = true
        )) TO $out (FORMAT parquet, COMPRESSION uncompressed)
    """


def load_copy(*, plan: ColumnPlan, provinces: list[str], extras: dict[str, str]) -> str:
    """Second pass, from the staged text into the snapshot's Parquet: canonical typed
    columns, the original text of every column we transform (for the rejected-rows file), extra
    columns as delivered, and bit masks of reject reasons and flags. Ordered by No. KK, so a
    household is contiguous and a look-up by No. KK reads one row group (NIK look-ups go through
    the small NIK index, ordered by NIK: a region order would not do, since a migrant's or a
    mistyped NIK lands in any row group and spoils its statistics).

    Rows carry no line number: numbering them in file order costs as much as reading the file
    (DuckDB must then keep insertion order). A rejected row is identified by its own values."""
    if plan.split_code:
        p, k, c, d = (f"trim({ident(h)})" for h in plan.split_code)
        kode_src = f"lpad({p}, 2, '0') || lpad({k}, 2, '0') || lpad({c}, 2, '0') || lpad({d}, 4, '0')"
    else:
        kode_src = _src(plan, "kode_wilayah")
    province_list = ", ".join(str(int(p)) for p in provinces)
    plain = [c for c in CANONICAL if c not in _TYPED]
    plain_cols = ", ".join(f"nullif({_src(plan, c)}, '') AS {c}" for c in plain)
    raw_cols = ", ".join(f"{ident(plan.mapping[c])} AS raw_{c}" if c in plan.mapping else f"NULL::VARCHAR AS raw_{c}"
                         for c in _TYPED if c != "id_individu")  # fmt: skip
    if plan.split_code:
        raw_cols = raw_cols.replace("NULL::VARCHAR AS raw_kode_wilayah", f"{kode_src} AS raw_kode_wilayah")
    # The delivered text of a transformed column is kept only where it differs from what we store:
    # the rejected-rows file needs it, and an identical copy would double the sort's payload.
    keep_raw = {
        "nik": "CASE WHEN n.raw_nik IS DISTINCT FROM n.nik AND n.raw_nik <> '' THEN n.raw_nik END",
        "no_kk": "CASE WHEN n.raw_no_kk IS DISTINCT FROM n.no_kk AND n.raw_no_kk <> '' THEN n.raw_no_kk END",
        "jenis_kelamin": "CASE WHEN n.raw_jenis_kelamin IS DISTINCT FROM n.jenis_kelamin THEN n.raw_jenis_kelamin END",
        "tanggal_lahir": "CASE WHEN n.tanggal_lahir IS NULL OR n.raw_tanggal_lahir IS DISTINCT FROM "
        "strftime(n.tanggal_lahir, '%Y-%m-%d') THEN n.raw_tanggal_lahir END",
        "kode_wilayah": "CASE WHEN n.raw_kode_wilayah IS DISTINCT FROM n.kode_wilayah THEN n.raw_kode_wilayah END",
        "desil": "CASE WHEN n.desil IS NULL OR n.raw_desil IS DISTINCT FROM n.desil::VARCHAR THEN n.raw_desil END",
    }
    raw_out = ", ".join(f"{expr} AS raw_{c}" for c, expr in keep_raw.items())
    extra_cols = "".join(f", {ident(src)} AS {ident(dst)}" for src, dst in extras.items())
    return f"""
        COPY (
        WITH src AS (
            SELECT
                coalesce({_src(plan, "id_individu")}, '') AS id_individu,
                coalesce({_src(plan, "nama")}, '') AS nama_chk,
                {_strip_sep(_src(plan, "nik"))} AS nik,
                {_strip_sep(_src(plan, "no_kk"))} AS no_kk,
                upper(coalesce({_src(plan, "jenis_kelamin")}, '')) AS jk_raw,
                coalesce({_src(plan, "tanggal_lahir")}, '') AS tgl_raw,
                coalesce({_src(plan, "desil")}, '') AS desil_raw,
                replace(coalesce({kode_src}, ''), ' ', '') AS kode_raw,
                {plain_cols}, {raw_cols}{extra_cols}
            FROM read_parquet($raw)
        ),
        typed AS (
            SELECT *,
                CASE WHEN {_all_digits("kode_raw", 10)} THEN
                    substr(kode_raw, 1, 2) || '.' || substr(kode_raw, 3, 2) || '.' || substr(kode_raw, 5, 2)
                    || '.' || substr(kode_raw, 7, 4)
                ELSE kode_raw END AS kode_wilayah,
                CASE
                    WHEN jk_raw IN ('L', 'LK', 'LAKI-LAKI', 'LAKI LAKI', 'LAKI', 'PRIA', '1') THEN 'L'
                    WHEN jk_raw IN ('P', 'PR', 'PEREMPUAN', 'WANITA', '2') THEN 'P'
                END AS jenis_kelamin,
                CASE
                    WHEN tgl_raw = '' THEN NULL
                    WHEN substr(tgl_raw, 5, 1) = '-' THEN try_strptime(tgl_raw, '%Y-%m-%d')::DATE
                    WHEN substr(tgl_raw, 3, 1) = '-' THEN try_strptime(tgl_raw, '%d-%m-%Y')::DATE
                    WHEN substr(tgl_raw, 3, 1) = '/' THEN try_strptime(tgl_raw, '%d/%m/%Y')::DATE
                END AS tanggal_lahir,
                CASE
                    WHEN desil_raw IN ('1','2','3','4','5','6','7','8','9','10') THEN desil_raw::TINYINT
                    WHEN desil_raw IN ('1.0','2.0','3.0','4.0','5.0','6.0','7.0','8.0','9.0','10.0')
                        THEN split_part(desil_raw, '.', 1)::TINYINT
                END AS desil,
                {_all_digits("nik", 16)} AS nik16,
                -- Ordering by the number is cheaper than by the text and gives the same order for
                -- well-formed (16-digit) numbers; malformed ones sort last.
                CASE WHEN {_all_digits("no_kk", 16)} THEN CAST(no_kk AS BIGINT) END AS kk_num
            FROM src
        ),
        nik_parts AS (
            -- One integer cast instead of a substring and cast per field.
            SELECT *,
                CASE WHEN nik16 THEN CAST(nik AS BIGINT) END AS nik_num
            FROM typed
        ),
        nik_fields AS (
            SELECT *,
                (nik_num // 100000000) % 100 AS nik_dd,
                (nik_num // 1000000) % 100 AS nik_mm,
                (nik_num // 10000) % 100 AS nik_yy,
                CASE WHEN (nik_num // 100000000) % 100 > 40 THEN (nik_num // 100000000) % 100 - 40
                     ELSE (nik_num // 100000000) % 100 END AS nik_day
            FROM nik_parts
        ),
        nik_dated AS (
            SELECT *,
                nik_mm BETWEEN 1 AND 12 AND nik_day >= 1 AND nik_day <= CASE
                    WHEN nik_mm IN (4, 6, 9, 11) THEN 30
                    WHEN nik_mm = 2 THEN CASE WHEN nik_yy % 4 = 0 THEN 29 ELSE 28 END
                    ELSE 31 END AS nik_date_ok
            FROM nik_fields
        )
        SELECT
            n.id_individu, n.id_keluarga, nullif(n.nik, '') AS nik, nullif(n.no_kk, '') AS no_kk, n.nama,
            n.jenis_kelamin, n.tempat_lahir, n.tanggal_lahir, n.hubungan_keluarga, n.alamat, n.rt, n.rw,
            n.kode_wilayah, n.desil,
            (CASE WHEN n.id_individu = '' THEN 1 ELSE 0 END)
            | (CASE WHEN n.nama_chk = '' THEN 4 ELSE 0 END)
            | (CASE WHEN kd.kode IS NULL THEN 8 ELSE 0 END)
            | (CASE WHEN n.desil_raw <> '' AND n.desil IS NULL THEN 16 ELSE 0 END)
            | (CASE WHEN n.tgl_raw <> '' AND n.tanggal_lahir IS NULL THEN 32 ELSE 0 END)
            | (CASE WHEN n.tanggal_lahir > $today THEN 64 ELSE 0 END) AS reject_mask,
            (CASE WHEN n.nik <> '' AND NOT n.nik16 THEN 1 ELSE 0 END)
            | (CASE WHEN n.nik16 AND (
                    n.nik_num // 100000000000000 NOT IN ({province_list})
                    OR (n.nik_num // 1000000000000) % 100 = 0 OR (n.nik_num // 10000000000) % 100 = 0
                    OR NOT n.nik_date_ok OR n.nik_num % 10000 = 0)
               THEN 2 ELSE 0 END)
            | (CASE WHEN n.nik_date_ok AND n.tanggal_lahir IS NOT NULL AND (
                    n.nik_day <> day(n.tanggal_lahir) OR n.nik_mm <> month(n.tanggal_lahir)
                    OR n.nik_yy <> year(n.tanggal_lahir) % 100) THEN 8 ELSE 0 END)
            | (CASE WHEN n.nik_date_ok AND n.jenis_kelamin IS NOT NULL
                    AND (CASE WHEN n.nik_dd > 40 THEN 'P' ELSE 'L' END) <> n.jenis_kelamin THEN 16 ELSE 0 END)
            | (CASE WHEN n.jk_raw <> '' AND n.jenis_kelamin IS NULL THEN 32 ELSE 0 END) AS flag_mask,
            n.nik16,
            {raw_out}{", " + ", ".join("n." + ident(dst) for dst in extras.values()) if extras else ""}
        FROM nik_dated n
        LEFT JOIN known_desa kd ON kd.kode = n.kode_wilayah
        ORDER BY n.kk_num NULLS LAST
        ) TO $out (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 20000)
    """


# Whole-file checks, kept in small sidecar files rather than rewriting the data: a repeated
# id_individu rejects every copy (we cannot know which is right); a repeated NIK flags every copy.
DUP_ID_COPY = """
    COPY (SELECT id_individu FROM read_parquet($data) WHERE id_individu <> ''
          GROUP BY 1 HAVING count(*) > 1) TO $out (FORMAT parquet)
"""
# Only well-formed NIKs are indexed (a look-up needs 16 digits); as BIGINT they sort several times
# faster than as text, and the same order serves the look-up's row-group pruning.
NIK_INDEX_COPY = """
    COPY (SELECT CAST(nik AS BIGINT) AS nik_num, no_kk, id_individu FROM read_parquet($data) WHERE nik16
          ORDER BY nik_num) TO $out (FORMAT parquet, ROW_GROUP_SIZE 20000)
"""
# Read from the NIK index (narrow, already ordered by NIK) rather than the whole data file.
DUP_NIK_COPY = """
    COPY (SELECT lpad(CAST(nik_num AS VARCHAR), 16, '0') AS nik FROM read_parquet($nik_index)
          GROUP BY nik_num HAVING count(*) > 1) TO $out (FORMAT parquet)
"""


def rows_with_masks(data: str = "$data", dup_id: str = "$dup_id", dup_nik: str = "$dup_nik") -> str:
    """Every row of a snapshot with its final masks (the row's own | whole-file checks)."""
    return f"""
        SELECT d.* EXCLUDE (reject_mask, flag_mask),
            d.reject_mask | (CASE WHEN di.id_individu IS NOT NULL THEN 2 ELSE 0 END) AS reject_mask,
            d.flag_mask | (CASE WHEN dn.nik IS NOT NULL THEN 4 ELSE 0 END) AS flag_mask
        FROM read_parquet({data}) d
        LEFT JOIN read_parquet({dup_id}) di ON di.id_individu = d.id_individu
        LEFT JOIN read_parquet({dup_nik}) dn ON dn.nik = d.nik
    """


def _codes_expr(mask: str, table: list[tuple[int, str, str]], *, labels: bool) -> str:
    items = ", ".join(
        f"CASE WHEN {mask} & {bit} <> 0 THEN {_lit(label if labels else code)} END" for bit, code, label in table
    )
    return f"list_filter([{items}], lambda x: x IS NOT NULL)"


def rejected_copy(*, headers: list[str], plan: ColumnPlan) -> str:
    """Every rejected row as it was delivered, with its reasons (and the line number for lines
    that could not be parsed at all, which DuckDB reports)."""
    reasons = f"array_to_string({_codes_expr('m.reject_mask', REJECTS, labels=True)}, '; ')"
    by_header = {h: c for c, h in plan.mapping.items()}
    cols = []
    for h in headers:
        canon = by_header.get(h)
        if canon in _TYPED and canon != "id_individu":
            cols.append(f"coalesce(m.raw_{canon}, m.{canon}::VARCHAR) AS {ident(h)}")
        elif canon:
            cols.append(f"m.{canon} AS {ident(h)}")
        else:
            cols.append(f"m.{ident(_extra_name(h, plan))} AS {ident(h)}")
    nulls = ", ".join("NULL" for _ in headers)
    return f"""
        COPY (
            SELECT * FROM (
                SELECT NULL::BIGINT AS baris, {reasons} AS alasan, {", ".join(cols)}, NULL AS baris_asli
                FROM ({rows_with_masks()}) m
                WHERE m.reject_mask <> 0
                UNION ALL
                SELECT line, {_lit(MALFORMED[1])} || ': ' || first(error_message), {nulls}, first(csv_line)
                FROM reject_errors GROUP BY line
            ) ORDER BY baris NULLS FIRST, alasan
        ) TO $out (FORMAT csv, HEADER true)
    """


def _extra_name(header: str, plan: ColumnPlan) -> str:
    return plan.extra_names[header]


def stats() -> str:
    reject_sums = ", ".join(f"count_if(reject_mask & {bit} <> 0) AS {code}" for bit, code, _ in REJECTS)
    flag_sums = ", ".join(f"count_if(reject_mask = 0 AND flag_mask & {bit} <> 0) AS {code}" for bit, code, _ in FLAGS)
    return f"""
        SELECT count(*) AS parsed, count_if(reject_mask = 0) AS accepted, count_if(reject_mask <> 0) AS rejected,
            count_if(reject_mask = 0 AND flag_mask <> 0) AS flagged,
            count(DISTINCT CASE WHEN reject_mask = 0 THEN coalesce(no_kk, '#' || id_individu) END) AS households,
            histogram(substr(kode_wilayah, 1, 5)) FILTER (WHERE reject_mask = 0) AS coverage,
            {reject_sums}, {flag_sums}
        FROM ({rows_with_masks()}) m
    """


MALFORMED_COUNT = "SELECT count(DISTINCT line) FROM reject_errors"
