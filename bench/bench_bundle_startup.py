"""Benchmark (run by hand): start-up of the frozen bundle against the venv, same run.

Both start the real app offscreen with ``--smoke`` (window shown, database opened, plan list
filled, then quit) on the same demo database, alternately, as fresh processes with a clean
environment (HOME, TMPDIR, QT_QPA_PLATFORM only). Prints the medians of the time until the
smoke line arrives (window shown and list filled) and until the process has exited.

    .venv/bin/python bench/bench_bundle_startup.py [--bundel dist/wijkplan/wijkplan ...]
        [--herhalingen 7]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402


def start(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the smoke line is printed, and until the process has exited."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    regel = proc.stdout.readline()
    t_regel = time.perf_counter() - t0
    proc.stdout.read()
    if proc.wait() != 0 or "wijkplan smoke" not in regel:
        raise SystemExit(f"{argv[0]} failed: {regel!r}")
    return t_regel, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--bundel",
        action="append",
        help="the bundle's executable (default dist/wijkplan/wijkplan); repeat to compare builds",
    )
    parser.add_argument("--herhalingen", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wijkplan-bundel-"))
    (folder / "tmp").mkdir()
    db = folder / "demo.sqlite"
    env = {"HOME": str(folder), "TMPDIR": str(folder / "tmp"), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    bundels = args.bundel or [str(ROOT / "dist" / "wijkplan" / "wijkplan")]
    gevallen = {
        (f"bundel {i + 1}" if len(bundels) > 1 else "bundel"): [b, "--db", str(db), "--smoke"]
        for i, b in enumerate(bundels)
    }
    gevallen["venv (python main.py)"] = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    gevallen["venv (python main.py)"].append("--smoke")
    for argv in gevallen.values():  # warm the page cache for both before timing
        start(argv, env)
    tijden: dict[str, list[tuple[float, float]]] = {naam: [] for naam in gevallen}
    for _ in range(args.herhalingen):
        for naam, argv in gevallen.items():
            tijden[naam].append(start(argv, env))
    print(f"{args.herhalingen} herhalingen, afwisselend; mediaan in ms")
    if len(bundels) > 1:
        for i, b in enumerate(bundels):
            print(f"bundel {i + 1}: {b}")
    for naam, reeks in tijden.items():
        getoond = median_ms([a for a, _ in reeks])
        klaar = median_ms([b for _, b in reeks])
        print(f"{naam:24} venster+lijst {getoond:7.0f}   proces klaar {klaar:7.0f}")


if __name__ == "__main__":
    main()
