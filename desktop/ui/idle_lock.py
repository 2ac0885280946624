"""The idle lock: after some minutes without a person's input, the window locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Calls ``lock`` once nobody has typed, clicked or moved the mouse for the interval."""

    def __init__(self, lock: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may lock 5 % early
        self.timer.timeout.connect(lock)

    def start(self, interval_ms: int) -> None:
        """Start the clock again with ``interval_ms``, watching the whole application's input."""
        self.timer.start(interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only input from a person (spontaneous): Qt's own synthetic moves must not keep it open.
        if event.type() in _ACTIVITY and event.spontaneous() and self.timer.isActive():
            self.timer.start()  # somebody is here: the clock starts again
        return False
