"""Text that came from a client, made safe to show to support staff (DESIGN.md section 6.1).

A diagnostics report is written by the client's PC, so by whoever controls it: a company
name or a computer name can carry terminal escape sequences (an OSC title, OSC 52 that
writes the staff member's clipboard, erase-line, a C1 CSI) or bidirectional overrides that
reorder what is shown. Everything a staff member sees of a report goes through
:func:`neutralize` (one string) or :func:`neutralize_value` (a JSON-like value, keys too):
control characters — C0 except line feed and tab, DEL, C1 — and the bidirectional
controls are replaced by a visible ``\\xNN`` / ``\\uNNNN`` spelling, so nothing is hidden
and nothing is obeyed.

Qt-free on purpose: the command line (``support show``, text and ``--json``) uses it, and
any GUI view that shows a report (a staff console) must pass the report through
:func:`neutralize_value` before putting it in a widget, a tooltip or the clipboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Unicode's explicit bidirectional formatting characters (the "Trojan Source" set) and the
# line/paragraph separators some terminals and widgets break lines at.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SEPARATORS = frozenset("\u2028\u2029")


def _is_unsafe(ch: str, keep_newlines: bool) -> bool:
    code = ord(ch)
    if ch == "\t" or (ch == "\n" and keep_newlines):
        return False
    return code < 0x20 or 0x7F <= code <= 0x9F or ch in _BIDI or ch in _SEPARATORS


def _visible(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def neutralize(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with every control character shown as ``\\xNN`` (``\\uNNNN`` for the
    bidirectional controls). Line feeds stay unless ``keep_newlines`` is False (a value
    laid out on one line of a form, where a line break could fake another line)."""
    if text.isprintable():
        return text  # the common case: no control, format or separator character at all
    return "".join(_visible(c) if _is_unsafe(c, keep_newlines) else c for c in text)


def neutralize_value(value: Any, *, keep_newlines: bool = True) -> Any:
    """A copy of a JSON-like ``value`` with :func:`neutralize` applied to every string in it,
    mapping keys included."""
    if isinstance(value, str):
        return neutralize(value, keep_newlines=keep_newlines)
    if isinstance(value, Mapping):
        keep = keep_newlines
        return {
            neutralize(str(k), keep_newlines=False): neutralize_value(v, keep_newlines=keep)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [neutralize_value(v, keep_newlines=keep_newlines) for v in value]
    return value
