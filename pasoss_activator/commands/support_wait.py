"""``support start --wait [--write]``: after the code is read out, wait for the key staff
send into the session (DESIGN §5.1), verify it like any key, print it, and with ``--write``
write it into the program on this PC whose installation key it answers.

Waiting is one conditional GET per poll (a 304 while nothing changes), at most 3 seconds
apart. A refused key is never stored, so the client sees nothing of it and waits on; an
offer that fails verification or answers no program here is reported and the wait goes
on; a verified key whose file is locked (the program is open) is written as soon as it
can be. The wait ends with exit 5 when the time is up or the code has expired.

However the wait ends (the key taken, the time up, Ctrl+C, a termination, an error), the
session ends with it (``DELETE /support/sessions/{code}``), as when the GUI's dialog is
closed: staff cannot issue a key, and use a seat, for a client who has gone. That is done
quietly and never changes the outcome: the code expires on its own within 30 minutes.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.account import Activator
from ..core.assisted import Offer, SupportSessionEnded
from ..core.comparison_text import program_name
from ..core.error_text import error_parts, error_text
from ..core.errors import (
    ActivatorError,
    ConfigError,
    RegistrationKeyError,
    ServiceError,
    ServiceUnavailable,
)
from ..core.language import tx
from .output import comparison_table, emit_json_line, notice, say

log = logging.getLogger(__name__)

MAX_INTERVAL = 3.0  # seconds between polls (DESIGN §5.1: cheap polling, ≤ 3 s apart)
DEFAULT_INTERVAL = 2.0
DEFAULT_TIMEOUT = 30 * 60.0


class WaitTimedOut(ServiceError):
    """No usable key arrived within ``--timeout`` (exit 5, as DESIGN §7 says)."""

    code = "support_wait_timeout"
    exit_code = 5


@dataclass
class WaitOptions:
    write: bool = False
    timeout: float = DEFAULT_TIMEOUT
    interval: float = DEFAULT_INTERVAL
    as_json: bool = False
    # Injected by tests: how to pause between polls and what time it is (monotonic).
    pause: Callable[[float], object] = threading.Event().wait
    clock: Callable[[], float] = time.monotonic


def wait_for_offer(activator: Activator, code: str, options: WaitOptions) -> int:
    """Poll until a key verifies (exit 0, written with ``write``); WaitTimedOut or
    SupportSessionEnded (both exit 5) otherwise. The session ends with the wait."""
    ended_by_service = False
    try:
        # The wait is on purpose: the command's overall deadline with the service (DESIGN
        # §6.1, 60 s) must not end it; each poll keeps its own per-call deadline.
        with _termination_as_exit(), activator.client.waiting_on_purpose():
            return _wait(activator, code, options)
    except SupportSessionEnded:
        ended_by_service = True  # expired, or closed by a newer one: nothing left to end
        raise
    finally:
        if not ended_by_service:
            _end_quietly(activator, code)


def _end_quietly(activator: Activator, code: str) -> None:
    """End the session; a failure is only logged, so the command's own outcome (its exit
    code, its message) stays what the user must see."""
    try:
        activator.end_support(code)
    except Exception as err:  # whatever it is, it must not hide the outcome
        log.info("support session left to expire on its own: %s", type(err).__name__)


@contextlib.contextmanager
def _termination_as_exit() -> Iterator[None]:
    """A termination request (SIGTERM: a script's deadline, a service manager; SIGBREAK:
    Ctrl+Break on Windows) leaves through ``finally`` like Ctrl+C does, so the session is
    ended, with exit 128 + the signal's number as a shell reports it. Signals reach only
    the main thread, so elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = [getattr(signal, name) for name in ("SIGTERM", "SIGBREAK") if hasattr(signal, name)]

    def leave(number: int, _frame: object) -> None:
        raise SystemExit(128 + number)

    saved = {number: signal.signal(number, leave) for number in numbers}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def _wait(activator: Activator, code: str, options: WaitOptions) -> int:
    interval = min(max(options.interval, 0.0), MAX_INTERVAL)
    watch = activator.watch_offers(code)
    deadline = options.clock() + options.timeout
    offline = False
    blocked: list[Offer] = []  # verified, but the program's file could not be written yet
    while True:
        try:
            fresh = watch.poll()
            if offline:
                notice(tx("cli", "Връзката с услугата на ПАСОСС е възстановена. Чакаме ключа…"))
            offline = False
        except ServiceUnavailable as err:
            # A short loss of the connection should not end a call with support: the
            # code stays valid on the service, so the wait goes on until the timeout.
            if not offline:
                notice(f"{error_parts(err)[0]} {tx('cli', 'Опитваме отново…')}")
            offline, fresh = True, []
        # A key that could not be written (the program holds its file open) is tried again
        # on every poll, quietly: closing the program is enough, no need to resend it.
        retry, blocked = blocked, []
        for offer in retry + fresh:
            outcome = _take(activator, offer, options, quiet=offer in retry)
            if outcome == "done":
                return 0
            if outcome == "blocked":
                blocked.append(offer)
        remaining = deadline - options.clock()
        if remaining <= 0:
            minutes = max(1, round(options.timeout / 60))
            raise WaitTimedOut(minutes=minutes)
        options.pause(min(interval, remaining))


def _take(activator: Activator, offer: Offer, options: WaitOptions, *, quiet: bool) -> str:
    """Verify (and with ``write`` write) one offer: ``done`` ends the wait; ``rejected``
    (the key does not verify or answers no program here: reported, the wait goes on);
    ``blocked`` (verified, but the file could not be written: try again next poll)."""
    try:
        verified = activator.verify_offer(offer)
    except RegistrationKeyError as err:
        _rejected(offer, err, options)
        return "rejected"
    try:
        result = activator.write_offer(verified) if options.write else None
    except ConfigError as err:
        if not quiet:
            notice(
                tx(
                    "cli",
                    "Ключът за {0} е проверен, но още не е записан: {1} Ще опитаме отново "
                    "след малко.",
                ).format(program_name(verified.program), error_text(err))
            )
        return "blocked"
    name = program_name(verified.program)
    if options.as_json:
        data = offer.to_json()
        data["program_folder"] = str(verified.program.folder)
        if result is not None:
            data.update(result.to_json())
        emit_json_line(data)
        return "done"
    say(
        tx("cli", "Поддръжката изпрати регистрационен ключ за {0} ({1}).").format(
            name, verified.program.folder
        )
    )
    say(
        tx(
            "cli",
            "Ключът е проверен: подписан е от ПАСОСС и е за инсталационния ключ на тази "
            "програма.",
        )
    )
    if result is not None:
        say(tx("cli", "Ключът е записан в програмата."))
        say(f"{tx('cli', 'Файл') + ':':<17}{result.config_path}")
        say(f"{tx('cli', 'Резервно копие') + ':':<17}{result.backup_path}")
    say(tx("cli", "Ключ:"))
    say(offer.registration_key)
    if offer.comparison:
        say()
        say(comparison_table(offer.comparison))
    if result is None:
        say()
        say(
            tx(
                "cli",
                "Ключът НЕ е записан. За да се запише сам, изпълнете командата с --write, "
                "или го въведете в програмата ПАСОСС в „Регистрация“.",
            )
        )
    return "done"


def _rejected(offer: Offer, err: ActivatorError, options: WaitOptions) -> None:
    what = tx(
        "cli", "Ключът, изпратен от поддръжката ({0}), не е приет и не е записан"
    ).format(offer.product or "?")
    if options.as_json:
        emit_json_line(
            {"offer_id": offer.offer_id, "rejected": err.code, "message": error_parts(err)[0]}
        )
    notice(f"{what}: {error_text(err)}".rstrip())
    notice(tx("cli", "Чакаме друг ключ от поддръжката…"))
