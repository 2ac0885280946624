"""One unlock running in a worker, which the person may stop waiting for.

Key derivation cannot be interrupted, so Cancel does not stop the worker: it
marks the attempt stopped, and the ledger it opens is closed at once (in the
worker, or on the GUI thread if the result was already on its way). A new
attempt waits until the stopped one has let go of the file, so it never finds
its own program holding the lock. Plain Python: nothing here touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..services.ledger import Ledger


class UnlockAttempt:
    def __init__(self, previous: UnlockAttempt | None = None) -> None:
        self._previous = previous
        self._guard = threading.Lock()
        self._cancelled = False
        #: set once its ledger was never opened, is closed, or was taken by the window
        self.settled = threading.Event()

    @property
    def cancelled(self) -> bool:
        with self._guard:
            return self._cancelled

    def run(self, open_ledger: Callable[[], Ledger]) -> Ledger | None:
        """In the worker: open the ledger, unless the attempt was stopped (then None)."""
        try:
            if self._previous is not None:
                self._previous.settled.wait()
            if self.cancelled:
                self.settled.set()
                return None
            ledger = open_ledger()
        except BaseException:
            self.settled.set()
            raise
        with self._guard:
            if not self._cancelled:
                return ledger  # settled when the window takes it (take)
        ledger.close()
        self.settled.set()
        return None

    def cancel(self) -> None:
        """On the GUI thread: stop waiting; whatever it opens is closed."""
        with self._guard:
            self._cancelled = True

    def take(self, ledger: Ledger | None) -> Ledger | None:
        """On the GUI thread, with the worker's result: the ledger, or None if stopped."""
        try:
            if ledger is None:
                return None
            with self._guard:
                if not self._cancelled:
                    return ledger
            ledger.close()
            return None
        finally:
            self.settled.set()
