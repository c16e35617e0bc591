"""Offline activation files: what is written, and files that are not ours are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pasoss_activator.core import offline_files as files
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import RequestFileError

REQUEST = files.ActivationRequest("24GRN-J000E-0X1G3-00Z9F-XF1Y7-TJ9JK", "SCH", "230704.0", "PC-1")


def test_request_round_trip_has_the_documented_fields(tmp_path: Path) -> None:
    path = files.write_request(tmp_path / "r.json", REQUEST)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == 1
    assert {"installation_key", "product", "version", "computer_name"} <= set(data)
    assert files.read_request(path) == REQUEST


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[]", json.dumps({"format": "pasoss-activation-response"}).encode(),
     b"\x00" * (files.MAX_FILE_BYTES + 1)],
)
def test_files_that_are_not_requests_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(content)
    with pytest.raises(RequestFileError) as caught:
        files.read_request(path)
    assert caught.value.exit_code == 6
    assert "не е файл за заявка" in error_parts(caught.value)[0]


def test_a_file_from_a_newer_version_says_to_update(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"format": "pasoss-activation-request", "format_version": 2}))
    with pytest.raises(RequestFileError) as caught:
        files.read_request(path)
    assert "Обновете" in error_parts(caught.value)[1]


def test_a_missing_file_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(RequestFileError) as caught:
        files.read_response(tmp_path / "missing.json")
    assert "флашката" in error_parts(caught.value)[1]


def test_a_huge_file_from_a_stick_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "response.json"
    with open(path, "wb") as out:
        out.write(b'{"format": "x"')
        out.truncate(4 * 1024 * 1024 * 1024)  # sparse: 4 GiB that cost nothing to make
    with pytest.raises(RequestFileError):
        files.read_response(path)
