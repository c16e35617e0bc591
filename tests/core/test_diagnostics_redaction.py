"""No password, token or full registration key in anything the support tools write:
the report as text, as JSON and as saved files, the body uploaded to support, what staff
read back, every command's output, and the log file (DESIGN.md section 6)."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from pasoss_activator.cli import main
from pasoss_activator.core.account import Activator
from pasoss_activator.core.diagnostics import build_report, report_json, save_report
from pasoss_activator.core.diagnostics_text import report_text
from pasoss_activator.core.logging_setup import setup_logging
from pasoss_activator.core.products import Product
from pasoss_activator.core.redaction import (
    HIDDEN,
    RedactingFilter,
    redact,
    redact_text,
)
from pasoss_activator.core.support import fetch_session, staff_layout, start_support, upload_body
from server_stub.testing import RunningStub

from .support_env import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    support_env,
)


def _cli(capsys: pytest.CaptureFixture[str], *args: str, password: str) -> tuple[int, str]:
    code = main(list(args), stdin=io.StringIO(password + "\n"))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_no_secret_in_any_output_path(
    fresh_stub: RunningStub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = support_env(fresh_stub, tmp_path, monkeypatch)
    # A proxy whose URL carries the password: it must show without it.
    monkeypatch.setenv("HTTPS_PROXY", f"http://ivan:{DEMO_PASSWORD}@proxy.firma.bg:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    log_path = setup_logging()
    assert log_path is not None

    activator = env.activator()
    activator.login(DEMO_EMAIL, DEMO_PASSWORD)
    tokens = [activator.client.access_token, activator.client.refresh_token]
    sch = [p for p in activator.programs() if p.product is Product.SCH][0]
    key = activator.activate(sch).registration_key
    activator.sync()
    secrets = [DEMO_PASSWORD, STAFF_PASSWORD, key, key.replace("-", ""), *tokens]
    assert all(secrets)

    # A careless log line and a failure carrying secrets: the file must not keep them.
    logger = logging.getLogger("pasoss_activator.test")
    logger.warning("login with %s, token %s, key %s", DEMO_PASSWORD, tokens[0], key)
    try:
        raise RuntimeError(f"Authorization: Bearer {tokens[1]}")
    except RuntimeError:
        logger.exception("request failed")

    outputs: dict[str, str] = {}
    report = build_report(activator)
    outputs["report dict"] = json.dumps(report, ensure_ascii=False)
    outputs["report text"] = report_text(report)
    outputs["report json"] = report_json(report)
    outputs["saved text"] = save_report(report, tmp_path / "d.txt").read_text("utf-8-sig")
    outputs["saved json"] = save_report(report, tmp_path / "d.json").read_text("utf-8")
    outputs["upload body"] = json.dumps(upload_body(report), ensure_ascii=False)
    code = start_support(activator, report).code

    staff = Activator(env.stub.url)
    staff.login(STAFF_EMAIL, STAFF_PASSWORD)
    session = fetch_session(staff, code)
    outputs["stored on the service"] = json.dumps(session, ensure_ascii=False)
    outputs["staff layout"] = staff_layout(session)

    server = ["--server", env.stub.url]
    demo = [*server, "--email", DEMO_EMAIL, "--password-stdin"]
    for name, args in {
        "cli diagnostics": ["diagnostics", *demo],
        "cli diagnostics --json": ["diagnostics", "--json", *demo],
        "cli support start": ["support", "start", *demo],
        "cli support start --json": ["support", "start", "--json", *demo],
    }.items():
        status, outputs[name] = _cli(capsys, *args, password=DEMO_PASSWORD)
        assert status == 0, outputs[name]
    status, _ = _cli(
        capsys, "diagnostics", "--output", str(tmp_path / "cli.txt"), *demo, password=DEMO_PASSWORD
    )
    assert status == 0
    outputs["cli diagnostics --output"] = (tmp_path / "cli.txt").read_text("utf-8-sig")
    staff_args = [*server, "--email", STAFF_EMAIL, "--password-stdin"]
    for name, args in {
        "cli support show": ["support", "show", code, *staff_args],
        "cli support show --json": ["support", "show", code, "--json", *staff_args],
    }.items():
        status, outputs[name] = _cli(capsys, *args, password=STAFF_PASSWORD)
        assert status == 0, outputs[name]

    for handler in logging.getLogger("pasoss_activator").handlers:
        handler.flush()
    outputs["log file"] = log_path.read_text("utf-8")

    for name, text in outputs.items():
        for secret in secrets:
            assert secret not in text, f"{name} holds a secret"
    # Not vacuous: the key is there, masked, and the log did record the careless line.
    compact = key.replace("-", "")
    masked = f"{compact[:6]}…{compact[-6:]}"
    assert masked in outputs["report text"], outputs["report text"]
    assert masked in outputs["staff layout"]
    cli_report = json.loads(outputs["cli diagnostics --json"])
    assert masked in [p["registration_key"] for p in cli_report["programs"]]
    assert "login with" in outputs["log file"] and "proxy.firma.bg:3128" in outputs["report json"]


def test_redaction_by_field_shape_and_value() -> None:
    data = {
        "password": "x" * 12,
        "Refresh-Token": "abc",
        "nested": [{"registration_key": "ABCDEF" + "G" * 129 + "UVWXYZ"}],
        "note": "Bearer abc.def-ghi and http://u:pw@host:1/ and plain words",
    }
    safe = redact(data)
    assert safe["password"] == HIDDEN and safe["Refresh-Token"] == HIDDEN
    assert safe["nested"][0]["registration_key"] == "ABCDEF…UVWXYZ"
    assert safe["note"] == (f"Bearer {HIDDEN} and http://u:{HIDDEN}@host:1/ and plain words")


def test_installation_keys_paths_and_hex_ids_are_kept() -> None:
    text = (
        "24GRN-J000E-0X1G3-00Z9F-XF1Y7-TJ9JK ebc3ed49 "
        "/tmp/pytest-of-root/pytest-12/test_no_secret_in_any_output_path0/programs/SCH"
    )
    assert redact_text(text) == text


def test_a_random_token_is_hidden_by_its_shape() -> None:
    token = "q3Zx_8Kd-02LmPa9RtYu7WvB1nC4eHfJ6sGiOkXy5Tw"
    assert redact_text(f"token={token};") == f"token={HIDDEN};"


def test_the_log_filter_hides_a_traceback() -> None:
    key = "-".join(["ABCDEF"] * 23) + "-XYZ"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", (key,), None)
    try:
        raise ValueError(key)
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert key not in text and "ABCDEF…DEFXYZ" in text
