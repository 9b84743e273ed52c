"""Helpers shared by management commands."""

from __future__ import annotations

import time
from collections.abc import Callable


def stderr_progress(stderr, started: float) -> tuple[Callable[[str, int], None], Callable[[], None]]:
    """A progress callback that redraws one line on a terminal and prints one line per stage
    otherwise (logs, CI), plus the function that ends the line before the final output."""
    tty = stderr.isatty()

    def progress(stage: str, pct: int) -> None:
        line = f"[{pct:3d}%] {time.monotonic() - started:6.1f}s  {stage}"
        stderr.write(("\r" + line.ljust(40)) if tty else line, ending="" if tty else "\n")
        stderr.flush()

    def done() -> None:
        if tty:
            stderr.write("")

    return progress, done
