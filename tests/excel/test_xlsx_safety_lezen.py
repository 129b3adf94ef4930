"""Reading a workbook's bytes (:func:`exports.xlsx_safety.lees_bestand`): what stat() said is
what is asked for, so a 40 KB file does not allocate 50 MB (issue 13), and a file that is
longer than stat() said (it grew, or it is a pipe) is still read whole, up to the same limit."""

from __future__ import annotations

import os
import threading
import tracemalloc
from pathlib import Path

from exports.xlsx_safety import MAX_BESTAND, lees_bestand


def test_reading_a_small_workbook_allocates_about_its_size_not_the_limit(werkmap: Path):
    grootte = werkmap.stat().st_size
    lees_bestand(werkmap)  # imports and first-use caches outside the measurement
    tracemalloc.start()
    try:
        bestand = lees_bestand(werkmap)
        _, piek = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert bestand.data == werkmap.read_bytes() and not bestand.meldingen
    # The inflated parts are kept too; the limit itself (50 MB) is far above this.
    assert piek < 40 * grootte + 4 * 1024 * 1024, (piek, grootte)
    assert piek < MAX_BESTAND // 4


def test_a_file_longer_than_stat_said_is_read_whole_and_checked(werkmap: Path, tmp_path: Path):
    """A named pipe: stat() gives 0 bytes, the workbook's bytes come after."""
    fifo = tmp_path / "werkmap.xlsx"
    os.mkfifo(fifo)
    inhoud = werkmap.read_bytes()

    def schrijf() -> None:
        with fifo.open("wb") as fh:
            fh.write(inhoud)

    schrijver = threading.Thread(target=schrijf)
    schrijver.start()
    try:
        bestand = lees_bestand(fifo)
    finally:
        schrijver.join(timeout=10)
    assert bestand.data == inhoud
    assert not bestand.meldingen
    assert bestand.delen == lees_bestand(werkmap).delen
