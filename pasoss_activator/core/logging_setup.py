"""The log file: details of every failure go here, never to the user's screen.

A rotating file (1 MB, three old ones kept) in the user's log folder. Every record passes
through the redaction filter: no password, token or full registration key is written.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from . import paths
from .redaction import install_log_redaction

LOG_NAME = "pasoss-activator.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the ``pasoss_activator`` loggers to the rotating log file (once per process).

    Returns the file, or None when it cannot be opened (a read-only profile): the program
    then runs without a log rather than not at all."""
    logger = logging.getLogger("pasoss_activator")
    try:
        path = log_file()
    except OSError:
        return None
    for old in list(logger.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            if Path(old.baseFilename) == path.absolute():
                return path
            logger.removeHandler(old)  # the log folder moved (PASOSS_ACTIVATOR_HOME changed)
            old.close()
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    install_log_redaction(handler)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return path
