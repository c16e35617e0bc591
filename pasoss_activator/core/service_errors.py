"""The service's failures as typed exceptions with plain Bulgarian messages (DESIGN.md
section 5 error codes); network failures (no connection, timeout, certificate, proxy)
likewise. The service's own message is shown when it sends one; ours fill the gaps."""

from __future__ import annotations

from typing import Any

import requests

from . import errors

RETRY_LATER = "Опитайте отново след малко. Ако не се получи, обадете се на поддръжката на ПАСОСС."
CHECK_NETWORK = (
    "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и опитайте "
    "отново. Без интернет можете да активирате с файл за заявка (activate --request)."
)


def network_error(err: requests.RequestException) -> errors.ServiceUnavailable:
    if isinstance(err, requests.exceptions.SSLError):
        return errors.ServiceUnavailable(
            "Връзката с услугата на ПАСОСС не е защитена: сертификатът ѝ не е приет от "
            "Windows.",
            "Често това е антивирусна програма или фирмена защитна стена, която проверява "
            "връзките. Обадете се на системния администратор или на поддръжката на ПАСОСС.",
            reason="certificate",
        )
    if isinstance(err, requests.exceptions.ProxyError):
        return errors.ServiceUnavailable(
            "Прокси сървърът не пропуска връзката с услугата на ПАСОСС.",
            "Проверете настройките на прокси сървъра или се обадете на администратора.",
            reason="proxy",
        )
    if isinstance(err, requests.Timeout):
        return errors.ServiceUnavailable(
            "Услугата на ПАСОСС не отговори навреме.", CHECK_NETWORK, reason="timeout"
        )
    return errors.ServiceUnavailable(
        "Няма връзка с услугата на ПАСОСС.", CHECK_NETWORK, reason="connection"
    )


def redirected(status: int) -> errors.ServiceRedirected:
    """A 3xx: never followed (DESIGN.md section 6.1); most often a hotel or café Wi-Fi
    that sends every connection to its own sign-in page."""
    return errors.ServiceRedirected(
        "Мрежата пренасочи връзката към друг адрес вместо към услугата на ПАСОСС "
        "(често това е страница за вход в Wi-Fi мрежа на хотел или заведение).",
        "Отворете браузър и влезте в мрежата, после опитайте отново. Ако се повтори, "
        "обадете се на поддръжката на ПАСОСС.",
        status=status,
    )


def answer_too_large() -> errors.ServiceUnavailable:
    return errors.ServiceUnavailable(
        "Услугата на ПАСОСС върна отговор, много по-голям от допустимото, и той не беше "
        "прочетен.",
        "Опитайте отново след малко; ако се повтори, вероятно мрежата подменя отговорите: "
        "опитайте от друга мрежа или се обадете на поддръжката на ПАСОСС.",
        reason="too_large",
    )


def deadline_passed() -> errors.ServiceUnavailable:
    return errors.ServiceUnavailable(
        "Услугата на ПАСОСС не завърши отговора си навреме.", CHECK_NETWORK, reason="deadline"
    )


def bad_answer(what: str) -> errors.ServiceError:
    return errors.ServiceError(
        "Услугата на ПАСОСС върна отговор, който програмата не разбира.",
        RETRY_LATER,
        what=what,
    )


def error_for(status: int, data: dict[str, Any], headers: Any) -> errors.ActivatorError:
    """The typed exception for an error answer of the service (DESIGN.md section 5)."""
    code = str(data.get("error", ""))
    server_message = data.get("message")
    message = server_message if isinstance(server_message, str) and server_message else ""
    details = data.get("details") if isinstance(data.get("details"), dict) else {}
    assert isinstance(details, dict)
    if status >= 500 or not code:
        return errors.ServiceError(
            "Услугата на ПАСОСС има временен проблем"
            + (f" (код {status})." if status >= 500 else "."),
            RETRY_LATER,
            status=status,
        )
    if status == 401 and code == "invalid_credentials":
        return errors.LoginRefused(
            message or "Грешен имейл или парола. Проверете ги и опитайте отново.",
            "Ако сте забравили паролата, поискайте нова.",
        )
    if status == 401:
        return errors.LoginRequired(
            message or "Сесията Ви изтече.", "Влезте отново с имейла и паролата си."
        )
    if status == 429:
        retry_after = _retry_after(headers)
        return errors.TooManyAttempts(
            message or "Твърде много опити.",
            f"Опитайте отново след {retry_after} секунди." if retry_after else RETRY_LATER,
            retry_after=retry_after,
        )
    if code == "wrong_password":
        return errors.WrongPassword(
            message or "Текущата парола е грешна.", "Въведете отново текущата си парола."
        )
    if status == 403:
        return errors.Forbidden(
            message or "Нямате право на това действие.",
            "Влезте с профил, който има това право.",
        )
    if status == 422:
        # The service's message already says what to do; ours is only for when it has none.
        return errors.NotEntitled(
            message or "Услугата не издаде ключ: договорът Ви не покрива тази инсталация.",
            ""
            if message
            else "Вижте таблицата за сравнение и се обадете на ПАСОСС, за да разширите договора.",
            comparison=details.get("comparison", []),
        )
    if code == "invalid_installation_key":
        group = details.get("group")
        action = (
            f"Прочетете отново група {group} от програмата и я поправете."
            if group
            else "Копирайте ключа отново от програмата."
        )
        return errors.InstallationKeyError(
            message or "Инсталационният ключ е грешен.", action, **details
        )
    if code == "weak_password":
        return errors.WeakPassword(
            message or "Новата парола е твърде слаба.",
            "Изберете парола от поне 10 знака, различна от имейла Ви.",
        )
    if status == 404:
        return errors.NotFound(message or "Няма такъв запис.", "Проверете въведеното.")
    return errors.InvalidRequest(
        message or "Услугата отказа заявката.", "Проверете въведеното.", status=status, code=code
    )


def _retry_after(headers: Any) -> int:
    try:
        return max(0, int(str(headers.get("Retry-After", "0")).strip()))
    except ValueError:
        return 0
