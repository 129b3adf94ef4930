"""Benchmark (run by hand): start-up of the frozen bundle against the venv, same run.

Both start the real app offscreen with ``--smoke`` (window shown, database opened, plan list
filled, then quit) on the same demo database, alternately, as fresh processes with a clean
environment (HOME, TMPDIR, QT_QPA_PLATFORM only: no PATH, no VIRTUAL_ENV). Prints min and
median of the wall-clock time until the smoke line arrives (window shown and list filled) and
until the process has exited, and of the process's CPU time (user + system, its children
included): on a machine shared with other jobs the wall clock also measures the neighbours,
the CPU time much less so. The load average before and after is printed with them.

    .venv/bin/python bench/bench_bundle_startup.py [--bundel dist/wijkplan/wijkplan ...]
        [--herhalingen 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_children() -> float:
    """CPU seconds (user + system) of all waited-for child processes so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def start(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds until the smoke line is printed, until the process has exited, and its CPU."""
    cpu0 = cpu_children()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    regel = proc.stdout.readline()
    t_regel = time.perf_counter() - t0
    proc.stdout.read()
    rc = proc.wait()
    t_klaar = time.perf_counter() - t0
    if rc != 0 or "wijkplan smoke" not in regel:
        raise SystemExit(f"{argv[0]} failed (rc {rc}): {regel!r}")
    return t_regel, t_klaar, cpu_children() - cpu0


def stats(reeks: list[float]) -> str:
    return f"{min(reeks) * 1000:6.0f} {statistics.median(reeks) * 1000:6.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--bundel",
        action="append",
        help="the bundle's executable (default dist/wijkplan/wijkplan); repeat to compare builds",
    )
    parser.add_argument("--herhalingen", type=int, default=7)
    args = parser.parse_args()
    bundels = args.bundel or [str(ROOT / "dist" / "wijkplan" / "wijkplan")]
    for b in bundels:
        if not os.access(b, os.X_OK):
            raise SystemExit(f"{b} is missing: build the bundle first (README, build-command)")
    folder = Path(tempfile.mkdtemp(prefix="wijkplan-bundel-"))
    try:
        meet(bundels, args.herhalingen, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def meet(bundels: list[str], herhalingen: int, folder: Path) -> None:
    (folder / "tmp").mkdir()
    db = folder / "demo.sqlite"
    env = {"HOME": str(folder), "TMPDIR": str(folder / "tmp"), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    gevallen = {
        (f"bundel {i + 1}" if len(bundels) > 1 else "bundel"): [b, "--db", str(db), "--smoke"]
        for i, b in enumerate(bundels)
    }
    gevallen["venv (python main.py)"] = [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "--smoke",
    ]
    for argv in gevallen.values():  # warm the page cache for both before timing
        start(argv, env)
    load_voor = os.getloadavg()[0]
    tijden: dict[str, list[tuple[float, float, float]]] = {naam: [] for naam in gevallen}
    for _ in range(herhalingen):
        for naam, argv in gevallen.items():
            tijden[naam].append(start(argv, env))
    load_na = os.getloadavg()[0]
    print(
        f"{herhalingen} herhalingen, afwisselend; min en mediaan in ms; "
        f"load {load_voor:.1f} → {load_na:.1f} op {os.cpu_count()} cores"
    )
    if len(bundels) > 1:
        for i, b in enumerate(bundels):
            print(f"bundel {i + 1}: {b}")
    print(f"{'':24} {'venster+lijst':>13}   {'proces klaar':>13}   {'CPU-tijd':>13}")
    for naam, reeks in tijden.items():
        kolommen = [stats([r[k] for r in reeks]) for k in range(3)]
        print(f"{naam:24} " + "   ".join(kolommen))


if __name__ == "__main__":
    main()
