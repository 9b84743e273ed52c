"""The independent evaluation sets (bench/independent, bench/independent2 … bench/independent7) are
deterministic and their truth points at real registry people — a broken generator would make the
matcher's figures on them meaningless."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = [
    "bench/independent/gen.py",
    "bench/independent2/gen.py",
    "bench/independent3/gen.py",
    "bench/independent4/gen.py",
    "bench/independent5/gen.py",
    "bench/independent6/gen.py",
    "bench/independent7/gen.py",
]


def _generate(script: str, out: Path) -> None:
    args = [sys.executable, str(ROOT / script), "--out-dir", str(out), "--registry-rows", "6000", "--list-rows", "300"]
    subprocess.run([*args, "--seed", "3"], check=True, cwd=ROOT, capture_output=True)


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("script", GENERATORS)
def test_an_independent_set_is_deterministic_and_its_truth_is_in_the_registry(script, tmp_path):
    _generate(script, tmp_path / "a")
    _generate(script, tmp_path / "b")
    for name in ("registry.csv", "list.csv", "truth.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    registry = {r["id_individu"]: r for r in _read(tmp_path / "a" / "registry.csv")}
    rows, truth = _read(tmp_path / "a" / "list.csv"), _read(tmp_path / "a" / "truth.csv")
    assert len(rows) == len(truth) == 300
    assert [r["no"] for r in rows] == [t["no"] for t in truth]
    present = [t["id_individu"] for t in truth if t["id_individu"]]
    assert all(i in registry for i in present)
    # Both carry people who are not in the registry (about 15 %), as the issue asks.
    assert 0.10 <= 1 - len(present) / len(truth) <= 0.20
