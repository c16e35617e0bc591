"""The stub against hostile clients (DESIGN.md section 6.1, issue 11 findings 4, 5, 7, 8,
and the decisions on refresh-token families, connection threads and the Server header)."""

from __future__ import annotations

import socket
import threading

import pytest

from server_stub import passwords, routes_support
from server_stub.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL, STAFF_EMAIL
from server_stub.http import ApiServer
from server_stub.routes import ROUTES
from server_stub.testing import RunningStub
from server_stub.tokens import FAMILY_SECONDS, REUSE_GRACE_SECONDS

from .helpers import Api, logged_in, query
from .test_http import raw_exchange

# --- 8: request smuggling shape -----------------------------------------------------------


BODY = b'{"email": "a@b.c", "password": "x"}'
LENGTH = str(len(BODY))


def _login_request(*lengths: str, tail: bytes = b"") -> bytes:
    body = BODY
    head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    head += "".join(f"Content-Length: {n}\r\n" for n in lengths)
    return head.encode() + b"\r\n" + body + tail


def test_two_different_content_lengths_get_400_and_the_connection_closes(
    stub: RunningStub,
) -> None:
    smuggled = b"GET /api/v1/contacts HTTP/1.1\r\nHost: x\r\n\r\n"
    answer = raw_exchange(stub.url, _login_request("5", LENGTH, tail=smuggled))
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"Connection: close" in answer
    assert answer.count(b"HTTP/1.1 ") == 1  # the rest was never answered as a request
    assert b'"invalid_request"' in answer


def test_the_same_content_length_twice_is_one_framing(stub: RunningStub) -> None:
    closing = b"GET /api/v1/contacts HTTP/1.1\r\nConnection: close\r\n\r\n"
    answer = raw_exchange(stub.url, _login_request(LENGTH, LENGTH, tail=closing))
    assert answer.startswith(b"HTTP/1.1 401 ")  # the login was read and judged


def test_the_server_header_names_no_python_version(stub: RunningStub) -> None:
    answer = Api(stub.url).get("/contacts")
    assert answer.headers["Server"] == "PASOSS-stub/1"
    assert "Python" not in answer.headers["Server"]


# --- connection threads -------------------------------------------------------------------


def test_connections_over_the_cap_get_503_at_once(fresh_stub: RunningStub) -> None:
    server = ApiServer(("127.0.0.1", 0), fresh_stub.service, ROUTES, max_connections=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(2)]
    try:
        # The two idle connections hold both slots; the third is refused, not queued.
        answer = raw_exchange(f"http://127.0.0.1:{port}/", b"GET /api/v1/contacts HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 503 ")
        assert b"service_busy" in answer and b"Retry-After: 5" in answer
    finally:
        for sock in idle:
            sock.close()
    # Slots come back when connections end (the threads notice the closed sockets).
    done = threading.Event()

    def ask() -> None:
        while not done.is_set():
            if Api(f"http://127.0.0.1:{port}/api/v1").get("/contacts").status_code == 200:
                done.set()

    asker = threading.Thread(target=ask, daemon=True)
    asker.start()
    assert done.wait(20)
    server.shutdown()
    server.server_close()


# --- 4: support sessions --------------------------------------------------------------------


def _open_session(api: Api) -> str:
    answer = api.post("/support/sessions", {"diagnostics": {"n": 1}})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["code"])


def test_a_client_holds_at_most_three_open_sessions(fresh_stub: RunningStub) -> None:
    client, staff = logged_in(fresh_stub.url), logged_in(fresh_stub.url, STAFF_EMAIL)
    codes = [_open_session(client) for _ in range(5)]
    seen = {code: staff.get(f"/support/sessions/{code}").status_code for code in codes}
    assert [seen[c] for c in codes] == [404, 404, 200, 200, 200]
    # Another client's sessions are not touched by this one's.
    other = logged_in(fresh_stub.url, OTHER_EMAIL)
    theirs = _open_session(other)
    _open_session(client)
    assert staff.get(f"/support/sessions/{theirs}").status_code == 200


def test_no_free_code_is_a_503_and_the_write_lock_is_free_again(
    fresh_stub: RunningStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = logged_in(fresh_stub.url)
    taken = _open_session(client)
    # Every draw now lands on the taken code, as if all million were in use.
    monkeypatch.setattr(routes_support.secrets, "randbelow", lambda _n: int(taken))
    answer = client.post("/support/sessions", {"diagnostics": {}})
    assert answer.status_code == 503
    assert answer.json()["error"] == "no_free_code" and "Retry-After" in answer.headers
    assert logged_in(fresh_stub.url, OTHER_EMAIL).access_token  # a write transaction works
    # The refused request closed nobody's session.
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    assert staff.get(f"/support/sessions/{taken}").status_code == 200


# --- 5: the password-change oracle --------------------------------------------------------


def test_wrong_current_passwords_count_as_failed_logins(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    wrong = {"current_password": "guess-guess-1", "new_password": "new-parola-2026"}
    statuses = [api.post("/profile/password", wrong).status_code for _ in range(5)]
    assert statuses == [403] * 5
    sixth = api.post("/profile/password", wrong)
    assert sixth.status_code == 429 and int(sixth.headers["Retry-After"]) > 0
    right = {"current_password": DEMO_PASSWORD, "new_password": "new-parola-2026"}
    assert api.post("/profile/password", right).status_code == 429  # unchecked while locked
    assert Api(fresh_stub.url).login().status_code == 429  # one count with the logins
    fresh_stub.clock.advance(minutes=16)
    assert Api(fresh_stub.url).login().status_code == 200


def test_failed_logins_count_for_the_password_change_too(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    for _ in range(5):
        assert Api(fresh_stub.url).login(password="wrong-wrong-1").status_code == 401
    right = {"current_password": DEMO_PASSWORD, "new_password": "new-parola-2026"}
    assert api.post("/profile/password", right).status_code == 429


def test_a_right_change_clears_the_count(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    wrong = {"current_password": "guess-guess-1", "new_password": "new-parola-2026"}
    for _ in range(4):
        assert api.post("/profile/password", wrong).status_code == 403
    right = {"current_password": DEMO_PASSWORD, "new_password": "new-parola-2026"}
    assert api.post("/profile/password", right).status_code == 204
    for _ in range(5):
        assert Api(fresh_stub.url).login(password="wrong-wrong-1").status_code == 401


# --- 7: password reset --------------------------------------------------------------------


def test_a_reset_does_the_same_work_and_answers_the_same_either_way(
    fresh_stub: RunningStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    passwords.dummy_hash()  # made once per process; not part of any one request's work
    hashes: list[int] = []
    real = passwords._scrypt

    def counting(*args: object) -> bytes:
        hashes.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(passwords, "_scrypt", counting)
    api = Api(fresh_stub.url)
    known = api.post("/auth/password-reset", {"email": DEMO_EMAIL})
    known_hashes = len(hashes)
    unknown = api.post("/auth/password-reset", {"email": "nobody@pasoss.example"})
    assert known_hashes == len(hashes) - known_hashes == 1
    assert known.status_code == unknown.status_code == 202
    assert known.content == unknown.content
    assert {k for k in known.headers if k != "Date"} == {k for k in unknown.headers if k != "Date"}


@pytest.mark.parametrize("email", [DEMO_EMAIL, "nobody@pasoss.example"])
def test_at_most_three_reset_mails_per_email_an_hour(fresh_stub: RunningStub, email: str) -> None:
    api = Api(fresh_stub.url)
    statuses = [
        api.post("/auth/password-reset", {"email": e}).status_code
        for e in (email, email.upper(), email, email)
    ]
    assert statuses == [202, 202, 202, 429]  # the same for a known and an unknown e-mail
    mails = query(fresh_stub.db_path, "SELECT count(*) FROM password_reset_outbox")[0][0]
    assert mails == (3 if email == DEMO_EMAIL else 0)
    fresh_stub.clock.advance(minutes=61)
    assert api.post("/auth/password-reset", {"email": email}).status_code == 202


def test_at_most_thirty_reset_requests_per_address_an_hour(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    for n in range(30):
        answer = api.post("/auth/password-reset", {"email": f"x{n}@pasoss.example"})
        assert answer.status_code == 202
    refused = api.post("/auth/password-reset", {"email": DEMO_EMAIL})
    assert refused.status_code == 429 and refused.json()["error"] == "too_many_attempts"
    assert query(fresh_stub.db_path, "SELECT count(*) FROM password_reset_outbox")[0][0] == 0


# --- refresh-token families ---------------------------------------------------------------


def test_a_refresh_token_reused_after_the_grace_revokes_the_whole_family(
    fresh_stub: RunningStub,
) -> None:
    api = logged_in(fresh_stub.url)
    stolen = api.refresh_token
    newer = api.post("/auth/refresh", {"refresh_token": stolen}).json()
    fresh_stub.clock.advance(seconds=REUSE_GRACE_SECONDS + 1)
    assert Api(fresh_stub.url).post("/auth/refresh", {"refresh_token": stolen}).status_code == 401
    # Both holders of the family are out: the newer pair stopped working too.
    again = Api(fresh_stub.url).post("/auth/refresh", {"refresh_token": newer["refresh_token"]})
    assert again.status_code == 401
    headers = {"Authorization": f"Bearer {newer['access_token']}"}
    assert Api(fresh_stub.url).get("/profile", headers=headers).status_code == 401
    # Another login of the same account is another family and goes on.
    assert logged_in(fresh_stub.url).get("/profile").status_code == 200


def test_a_family_ends_after_its_absolute_lifetime(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    token = api.refresh_token
    step_days = 20  # well inside the 30-day lifetime of each refresh token
    days = 0
    while days + step_days < FAMILY_SECONDS // 86400:
        fresh_stub.clock.advance(days=step_days)
        days += step_days
        answer = Api(fresh_stub.url).post("/auth/refresh", {"refresh_token": token})
        assert answer.status_code == 200, days
        token = answer.json()["refresh_token"]
    fresh_stub.clock.advance(days=FAMILY_SECONDS // 86400 - days)
    assert Api(fresh_stub.url).post("/auth/refresh", {"refresh_token": token}).status_code == 401
    assert Api(fresh_stub.url).login().status_code == 200  # the password still works


