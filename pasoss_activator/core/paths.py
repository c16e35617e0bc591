"""Per-user folders of the activator: settings, offline cache, logs.

``PASOSS_ACTIVATOR_HOME`` puts all of them under one folder (tests, portable use,
``--demo``); otherwise platformdirs gives the operating system's usual places.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PASOSS Activator"
APP_AUTHOR = "PASOSS"


def _home() -> Path | None:
    value = os.environ.get("PASOSS_ACTIVATOR_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else platformdirs.user_config_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    home = _home()
    path = home / "cache" if home else platformdirs.user_cache_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else platformdirs.user_log_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path
