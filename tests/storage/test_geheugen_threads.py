"""The fingerprint cache is shared by a program's threads (the editor's save thread, the GUI
thread, an import): concurrent use keeps it consistent and within its size."""

from __future__ import annotations

import sys
import threading

from storage.diff import Geheugen, afdruk
from tests.storage.plans import volledig_plan


def test_many_threads_putting_and_getting_fingerprints_keep_the_cache_consistent():
    geheugen = Geheugen(size=8)
    vinger = afdruk(volledig_plan(regels=2), 1)
    fouten: list[BaseException] = []
    start = threading.Barrier(8)

    def werk(t: int) -> None:
        try:
            start.wait()
            for n in range(5000):
                sleutel = f"plan{(t * 7 + n) % 20}"
                geheugen.put(sleutel, vinger if n % 5 else None)
                geheugen.get(f"plan{n % 20}")
        except BaseException as exc:  # an OrderedDict changed under another thread's feet
            fouten.append(exc)

    threads = [threading.Thread(target=werk, args=(t,)) for t in range(8)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show up
    try:
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        sys.setswitchinterval(interval)
    assert fouten == []
    assert len(geheugen._items) <= 8
    assert all(geheugen.get(k) is vinger for k in list(geheugen._items))
