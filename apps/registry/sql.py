"""Pure SQL builders for the registry (house style §7): each returns SQL text (plus parameters
bound by the gateway). Values from users or files go in as parameters; identifiers taken from a
file's header are quoted with ``ident``, never pasted raw.

The import is one streaming pass from the CSV straight into the snapshot's Parquet (cheap typed
columns, the delivered text of every transformed value that changed, bit masks of reject reasons
and flags computed on the way), then narrow passes over that file: the duplicate sidecars, two
small sorted indexes for look-ups, the rejected rows and the summary. No regular expressions on
the hot path, and the common case (a value that needs no cleaning) is tested before the costly
cleaning runs: at millions of rows every string function shows.
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
_ISO_DATE = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_DESIL_TEXT = "('1', '2', '3', '4', '5', '6', '7', '8', '9', '10')"

# Snapshot files: Snappy, Parquet format 2 encodings and 50,000-row row groups (measured on 2M rows:
# each saves ~0.1 s of the import against format 1 and 20,000-row groups, and a look-up still takes
# under 20 ms). zstd would make files ~40 % smaller but costs more at import than it saves. A column
# with more than 1,000 distinct values in a row group is not worth a dictionary (trying costs a hash
# per value), and no reader filters on a value a bloom filter could rule out.
_DATA_OPTIONS = (
    "FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 50000, DICTIONARY_SIZE_LIMIT 1000, WRITE_BLOOM_FILTER false, "
    "PARQUET_VERSION V2"
)


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


def _clean(expr: str) -> str:
    """``nullif(trim(x), '')``, with trim() only where it can change something. trim() strips
    Unicode space separators and copies the string, which costs several times the test: a value
    that is non-empty, pure ASCII and has no space at either end is already clean."""
    return (
        f"CASE WHEN {expr} LIKE ' %' OR {expr} LIKE '% ' OR {expr} = '' OR strlen({expr}) <> length({expr}) "
        f"THEN nullif(trim({expr}), '') ELSE {expr} END"
    )


def _raw(plan: ColumnPlan, canon: str) -> str:
    header = plan.mapping.get(canon)
    return ident(header) if header else "NULL::VARCHAR"


def _as_delivered(plan: ColumnPlan, canon: str) -> str:
    return f"nullif({_raw(plan, canon)}, '')"


def _src(plan: ColumnPlan, canon: str) -> str:
    header = plan.mapping.get(canon)
    return _clean(ident(header)) if header else "NULL::VARCHAR"


# The known desa codes under both spellings a delivery uses, each with the code we store: a code
# as listed, or a canonical dotted code (35.13.01.2001) written as its 10 digits. One equality
# join then both checks and normalises a row's code, exactly as dotting 10 digits and looking the
# result up would (10 plain digits are always dotted first, so they never match as listed). A real
# table, not a registered Arrow view, so the planner knows its size.
KNOWN_DESA = f"""
    CREATE TEMP TABLE known_desa AS
    SELECT kode AS key, kode FROM known_desa_arrow WHERE NOT {_all_digits("kode", 10)}
    UNION
    SELECT replace(kode, '.', ''), kode FROM known_desa_arrow
    WHERE kode GLOB '[0-9][0-9].[0-9][0-9].[0-9][0-9].[0-9][0-9][0-9][0-9]'
"""


def load_copy(*, plan: ColumnPlan, headers: list[str], provinces: list[str], extras: dict[str, str]) -> str:
    """The one pass over the delivery, from the CSV into the snapshot's Parquet: canonical typed
    columns, the delivered text of every typed column where it differs from what we store (for the
    rejected-rows file), extra columns as delivered, and bit masks of reject reasons and flags.
    Malformed lines go to DuckDB's reject tables, never silently away.

    The file is written in no particular order (keeping insertion order halves DuckDB's parallel
    reading, and sorting the wide rows costs more than reading them); look-ups go through the
    narrow sorted NIK and No. KK indexes instead. Rows carry no line number either: numbering them
    costs as much as reading the file. A rejected row is identified by its own values."""
    columns = "{" + ", ".join(f"{_lit(h)}: 'VARCHAR'" for h in headers) + "}"
    if plan.split_code:
        p, k, c, d = (f"trim({ident(h)})" for h in plan.split_code)
        kode_src = f"lpad({p}, 2, '0') || lpad({k}, 2, '0') || lpad({c}, 2, '0') || lpad({d}, 4, '0')"
        raw_kode = kode_src
    else:
        kode_src, raw_kode = _src(plan, "kode_wilayah"), _raw(plan, "kode_wilayah")
    province_list = ", ".join(str(int(p)) for p in provinces)
    plain = [c for c in CANONICAL if c not in _TYPED]
    # Free-text columns are stored as delivered (an empty value as NULL): only the name is cleaned,
    # because look-ups and matching compare it. Testing every address and birthplace for stray
    # spaces cost a third of the checks' time on 2M rows.
    plain_cols = ", ".join(f"{_src(plan, c) if c == 'nama' else _as_delivered(plan, c)} AS {c}" for c in plain)
    raw_cols = ", ".join(f"{raw_kode if c == 'kode_wilayah' else _raw(plan, c)} AS raw_{c}"
                         for c in _TYPED if c != "id_individu")  # fmt: skip
    # The delivered text of a transformed column is kept only where it differs from what we store:
    # the rejected-rows file needs it, and an identical copy would double the file's payload.
    # An ISO date that parsed, or a desil delivered as a plain 1–10, prints back exactly as delivered.
    keep_raw = {
        "nik": "CASE WHEN n.raw_nik IS DISTINCT FROM n.nik AND n.raw_nik <> '' THEN n.raw_nik END",
        "no_kk": "CASE WHEN n.raw_no_kk IS DISTINCT FROM n.no_kk AND n.raw_no_kk <> '' THEN n.raw_no_kk END",
        "jenis_kelamin": "CASE WHEN n.raw_jenis_kelamin IS DISTINCT FROM n.jenis_kelamin THEN n.raw_jenis_kelamin END",
        "tanggal_lahir": "CASE WHEN n.tanggal_lahir IS NULL OR NOT n.tgl_iso THEN n.raw_tanggal_lahir END",
        "kode_wilayah": "CASE WHEN n.raw_kode_wilayah IS DISTINCT FROM n.kode_wilayah THEN n.raw_kode_wilayah END",
        "desil": f"CASE WHEN n.raw_desil IN {_DESIL_TEXT} THEN NULL ELSE n.raw_desil END",
    }
    raw_out = ", ".join(f"{expr} AS raw_{c}" for c, expr in keep_raw.items())
    extra_cols = "".join(f", {ident(src)} AS {ident(dst)}" for src, dst in extras.items())
    nik, kk = _raw(plan, "nik"), _raw(plan, "no_kk")
    return f"""
        COPY (
        WITH src AS (
            SELECT
                coalesce({_src(plan, "id_individu")}, '') AS id_individu,
                coalesce({_src(plan, "nama")}, '') AS nama_chk,
                -- A NIK / No. KK delivered as 16 plain digits (nearly all) needs no stripping.
                {_all_digits(nik, 16)} AS nik_plain,
                CASE WHEN {_all_digits(nik, 16)} THEN {nik} ELSE {_strip_sep(f"trim({nik})")} END AS nik,
                CASE WHEN {_all_digits(kk, 16)} THEN {kk} ELSE {_strip_sep(f"trim({kk})")} END AS no_kk,
                upper(coalesce({_src(plan, "jenis_kelamin")}, '')) AS jk_raw,
                coalesce({_src(plan, "tanggal_lahir")}, '') AS tgl_raw,
                {_raw(plan, "tanggal_lahir")} GLOB {_ISO_DATE} AS tgl_iso,
                coalesce({_src(plan, "desil")}, '') AS desil_raw,
                replace(coalesce({kode_src}, ''), ' ', '') AS kode_raw,
                {plain_cols}, {raw_cols}{extra_cols}
            FROM read_csv(
                $path, header = true, auto_detect = false, columns = {columns},
                delim = $delim, quote = '"', escape = '"',
                store_rejects = true, rejects_limit = 0, parallel = true
            )
        ),
        typed AS (
            SELECT s.*,
                CASE WHEN kd.kode IS NOT NULL THEN kd.kode
                     WHEN {_all_digits("s.kode_raw", 10)} THEN
                        substr(s.kode_raw, 1, 2) || '.' || substr(s.kode_raw, 3, 2) || '.' || substr(s.kode_raw, 5, 2)
                        || '.' || substr(s.kode_raw, 7, 4)
                     ELSE s.kode_raw END AS kode_wilayah,
                kd.kode IS NULL AS kode_unknown,
                CASE
                    WHEN jk_raw IN ('L', 'LK', 'LAKI-LAKI', 'LAKI LAKI', 'LAKI', 'PRIA', '1') THEN 'L'
                    WHEN jk_raw IN ('P', 'PR', 'PEREMPUAN', 'WANITA', '2') THEN 'P'
                END AS jenis_kelamin,
                -- On exactly YYYY-MM-DD the cast and try_strptime agree, and the cast is cheaper.
                CASE
                    WHEN tgl_iso THEN TRY_CAST(raw_tanggal_lahir AS DATE)
                    WHEN tgl_raw = '' THEN NULL
                    WHEN substr(tgl_raw, 5, 1) = '-' THEN try_strptime(tgl_raw, '%Y-%m-%d')::DATE
                    WHEN substr(tgl_raw, 3, 1) = '-' THEN try_strptime(tgl_raw, '%d-%m-%Y')::DATE
                    WHEN substr(tgl_raw, 3, 1) = '/' THEN try_strptime(tgl_raw, '%d/%m/%Y')::DATE
                END AS tanggal_lahir,
                CASE
                    WHEN desil_raw IN {_DESIL_TEXT} THEN desil_raw::TINYINT
                    WHEN desil_raw IN ('1.0','2.0','3.0','4.0','5.0','6.0','7.0','8.0','9.0','10.0')
                        THEN split_part(desil_raw, '.', 1)::TINYINT
                END AS desil,
                CASE WHEN nik_plain THEN true ELSE {_all_digits("s.nik", 16)} END AS nik16
            FROM src s
            LEFT JOIN known_desa kd ON kd.key = s.kode_raw
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
            | (CASE WHEN n.kode_unknown THEN 8 ELSE 0 END)
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
        ) TO $out ({_DATA_OPTIONS})
    """


# After the one pass, everything else needs only a few narrow columns: they are read once into a
# temp table (``keys``) and the sidecars, indexes and summary are cut from it, instead of each
# reading data.parquet again.
KEYS_TABLE = """
    CREATE TEMP TABLE keys AS
    SELECT file_row_number AS row, id_individu, no_kk, substr(kode_wilayah, 1, 5) AS kab, reject_mask, flag_mask,
        CASE WHEN nik16 THEN CAST(nik AS BIGINT) END AS nik_num, TRY_CAST(no_kk AS BIGINT) AS kk_num
    FROM read_parquet($data, file_row_number = true)
"""
# Whole-file checks, kept in small sidecar files rather than rewriting the data: a repeated
# id_individu rejects every copy (we cannot know which is right); a repeated NIK flags every copy.
DUP_ID_COPY = """
    COPY (SELECT id_individu FROM keys WHERE id_individu <> ''
          GROUP BY 1 HAVING count(*) > 1) TO $out (FORMAT parquet)
"""
# Look-up indexes: a key and the row's position in data.parquet, ordered by the key so a look-up
# reads one row group of the index, then only the data row groups holding those positions. As
# BIGINT the keys sort several times faster than as text. Only well-formed NIKs are indexed (a
# look-up needs 16 digits); every No. KK a number can be read from is, since a household is found
# by its No. KK even when that is malformed (readers compare the text itself afterwards).
NIK_INDEX_COPY = """
    COPY (SELECT nik_num, row FROM keys WHERE nik_num IS NOT NULL ORDER BY nik_num)
    TO $out (FORMAT parquet, ROW_GROUP_SIZE 20000)
"""
KK_INDEX_COPY = """
    COPY (SELECT kk_num, row FROM keys WHERE kk_num IS NOT NULL ORDER BY kk_num)
    TO $out (FORMAT parquet, ROW_GROUP_SIZE 20000)
"""
DUP_NIK_COPY = """
    COPY (SELECT lpad(CAST(nik_num AS VARCHAR), 16, '0') AS nik FROM keys WHERE nik_num IS NOT NULL
          GROUP BY nik_num HAVING count(*) > 1) TO $out (FORMAT parquet)
"""


def rows_with_masks(
    data: str = "$data", dup_id: str = "$dup_id", dup_nik: str = "$dup_nik", *, positions: str | None = None
) -> str:
    """Every row of a snapshot with its final masks (the row's own | whole-file checks). With
    ``positions`` (a BIGINT[] parameter of positions in data.parquet, as the look-up indexes give
    them) only those rows: the filter sits on the scan itself, so only their row groups are read."""
    source = f"read_parquet({data})"
    if positions:
        source = (
            f"(SELECT * EXCLUDE (file_row_number) FROM read_parquet({data}, file_row_number = true) "
            f"WHERE file_row_number IN (SELECT unnest({positions}::BIGINT[])))"
        )
    return f"""
        SELECT d.* EXCLUDE (reject_mask, flag_mask),
            d.reject_mask | (CASE WHEN di.id_individu IS NOT NULL THEN 2 ELSE 0 END) AS reject_mask,
            d.flag_mask | (CASE WHEN dn.nik IS NOT NULL THEN 4 ELSE 0 END) AS flag_mask
        FROM {source} d
        LEFT JOIN read_parquet({dup_id}) di ON di.id_individu = d.id_individu
        LEFT JOIN read_parquet({dup_nik}) dn ON dn.nik = d.nik
    """


# Look-ups by NIK or No. KK (``lookup_households``): three small queries, each reading a few row
# groups. The sorted indexes give positions; data.parquet is read at those positions only.


def lookup_hits(i: int, snapshot_id: int) -> str:
    """Snapshot ``i``'s rows holding the NIK $q (with their household keys) and the positions of
    the rows whose No. KK reads as the number $q (the caller checks their text)."""
    sid = int(snapshot_id)
    return f"""
        SELECT {sid} AS snapshot_id, 'nik' AS via, file_row_number AS row, no_kk, id_individu
        FROM read_parquet($data_{i}, file_row_number = true)
        WHERE file_row_number IN (SELECT row FROM read_parquet($nik_index_{i}) WHERE nik_num = CAST($q AS BIGINT))
        UNION ALL
        SELECT {sid}, 'kk', row, NULL, NULL FROM read_parquet($kk_index_{i}) WHERE kk_num = CAST($q AS BIGINT)
    """


def lookup_kk_rows(i: int, snapshot_id: int) -> str:
    """Positions of snapshot ``i``'s rows whose No. KK reads as one of the numbers $kk_nums_i."""
    return f"""
        SELECT {int(snapshot_id)} AS snapshot_id, row FROM read_parquet($kk_index_{i})
        WHERE kk_num IN (SELECT unnest($kk_nums_{i}::BIGINT[]))
    """


def lookup_members(i: int, snapshot_id: int, scope_sql: str, *, indexed: bool) -> str:
    """Accepted rows of snapshot ``i`` in the households $kks_i (No. KK) or, for people without a
    No. KK, of the people $ids_i. ``indexed``: only at the positions $rows_i (every household
    was found through the indexes); otherwise the whole file is scanned."""
    rows = rows_with_masks(f"$data_{i}", f"$dup_id_{i}", f"$dup_nik_{i}", positions=f"$rows_{i}" if indexed else None)
    # The delivered text kept for the rejected-rows file is never shown; not reading it saves a
    # quarter of the column chunks a look-up opens.
    return f"""
        SELECT {int(snapshot_id)} AS snapshot_id, * EXCLUDE ({", ".join(f"raw_{c}" for c in _TYPED[1:])}) FROM ({rows})
        WHERE reject_mask = 0 AND {scope_sql}
            AND (no_kk IN (SELECT unnest($kks_{i}::VARCHAR[]))
                 OR (no_kk IS NULL AND id_individu IN (SELECT unnest($ids_{i}::VARCHAR[]))))
    """


def _codes_expr(mask: str, table: list[tuple[int, str, str]], *, labels: bool) -> str:
    items = ", ".join(
        f"CASE WHEN {mask} & {bit} <> 0 THEN {_lit(label if labels else code)} END" for bit, code, label in table
    )
    return f"list_filter([{items}], lambda x: x IS NOT NULL)"


def rejected_copy(*, headers: list[str], plan: ColumnPlan) -> str:
    """Every rejected row as it was delivered, with its reasons (and the line number for lines
    that could not be parsed at all, which DuckDB reports). ``$positions``: the rejected rows'
    positions (``REJECTED_POSITIONS``), so only they are read back from data.parquet."""
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
                FROM ({rows_with_masks(positions="$positions")}) m
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
    """The import summary, from ``keys`` and the duplicate sidecars (same masks as ``rows_with_masks``)."""
    reject_sums = ", ".join(f"count_if(reject_mask & {bit} <> 0) AS {code}" for bit, code, _ in REJECTS)
    flag_sums = ", ".join(f"count_if(reject_mask = 0 AND flag_mask & {bit} <> 0) AS {code}" for bit, code, _ in FLAGS)
    return f"""
        WITH m AS (
            SELECT k.id_individu, k.no_kk, k.kab,
                k.reject_mask | (CASE WHEN di.id_individu IS NOT NULL THEN 2 ELSE 0 END) AS reject_mask,
                k.flag_mask | (CASE WHEN dn.nik IS NOT NULL THEN 4 ELSE 0 END) AS flag_mask
            FROM keys k
            LEFT JOIN read_parquet($dup_id) di ON di.id_individu = k.id_individu
            LEFT JOIN (SELECT CAST(nik AS BIGINT) AS nik_num, nik FROM read_parquet($dup_nik)) dn
                ON dn.nik_num = k.nik_num
        )
        SELECT count(*) AS parsed, count_if(reject_mask = 0) AS accepted, count_if(reject_mask <> 0) AS rejected,
            count_if(reject_mask = 0 AND flag_mask <> 0) AS flagged,
            count(DISTINCT CASE WHEN reject_mask = 0 THEN coalesce(no_kk, '#' || id_individu) END) AS households,
            histogram(kab) FILTER (WHERE reject_mask = 0) AS coverage,
            {reject_sums}, {flag_sums}
        FROM m
    """


REJECTED_POSITIONS = """
    SELECT list(row) FROM keys
    WHERE reject_mask <> 0 OR id_individu IN (SELECT id_individu FROM read_parquet($dup_id))
"""
INVALID_ENCODING_COUNT = "SELECT count(*) FROM reject_errors WHERE error_type = 'INVALID ENCODING'"
MALFORMED_COUNT = "SELECT count(DISTINCT line) FROM reject_errors"
