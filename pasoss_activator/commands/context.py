"""What every command handler gets: the parsed options and the ``Activator``, logged in
as the options ask (``--email E --password-stdin`` or the session in the keyring)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TextIO

from ..core.account import AccountSummary, Activator
from ..core.errors import LoginRequired, UsageError
from ..core.service_client import CALL_DEADLINE, CONVERSATION_DEADLINE, DEFAULT_TIMEOUT


def read_password_line(stream: TextIO) -> str:
    """One line from ``stream`` with its line ending stripped (DESIGN.md section 7)."""
    line = stream.readline()
    if not line:
        raise UsageError(reason="no_password_on_stdin")
    return line.rstrip("\r\n")


@dataclass
class CommandContext:
    args: argparse.Namespace
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    # One call, and the command's whole conversation with the service (DESIGN.md 6.1).
    deadlines: tuple[float, float] = (CALL_DEADLINE, CONVERSATION_DEADLINE)
    _activator: Activator | None = None

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def email(self) -> str | None:
        value = getattr(self.args, "email", None)
        return str(value) if value else None

    @property
    def password_stdin(self) -> bool:
        return bool(getattr(self.args, "password_stdin", False))

    def activator(self) -> Activator:
        """The facade for ``--server`` (or PASOSS_SERVICE_URL, or the settings); no network."""
        if self._activator is None:
            self._activator = Activator(
                getattr(self.args, "server", None),
                timeout=self.timeout,
                call_deadline=self.deadlines[0],
                conversation_deadline=self.deadlines[1],
            )
        return self._activator

    def logged_in(self, *, remember: bool = False) -> tuple[Activator, AccountSummary]:
        """The activator logged in: from ``--email E --password-stdin`` when given (for this
        run only unless ``remember``), otherwise from the session kept in the keyring."""
        activator = self.activator()
        if self.password_stdin:
            if not self.email:
                raise UsageError(reason="password_stdin_needs_email")
            password = read_password_line(self.stdin)
            return activator, activator.login(self.email, password, remember=remember)
        account = activator.resume(self.email)
        if account is None:
            raise LoginRequired(reason="no_session")
        return activator, account
