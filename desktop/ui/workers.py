"""Slow work (key derivation, creating a ledger, demo data) off the GUI thread.

A job is plain Python: it never touches a widget. Its result, its exception and
its progress reach the GUI thread as queued signals, so the window keeps
painting and the busy indicator keeps moving.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")

#: reports progress from a job: (done, total)
Progress = Callable[[int, int], None]

_running: set[Worker] = set()


class Worker(QThread):
    """Runs one job in its own thread; connect the signals, then call :meth:`start`."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        # Kept alive until the thread has ended, whoever started it.
        _running.add(self)
        self.finished.connect(self._forget)

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)

    def _forget(self) -> None:
        _running.discard(self)
        self.deleteLater()


def start(
    job: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Worker:
    """Run ``job(progress)`` in a thread and call back in the GUI thread."""
    worker = Worker(job)
    worker.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    worker.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:
        worker.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    worker.start()
    return worker


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.result: T | None = None
        self.error: BaseException | None = None


def call(job: Callable[[], T], parent: QWidget | None = None) -> T:
    """Run ``job`` in a thread and return its result (or raise its error) without freezing.

    For short service calls behind a button (adding a user costs one key
    derivation): ``parent`` is disabled and shows a busy cursor meanwhile, so
    nothing can be clicked twice; events keep being processed.
    """
    outcome: _Outcome[T] = _Outcome()
    loop = QEventLoop()

    def done(result: object) -> None:
        outcome.result = result  # type: ignore[assignment]
        loop.quit()

    def fail(exc: BaseException) -> None:
        outcome.error = exc
        loop.quit()

    worker = start(lambda _progress: job(), done, fail)
    if parent is not None:
        parent.setEnabled(False)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        loop.exec()  # the worker's queued result ends it, even if the job finished already
    finally:
        QApplication.restoreOverrideCursor()
        if parent is not None:
            parent.setEnabled(True)
    worker.wait()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result  # type: ignore[return-value]


def wait_for_all(timeout_ms: int = 30_000) -> None:
    """At exit: let running jobs end, so no thread is destroyed while it runs."""
    for worker in list(_running):
        worker.wait(timeout_ms)


def report_bug(exc: BaseException) -> None:
    """An error that is not a person's: the crash dialog (app.py's excepthook) shows it."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


__all__ = ["Progress", "Worker", "call", "report_bug", "start", "wait_for_all"]
