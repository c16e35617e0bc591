"""The tour's screen file reaches Qt whole: Qt splits the platform's name at every ":",
so on Windows a path with its drive letter ("C:\\...") was cut at the drive and Qt aborted
the tour ("Could not find platform config file C"). Runs in the Windows lane too."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pasoss_activator.startup.gui import TOUR_SCREEN, _tour_screen


def test_the_tour_screen_file_is_named_without_a_colon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    monkeypatch.chdir(tmp_path)
    _tour_screen(tmp_path / "tour", None)
    platform = os.environ["QT_QPA_PLATFORM"]
    name, _, options = platform.partition(":")
    assert name == "offscreen"
    assert ":" not in options, platform  # Qt would split the path here
    key, _, value = options.partition("=")
    assert key == "configfile"
    assert json.loads(Path(value).read_text(encoding="utf-8")) == TOUR_SCREEN
