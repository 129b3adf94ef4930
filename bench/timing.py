"""Timing helpers for the bench scripts: medians, and cases run interleaved with their floor.

A floor and the case it is compared with are timed in turns (``interleaved``), not one
after the other, so that a busy moment on the shared machine hits both alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    """The median of ``samples`` (seconds), in milliseconds."""
    return statistics.median(samples) * 1000


def median_run_ms(fn: Callable[[], T], runs: int) -> tuple[float, T]:
    """Median milliseconds of ``runs`` calls of ``fn``, and what the last call returned."""
    samples: list[float] = []
    result: T
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return median_ms(samples), result


def median_call_ms(fn: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls of ``fn``."""
    return median_run_ms(fn, runs)[0]


def interleaved(
    cases: dict[str, Callable[[], object]], runs: int, *, warm_up: bool = True
) -> dict[str, float]:
    """Median milliseconds of each case, the cases run in turn ``runs`` times.

    ``warm_up`` first runs every case once untimed (page cache, .pyc files, lazy imports).
    """
    samples: dict[str, list[float]] = {name: [] for name in cases}
    if warm_up:
        for fn in cases.values():
            fn()
    for _ in range(max(1, runs)):
        for name, fn in cases.items():
            samples[name].append(timed(fn))
    return {name: median_ms(s) for name, s in samples.items()}


def interleaved_stats(
    cases: dict[str, Callable[[], object]],
    runs: int,
    *,
    warm_up: bool = True,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, tuple[float, float]]:
    """(min, median) milliseconds of each case, run in turn ``runs`` times.

    The default clock is this process's CPU time: on a machine shared by many jobs the wall
    clock measures the neighbours too (issue 13's table gives CPU ratios for that reason).
    """
    samples: dict[str, list[float]] = {name: [] for name in cases}
    if warm_up:
        for fn in cases.values():
            fn()
    for _ in range(max(1, runs)):
        for name, fn in cases.items():
            start = clock()
            fn()
            samples[name].append(clock() - start)
    return {name: (min(s) * 1000, median_ms(s)) for name, s in samples.items()}


def regel(naam: str, stats: tuple[float, float], vloer: tuple[float, float]) -> str:
    """One line of a table: min and median, and both as a ratio to the floor."""
    mn, md = stats
    vmn, vmd = vloer
    return f"{naam:<44}{mn:>9.1f}{md:>9.1f} ms   {mn / vmn:6.2f}× {md / vmd:6.2f}×"
