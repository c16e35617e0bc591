"""``support start --wait [--write]`` and ``support send`` against the real stub, in this
process: the wait's pause between polls is where the test lets staff act (no sleeps: the
waiting client's clock is a counter moved by its own pauses)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from pasoss_activator.cli import main
from pasoss_activator.commands.output import report_error
from pasoss_activator.commands.support_wait import WaitOptions, WaitTimedOut, wait_for_offer
from pasoss_activator.core.account import Activator
from pasoss_activator.core.assisted import SupportSessionEnded
from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import ConfigLocked, NotEntitled, ServiceUnavailable
from pasoss_activator.core.products import Product
from pasoss_activator.core.programs import load_program
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from server_stub.testing import RunningStub
from tests.core.support_env import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    OTHER_EMAIL,
    OTHER_PASSWORD,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    SupportEnv,
    support_env,
)
from tests.server_stub.helpers import installation_key

SCH, RZ5 = demo_keys()[Product.SCH], demo_keys()[Product.RZ5]


@pytest.fixture
def env(fresh_stub: RunningStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SupportEnv:
    return support_env(fresh_stub, tmp_path, monkeypatch)


class FlakySession(requests.Session):
    """A real session whose next ``fail`` requests never reach the service."""

    fail = 0

    def request(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if self.fail:
            self.fail -= 1
            raise requests.ConnectionError("the network is down")
        return super().request(*args, **kwargs)


class Waiting:
    """A client waiting on its code; ``steps`` run one per pause, as staff would act."""

    def __init__(self, env: SupportEnv, trust: TrustStore | None = None) -> None:
        self.http = FlakySession()
        self.client = Activator(
            env.stub.url, timeout=(5.0, 10.0), retries=0, trust=trust, http=self.http
        )
        self.client.login(DEMO_EMAIL, DEMO_PASSWORD, remember=False)
        self.code = self.client.start_support({"programs": []}).code
        self.staff = env.activator()
        self.staff.login(STAFF_EMAIL, STAFF_PASSWORD, remember=False)
        self.now = 0.0
        self.pauses: list[float] = []
        self.steps: list[Callable[[], object]] = []

    def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds
        if self.steps:
            self.steps.pop(0)()

    def options(self, *, write: bool = True, timeout: float = 60.0) -> WaitOptions:
        return WaitOptions(write=write, timeout=timeout, interval=2.0, pause=self.pause,
                           clock=lambda: self.now)

    def refused_rz5(self) -> None:
        with pytest.raises(NotEntitled):
            self.staff.send_offer(self.code, RZ5.text)


def ini(env: SupportEnv, product: str) -> bytes:
    return (env.programs_root / product / "PASOSS.INI").read_bytes()


def written_key(env: SupportEnv, product: Product) -> RegistrationKey:
    program = load_program(env.programs_root / product.name)
    key = RegistrationKey.parse(program.registration_key_text)
    key.verify(demo_keys()[product], TrustStore.load(), demo_allowed=True, today=today_sofia())
    return key


def test_refusal_changes_nothing_then_the_sch_key_is_verified_and_written(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = Waiting(env)
    rz5_before, sch_before = ini(env, "RZ5"), ini(env, "SCH")
    checked_after_refusal: list[bytes] = []
    waiting.steps = [
        waiting.refused_rz5,
        lambda: checked_after_refusal.append(ini(env, "RZ5") + ini(env, "SCH")),
        lambda: waiting.staff.send_offer(waiting.code, SCH.text),
    ]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options()) == 0

    assert checked_after_refusal == [rz5_before + sch_before]  # still waiting, untouched
    assert len(waiting.pauses) == 3 and all(0 < p <= 3 for p in waiting.pauses)
    assert ini(env, "RZ5") == rz5_before
    key = written_key(env, Product.SCH)
    out = capsys.readouterr().out
    assert "ПАСОСС-Счетоводство" in out and "записан" in out and key.text in out


def test_without_write_the_key_is_shown_and_nothing_written(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = Waiting(env)
    before = ini(env, "SCH")
    waiting.steps = [lambda: waiting.staff.send_offer(waiting.code, SCH.text)]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options(write=False)) == 0

    assert ini(env, "SCH") == before
    out = capsys.readouterr().out
    assert "проверен" in out and "НЕ е записан" in out and "--write" in out


def test_a_key_for_no_program_here_is_reported_and_the_wait_goes_on(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = Waiting(env)
    elsewhere = installation_key(disk="PASOSS-SOME-OTHER-PC")
    waiting.steps = [
        lambda: waiting.staff.send_offer(waiting.code, elsewhere.text),
        lambda: waiting.staff.send_offer(waiting.code, SCH.text),
    ]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options()) == 0

    err = capsys.readouterr().err
    assert "не е за никоя от програмите на този компютър" in err
    assert "Чакаме друг ключ" in err
    written_key(env, Product.SCH)


def test_a_key_that_fails_verification_is_not_written(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = Waiting(env, trust=TrustStore({}))  # trusts no signer at all
    before = ini(env, "SCH")
    waiting.steps = [lambda: waiting.staff.send_offer(waiting.code, SCH.text)]

    with pytest.raises(WaitTimedOut) as timed_out:
        wait_for_offer(waiting.client, waiting.code, waiting.options(timeout=10.0))

    assert timed_out.value.exit_code == 5
    assert ini(env, "SCH") == before
    assert "не е приет и не е записан" in capsys.readouterr().err


def test_a_lost_connection_is_said_once_and_the_wait_goes_on(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = Waiting(env)

    def network_down() -> None:
        waiting.http.fail = 2

    waiting.steps = [
        network_down,
        lambda: None,
        lambda: waiting.staff.send_offer(waiting.code, SCH.text),
    ]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options()) == 0

    err = capsys.readouterr().err
    assert err.count("Няма връзка с услугата на ПАСОСС.") == 1
    assert "Връзката с услугата на ПАСОСС е възстановена" in err
    written_key(env, Product.SCH)


def test_a_key_for_a_program_holding_its_file_is_written_once_it_is_free(
    env: SupportEnv, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pasoss_activator.core import programs

    real_replace = programs.replace_file
    locked = [True, True]  # the program keeps PASOSS.INI open for two polls

    def replace_file(path: Path, *args: Any, **kwargs: Any) -> Any:
        if locked:
            locked.pop()
            raise ConfigLocked(f"Файлът {path} е зает от друга програма.", "Затворете я.")
        return real_replace(path, *args, **kwargs)

    monkeypatch.setattr(programs, "replace_file", replace_file)
    waiting = Waiting(env)
    waiting.steps = [lambda: waiting.staff.send_offer(waiting.code, SCH.text)]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options()) == 0

    assert locked == []
    err = capsys.readouterr().err
    assert err.count("е проверен, но още не е записан") == 1
    written_key(env, Product.SCH)


def test_a_long_wait_outlives_the_15_minute_access_token(env: SupportEnv) -> None:
    waiting = Waiting(env)
    waiting.steps = [
        lambda: env.stub.clock.advance(minutes=16),  # the access token has expired
        lambda: waiting.staff.login(STAFF_EMAIL, STAFF_PASSWORD, remember=False),
        lambda: waiting.staff.send_offer(waiting.code, SCH.text),
    ]

    assert wait_for_offer(waiting.client, waiting.code, waiting.options(timeout=3600.0)) == 0

    written_key(env, Product.SCH)


def test_the_wait_times_out_with_exit_5_polling_at_most_3_seconds_apart(env: SupportEnv) -> None:
    waiting = Waiting(env)
    with pytest.raises(WaitTimedOut) as timed_out:
        wait_for_offer(waiting.client, waiting.code, waiting.options(timeout=7.0))
    assert timed_out.value.exit_code == 5
    assert waiting.pauses == [2.0, 2.0, 2.0, 1.0]


def test_the_session_expiring_ends_the_wait_with_a_clear_message(env: SupportEnv) -> None:
    waiting = Waiting(env)
    waiting.steps = [lambda: env.stub.clock.advance(minutes=30, seconds=1)]
    with pytest.raises(SupportSessionEnded) as ended:
        wait_for_offer(waiting.client, waiting.code, waiting.options(timeout=3600.0))
    assert ended.value.exit_code == 5
    assert "кодът вече не е валиден" in error_parts(ended.value)[0]
    assert "support start --wait" in error_parts(ended.value)[1]


def test_polls_are_conditional_so_an_unchanged_session_costs_a_304(env: SupportEnv) -> None:
    waiting = Waiting(env)
    page = waiting.client.support_offers(waiting.code)
    assert page.changed and page.offers == [] and page.etag
    again = waiting.client.support_offers(waiting.code, page.etag)
    assert not again.changed and again.etag == page.etag


# --- through main(): options, exit codes, what staff see -----------------------------


def cli(env: SupportEnv, *args: str, email: str, password: str) -> int:
    argv = [*args, "--server", env.stub.url, "--email", email, "--password-stdin"]
    return main(argv, stdin=io.StringIO(password + "\n"))


def client_code(env: SupportEnv, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli(env, "support", "start", "--json", email=DEMO_EMAIL, password=DEMO_PASSWORD) == 0
    return str(json.loads(capsys.readouterr().out)["code"])


def test_send_prints_the_comparison_and_the_key(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    code = client_code(env, capsys)
    # The code as read out and the key as six groups, typed without quotes.
    assert cli(env, "support", "send", code[:3], code[3:], *SCH.text.split("-"),
               email=STAFF_EMAIL, password=STAFF_PASSWORD) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    key = RegistrationKey.parse(lines[lines.index("Ключ:") + 1])
    key.verify(SCH, TrustStore.load(), demo_allowed=True)
    assert "Параметър" in out and "Съвпада" in out


def test_show_lists_the_keys_already_sent_masked(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    code = client_code(env, capsys)
    assert cli(env, "support", "show", code, email=STAFF_EMAIL, password=STAFF_PASSWORD) == 0
    assert "ИЗПРАТЕНИ КЛЮЧОВЕ\n  Още няма." in capsys.readouterr().out
    assert cli(env, "support", "send", code, SCH.text,
               email=STAFF_EMAIL, password=STAFF_PASSWORD) == 0
    lines = capsys.readouterr().out.splitlines()
    key = RegistrationKey.parse(lines[lines.index("Ключ:") + 1])

    assert cli(env, "support", "show", code, email=STAFF_EMAIL, password=STAFF_PASSWORD) == 0

    out = capsys.readouterr().out
    assert f"ПАСОСС-Счетоводство  {key.masked}" in out
    assert key.text not in out


def test_send_refused_exits_4_with_the_failing_rows(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    code = client_code(env, capsys)
    assert cli(env, "support", "send", code, RZ5.text,
               email=STAFF_EMAIL, password=STAFF_PASSWORD) == 4
    out = capsys.readouterr().out
    assert "Ключ НЕ е издаден" in out and "НЕ" in out and "Не съвпада —" in out
    assert "КАКВО ДА КАЖЕТЕ НА КЛИЕНТА\n  - " in out


def test_send_from_a_client_account_exits_3_and_a_wrong_code_2(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    code = client_code(env, capsys)
    assert cli(env, "support", "send", code, SCH.text,
               email=OTHER_EMAIL, password=OTHER_PASSWORD) == 3
    assert cli(env, "support", "send", code, SCH.text,
               email=DEMO_EMAIL, password=DEMO_PASSWORD) == 3
    wrong = "000000" if code != "000000" else "000001"
    assert cli(env, "support", "send", wrong, SCH.text,
               email=STAFF_EMAIL, password=STAFF_PASSWORD) == 2
    assert cli(env, "support", "send", code, "ABCDE",
               email=STAFF_EMAIL, password=STAFF_PASSWORD) == 7
    capsys.readouterr()


def test_start_wait_times_out_with_exit_5_and_the_code_printed_first(
    env: SupportEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(env, "support", "start", "--wait", "--json", "--timeout", "0.2",
               "--poll-interval", "0.05", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    captured = capsys.readouterr()
    assert code == 5
    first, rest = captured.out.split("\n", 1)
    assert json.loads(first)["code"].isdigit()  # one line, printed before the wait
    assert json.loads(rest)["error"] == "support_wait_timeout"


def test_write_without_wait_is_a_usage_error(env: SupportEnv) -> None:
    assert cli(env, "support", "start", "--write", email=DEMO_EMAIL, password=DEMO_PASSWORD) == 2


def test_a_session_that_cannot_be_ended_leaves_the_exit_code_and_the_message_as_they_were(
    env: SupportEnv, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ended: list[str] = []

    def network_gone(_activator: Activator, code: str) -> bool:
        ended.append(code)
        raise ServiceUnavailable()

    monkeypatch.setattr(Activator, "end_support", network_gone)
    code = cli(env, "support", "start", "--wait", "--timeout", "0.2", "--poll-interval", "0.05",
               email=DEMO_EMAIL, password=DEMO_PASSWORD)
    captured = capsys.readouterr()
    assert code == 5 and len(ended) == 1  # it was tried, once, after the wait
    assert ended[0] in captured.out.replace(" ", "")
    # Only the time running out is said: the session left open is the service's to expire.
    report_error(WaitTimedOut(minutes=1), as_json=False)
    assert captured.err == capsys.readouterr().err
