"""Registry import benchmark: ``manage.py registry_import`` against bare DuckDB on the same CSV, same run.

    .venv/bin/python bench/registry_import.py [--rows 2000000] [--repeat 3] [--sizes 2000000,4000000,8000000]

For each size it generates (or reuses) bench/data/jatim_<size>.csv with bench/gen_registry.py, then
repeats, alternating:

* baseline — a fresh Python process running DuckDB's
  ``COPY (SELECT * FROM read_csv('<file>')) TO '<tmp>/x.parquet' (FORMAT parquet)``;
* ours — ``manage.py registry_import --source dtsen --period 2025-11 --name bench-<n>-<i> --preset canonical
  <file> --json`` against a throwaway SQLite database (a copy of a template migrated once and loaded
  with the province 35 regions), whose last stdout line is a JSON summary.

Both are timed as whole processes (wall clock, interpreter start included) and their peak RSS is taken
from the kernel's rusage of that child (``os.wait4``: max RSS of the process and of any descendants it
waited for). After each import, a look-up by NIK and by No. KK is timed on the new snapshot (--no-lookup
skips it). Other processes' CPU use during each run is measured too (/proc/stat); a run that shared
the machine is measured again (--retry-noisy) and medians are taken over the quiet runs. It prints
those medians, rows/s, the ratio bare_seconds / ours_seconds, the largest peak RSS, PASS/FAIL per goal,
and with several sizes the seconds (wall and CPU) per million rows.

Nothing is written inside the repository except bench/data/ (generated CSVs, gitignored); databases and
parquet files live in a temporary directory that is removed at the end unless --keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__:
    from . import gen_registry
else:  # python bench/registry_import.py
    import gen_registry

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "bench" / "data"
PYTHON = Path(sys.executable)
MANAGE = ROOT / "manage.py"

GOAL_ROWS_PER_S = 250_000
GOAL_RATIO = 0.5
GOAL_RSS_MB = 2048
GOAL_LOOKUP_MS = 50  # median look-up by NIK or No. KK on the imported snapshot
# Time counts as linear when the seconds per million rows of the largest size are at most this
# multiple of those of the smallest size.
GOAL_LINEAR_GROWTH = 1.25
# Warn when other processes kept this many CPUs busy, on average, during a measured run.
BACKGROUND_WARN = 0.25
RETRY_PAUSE = 15.0  # seconds to wait before measuring a noisy run again

_DUCKDB_CHILD = """
import json, sys, time
started = time.perf_counter()
import duckdb
src, dst = sys.argv[1], sys.argv[2]
con = duckdb.connect()
copy_started = time.perf_counter()
count = con.execute(
    "COPY (SELECT * FROM read_csv('" + src.replace("'", "''") + "')) TO '" + dst.replace("'", "''")
    + "' (FORMAT parquet)"
).fetchone()
done = time.perf_counter()
print(json.dumps({"rows": count[0] if count else None, "copy_seconds": done - copy_started,
                  "seconds": done - started, "duckdb": duckdb.__version__}))
"""

# Look-up speed on the snapshot just imported, as the "Cari NIK / No. KK" page runs it: three NIKs and
# three No. KKs of accepted rows, each timed 9 times after one warm-up (a server process keeps its
# DuckDB connection), by a province-wide user so the region filter lets every row through.
_LOOKUP_CHILD = """
import json, os, statistics, sys, time
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "berdaya.settings")
import django
django.setup()
from apps.accounts.models import User
from apps.registry import gateway
from apps.registry.models import Snapshot
from apps.registry.selectors import registry_lookup
from apps.wilayah.models import Wilayah
user = User.objects.create_user(username="bench-lookup", role="admin_provinsi")
user.scopes.set(Wilayah.objects.filter(code="35"))
snap = Snapshot.objects.get(name=sys.argv[1])
picked = gateway.fetch(
    "SELECT nik, no_kk FROM read_parquet($p) WHERE reject_mask = 0 AND nik16 AND no_kk IS NOT NULL "
    "ORDER BY hash(id_individu) LIMIT 3", {"p": str(gateway.snapshot_path(snap.storage))})
timings = {}
for kind, query in [("nik", r["nik"]) for r in picked] + [("kk", r["no_kk"]) for r in picked]:
    found = registry_lookup(user=user, query=query)
    assert found and any(m["is_match"] for h in found for m in h.members), (kind, query)
    runs = []
    for _ in range(9):
        started = time.perf_counter()
        registry_lookup(user=user, query=query)
        runs.append((time.perf_counter() - started) * 1000)
    timings[f"{kind} {query}"] = statistics.median(runs)
print(json.dumps(timings))
"""


@dataclass
class Run:
    ok: bool
    wall: float  # seconds, whole child process
    rss_mb: float  # peak resident set size of the child
    cpu: float = 0.0  # user + system seconds of the child
    background: float = 0.0  # CPUs kept busy by other processes meanwhile, on average
    summary: dict = field(default_factory=dict)  # last stdout line, parsed
    error: str = ""
    lookup_ms: dict = field(default_factory=dict)  # look-up medians (ms) per query, on the imported snapshot

    @property
    def quiet(self) -> bool:
        return not self.background > BACKGROUND_WARN  # NaN (no /proc/stat) counts as quiet


@dataclass
class SizeResult:
    rows: int
    path: Path
    meta: dict
    baseline: list[Run] = field(default_factory=list)
    ours: list[Run] = field(default_factory=list)


def run_child(args: list[str], *, env: dict, cwd: Path, log: Path) -> Run:
    """Run ``args``; wall time, peak RSS (rusage from wait4) and the JSON of its last stdout line."""
    out_path, err_path = log.with_suffix(".out"), log.with_suffix(".err")
    with out_path.open("wb") as out, err_path.open("wb") as err:
        busy_before = busy_cpu_seconds()
        started = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=cwd)  # noqa: S603
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        busy = busy_cpu_seconds() - busy_before
    cpu = usage.ru_utime + usage.ru_stime
    background = max(busy - cpu, 0.0) / wall if busy_before >= 0 else float("nan")
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_mb = usage.ru_maxrss / 1024  # Linux: kilobytes
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    lines = [line for line in stdout.splitlines() if line.strip()]
    summary: dict = {}
    error = ""
    if lines:
        try:
            summary = json.loads(lines[-1])
        except ValueError:
            error = f"last stdout line is not JSON: {lines[-1][:200]!r}"
    if proc.returncode != 0:
        tail = "\n".join((stderr or stdout).strip().splitlines()[-15:])
        error = f"exit code {proc.returncode}\n{tail}"
    elif not isinstance(summary, dict) or not summary:
        error = error or "no JSON summary on stdout"
    if not isinstance(summary, dict):
        summary = {}
    return Run(ok=not error, wall=wall, rss_mb=rss_mb, cpu=cpu, background=background, summary=summary, error=error)


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat), or -1 where unavailable."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return -1.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")  # guest time is already in user


def shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def size_label(rows: int) -> str:
    if rows % 1_000_000 == 0:
        return f"{rows // 1_000_000}m"
    if rows % 1_000 == 0:
        return f"{rows // 1_000}k"
    return str(rows)


def ensure_file(rows: int, *, seed: int, defects: float, data_dir: Path) -> tuple[Path, dict]:
    """The CSV for ``rows``/``seed``/``defects``: reused when its .meta.json matches, else generated."""
    name = f"jatim_{size_label(rows)}"
    if seed != 1:
        name += f"_s{seed}"
    if defects != 0.002:
        name += f"_d{defects:g}"
    path = data_dir / f"{name}.csv"
    meta = gen_registry.read_meta(path)
    wanted = {"rows": rows, "seed": seed, "defects_rate": defects, "generator_version": gen_registry.GENERATOR_VERSION}
    if meta and all(meta.get(key) == value for key, value in wanted.items()):
        print(f"reusing {shown(path)} ({path.stat().st_size / 1e6:,.0f} MB)")
        return path, meta
    print(f"generating {shown(path)} ({rows:,} rows, seed {seed}, defects {defects}) …", flush=True)
    meta = gen_registry.generate(rows, path, seed=seed, defects=defects)
    gen_registry.print_summary(meta, shown(path))
    return path, meta


def django_env(var_dir: Path) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DEBUG": "1",
            "BERDAYA_VAR_DIR": str(var_dir),
            # Explicit, so neither the caller's environment nor .env can point the bench at a real database.
            "DATABASE_URL": f"sqlite:///{var_dir / 'berdaya.sqlite3'}",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def manage(args: list[str], env: dict, *, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [str(PYTHON), str(MANAGE), *args], env=env, cwd=ROOT, capture_output=True, text=True, check=check
    )


def command_available(env: dict) -> str | None:
    """None when ``manage.py registry_import`` exists, else why not."""
    proc = manage(["help", "registry_import"], env, check=False)
    if proc.returncode == 0:
        return None
    lines = [line.strip() for line in (proc.stderr or proc.stdout).splitlines() if line.strip()]
    unknown = [line for line in lines if line.startswith("Unknown command")]
    if unknown or lines:
        return (unknown or lines)[-1]  # "Unknown command: 'registry_import'", or a traceback's last line
    return f"manage.py help registry_import exited {proc.returncode}"


def setup_template(template: Path) -> None:
    """Migrate a fresh SQLite database and load the East Java regions, once."""
    template.mkdir(parents=True)
    env = django_env(template)
    for args in (["migrate", "--no-input"], ["load_wilayah", "--province", "35"]):
        started = time.perf_counter()
        proc = manage(args, env, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"manage.py {' '.join(args)} failed:\n{proc.stderr or proc.stdout}")
        last = (proc.stdout.strip().splitlines() or [""])[-1]
        print(f"  manage.py {' '.join(args)}: {time.perf_counter() - started:.1f} s  {last}")
    # Fold the WAL into the main file so a plain copy of the directory is a consistent database.
    import sqlite3

    con = sqlite3.connect(template / "berdaya.sqlite3")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def run_baseline(path: Path, work: Path, tag: str) -> Run:
    parquet = work / f"{tag}.parquet"
    run = run_child(
        [str(PYTHON), "-c", _DUCKDB_CHILD, str(path), str(parquet)], env=dict(os.environ), cwd=work, log=work / tag
    )
    if run.ok:
        run.summary["parquet_bytes"] = parquet.stat().st_size
    parquet.unlink(missing_ok=True)
    return run


def run_ours(
    path: Path, rows: int, index: int, attempt: int, template: Path, work: Path, keep: bool, *, lookups: bool
) -> Run:
    var_dir = work / f"var-{size_label(rows)}-{index}-{attempt}"
    shutil.copytree(template, var_dir)
    args = [
        str(PYTHON), str(MANAGE), "registry_import", "--source", "dtsen", "--period", "2025-11",
        "--name", f"bench-{rows}-{index}", "--preset", "canonical", str(path), "--json",
    ]  # fmt: skip
    run = run_child(args, env=django_env(var_dir), cwd=ROOT, log=work / f"ours-{size_label(rows)}-{index}-{attempt}")
    if run.ok and lookups:
        run.lookup_ms = measure_lookups(var_dir, f"bench-{rows}-{index}")
    if run.ok and not keep:
        shutil.rmtree(var_dir, ignore_errors=True)
    return run


def measure_lookups(var_dir: Path, snapshot: str) -> dict:
    """Median look-up times (ms) on the imported snapshot, or {"error": …} when the look-up failed."""
    proc = subprocess.run(  # noqa: S603
        [str(PYTHON), "-c", _LOOKUP_CHILD, snapshot], env=django_env(var_dir), cwd=ROOT, capture_output=True, text=True
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]}
    return json.loads(lines[-1])


def measure(attempt_run, prefix: str, retries: int, *, rows: int | None = None) -> list[Run]:
    """Run ``attempt_run(attempt)``, again (up to ``retries`` times) while other processes were busy.
    Every attempt is returned: the report takes the medians of the quiet ones."""
    runs = []
    for attempt in range(1, retries + 2):
        run = attempt_run(attempt)
        runs.append(run)
        if not run.ok:
            print(f"{prefix}  FAILED: {run.error}")
            break
        s = run.summary
        line = (
            f"{prefix}  {run.wall:7.2f} s  cpu {run.cpu:6.2f} s  {run.rss_mb:6.0f} MB  bg {run.background:.2f} CPUs  "
        )
        if rows is None:  # DuckDB
            line += f"(COPY {s['copy_seconds']:.2f} s, parquet {s['parquet_bytes'] / 1e6:,.0f} MB)"
        else:
            line += (
                f"(own {s.get('seconds')} s, {rows / run.wall:,.0f} rows/s; rows {s.get('rows')} "
                f"accepted {s.get('accepted')} rejected {s.get('rejected')} flagged {s.get('flagged')} "
                f"snapshot {s.get('snapshot')})"
            )
            if run.lookup_ms:
                line += f"  look-up {lookup_label(run.lookup_ms)}"
        noisy = not run.quiet
        if noisy and attempt <= retries:
            line += f"  — noisy, measuring again in {RETRY_PAUSE:.0f} s"
        print(line, flush=True)
        if rows is not None and s.get("rows") != rows:
            print(f"    WARNING: importer reports {s.get('rows')} rows, the file has {rows:,}")
        if not noisy or attempt > retries:
            break
        time.sleep(RETRY_PAUSE)
    return runs


def chosen(runs: list[Run]) -> list[Run]:
    """The runs the medians are taken over: the successful quiet ones, or all successful ones if none was quiet."""
    ok = [r for r in runs if r.ok]
    return [r for r in ok if r.quiet] or ok


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def lookup_values(runs: list[Run]) -> list[float]:
    return [ms for r in runs for ms in r.lookup_ms.values() if isinstance(ms, float)]


def lookup_label(lookup_ms: dict) -> str:
    if "error" in lookup_ms:
        return f"FAILED: {lookup_ms['error']}"
    values = list(lookup_ms.values())
    return f"median {median(values):.1f} ms (max {max(values):.1f})"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(results: list[SizeResult], unavailable: str | None) -> None:
    print()
    print(
        "Medians over the quiet runs (other processes ≤ "
        f"{BACKGROUND_WARN} CPUs busy; all runs if none was quiet), wall clock of whole processes; "
        "peak RSS = largest over all runs; runs = quiet/all."
    )
    header = (
        f"{'rows':>12}  {'duckdb s':>8}  {'(COPY s)':>8}  {'duck MB':>7}  {'runs':>5}  {'ours s':>8}  {'(own s)':>8}  "
        f"{'(cpu s)':>8}  {'ours rows/s':>11}  {'ratio':>5}  {'ours MB':>7}  {'runs':>5}  {'look-up':>7}  "
        f"{'≥250k/s':>7}  {'≥0.5×':>5}  {'≤2GB':>4}  {'<50ms':>5}"
    )
    print(header)
    print("-" * len(header))
    fell_back = False
    for res in results:
        base, ours = chosen(res.baseline), chosen(res.ours)
        fell_back |= any(not r.quiet for r in (*base, *ours))
        b_s = median([r.wall for r in base])
        b_copy = median([r.summary.get("copy_seconds", float("nan")) for r in base])
        b_mb = max((r.rss_mb for r in res.baseline if r.ok), default=float("nan"))
        line = f"{res.rows:>12,}  {b_s:>8.2f}  {b_copy:>8.2f}  {b_mb:>7.0f}  {runs_label(res.baseline):>5}  "
        if not ours:
            print(line + "  ".join(f"{'—':>{w}}" for w in (8, 8, 8, 11, 5, 7, 5, 7, 7, 5, 4, 5)))
            continue
        o_s = median([r.wall for r in ours])
        o_own = median([float(r.summary.get("seconds", "nan")) for r in ours])
        o_cpu = median([r.cpu for r in ours])
        o_mb = max(r.rss_mb for r in res.ours if r.ok)
        rate = res.rows / o_s
        ratio = b_s / o_s
        lookups = lookup_values(ours) or lookup_values(res.ours)
        lookup_ms = median(lookups)
        lookup_ok = verdict(lookup_ms < GOAL_LOOKUP_MS) if lookups else "—"
        print(
            line + f"{o_s:>8.2f}  {o_own:>8.2f}  {o_cpu:>8.2f}  {rate:>11,.0f}  {ratio:>5.2f}  {o_mb:>7.0f}  "
            f"{runs_label(res.ours):>5}  {lookup_ms:>7.1f}  {verdict(rate >= GOAL_ROWS_PER_S):>7}  "
            f"{verdict(ratio >= GOAL_RATIO):>5}  {verdict(o_mb <= GOAL_RSS_MB):>4}  {lookup_ok:>5}"
        )
    print(
        "(COPY s) = DuckDB's COPY alone inside its process; (own s) = the importer's own 'seconds' figure; "
        "(cpu s) = the importer's user + system CPU seconds; ratio = duckdb s / ours s; look-up = median ms of "
        "a NIK / No. KK look-up on the imported snapshot (3 NIKs and 3 No. KKs, median of 9 each, per run)."
    )
    if fell_back:
        print(
            "WARNING: for some figures no run was quiet (other processes kept CPUs busy); those timings are "
            "pessimistic — rerun on a quiet machine."
        )

    if len(results) > 1:
        print()
        print("Seconds per million rows (medians; wall clock, and CPU seconds, which other processes disturb less):")
        print(f"{'rows':>12}  {'duckdb s/M':>10}  {'ours s/M':>8}  {'duckdb cpu/M':>12}  {'ours cpu/M':>10}")
        per_m = []
        for res in results:
            base, ours = chosen(res.baseline), chosen(res.ours)
            m = res.rows / 1e6
            figures = (
                median([r.wall for r in base]) / m,
                median([r.wall for r in ours]) / m,
                median([r.cpu for r in base]) / m,
                median([r.cpu for r in ours]) / m,
            )
            per_m.append(figures)
            print(
                f"{res.rows:>12,}  " + "  ".join(f"{x:>{w}.2f}" for x, w in zip(figures, (10, 8, 12, 10), strict=True))
            )
        first, last = per_m[0], per_m[-1]
        span = f"{results[0].rows:,} → {results[-1].rows:,} rows"
        print(f"duckdb growth {span}: s/M × {last[0] / first[0]:.2f}, cpu/M × {last[2] / first[2]:.2f}")
        if all(x == x for figures in per_m for x in figures):  # no NaN: the importer ran at every size
            growth = last[1] / first[1]
            print(
                f"ours growth   {span}: s/M × {growth:.2f}, cpu/M × {last[3] / first[3]:.2f}  "
                f"linear (s/M ≤ × {GOAL_LINEAR_GROWTH}): {verdict(growth <= GOAL_LINEAR_GROWTH)}"
            )
    if unavailable:
        print()
        print(f"registry_import not available: {unavailable}")


def runs_label(runs: list[Run]) -> str:
    ok = [r for r in runs if r.ok]
    return f"{sum(r.quiet for r in ok)}/{len(ok)}" if ok else "—"


def parse_sizes(text: str | None, rows: int) -> list[int]:
    if not text:
        return [rows]
    return sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2_000_000, help="size when --sizes is not given")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", help="comma-separated row counts, e.g. 2000000,4000000,8000000,16000000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defects", type=float, default=0.002)
    parser.add_argument("--keep", action="store_true", help="keep the temporary databases, logs and files")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--baseline-only", action="store_true", help="skip the importer")
    parser.add_argument("--no-lookup", action="store_true", help="skip timing look-ups on the imported snapshots")
    parser.add_argument(
        "--retry-noisy",
        type=int,
        default=1,
        metavar="N",
        help=f"measure a run again, up to N times, while other processes kept > {BACKGROUND_WARN} CPUs busy",
    )
    args = parser.parse_args(argv)
    sizes = parse_sizes(args.sizes, args.rows)

    print(
        f"registry import bench: sizes {', '.join(f'{n:,}' for n in sizes)}, repeat {args.repeat}, "
        f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    files = [(rows, *ensure_file(rows, seed=args.seed, defects=args.defects, data_dir=args.data_dir)) for rows in sizes]

    work = Path(tempfile.mkdtemp(prefix="berdaya-bench-"))
    template = work / "template"
    unavailable: str | None = "skipped (--baseline-only)" if args.baseline_only else None
    results = [SizeResult(rows=rows, path=path, meta=meta) for rows, path, meta in files]
    try:
        if not args.baseline_only:
            unavailable = command_available(django_env(work / "probe"))
            if unavailable is None:
                print(f"setting up {template} …")
                setup_template(template)
            else:
                print(f"registry_import not available: {unavailable} — running the baseline only")
        for i in range(1, args.repeat + 1):
            for res in results:
                label = size_label(res.rows)
                prefix = f"[{i}/{args.repeat}] {res.rows:>12,}"
                res.baseline.extend(
                    measure(
                        lambda attempt, res=res, label=label, i=i: run_baseline(
                            res.path, work, f"duckdb-{label}-{i}-{attempt}"
                        ),
                        f"{prefix} duckdb",
                        args.retry_noisy,
                    )
                )
                if unavailable is None:
                    res.ours.extend(
                        measure(
                            lambda attempt, res=res, i=i: run_ours(
                                res.path, res.rows, i, attempt, template, work, args.keep, lookups=not args.no_lookup
                            ),
                            f"{prefix} ours  ",
                            args.retry_noisy,
                            rows=res.rows,
                        )
                    )
        for res in results[:1]:
            if res.ours and res.ours[0].ok:
                print()
                print(f"defects injected in {res.path.name} (rate {res.meta['defects_rate']}):")
                for kind, count in res.meta["defects"].items():
                    print(f"  {kind:<24} {count:>8,}   expected: {res.meta['expected'][kind]}")
        report(results, unavailable)
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
