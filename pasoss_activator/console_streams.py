"""Standard output and error that every reader can read: a console, a pipe, a file.

On a console (Windows' ``cmd`` or PowerShell window, a Linux terminal) Python already writes
text the console shows: on Windows through the console's wide-character API, whatever its
code page. A pipe or a file is different: Python on Windows encodes them in the ANSI code
page (cp1251 on a Bulgarian Windows, cp1252 on an English one, where every Cyrillic letter
became "?"). So a stream that is not a console is switched to UTF-8 without a byte-order
mark, on every system: ``--json`` is UTF-8 as JSON must be, a redirected file opens in
Notepad, and support scripts read one encoding everywhere. See docs/WINDOWS.md.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO


def is_console(stream: TextIO) -> bool:
    """True when ``stream`` writes to a console window or terminal."""
    if os.name == "nt":
        # A console handle gets io._WindowsConsoleIO; "NUL" is a character device and says
        # isatty() too, but it is no console (and takes any bytes).
        raw = getattr(getattr(stream, "buffer", None), "raw", None)
        return type(raw).__name__ == "_WindowsConsoleIO"
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


def prepare_streams() -> None:
    """UTF-8 for pipes and files; on a console only "?" for a character it cannot show
    instead of a failure."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # replaced by a caller (tests, the GUI's capture): theirs to decide
        try:
            if is_console(stream):
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):
            pass
