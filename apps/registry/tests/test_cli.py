"""The command line, as an operator runs it: real processes, a real SQLite file, a real kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from django.core.management import CommandError, call_command

from apps.registry.tests.helpers import person, write_csv

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_json_summary_is_the_last_stdout_line(tmp_path, capsys):
    path = write_csv(tmp_path / "a.csv", [person(1), person(2, desil="12")])
    call_command("registry_import", str(path), "--source", "dtsen", "--period", "2025-11", "--name", "a", "--json")
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert {k: result[k] for k in ("snapshot", "rows", "accepted", "rejected", "flagged")} == {
        "snapshot": "a",
        "rows": 2,
        "accepted": 1,
        "rejected": 1,
        "flagged": 0,
    }
    assert result["seconds"] > 0


@pytest.mark.django_db
def test_unimportable_file_is_a_command_error(tmp_path):
    path = tmp_path / "kosong.csv"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="kosong"):
        call_command("registry_import", str(path), "--source", "dtsen", "--period", "2025-11", "--name", "a")


@pytest.fixture
def isolated_env(tmp_path):
    """A file-backed database the child processes share (the test database is in memory)."""
    env = {
        **os.environ,
        "DEBUG": "1",
        "BERDAYA_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REGISTRY_THREADS": "1",
    }
    for args in (["migrate", "-v0"], ["load_wilayah", "--province", "35"]):
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return env, tmp_path / "cli.sqlite3"


def _published(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT name FROM registry_snapshot WHERE status = 'published'")]


def _big_csv(path: Path, rows: int) -> Path:
    # Large enough that the import is still reading when the kill arrives.
    duckdb.sql(f"""
        COPY (SELECT 'P' || i AS id_individu, 'K' || (i // 4) AS id_keluarga,
                     '3513011705' || lpad((50 + i % 40)::VARCHAR, 2, '0') || lpad((i % 9999 + 1)::VARCHAR, 4, '0') AS nik,
                     '351301010120' || lpad((i // 4 % 9999)::VARCHAR, 4, '0') AS no_kk, 'Warga ' || i AS nama,
                     'L' AS jenis_kelamin, '' AS tempat_lahir, '' AS tanggal_lahir, '' AS hubungan_keluarga,
                     'Dusun Krajan' AS alamat, '001' AS rt, '002' AS rw, '3513012001' AS kode_wilayah,
                     (i % 10 + 1)::VARCHAR AS desil
              FROM range({rows}) t(i)) TO '{path}' (HEADER)
    """)
    return path


def test_killing_an_import_midway_publishes_nothing_and_frees_the_name(tmp_path, isolated_env):
    env, db = isolated_env
    path = _big_csv(tmp_path / "besar.csv", 600_000)
    cmd = [
        sys.executable,
        "manage.py",
        "registry_import",
        str(path),
        "--source",
        "dtsen",
        "--period",
        "2025-11",
        "--name",
        "dtsen-nov",
        "--json",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    for line in proc.stderr:
        if "membaca" in line or time.monotonic() > deadline:
            break
    time.sleep(0.3)
    assert proc.poll() is None, "the import finished before it could be killed; make the file bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _published(db) == []
    snapshots_dir = tmp_path / "var" / "registry" / "snapshots"
    assert not snapshots_dir.exists() or not any(snapshots_dir.iterdir())

    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["snapshot"], result["rows"], result["accepted"]) == ("dtsen-nov", 600_000, 600_000)
    assert _published(db) == ["dtsen-nov"]


def test_unimportable_file_exits_non_zero_with_one_line(tmp_path, isolated_env):
    env, db = isolated_env
    path = tmp_path / "gambar.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    done = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "registry_import",
            str(path),
            "--source",
            "dtks",
            "--period",
            "2025-11",
            "--name",
            "x",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    errors = [ln for ln in done.stderr.splitlines() if ln.strip() and not ln.startswith("[")]
    assert len(errors) == 1 and "bukan teks/CSV" in errors[0]
    assert _published(db) == []
