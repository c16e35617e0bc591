"""Keys typed or pasted by anybody (issue 11 findings 9 and 10, DESIGN.md section 6.1):
the parser accepts exactly the characters of section 3, naming the position of any
other; a registration key is masked in reports in every spelling the parser accepts."""

from __future__ import annotations

import json

import pytest

from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import InstallationKeyError, RegistrationKeyError
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.redaction import HIDDEN, redact, redact_text
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.support import upload_body

from .signed_keys import INSTALL, issue

CONTROLS = ["\x1c", "\x1d", "\x1e", "\x1f", "\x0b", "\x0c", "\x85", "\x00", "\x1b", "\x7f", "\x9b"]


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_an_installation_key_with_a_control_character_names_its_position(control: str) -> None:
    text = INSTALL.text
    typed = text[:7] + control + text[7:]
    with pytest.raises(InstallationKeyError) as caught:
        InstallationKey.parse(typed)
    assert caught.value.reason == "character"
    assert caught.value.details["position"] == 8
    assert caught.value.group == 2
    assert f"U+{ord(control):04X}" in error_parts(caught.value)[0]
    assert control not in error_parts(caught.value)[0]  # quoted by its code, never raw


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_a_registration_key_with_a_control_character_names_its_position(control: str) -> None:
    text = issue().text
    with pytest.raises(RegistrationKeyError) as caught:
        RegistrationKey.parse(text[:20] + control + text[20:])
    assert caught.value.details["position"] == 21
    assert control not in error_parts(caught.value)[0]


@pytest.mark.parametrize(
    "separator", [" ", "\u00a0", "\u2007", "\u202f", "\u3000", "\t", "\n", "\r\n", "\u2028",
                  "\u2010", "\u2013", "\u2014", "\u2212", "\u200b", "\u00ad"],
)
def test_what_section_3_drops_is_still_dropped(separator: str) -> None:
    groups = INSTALL.text.split("-")
    assert InstallationKey.parse(separator.join(groups)) == INSTALL


def _spellings(key: str) -> dict[str, str]:
    groups = key.split("-")
    cyrillic = str.maketrans("ABEKMHPCTX0", "АВЕКМНРСТХО")
    return {
        "dashed": key,
        "compact": key.replace("-", ""),
        "spaces": " ".join(groups),
        "no-break spaces": "\u00a0".join(groups),
        "en dashes": "\u2013".join(groups),
        "line breaks": "\r\n".join(groups),
        "lower case": key.lower(),
        "wrapped at 40": "\n".join(key[i : i + 40] for i in range(0, len(key), 40)),
        "Cyrillic look-alikes": key.translate(cyrillic),
        "zero-width": "\u200b".join(groups),
    }


KEY = issue().text


@pytest.mark.parametrize("spelling", list(_spellings(KEY)))
def test_every_spelling_the_parser_accepts_is_masked(spelling: str) -> None:
    typed = _spellings(KEY)[spelling]
    assert RegistrationKey.parse(typed).text == KEY  # the parser does accept it
    text = redact_text(f"Клиентът прочете: {typed} — и натисна Запиши.")
    compact = KEY.replace("-", "")
    for i in range(0, len(compact) - 20, 10):
        assert compact[i : i + 20] not in text.upper().replace("-", "")
    assert "Клиентът прочете:" in text and "и натисна Запиши." in text
    # And in the body uploaded to support, whatever field it hides in.
    uploaded = json.dumps(upload_body({"notes": typed, "programs": [{"x": typed}]}),
                          ensure_ascii=False)
    assert typed not in uploaded


def test_ordinary_text_and_installation_keys_are_not_masked() -> None:
    text = f"Инсталационен ключ: {INSTALL.text}; ПАСОСС-Счетоводство 230704.0 на МОЛ Иван"
    assert redact_text(text) == text
    assert redact({"installation_key": INSTALL.text}) == {"installation_key": INSTALL.text}
    assert HIDDEN not in redact_text("A" * 20 + " " + "B" * 20)
