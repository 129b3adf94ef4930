"""The shared worker job: work off the GUI thread, results and Dutch messages back on it."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread

from domain.errors import PlanNietGevonden
from gui.worker import Job


def test_a_job_runs_off_the_gui_thread_and_delivers_its_result_on_the_gui_thread(qtbot):
    ran_on: list[threading.Thread] = []
    received_on: list[QThread] = []

    def work() -> dict[str, int]:
        ran_on.append(threading.current_thread())
        return {"regels": 2000}

    job = Job(work)
    job.klaar.connect(lambda _r: received_on.append(QThread.currentThread()))
    with qtbot.waitSignal(job.klaar, timeout=10000) as blocker:
        job.start()
    assert blocker.args == [{"regels": 2000}]
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert received_on == [job.thread()]
    assert job.thread() is QThread.currentThread()  # the job lives on the GUI thread
    assert job._thread.isFinished()  # stopped before the result arrived: safe to drop the job


def test_a_wijkplan_error_arrives_as_its_own_dutch_message(qtbot):
    def work() -> None:
        raise PlanNietGevonden("abc", "Plan 'abc' bestaat niet meer.")

    job = Job(work, generiek="Dit mag de gebruiker niet zien.")
    with qtbot.assertNotEmitted(job.klaar), qtbot.waitSignal(job.mislukt, timeout=10000) as b:
        job.start()
    assert b.args == ["Plan 'abc' bestaat niet meer."]


def test_an_unexpected_error_gives_the_generic_message_and_its_traceback_goes_to_the_log(
    qtbot, caplog
):
    def work() -> None:
        raise ZeroDivisionError("division by zero in regel 17")

    job = Job(work, generiek="De PDF kon niet worden gemaakt.", wat="PDF maken")
    with (
        caplog.at_level(logging.ERROR, logger="gui.worker"),
        qtbot.waitSignal(job.mislukt, timeout=10000) as blocker,
    ):
        job.start()
    assert blocker.args == ["De PDF kon niet worden gemaakt."]
    assert "division by zero" not in blocker.args[0]
    [record] = [r for r in caplog.records if r.name == "gui.worker"]
    assert "PDF maken mislukt" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_without_a_generic_message_an_unexpected_error_still_reads_as_dutch(qtbot):
    job = Job(lambda: [][1])
    with qtbot.waitSignal(job.mislukt, timeout=10000) as blocker:
        job.start()
    assert blocker.args == ["Er ging onverwacht iets mis."]
    assert "Traceback" not in blocker.args[0] and "IndexError" not in blocker.args[0]


def test_waiting_for_a_running_job_blocks_until_the_worker_has_stopped(qtbot):
    release = threading.Event()
    started = threading.Event()

    def work() -> str:
        started.set()
        release.wait(10)
        return "klaar"

    job = Job(work)
    job.start()
    assert started.wait(10)
    threading.Timer(0.1, release.set).start()
    job.wait()  # what closing the window does
    assert job._thread.isFinished()
    with qtbot.waitSignal(job.klaar, timeout=10000) as blocker:
        pass  # the queued result is still delivered afterwards
    assert blocker.args == ["klaar"]
