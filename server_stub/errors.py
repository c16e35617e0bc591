"""The service's error answers: ``{"error", "message", "details"}`` with a fitting status.

Every message is formal Bulgarian and says what to do (DESIGN.md section 5).
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer other than success; raised anywhere in a handler, sent by the server."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, "details": self.details}


def invalid_json() -> ApiError:
    return ApiError(
        400,
        "invalid_json",
        "Заявката не е валиден JSON в UTF-8. Проверете версията на програмата, която я изпраща.",
    )


def invalid_request(field: str, what: str) -> ApiError:
    """A well-formed JSON body whose field ``field`` is missing or of the wrong kind."""
    return ApiError(
        400,
        "invalid_request",
        f"Полето „{field}“ {what}. Поправете заявката и опитайте отново.",
        {"field": field},
    )


def payload_too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "payload_too_large",
        f"Заявката е по-голяма от {limit // 1024} KiB. Изпратете по-малко данни наведнъж.",
        {"limit": limit},
    )


def login_required() -> ApiError:
    return ApiError(
        401,
        "login_required",
        "Не сте влезли или сесията Ви изтече. Влезте отново с имейл и парола.",
        headers={"WWW-Authenticate": 'Bearer realm="pasoss"'},
    )


def invalid_credentials() -> ApiError:
    return ApiError(
        401,
        "invalid_credentials",
        "Имейлът или паролата не са верни. Проверете ги и опитайте отново.",
    )


def too_many_attempts(retry_after: int) -> ApiError:
    minutes = max(1, -(-retry_after // 60))
    return ApiError(
        429,
        "too_many_attempts",
        f"Твърде много неуспешни опити за вход. Опитайте отново след {minutes} мин. "
        "или възстановете паролата си.",
        {"retry_after": retry_after},
        {"Retry-After": str(retry_after)},
    )


def too_many_reset_requests(retry_after: int) -> ApiError:
    minutes = max(1, -(-retry_after // 60))
    return ApiError(
        429,
        "too_many_attempts",
        f"Твърде много заявки за нова парола. Проверете пощата си (и папката за нежелана "
        f"поща) или опитайте отново след {minutes} мин.",
        {"retry_after": retry_after},
        {"Retry-After": str(retry_after)},
    )


def no_free_code() -> ApiError:
    return ApiError(
        503,
        "no_free_code",
        "В момента няма свободен код за поддръжка. Опитайте отново след няколко минути.",
        {},
        {"Retry-After": "60"},
    )


def forbidden(message: str = "") -> ApiError:
    return ApiError(
        403,
        "forbidden",
        message or "Нямате право на тази операция. Ако смятате, че е грешка, обадете се на ПАСОСС.",
    )


def not_found(message: str = "") -> ApiError:
    return ApiError(
        404, "not_found", message or "Няма такъв адрес в услугата. Проверете адреса на услугата."
    )


def method_not_allowed(allowed: list[str]) -> ApiError:
    return ApiError(
        405,
        "invalid_request",
        "Този адрес не поддържа такава заявка. Проверете версията на програмата.",
        {"allowed": allowed},
        {"Allow": ", ".join(allowed)},
    )


def internal_error() -> ApiError:
    return ApiError(
        500,
        "internal_error",
        "Възникна вътрешна грешка в услугата. Опитайте отново след малко; ако се повтаря, "
        "обадете се на ПАСОСС.",
    )
