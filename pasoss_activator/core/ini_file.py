"""``PASOSS.INI`` edited as bytes (DESIGN.md section 4).

The file is Windows-1251 with CRLF line ends, but the activator must leave every byte it
does not own exactly as it was — comments, order, blank lines, unknown sections, case,
odd spacing, a missing final newline, bytes Python's cp1251 codec cannot decode (0x98).
So the file is never decoded and re-encoded: it is split into lines with their own line
endings, and only the value bytes of the keys we own are replaced.

Names match case-insensitively (ASCII), and the first occurrence of a key is the one read
and updated, as Windows' GetPrivateProfileString does; when a section name appears twice,
only its first occurrence counts (the same reader stops at the first match).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENCODING = "cp1251"
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\n|\r)?")
_SPACES = b" \t"


@dataclass
class _Line:
    body: bytes  # without line ending
    eol: bytes  # b"\r\n", b"\n", b"\r" or b"" (last line without newline)

    @property
    def section(self) -> bytes | None:
        """Lower-cased section name if this line is a ``[section]`` header."""
        text = self.body.strip(_SPACES)
        if text.startswith(b"[") and b"]" in text:
            return text[1 : text.index(b"]")].strip(_SPACES).lower()
        return None

    @property
    def key(self) -> bytes | None:
        """Lower-cased key name if this line is ``key=value``."""
        text = self.body.lstrip(_SPACES)
        if not text or text[:1] in (b";", b"#") or b"=" not in text:
            return None
        return text.split(b"=", 1)[0].strip(_SPACES).lower()

    @property
    def value(self) -> bytes:
        return self.body.split(b"=", 1)[1].strip(_SPACES)

    def with_value(self, value: bytes) -> _Line:
        head, tail = self.body.split(b"=", 1)
        spacing = tail[: len(tail) - len(tail.lstrip(_SPACES))]
        return _Line(head + b"=" + spacing + value, self.eol)


def _split(data: bytes) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(data):
        chunk = match.group(0)
        if not chunk:
            continue
        body = chunk.rstrip(b"\r\n")
        lines.append(_Line(body, chunk[len(body) :]))
    return lines


def prevailing_eol(data: bytes) -> bytes:
    """The line ending most lines use; CRLF for a file without any."""
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n") - crlf
    cr = data.count(b"\r") - crlf
    if lf > crlf and lf >= cr:
        return b"\n"
    if cr > crlf and cr > lf:
        return b"\r"
    return b"\r\n"


def looks_like_text(data: bytes) -> bool:
    """False for files we must not edit as single-byte text (UTF-16, binary)."""
    return not (data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data)


def get_value(data: bytes, section: str, key: str) -> bytes | None:
    """Value bytes of the first ``key`` in ``[section]``, or None when absent."""
    want_section, want_key = section.lower().encode(), key.lower().encode()
    current: bytes | None = None
    sections_seen = 0
    for line in _split(data):
        name = line.section
        if name is not None:
            current = name
            sections_seen += name == want_section
            if sections_seen > 1:
                return None  # only the first [section] counts, as on Windows
        elif current == want_section and line.key == want_key:
            return line.value
    return None


def get_text(data: bytes, section: str, key: str) -> str:
    """Value decoded for display ('' when absent); undecodable bytes become U+FFFD."""
    value = get_value(data, section, key)
    return value.decode(ENCODING, errors="replace") if value is not None else ""


def set_values(data: bytes, section: str, values: dict[str, str]) -> bytes:
    """``data`` with ``values`` set in ``[section]``, every other byte unchanged.

    An existing key keeps its line, its spacing around ``=`` and its line ending; a missing
    key is added after the last key line of the first ``[section]`` (comments and blank
    lines that follow it usually introduce the next section); a missing section
    is added at the end of the file. New lines use the file's prevailing line ending.
    """
    lines = _split(data)
    eol = prevailing_eol(data)
    want_section = section.lower().encode()
    pending = {k.lower().encode(): (k, v.encode(ENCODING)) for k, v in values.items()}

    current: bytes | None = None
    first_section_end: int | None = None  # index after the header or the last key line of it
    seen_first = False
    for index, line in enumerate(lines):
        name = line.section
        if name is not None:
            if current == want_section:
                seen_first = True
            current = name
            if name == want_section and not seen_first:
                first_section_end = index + 1
            continue
        if current != want_section:
            continue
        key = line.key
        if key in pending and not seen_first:
            lines[index] = line.with_value(pending.pop(key)[1])
        if not seen_first and key is not None:
            first_section_end = index + 1

    if pending:
        new = [_Line(name.encode(ENCODING) + b"=" + value, eol) for name, value in pending.values()]
        if first_section_end is None:
            header = _Line(b"[" + section.encode(ENCODING) + b"]", eol)
            new.insert(0, header)
            insert_at = len(lines)
        else:
            insert_at = first_section_end
        if insert_at > 0 and not lines[insert_at - 1].eol:
            # The line before has no line ending (it was the file's last line): give it one,
            # and let the file keep ending without one.
            lines[insert_at - 1] = _Line(lines[insert_at - 1].body, eol)
            if insert_at == len(lines):
                new[-1] = _Line(new[-1].body, b"")
        lines[insert_at:insert_at] = new
    return b"".join(line.body + line.eol for line in lines)
