"""Client text shown to staff: control characters made visible, never obeyed (issue 11
finding 6, DESIGN.md section 6.1)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pasoss_activator.core.client_text import neutralize, neutralize_value

ATTACKS = {
    "OSC title": "\x1b]0;Всичко е наред\x07",
    "OSC 52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "erase line": "\x1b[2K\rКлиентът е платил",
    "C1 CSI": "\x9b2J",
    "C1 OSC": "\x9d0;x\x9c",
    "carriage return overwrite": "Договор: изтекъл\rДоговор: активен",
    "backspace": "неплатен\x08\x08\x08",
    "DEL": "a\x7fb",
    "bidi override": "Фирма \u202eдаплатено\u202c",
    "isolate": "\u2066x\u2069",
    "line separator": "a\u2028b",
    "NUL": "a\x00b",
    "file separators (str.isspace quirk)": "a\x1c\x1d\x1e\x1fb",
}


@pytest.mark.parametrize("text", list(ATTACKS.values()), ids=list(ATTACKS))
def test_no_control_character_survives(text: str) -> None:
    shown = neutralize(text)
    assert all(c.isprintable() or c in "\n\t" for c in shown)
    assert "\\x" in shown or "\\u" in shown  # made visible, not silently dropped


def test_ordinary_text_is_left_alone() -> None:
    text = "„Демо Счетоводство“ ЕООД\tБГ — €12,50\nвтори ред"
    assert neutralize(text) == text
    assert neutralize(text, keep_newlines=False) == text.replace("\n", "\\x0a")


def test_values_keys_and_nesting() -> None:
    value = {"company\x1b": ["\x1b[31mred", {"n": 1, "ok": True, "x": None}]}
    assert neutralize_value(value) == {"company\\x1b": ["\\x1b[31mred", {"n": 1, "ok": True,
                                                                          "x": None}]}


@given(st.text())
def test_any_text_comes_out_printable(text: str) -> None:
    shown = neutralize(text, keep_newlines=False)
    assert all(unicodedata.category(c) != "Cc" or c == "\t" for c in shown)
    assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in shown)
