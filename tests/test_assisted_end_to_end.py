"""The done-when of assisted activation (issue 14), through real processes: the stub
(``python -m server_stub serve``), a client waiting with ``support start --wait --write``
and staff running ``support send``, each its own ``python -m pasoss_activator``.

However the waiting client ends (the key taken, the time up, Ctrl+C, a termination), its
session ends with it: staff then get 404 for the code, as for a code that never was.

The test never sleeps: it waits on what the processes print (the code on the client's
standard output, the polls in the stub's request log) and on their exit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.demo_programs import create_demo_programs, demo_keys
from pasoss_activator.core.errors import NotEntitled, NotFound
from pasoss_activator.core.products import Product
from pasoss_activator.core.programs import load_program
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.settings import Settings
from pasoss_activator.core.support import fetch_session
from pasoss_activator.core.trust import TrustStore

ROOT = Path(__file__).resolve().parents[1]
DEMO = ("demo@pasoss.example", "demo-parola-2026")
STAFF = ("support@pasoss.example", "support-parola-2026")
OFFERS_POLL = '"GET /api/v1/support/sessions/******/offers'
WAIT = 60.0  # seconds: generous for a loaded machine; the conditions come much sooner


class Lines:
    """Collects a stream's lines in a thread; ``wait_for`` blocks until one fits."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            with self.changed:
                self.lines.append(line.rstrip("\n"))
                self.changed.notify_all()

    def wait_for(self, fits: Callable[[list[str]], bool], what: str) -> None:
        with self.changed:
            if not self.changed.wait_for(lambda: fits(self.lines), timeout=WAIT):
                raise AssertionError(f"{what} did not happen; lines: {self.lines[-20:]}")

    def count(self, text: str) -> int:
        with self.changed:
            return sum(text in line for line in self.lines)


def environment(home: Path, programs: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the machine's keyring
        PYTHONIOENCODING="utf-8",
        PASOSS_ACTIVATOR_HOME=str(home),
        PYTHONPATH=str(ROOT),
    )
    env.pop("PASOSS_PROGRAMS", None)
    if programs is not None:
        env["PASOSS_PROGRAMS"] = str(programs)
    return env


@pytest.fixture
def stub_process(tmp_path: Path) -> Iterator[tuple[str, Lines]]:
    command = [sys.executable, "-m", "server_stub", "serve", "--db", str(tmp_path / "stub.db"),
               "--port", "0", "--demo-data"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          encoding="utf-8", env=environment(tmp_path / "stub-home"),
                          cwd=ROOT) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("Serving on "), line
        log = Lines(proc.stderr)
        try:
            yield line.removeprefix("Serving on "), log
        finally:
            proc.terminate()
            proc.wait(timeout=WAIT)
    assert not any("Traceback" in line for line in log.lines)


def staff_send(url: str, home: Path, code: str, key: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pasoss_activator", "support", "send", code, key,
         "--server", url, "--email", STAFF[0], "--password-stdin"],
        input=STAFF[1] + "\n", capture_output=True, text=True, encoding="utf-8",
        env=environment(home), cwd=ROOT, timeout=WAIT,
    )


def staff_in_process(url: str) -> Activator:
    """Staff logged in from this process: quicker than a command, so a refusal lands well
    inside a short wait."""
    staff = Activator(url, settings=Settings.load())
    staff.login(*STAFF, remember=False)
    return staff


def assert_session_ended(url: str, code: str) -> None:
    """Staff can neither read the session nor send a key into it any more."""
    staff = staff_in_process(url)
    with pytest.raises(NotFound):
        fetch_session(staff, code)
    with pytest.raises(NotFound):
        staff.send_offer(code, demo_keys()[Product.SCH].text)


def waiting_client(url: str, home: Path, programs: Path, *options: str
                   ) -> tuple[subprocess.Popen[str], Lines, Lines]:
    """``support start --wait --json`` running, its password given; its output collected."""
    client = subprocess.Popen(
        [sys.executable, "-m", "pasoss_activator", "support", "start", "--wait", "--json",
         *options, "--server", url, "--email", DEMO[0], "--password-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=environment(home, programs), cwd=ROOT,
    )
    assert client.stdin and client.stdout and client.stderr
    client.stdin.write(DEMO[1] + "\n")
    client.stdin.close()
    return client, Lines(client.stdout), Lines(client.stderr)


def code_printed(out: Lines) -> str:
    out.wait_for(lambda lines: len(lines) >= 1, "the code on the client's output")
    code: str = json.loads(out.lines[0])["code"]
    return code


@pytest.mark.parametrize(
    "client_module",
    [
        "pasoss_activator",
        # The command line with a 4-second deadline for a command's whole conversation
        # (instead of 60 s): the wait, on purpose, goes past it and still takes the key.
        "tests.commands.short_deadline_cli",
    ],
)
def test_staff_send_a_key_the_waiting_client_verifies_and_writes(
    stub_process: tuple[str, Lines], tmp_path: Path, client_module: str
) -> None:
    url, stub_log = stub_process
    programs = tmp_path / "programs"
    create_demo_programs(programs)
    sch_ini, rz5_ini = programs / "SCH" / "PASOSS.INI", programs / "RZ5" / "PASOSS.INI"
    sch_before, rz5_before = sch_ini.read_bytes(), rz5_ini.read_bytes()
    client = subprocess.Popen(
        [sys.executable, "-m", client_module, "support", "start", "--wait", "--write",
         "--json", "--poll-interval", "0.2", "--server", url, "--email", DEMO[0],
         "--password-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=environment(tmp_path / "client-home", programs), cwd=ROOT,
    )
    try:
        assert client.stdin and client.stdout and client.stderr
        client.stdin.write(DEMO[1] + "\n")
        client.stdin.close()
        out, err = Lines(client.stdout), Lines(client.stderr)
        # The code is printed at once, while the client goes on waiting.
        out.wait_for(lambda lines: len(lines) >= 1, "the code on the client's output")
        code = json.loads(out.lines[0])["code"]
        assert client.poll() is None

        refused = staff_send(url, tmp_path / "staff-home", code, demo_keys()[Product.RZ5].text)

        assert refused.returncode == 4, refused.stdout + refused.stderr
        assert "Ключ НЕ е издаден" in refused.stdout
        # The client polls on after the refusal, still waiting, and nothing was written;
        # 25 polls 0.2 s apart outlast the short command deadline (4 s) of that variant.
        polls = stub_log.count(OFFERS_POLL)
        stub_log.wait_for(lambda _: stub_log.count(OFFERS_POLL) >= polls + 25, "more polls")
        assert client.poll() is None
        assert rz5_ini.read_bytes() == rz5_before and sch_ini.read_bytes() == sch_before

        sent = staff_send(url, tmp_path / "staff-home", code, demo_keys()[Product.SCH].text)

        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert client.wait(timeout=WAIT) == 0, "\n".join(out.lines + err.lines)
        out.thread.join(timeout=WAIT)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    answer = json.loads(out.lines[-1])
    assert answer["product"] == "SCH" and Path(answer["config_path"]) == sch_ini
    written = load_program(programs / "SCH").registration_key_text
    assert written == answer["registration_key"]
    RegistrationKey.parse(written).verify(
        demo_keys()[Product.SCH], TrustStore.load(), demo_allowed=True, today=today_sofia()
    )
    assert rz5_ini.read_bytes() == rz5_before
    assert "Traceback" not in "\n".join(err.lines)
    assert_session_ended(url, code)  # the key taken, nothing more can be sent


def test_a_waiting_client_that_gets_no_key_times_out_with_exit_5(
    stub_process: tuple[str, Lines], tmp_path: Path
) -> None:
    url, _log = stub_process
    programs = tmp_path / "programs"
    create_demo_programs(programs)
    before = {p: (programs / p / "PASOSS.INI").read_bytes() for p in ("SCH", "RZ5")}
    result = subprocess.run(
        [sys.executable, "-m", "pasoss_activator", "support", "start", "--wait", "--write",
         "--timeout", "1", "--poll-interval", "0.2", "--server", url, "--email", DEMO[0],
         "--password-stdin"],
        input=DEMO[1] + "\n", capture_output=True, text=True, encoding="utf-8",
        env=environment(tmp_path / "client-home", programs), cwd=ROOT, timeout=WAIT,
    )
    assert result.returncode == 5, result.stdout + result.stderr
    assert "Код:" in result.stdout and "не изпрати ключ" in result.stderr
    assert {p: (programs / p / "PASOSS.INI").read_bytes() for p in before} == before
    code = result.stdout.split("Код:")[1].split("(")[0].replace(" ", "")
    assert_session_ended(url, code)


def test_a_refusal_then_the_time_running_out_ends_the_session(
    stub_process: tuple[str, Lines], tmp_path: Path
) -> None:
    url, _log = stub_process
    programs = tmp_path / "programs"
    create_demo_programs(programs)
    staff = staff_in_process(url)
    client, out, err = waiting_client(url, tmp_path / "client-home", programs, "--write",
                                      "--timeout", "4", "--poll-interval", "0.2")
    try:
        code = code_printed(out)
        with pytest.raises(NotEntitled):
            staff.send_offer(code, demo_keys()[Product.RZ5].text)

        assert client.wait(timeout=WAIT) == 5, "\n".join(out.lines + err.lines)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    out.thread.join(timeout=WAIT)
    err.thread.join(timeout=WAIT)
    assert json.loads("\n".join(out.lines[1:]))["error"] == "support_wait_timeout"
    assert "Traceback" not in "\n".join(err.lines)
    assert_session_ended(url, code)


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals: Windows has no SIGTERM to send")
@pytest.mark.parametrize(
    ("how", "exit_code", "said"),
    [
        (signal.SIGINT, 130, ["Прекъснато."]),  # Ctrl+C in the console
        (signal.SIGTERM, 128 + signal.SIGTERM, []),  # a script's own deadline (timeout(1))
    ],
)
def test_a_wait_broken_off_ends_the_session(
    stub_process: tuple[str, Lines], tmp_path: Path, how: int, exit_code: int,
    said: list[str],
) -> None:
    url, stub_log = stub_process
    programs = tmp_path / "programs"
    create_demo_programs(programs)
    client, out, err = waiting_client(url, tmp_path / "client-home", programs,
                                      "--poll-interval", "0.2")
    try:
        code = code_printed(out)
        # Waiting for sure: it has polled the session since printing the code.
        stub_log.wait_for(lambda _: stub_log.count(OFFERS_POLL) >= 2, "the client polling")

        client.send_signal(how)

        assert client.wait(timeout=WAIT) == exit_code, "\n".join(out.lines + err.lines)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    err.thread.join(timeout=WAIT)
    assert err.lines == said  # nothing else: no trace, no word about ending the session
    assert_session_ended(url, code)
