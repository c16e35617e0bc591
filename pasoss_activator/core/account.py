"""``Activator``: the one facade the command line and the GUI use (docs/ARCHITECTURE.md).

Every method blocks and may raise an ``ActivatorError`` subclass; the GUI calls them off
its thread through ``ui/worker.py``, the command line calls them directly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import requests

from . import offline_files
from .activation import (
    ActivationResult,
    KeyResult,
    install_key,
    program_key,
    request_key,
    verified_key,
)
from .assisted import (
    Offer,
    OffersPage,
    OfferWatch,
    VerifiedOffer,
    end_session,
    fetch_offers,
    send_offer,
    verify_offer,
)
from .cache import AccountCache, CacheContent
from .credentials import Credentials
from .dates import today_sofia
from .discovery import InstallRegistry
from .errors import AccountAccessError, ActivatorError, LoginRequired, ServiceError
from .installation_key import InstallationKey
from .model import AccountData, AccountSummary, ContactDetails
from .offline_files import computer_name
from .programs import InstalledProgram, ProgramWithStatus, find_programs
from .redaction import register_secret
from .registration_key import Status
from .service_client import (
    CALL_DEADLINE,
    DEFAULT_TIMEOUT,
    ServiceClient,
    normalize_server_url,
)
from .settings import Settings
from .support import SupportCode, start_support
from .sync import SyncStats, sync_account
from .trust import TrustStore, is_loopback_url

__all__ = [
    "AccountData",
    "AccountSummary",
    "ActivationResult",
    "Activator",
    "KeyResult",
    "Offer",
    "OffersPage",
    "VerifiedOffer",
]

log = logging.getLogger(__name__)


class Activator:
    """The account, the programs on this PC and their activation, behind one object."""

    server_url: str
    account: AccountSummary | None

    def __init__(
        self,
        server_url: str | None = None,
        *,
        settings: Settings | None = None,
        http: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
        trust: TrustStore | None = None,
        registry: InstallRegistry | None = None,
        call_deadline: float = CALL_DEADLINE,
        conversation_deadline: float | None = None,
    ) -> None:
        """``server_url`` overrides ``PASOSS_SERVICE_URL`` and the settings; ``http`` is a
        session to use instead of the default one (tests inject a fake transport). The
        deadlines are ServiceClient's (a command passes a conversation deadline)."""
        self.settings = settings if settings is not None else Settings.load()
        chosen = server_url or os.environ.get("PASOSS_SERVICE_URL") or self.settings.server_url
        self.server_url = normalize_server_url(chosen)
        self.credentials = Credentials()
        self.trust = trust if trust is not None else TrustStore.load()
        self.registry = registry
        self.account = None
        self._email: str | None = None
        self._remember = True
        self.last_sync_stats: SyncStats | None = None
        self.client = ServiceClient(
            self.server_url,
            session=http,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            on_refresh_token=self._store_refresh_token,
            stored_refresh_token=self._stored_refresh_token,
            call_deadline=call_deadline,
            conversation_deadline=conversation_deadline,
        )

    # --- login ------------------------------------------------------------------------

    @property
    def keyring_available(self) -> bool:
        """False -> the login lasts for this session only and no offline copy is kept."""
        return self.credentials.available

    @property
    def demo_allowed(self) -> bool:
        """The demo signing key is trusted only from a service on this computer."""
        return is_loopback_url(self.server_url)

    def _stored_refresh_token(self) -> str | None:
        return self.credentials.refresh_token(self.server_url, self._email) if self._email else None

    def _store_refresh_token(self, token: str) -> None:
        register_secret(token)
        if self._email:
            self.credentials.save_refresh_token(
                self.server_url, self._email, token, persist=self._remember
            )

    def login(self, email: str, password: str, *, remember: bool = True) -> AccountSummary:
        """Log in; with ``remember`` the refresh token goes to the keyring (never the password).

        Raises LoginRefused, TooManyAttempts, ServiceUnavailable."""
        register_secret(password)
        self._email = email.strip().lower()
        self._remember = remember
        data = self.client.login(email.strip(), password)
        register_secret(self.client.access_token)
        self.account = AccountSummary.from_json(data.get("account"))
        if self.account.email:
            self._email = self.account.email.strip().lower()
            if self.client.refresh_token:
                self._store_refresh_token(self.client.refresh_token)
        if remember:
            self.settings.last_email[self.server_url] = self._email
            self._save_settings()
        log.info("logged in (keyring: %s)", self.keyring_available)
        return self.account

    def resume(self, email: str | None = None) -> AccountSummary | None:
        """Log in again from the keyring's refresh token (of ``email``, or the account last
        used with this service); None when there is none or it was revoked.
        Raises ServiceUnavailable when the service cannot be reached."""
        if email:
            email = email.strip().lower()
        else:
            email = self._email or self.settings.last_email.get(self.server_url)
        if not email:
            return None
        token = self.credentials.refresh_token(self.server_url, email)
        if not token:
            return None
        self._email = email
        self.client.refresh_token = token
        try:
            data = self.client.refresh()
        except AccountAccessError:
            # Forgotten only when the entry still holds the token that failed: a newer one
            # there belongs to the GUI or a command that refreshed meanwhile.
            if self.credentials.refresh_token(self.server_url, email) == self.client.refresh_token:
                log.info("stored session no longer valid; forgetting it")
                self.credentials.forget_token(self.server_url, email)
            self.client.refresh_token = None
            return None
        register_secret(self.client.access_token)
        self.account = AccountSummary.from_json(data.get("account"))
        return self.account

    def logout(self, email: str | None = None) -> None:
        """Revoke the session (best effort), forget the token and the offline copy of
        ``email`` (default: the account in use or last used with this service)."""
        email = (email or "").strip().lower() or self._email or self.settings.last_email.get(
            self.server_url
        )
        if email and not self.client.refresh_token:
            self.client.refresh_token = self.credentials.refresh_token(self.server_url, email)
        try:
            if self.client.refresh_token or self.client.access_token:
                self.client.logout()
        except ActivatorError as err:
            log.info("logout on the service failed (%s); forgetting locally anyway", err.code)
        if email:
            self._cache(email).discard()
            self.credentials.forget(self.server_url, email)
            if self.settings.last_email.get(self.server_url) == email:
                self.settings.last_email.pop(self.server_url, None)
            self._save_settings()
        self.client.access_token = self.client.refresh_token = None
        self.account = None
        self._email = None

    def _require_login(self) -> str:
        if self.account is None and self.resume() is None:
            raise LoginRequired()
        assert self._email is not None
        return self._email

    # --- account data -----------------------------------------------------------------

    def _cache(self, email: str) -> AccountCache:
        return AccountCache(self.server_url, email, self.credentials)

    def sync(self) -> AccountData:
        """One conditional GET /sync (the four routes part by part on a service without
        it); updates the offline copy and reports the programs found on this PC
        (POST /installations) only when they differ from what was last reported from here."""
        email = self._require_login()
        cache = self._cache(email)
        previous = cache.load()
        content, stats = sync_account(self.client, previous)
        if self.account is not None:
            content.account = self.account.to_json()
        content.reported_installations = self._report_if_changed(
            previous.reported_installations if previous is not None else None
        )
        try:
            data = _account_data(content, from_cache=False)
        except ValueError as err:  # parsed before it is stored: never keep what cannot be read
            log.warning("account data not understood: %s", err)
            raise ServiceError(reason="bad_data") from None
        if not cache.save(content):
            log.info("no keyring: offline copy not written")
        log.info("synced: changed %s, unchanged %s", stats.changed, stats.unchanged)
        self.last_sync_stats = stats
        return data

    def _report_if_changed(self, last_digest: str | None) -> str | None:
        """Report this PC's programs unless their digest equals ``last_digest``; the digest
        now on the service (None when unknown: a failed report is tried on the next sync)."""
        items = self._installation_items(self.programs())
        digest = hashlib.sha256(
            json.dumps(items, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        if digest == last_digest:
            return digest
        try:
            self._post_installations(items)
        except ActivatorError as err:
            log.warning("installation report failed: %s", err.code)
            return None
        return digest

    def cached(self, email: str | None = None) -> AccountData | None:
        """The offline copy (no network) of ``email`` or the last account; None if absent."""
        who = email or self._email or self.settings.last_email.get(self.server_url)
        if not who:
            return None
        cache = self._cache(who)
        content = cache.load()
        if content is None:
            return None
        try:
            data = _account_data(content, from_cache=True)
        except ValueError as err:
            # Same rule as a damaged file: drop the copy; the next sync fetches it whole.
            log.warning("offline copy not understood (%s); discarding it", err)
            cache.discard()
            return None
        if self.account is None and content.account:
            self.account = AccountSummary.from_json(content.account)
            self._email = who.strip().lower()
        return data

    def change_password(self, current: str, new: str) -> None:
        """POST /profile/password. Raises WrongPassword (exit 3), WeakPassword (exit 2)."""
        register_secret(current)
        register_secret(new)
        self._require_login()
        self.client.request(
            "POST", "/profile/password", {"current_password": current, "new_password": new}
        )

    def request_password_reset(self, email: str) -> None:
        """POST /auth/password-reset; the service answers the same for any e-mail."""
        self.client.public("POST", "/auth/password-reset", {"email": email.strip()})

    def contacts(self) -> ContactDetails:
        """GET /contacts (no login): the vendor's support phones, e-mail and hours.
        Raises ServiceError when the answer is not the documented object."""
        try:
            return ContactDetails.from_json(self.client.public("GET", "/contacts").data)
        except ValueError:
            raise ServiceError(reason="bad_data") from None

    # --- programs and keys ------------------------------------------------------------

    def programs(self, extra_folders: list[Path] | None = None) -> list[InstalledProgram]:
        """Programs found on this PC (user folders, PASOSS_PROGRAMS, registry, defaults)."""
        folders = [Path(f) for f in self.settings.program_folders] + list(extra_folders or [])
        return find_programs(folders, registry=self.registry)

    def status_of(self, program: InstalledProgram) -> Status | None:
        """The one status rule: the key checked against this activator's trust store and
        loopback rule; None when the program's PASOSS.INI could not be read."""
        if program.problem is not None:
            return None
        return program.status(self.trust, demo_allowed=self.demo_allowed)

    def programs_with_status(
        self, extra_folders: list[Path] | None = None
    ) -> list[ProgramWithStatus]:
        """The programs found on this PC, each with its status (blocking: reads every INI)."""
        return [
            ProgramWithStatus(program, self.status_of(program))
            for program in self.programs(extra_folders)
        ]

    def report_installations(self, programs: list[InstalledProgram]) -> int:
        """POST /installations with what was found here, so the service shows where keys live."""
        return self._post_installations(self._installation_items(programs))

    def _installation_items(self, programs: list[InstalledProgram]) -> list[dict[str, str]]:
        return [
            {
                "product": program.installation_key.product.name,
                "version": str(program.installation_key.version),
                "installation_key": program.installation_key.text,
                "registration_status": status.value,
                "computer_name": computer_name(),
            }
            for program in programs
            if program.installation_key is not None
            and (status := self.status_of(program)) is not None
        ]

    def _post_installations(self, items: list[dict[str, str]]) -> int:
        if not items:
            return 0
        reply = self.client.request("POST", "/installations", {"installations": items})
        stored = reply.data.get("stored", 0)
        return stored if isinstance(stored, int) else 0

    def generate(self, installation_key: str) -> KeyResult:
        """POST /keys. Raises InstallationKeyError, NotEntitled (with the table), …"""
        self._require_login()
        return request_key(self.client, installation_key)

    def activate(self, program: InstalledProgram) -> ActivationResult:
        """Request, verify and write the key of ``program``; report the installation."""
        return self.write_key(program, self.key_for(program))

    def key_for(self, program: InstalledProgram) -> KeyResult:
        """Ask the service for the key of ``program`` and verify it, writing nothing: the
        GUI asks this first, so it asks to confirm only a key that will be written.
        Raises NotEntitled (with the table) or RegistrationKeyError like ``activate``."""
        installation = program_key(program)
        self._require_login()
        issued = request_key(self.client, installation.text)
        verified_key(issued.registration_key, installation, self.trust,
                     demo_allowed=self.demo_allowed, today=today_sofia())
        return issued

    def write_key(self, program: InstalledProgram, issued: KeyResult) -> ActivationResult:
        """Verify ``issued`` (from ``key_for``) against ``program`` again and write it;
        report the installation. No request to the service for the key."""
        result = self._verify_and_write(program, program_key(program), issued)
        try:
            self.report_installations([program])
        except ActivatorError as err:
            log.warning("installation report failed: %s", err.code)
        return result

    def _verify_and_write(
        self, program: InstalledProgram, installation: InstallationKey, issued: KeyResult
    ) -> ActivationResult:
        today = today_sofia()
        key = verified_key(
            issued.registration_key,
            installation,
            self.trust,
            demo_allowed=self.demo_allowed,
            today=today,
        )
        result = install_key(program, key, issued.comparison, today=today)
        log.info(
            "activated %s in %s with key %s", result.product, result.config_path, key.masked
        )
        return result

    def write_request(self, program: InstalledProgram, path: Path) -> Path:
        """Write an offline activation request file (DESIGN.md section 4); no network."""
        installation = program_key(program)
        return offline_files.write_request(
            path,
            offline_files.ActivationRequest(
                installation_key=installation.text,
                product=installation.product.name,
                version=str(installation.version),
                computer_name=offline_files.computer_name(),
            ),
        )

    def answer_request(self, request: Path, response: Path) -> KeyResult:
        """Read a request file, ask the service for its key, write the response file."""
        asked = offline_files.read_request(request)
        result = self.generate(asked.installation_key)
        offline_files.write_response(
            response,
            offline_files.ActivationResponse(
                installation_key=InstallationKey.parse(asked.installation_key).text,
                registration_key=result.registration_key,
                licence_id=result.licence_id,
                comparison=result.comparison,
            ),
        )
        return result

    def activate_from_response(
        self, program: InstalledProgram, response: Path
    ) -> ActivationResult:
        """Verify the key of a response file exactly like an online answer, then write it.

        The demo key is trusted here only when this activator's own service is on loopback:
        what a file says about where it came from proves nothing."""
        installation = program_key(program)
        answer = offline_files.read_response(response)
        issued = KeyResult(answer.registration_key, answer.licence_id, answer.comparison)
        return self._verify_and_write(program, installation, issued)

    # --- assisted activation (DESIGN §5.1) ---------------------------------------------

    def start_support(self, report: Mapping[str, Any] | None = None) -> SupportCode:
        """Open a support session: upload the diagnostics report (a fresh one unless a
        current one is given) and return the 6-digit code. Raises LoginRequired,
        ServiceUnavailable."""
        return start_support(self, report)

    def send_offer(self, code: str, installation_key: str) -> Offer:
        """Staff: issue a key for the client of session ``code`` (POST …/offers). Raises
        InstallationKeyError before any network for a mistyped key; NotEntitled with the
        comparison when the licence does not cover it (nothing is stored then); Forbidden
        for an account that is not staff; NotFound for an unknown or expired code."""
        self._require_login()
        return send_offer(self.client, code, installation_key)

    def support_offers(self, code: str, etag: str | None = None) -> OffersPage:
        """The keys offered in session ``code``, newest first (GET …/offers), conditional on
        ``etag``: an unchanged session answers ``changed=False`` at the cost of a 304.
        Raises SupportSessionEnded when the code has expired."""
        self._require_login()
        return fetch_offers(self.client, code, etag)

    def watch_offers(self, code: str) -> OfferWatch:
        """A watch whose ``poll()`` returns only offers not seen before (one conditional GET
        each); the caller paces the polls and decides when to stop waiting."""
        self._require_login()
        return OfferWatch(self.client, code)

    def end_support(self, code: str) -> bool:
        """End session ``code`` (the client closed the dialog): staff can no longer send
        keys into it. False when it had already ended. Raises ServiceUnavailable."""
        self._require_login()
        return end_session(self.client, code)

    def verify_offer(
        self, offer: Offer, programs: list[InstalledProgram] | None = None
    ) -> VerifiedOffer:
        """Find the program on this PC (``programs``, default: those found now) whose
        installation key the offer answers and verify the key as ``activate`` does: the
        signature, a trusted key id, the digest, the version and the end date. Writes
        nothing. Raises RegistrationKeyError (exit 8), NoProgramForKey among them."""
        found = self.programs() if programs is None else programs
        return verify_offer(
            offer, found, self.trust, demo_allowed=self.demo_allowed, today=today_sofia()
        )

    def write_offer(self, verified: VerifiedOffer) -> ActivationResult:
        """Write a verified offer into its program, in the transaction ``activate`` uses
        (backup, temporary file, replace, read back), then report the installation. The key
        is verified again just before writing, and nothing is written when the program's
        installation key changed since the offer was checked (ConfigWriteError)."""
        program = verified.program
        installation = program_key(program)
        issued = KeyResult(
            verified.offer.registration_key, verified.offer.licence_id, verified.offer.comparison
        )
        result = self._verify_and_write(program, installation, issued)
        try:
            self.report_installations([program])
        except ActivatorError as err:
            log.warning("installation report failed: %s", err.code)
        return result

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as err:
            log.warning("settings not saved: %s", type(err).__name__)


def _account_data(content: CacheContent, *, from_cache: bool) -> AccountData:
    """Where the account's JSON (from the service or the offline copy) becomes the model;
    ValueError when a part does not have the documented shape."""
    return AccountData.from_json(
        profile=content.profile,
        licences=content.licences,
        contracts=content.contracts,
        news=content.news,
        synced_at=content.synced_at,
        from_cache=from_cache,
        account=content.account,  # the copy keeps who it is for, and so the role
    )
