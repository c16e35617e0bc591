"""The one way the GUI runs blocking work (network, disk) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn`` on a pool thread and delivers
its result, or the exception it raised, to the callbacks on the main thread through a
queued signal. ``fn`` must never touch a widget: it gets plain data in and hands plain
data back. Tests call ``set_synchronous(True)`` so the work runs at once, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_synchronous = False
# Signals objects stay referenced until their result is delivered: a QObject collected
# while its queued signal is in flight would drop the result silently.
_in_flight: set[_Signals] = set()


def set_synchronous(value: bool) -> None:
    """Run every task at once on the calling thread (tests, the self-driving tour)."""
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    """Lives on the main thread; its slots are methods of a QObject, so a signal emitted
    on a pool thread is queued to the main thread (a plain Python callable would not be)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    def _owner_gone(self) -> bool:
        # A dialog closed (and freed) while its work ran: its widgets are gone, so the
        # result has nowhere to go and touching them would raise.
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        _in_flight.discard(self)
        if not self._owner_gone():
            self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, error: object) -> None:
        _in_flight.discard(self)
        if not self._owner_gone():
            self._on_error(error if isinstance(error, Exception) else RuntimeError(str(error)))


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # handed to the GUI, which turns it into a sentence
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` off the GUI thread; exactly one callback runs later on the main thread
    — none if ``owner`` (the widget the callbacks fill) has been deleted meanwhile."""
    if _synchronous:
        try:
            result = fn()
        except Exception as error:
            on_error(error)
        else:
            on_done(result)
        return
    signals = _Signals(on_done, on_error, owner)
    _in_flight.add(signals)
    QThreadPool.globalInstance().start(_Task(fn, signals))


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until the pool is idle (used at exit so no worker outlives the app)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
