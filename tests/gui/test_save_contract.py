"""Regression tests of issue 8's save defects 4 and 5.

4. A failed worker round must never be reported as saved: the worker used to mark itself
   idle before it reported the failure, so ``save_sync`` saw nothing dirty, returned True and
   wrote nothing (on close, flush, export and submit), and after shutdown nothing retried.
5. Submit after a failed flush: ``flush`` threw ``save_sync``'s result away, ``dien_in``
   submitted the older stored plan and ``replace_plan`` dropped the unsaved edits and the
   undo stack.
"""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtWidgets import QMessageBox

from domain.demo import DEMO_COMPLEET_ID
from domain.model import Status
from domain.serialize import content_hash
from tests.gui.faults import (
    TOO_BIG,
    BoxAnswerer,
    assert_dutch_refusal,
    assert_not_submitted,
    assert_status_says_unsaved,
    close_is_refused,
    open_plan,
    submit_is_refused,
    title_on_screen,
    type_reach,
    type_title,
    wait_stored,
)
from tests.gui.typing import settle, stored

TITLE = "Indienen na een mislukte opslag"
REACH = "interventies[0].bereik"


def test_a_failed_worker_round_is_never_reported_as_saved(qtbot, window, demo_db):
    """The round fails on the worker; ``save_sync`` runs before the queued ``finished``
    signal arrives (no events are processed in between): it must see the failure."""
    open_plan(window, DEMO_COMPLEET_ID)
    session = window.session
    before = stored(demo_db, DEMO_COMPLEET_ID).interventies[0].bereik
    assert session.set(REACH, int(TOO_BIG))
    session.save_now()
    assert session._saver.busy or session._saver.wait(0)  # a round was started
    assert session._saver.wait(30)  # finished on the worker; its signal is still queued
    assert session.save_sync() is False
    assert session.dirty
    assert session.pending
    assert session.save_error
    assert_dutch_refusal(session.save_error)
    assert session.save_state()[0] == "mislukt"
    assert stored(demo_db, DEMO_COMPLEET_ID).interventies[0].bereik == before
    # Nothing is dropped silently on shutdown: it says so, and closing the plan asks.
    assert session.shutdown(timeout=10) is False
    assert session.plan.interventies[0].bereik == int(TOO_BIG)


def test_save_sync_keeps_to_its_timeout_while_a_round_is_still_writing(qtbot, window, demo_db):
    """A slow database (a server that hangs; here the worker's statements wait for a gate):
    ``save_sync(0.2)`` returns False while the worker's round still runs, instead of waiting
    for it without end or claiming success; once the database answers, all is stored."""
    from sqlalchemy import event

    open_plan(window, DEMO_COMPLEET_ID)
    session = window.session
    gate = threading.Event()
    main = threading.current_thread()

    def slow(*_args) -> None:
        if threading.current_thread() is not main:
            gate.wait(30)

    event.listen(demo_db.engine, "before_cursor_execute", slow)
    try:
        assert session.set("titel", TITLE)
        session.save_now()
        assert session.save_sync(timeout=0.2) is False
        assert session._saver.busy  # it did not wait for the round to end
        assert session.dirty
        assert session.save_error
        assert_status_says_unsaved(window)
    finally:
        gate.set()
        event.remove(demo_db.engine, "before_cursor_execute", slow)
    wait_stored(window)
    assert stored(demo_db, DEMO_COMPLEET_ID).titel == TITLE


def test_closing_after_a_failed_round_asks_and_cancel_keeps_everything(qtbot, window, demo_db):
    open_plan(window, DEMO_COMPLEET_ID)
    session = window.session
    type_reach(window, TOO_BIG)
    close_is_refused(window)
    assert window.session is session
    assert session.plan.interventies[0].bereik == int(TOO_BIG)
    session.undo_stack.undo()  # the coordinator takes the number back: the retry stores
    wait_stored(window)
    assert window.close_plan()


def test_submit_after_a_failed_flush_is_refused_and_keeps_every_edit(qtbot, window, demo_db):
    open_plan(window, DEMO_COMPLEET_ID)
    session = window.session
    type_reach(window, TOO_BIG)
    type_title(window, TITLE)
    stack = session.undo_stack
    undo_steps = (stack.count(), stack.index(), stack.undoText())
    assert stack.canUndo()

    refusal = submit_is_refused(window)
    assert session.save_error and session.save_error in refusal

    assert_not_submitted(demo_db, DEMO_COMPLEET_ID)
    assert stored(demo_db, DEMO_COMPLEET_ID).titel != TITLE
    assert window.session is session and session.plan.titel == TITLE
    assert title_on_screen(window) == TITLE
    assert (stack.count(), stack.index(), stack.undoText()) == undo_steps
    assert not session.read_only

    # Corrected, the same submit goes ahead, and stores exactly what is on screen.
    type_reach(window, "250")
    settle(session)
    # The hash covers the status too (issue 10): what was on screen, as submitted.
    on_screen = content_hash(dataclasses.replace(session.plan, status=Status.INGEDIEND))
    boxes = BoxAnswerer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    try:
        window.editor.submit()
    finally:
        boxes.stop()
    assert len(boxes.seen) == 1, boxes.seen  # only the question; no refusal
    assert session.read_only
    with demo_db.unit_of_work() as uow:
        snapshots = uow.plans.snapshots(DEMO_COMPLEET_ID)
        assert uow.plans.status(DEMO_COMPLEET_ID)[0] == "ingediend"
    assert [s.content_hash for s in snapshots] == [on_screen]
    assert content_hash(session.plan) == on_screen
    submitted = stored(demo_db, DEMO_COMPLEET_ID)
    assert (submitted.titel, submitted.interventies[0].bereik) == (TITLE, 250)
