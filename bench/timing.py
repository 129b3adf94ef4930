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


def interleaved_samples(
    cases: dict[str, Callable[[], object]],
    runs: int,
    *,
    warm_up: bool = True,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, list[float]]:
    """Seconds of each case per round, the cases run in turn ``runs`` times: sample ``i`` of
    every case comes from the same round (for ratios paired per round, :func:`paired`).

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
    return samples


def interleaved_stats(
    cases: dict[str, Callable[[], object]],
    runs: int,
    *,
    warm_up: bool = True,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, tuple[float, float]]:
    """(min, median) milliseconds of each case, run in turn ``runs`` times (CPU time)."""
    samples = interleaved_samples(cases, runs, warm_up=warm_up, clock=clock)
    return {name: (min(s) * 1000, median_ms(s)) for name, s in samples.items()}


def paired(case: list[float], floor: list[float]) -> tuple[float, float, float]:
    """The ratio case ÷ floor per round, as (first quartile, median, third quartile).

    The machine's speed drifts (other jobs, CPU steal): a round's case and floor ran seconds
    apart and share the drift, while the min of one and the min of the other may come from
    different moments (issue 13)."""
    ratios = sorted(c / f for c, f in zip(case, floor, strict=True))
    if len(ratios) < 4:
        m = statistics.median(ratios)
        return ratios[0], m, ratios[-1]
    q1, q2, q3 = statistics.quantiles(ratios, n=4)
    return q1, q2, q3


def regel(naam: str, stats: tuple[float, float], vloer: tuple[float, float]) -> str:
    """One line of a table: min and median, and both as a ratio to the floor."""
    mn, md = stats
    vmn, vmd = vloer
    return f"{naam:<44}{mn:>9.1f}{md:>9.1f} ms   {mn / vmn:6.2f}× {md / vmd:6.2f}×"
