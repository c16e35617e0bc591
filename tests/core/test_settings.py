"""Typed settings: defaults, round trip, a damaged file, values of newer versions kept."""

from __future__ import annotations

import json
from pathlib import Path

from pasoss_activator.core.settings import DEFAULT_SERVER_URL, Settings, settings_path


def test_defaults_when_there_is_no_file() -> None:
    settings = Settings.load()
    assert settings.server_url == DEFAULT_SERVER_URL
    assert settings.program_folders == [] and settings.last_email == {}


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"future_option": [1, 2], "server_url": "http://127.0.0.1:5"}))
    settings = Settings.load(path)
    settings.program_folders.append("D:\\ПАСОСС\\СЧ")
    settings.save()
    again = Settings.load(path)
    assert again.server_url == "http://127.0.0.1:5"
    assert again.program_folders == ["D:\\ПАСОСС\\СЧ"]
    assert json.loads(path.read_text(encoding="utf-8"))["future_option"] == [1, 2]


def test_a_damaged_file_gives_the_defaults() -> None:
    settings_path().write_bytes(b"{not json")
    assert Settings.load().server_url == DEFAULT_SERVER_URL
    settings_path().write_text('["a list"]')
    assert Settings.load().ui == {}


def test_expected_tls_issuers_default_in_one_place_and_a_configured_list_kept(
    tmp_path: Path,
) -> None:
    from pasoss_activator.core.settings import DEFAULT_EXPECTED_ISSUERS

    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    assert settings.expected_tls_issuers == DEFAULT_EXPECTED_ISSUERS
    settings.save()
    assert "expected_tls_issuers" not in json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({"expected_tls_issuers": ["Фирмен CA"]}), encoding="utf-8")
    settings = Settings.load(path)
    assert settings.expected_tls_issuers == ("Фирмен CA",)
    settings.save()
    assert json.loads(path.read_text(encoding="utf-8"))["expected_tls_issuers"] == ["Фирмен CA"]
