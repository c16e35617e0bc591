"""The service client against an injected transport (and a real silent socket for timeouts)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
import requests

from pasoss_activator.core import errors
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.service_client import (
    ServiceClient,
    TruststoreAdapter,
    make_session,
    normalize_server_url,
)

from .fake_service import Call, FakeService, fake_session


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v1"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/api/v1"),
        ("http://localhost:1/api/v1/", "http://localhost:1/api/v1"),
        ("https://service.pasoss.com", "https://service.pasoss.com/api/v1"),
        ("service.pasoss.com", "https://service.pasoss.com/api/v1"),
        ("http://[::1]:9/api/v1", "http://[::1]:9/api/v1"),
    ],
)
def test_server_url_is_normalized(given: str, expected: str) -> None:
    assert normalize_server_url(given) == expected


@pytest.mark.parametrize("url", ["http://service.pasoss.com", "http://10.0.0.5:80/api/v1"])
def test_plain_http_is_refused_unless_loopback(url: str) -> None:
    with pytest.raises(errors.InsecureServerUrl) as caught:
        normalize_server_url(url)
    assert caught.value.exit_code == 2
    assert "https://" in error_parts(caught.value)[1]


def test_default_session_uses_the_system_trust_store_and_proxy() -> None:
    session = make_session()
    assert isinstance(session.get_adapter("https://service.pasoss.com/"), TruststoreAdapter)
    assert session.trust_env


def client_for(service: object, **kwargs: object) -> tuple[ServiceClient, list[Call]]:
    session, calls = fake_session(service)  # type: ignore[arg-type]
    options: dict[str, object] = {"session": session, "sleep": lambda _s: None}
    options.update(kwargs)
    return ServiceClient("https://service.example", **options), calls  # type: ignore[arg-type]


def test_every_call_has_connect_and_read_timeouts() -> None:
    client, calls = client_for(FakeService())
    client.login("a@b.bg", "right-password-1")
    client.get("/profile")
    assert calls and all(call.timeout == (5.0, 20.0) for call in calls)


def test_wrong_password_is_login_refused_exit_3() -> None:
    client, _ = client_for(FakeService())
    with pytest.raises(errors.LoginRefused) as caught:
        client.login("a@b.bg", "wrong")
    assert caught.value.exit_code == 3
    assert "парола" in error_parts(caught.value)[0]


def test_expired_access_token_is_refreshed_once_and_the_new_refresh_token_kept() -> None:
    service = FakeService()
    kept: list[str] = []
    client, calls = client_for(service, on_refresh_token=kept.append)
    client.login("a@b.bg", "right-password-1")
    service.access_ok = set()  # the access token expired
    reply = client.get("/profile")
    assert reply.data["company"] == "„Демо“ ЕООД"
    assert [c.path for c in calls] == ["/auth/login", "/profile", "/auth/refresh", "/profile"]
    assert kept == ["refresh-1", "refresh-2"]


def test_a_revoked_session_is_login_required_after_one_refresh() -> None:
    service = FakeService()
    client, calls = client_for(service)
    client.login("a@b.bg", "right-password-1")
    service.access_ok = set()
    service.refresh_ok = set()
    with pytest.raises(errors.LoginRequired) as caught:
        client.get("/profile")
    assert caught.value.code == "login_required"
    assert [c.path for c in calls].count("/auth/refresh") == 1


def test_429_says_when_to_try_again() -> None:
    def throttled(call: Call) -> tuple[int, object, dict[str, str]]:
        return 429, {"error": "too_many_attempts", "message": "Твърде много опити."}, {
            "Retry-After": "120"
        }

    client, _ = client_for(throttled)
    with pytest.raises(errors.TooManyAttempts) as caught:
        client.login("a@b.bg", "x")
    assert caught.value.retry_after == 120
    assert caught.value.exit_code == 3
    assert "120 секунди" in error_parts(caught.value)[1]


def test_get_is_retried_on_503_with_backoff_but_post_is_not() -> None:
    answers = iter([503, 503, 200])
    pauses: list[float] = []

    def flaky(call: Call) -> tuple[int, object, dict[str, str]]:
        if call.method == "POST":
            return 503, b"<html>down</html>", {}
        return next(answers), {"company": "X"}, {}

    client, calls = client_for(flaky, sleep=pauses.append)
    client.access_token = "token"
    assert client.get("/profile").data == {"company": "X"}
    assert pauses == [0.5, 1.0]
    with pytest.raises(errors.ServiceError) as caught:
        client.request("POST", "/keys", {"installation_key": "x"})
    assert caught.value.exit_code == 5
    assert [c.method for c in calls].count("POST") == 1


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, {"error": "internal", "message": "boom"}), (502, b"Bad gateway"), (200, b"not json"),
     (200, b"[1, 2]")],
)
def test_server_errors_and_non_json_bodies_are_service_errors(status: int, body: object) -> None:
    client, _ = client_for(lambda call: (status, body, {}), retries=0)
    client.access_token = "token"
    with pytest.raises(errors.ServiceError) as caught:
        client.get("/profile")
    assert caught.value.exit_code == 5
    assert "ПАСОСС" in error_parts(caught.value)[0]


def test_422_carries_the_comparison_table() -> None:
    rows = [{"param": "version", "label": "Версия", "requested": "231016.1",
             "entitled": "231016.0", "ok": False}]
    client, _ = client_for(
        lambda call: (422, {"error": "not_entitled", "message": "Не.",
                            "details": {"comparison": rows}}, {})
    )
    client.access_token = "token"
    with pytest.raises(errors.NotEntitled) as caught:
        client.request("POST", "/keys", {"installation_key": "x"})
    assert [row.to_json() for row in caught.value.comparison] == [
        rows[0] | {"requested_value": None, "entitled_value": None}
    ]
    assert caught.value.exit_code == 4


def test_400_invalid_installation_key_names_the_group() -> None:
    answer = {"error": "invalid_installation_key", "message": "Група 3 е грешна.",
              "details": {"reason": "check", "group": 3}}
    client, _ = client_for(lambda call: (400, answer, {}))
    client.access_token = "token"
    with pytest.raises(errors.InstallationKeyError) as caught:
        client.request("POST", "/keys", {"installation_key": "x"})
    assert caught.value.group == 3
    assert caught.value.exit_code == 7


def free_closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_service_is_service_unavailable_after_retries() -> None:
    pauses: list[float] = []
    client = ServiceClient(f"http://127.0.0.1:{free_closed_port()}", sleep=pauses.append)
    with pytest.raises(errors.ServiceUnavailable) as caught:
        client.login("a@b.bg", "x")  # a POST: retried only because nothing was connected
    assert caught.value.exit_code == 5
    assert len(pauses) == 2
    assert "интернет" in error_parts(caught.value)[1]


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a hung service."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                accepted.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_a_slow_service_times_out_instead_of_hanging(silent_server: str) -> None:
    pauses: list[float] = []
    client = ServiceClient(silent_server, timeout=(1.0, 0.3), retries=3, sleep=pauses.append)
    client.access_token = "token"
    with pytest.raises(errors.ServiceUnavailable) as caught:
        client.get("/profile")
    assert caught.value.details["reason"] == "timeout"
    assert len(pauses) == 1  # a hung service is asked twice, not retries + 1 times
    with pytest.raises(errors.ServiceUnavailable):
        client.login("a@b.bg", "x")


def test_requests_exceptions_never_escape() -> None:
    def broken(call: Call) -> tuple[int, object, dict[str, str]]:
        raise requests.exceptions.ChunkedEncodingError("cut")

    client, _ = client_for(broken, retries=0)
    client.access_token = "token"
    with pytest.raises(errors.ServiceUnavailable):
        client.get("/profile")


def test_requests_carry_no_header_that_http_1_1_implies() -> None:
    # An unchanged sync is one small request: each header line is a noticeable share of it.
    from pasoss_activator.core.service_client import make_session

    headers = make_session().headers
    assert "Connection" not in headers
    assert headers["Accept-Encoding"] == "gzip"


def test_ending_a_support_session_gives_up_at_its_own_short_deadline(
    silent_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Said on the way out (a dialog closed, Ctrl+C): a hung service must not hold the exit
    for a whole call deadline or read timeout."""
    from pasoss_activator.core import assisted

    monkeypatch.setattr(assisted, "END_DEADLINE", 0.3)
    client = ServiceClient(silent_server, timeout=(1.0, 5.0), retries=0)
    client.access_token = "token"
    with pytest.raises(errors.ServiceUnavailable) as caught:
        assisted.end_session(client, "123456")
    assert caught.value.details["reason"] == "deadline"  # not the 5 s read timeout
