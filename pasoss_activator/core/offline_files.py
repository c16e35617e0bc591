"""Offline activation files (DESIGN.md section 4), carried on a USB stick.

Request (written on the PC without internet)::

    {"format": "pasoss-activation-request", "format_version": 1,
     "installation_key": "XXXXC-…", "product": "SCH", "version": "230704.0",
     "computer_name": "ACCOUNTING-1", "created_at": "2026-11-27T10:00:00+00:00"}

Response (written on a PC with internet, by the same client's account)::

    {"format": "pasoss-activation-response", "format_version": 1,
     "installation_key": "XXXXC-…", "registration_key": "…", "licence_id": 7,
     "comparison": [...], "created_at": "…"}

The response is only transport: the key in it is verified on the offline PC exactly
like an online answer, so a changed file is refused, never written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .atomic_write import SHARED_FILE_MODE, write_atomically
from .errors import RequestFileError
from .model import ComparisonRow, comparison_rows

FORMAT_VERSION = 1
REQUEST_FORMAT = "pasoss-activation-request"
RESPONSE_FORMAT = "pasoss-activation-response"
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class ActivationRequest:
    installation_key: str
    product: str
    version: str
    computer_name: str


@dataclass(frozen=True)
class ActivationResponse:
    installation_key: str
    registration_key: str
    licence_id: int
    comparison: tuple[ComparisonRow, ...]


def computer_name() -> str:
    return os.environ.get("COMPUTERNAME") or platform.node() or ""


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _write(path: Path, file_format: str, fields: dict[str, Any]) -> Path:
    """The file of ``file_format``: its fields (named as in the dataclasses) between the
    format marks and the moment it was written."""
    data = {"format": file_format, "format_version": FORMAT_VERSION, **fields}
    data["created_at"] = _now()
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_atomically(path, text.encode("utf-8"), mode=SHARED_FILE_MODE)
    except OSError as err:
        raise RequestFileError(
            reason="not_written",
            path=str(path),
            os_error=err.strerror or str(err),
        ) from err
    return path


def _read(path: Path, expected_format: str, what: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:  # a file from a USB stick: never read whole
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise RequestFileError(
            path=str(path),
            os_error=err.strerror or str(err),
        ) from err
    if len(raw) > MAX_FILE_BYTES:
        raise _not_a(path, what)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        raise _not_a(path, what) from None
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise _not_a(path, what)
    if data.get("format_version") != FORMAT_VERSION:
        raise RequestFileError(reason="newer_format", path=str(path))
    return data


def _not_a(path: Path, what: str) -> RequestFileError:
    return RequestFileError(reason=what, path=str(path))


def _text(data: dict[str, Any], key: str, path: Path, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _not_a(path, what)
    return value.strip()


def write_request(path: Path, request: ActivationRequest) -> Path:
    return _write(path, REQUEST_FORMAT, asdict(request))


def read_request(path: Path) -> ActivationRequest:
    what = "not_a_request"
    data = _read(path, REQUEST_FORMAT, what)
    return ActivationRequest(
        installation_key=_text(data, "installation_key", path, what),
        product=str(data.get("product", "")),
        version=str(data.get("version", "")),
        computer_name=str(data.get("computer_name", "")),
    )


def write_response(path: Path, response: ActivationResponse) -> Path:
    fields = asdict(response)
    fields["comparison"] = [row.to_json() for row in response.comparison]
    return _write(path, RESPONSE_FORMAT, fields)


def read_response(path: Path) -> ActivationResponse:
    what = "not_a_response"
    data = _read(path, RESPONSE_FORMAT, what)
    raw = data.get("comparison", [])
    licence_id = data.get("licence_id", 0)
    if not isinstance(raw, list) or not isinstance(licence_id, int):
        raise _not_a(path, what)
    try:
        comparison = comparison_rows([row for row in raw if isinstance(row, dict)])
    except ValueError:
        raise _not_a(path, what) from None
    return ActivationResponse(
        installation_key=_text(data, "installation_key", path, what),
        registration_key=_text(data, "registration_key", path, what),
        licence_id=licence_id,
        comparison=comparison,
    )
