"""A hostile service address in the environment or settings.json: the GUI says so in a
window and exits 2, instead of a traceback (DESIGN.md section 6.1)."""

from __future__ import annotations

import json

import pytest

from pasoss_activator.core.settings import settings_path
from pasoss_activator.startup import gui as app_module
from pasoss_activator.ui import dialogs

HOSTILE = "http://evil.example:8080\\@127.0.0.1/api/v1"


@pytest.fixture
def shown(qapp) -> list[str]:
    texts: list[str] = []

    def answer(box):  # type: ignore[no-untyped-def]
        texts.append(box.text())
        return None

    dialogs.set_answerer(answer)
    yield texts
    dialogs.set_answerer(None)


def test_from_the_environment(shown, monkeypatch) -> None:
    monkeypatch.setenv("PASOSS_SERVICE_URL", HOSTILE)
    assert app_module.main([]) == 2
    assert len(shown) == 1 and "не е приет" in shown[0] and "https://" in shown[0]


def test_from_the_settings_file(shown) -> None:
    settings_path().write_text(json.dumps({"server_url": HOSTILE}), encoding="utf-8")
    assert app_module.main([]) == 2
    assert len(shown) == 1 and "обратна наклонена черта" in shown[0]
