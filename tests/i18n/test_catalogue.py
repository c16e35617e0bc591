"""The one text catalogue: every failure the code can raise has its text, in Bulgarian and
in English, and no code builds its own sentence beside the catalogue."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from pasoss_activator.core import comparison_text as comparison
from pasoss_activator.core import errors, language
from pasoss_activator.core.error_catalogue import CONTEXT, GUI, TEXTS
from pasoss_activator.core.error_text import error_parts, error_text
from pasoss_activator.core.key_status import STATUS_NAMES
from pasoss_activator.core.products import CATALOGUE
from pasoss_activator.core.qm_file import read_qm
from pasoss_activator.core.resources import resource

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = read_qm(resource("translations", "pasoss_activator_en.qm"))
def _all_error_classes(cls: type) -> list[type]:
    return [cls] + [c for sub in cls.__subclasses__() for c in _all_error_classes(sub)]


# Every failure class the program defines (core/errors.py, and those beside their use,
# such as core/assisted.py's and commands/support.py's), imported so they are known.
importlib.import_module("pasoss_activator.core.assisted")
importlib.import_module("pasoss_activator.commands.support")
ERROR_CLASSES = {cls.__name__: cls for cls in _all_error_classes(errors.ActivatorError)}


def without_program_words(text: str) -> str:
    """English keeps the PASOSS program's own Bulgarian labels, which the user sees on its
    screen (the menu „Фирми и години“), and the brand."""
    for word in ("ПАСОСС", "Фирми и години"):
        text = text.replace(word, "")
    return text


def test_every_error_code_has_a_text() -> None:
    missing = sorted(cls.code for cls in ERROR_CLASSES.values() if cls.code not in TEXTS)
    assert missing == []


def test_every_text_has_bulgarian_and_english() -> None:
    untranslated = []
    for key, entry in [*TEXTS.items(), *(("gui:" + k, v) for k, v in GUI.items())]:
        for text in (entry.message, entry.action):
            if not text.strip() and text is entry.message:
                untranslated.append((key, "no Bulgarian"))
            if text and not ENGLISH.get((CONTEXT, text)):
                untranslated.append((key, text))
    assert untranslated == []


def test_every_key_belongs_to_a_code() -> None:
    codes = {cls.code for cls in ERROR_CLASSES.values()}
    assert sorted(k for k in TEXTS if k.split(".")[0] not in codes) == []


def _raise_sites() -> list[tuple[str, int, ast.Call]]:
    sites = []
    for path in sorted((ROOT / "pasoss_activator").rglob("*.py")) + sorted(
        (ROOT / "server_stub").rglob("*.py")
    ):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ERROR_CLASSES:
                sites.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.lineno, node))
    return sites


def test_no_failure_is_raised_with_a_sentence_of_its_own() -> None:
    """A text passed to the error (the old way) would stay Bulgarian under --lang en: it
    belongs in core/error_catalogue.py, keyed by the error's code (and a ``reason``)."""
    sites = _raise_sites()
    assert len(sites) > 40  # the check really looked at the code
    assert [where for where, _line, call in sites if call.args] == []


def test_every_reason_written_in_the_code_has_its_text() -> None:
    missing = []
    for where, _line, call in _raise_sites():
        func = call.func
        cls = ERROR_CLASSES[func.attr if isinstance(func, ast.Attribute) else func.id]
        words = {
            k.arg: k.value.value
            for k in call.keywords
            if k.arg in ("reason", "field") and isinstance(k.value, ast.Constant)
        }
        reason = words.get("reason")
        if reason and f"{cls.code}.{reason}" not in TEXTS and not any(
            key.startswith(f"{cls.code}.{reason}.") for key in TEXTS
        ):
            missing.append((where, f"{cls.code}.{reason}"))
    assert missing == []


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_each_text_renders_in_both_languages(key: str) -> None:
    code, _, rest = key.partition(".")
    reason, _, field = rest.partition(".")
    cls = next(c for c in ERROR_CLASSES.values() if c.code == code)
    details = {"reason": reason, "field": field, "path": "C:\\PASOSS\\PASOSS.INI", "group": 3}
    error = cls(**{k: v for k, v in details.items() if v})
    bulgarian = error_text(error)
    language.use("en")
    english = error_text(error)
    assert bulgarian and english and bulgarian != english
    assert "{" not in english and "{" not in bulgarian  # every placeholder filled
    assert not any("\u0400" <= ch <= "\u04ff" for ch in without_program_words(english)), english


def test_the_services_own_sentence_is_shown_in_bulgarian_only() -> None:
    error = errors.LoginRefused(service_message="Грешен e-mail или парола (от услугата).")
    assert error_parts(error)[0] == "Грешен e-mail или парола (от услугата)."
    language.use("en")
    assert error_parts(error)[0] == "Wrong e-mail or password. Check them and try again."


def test_the_window_has_its_own_advice_where_the_command_lines_would_not_fit() -> None:
    error = errors.ServiceUnavailable(reason="connection")
    assert "--request" in error_text(error)
    assert "--request" not in error_text(error, gui=True)
    assert "pasoss-activator login" not in error_text(errors.LoginRequired(), gui=True)


def test_isinstance_asks_the_natural_question() -> None:
    for cls in (errors.LoginRefused, errors.TooManyAttempts, errors.Forbidden,
                errors.WrongPassword, errors.LoginRequired):
        assert issubclass(cls, errors.AccountAccessError) and cls.exit_code == 3
    assert not issubclass(errors.LoginRefused, errors.LoginRequired)
    assert not issubclass(errors.Forbidden, errors.LoginRequired)


def test_program_module_and_status_names_have_english() -> None:
    names = [c.display_name for c in CATALOGUE.values()]
    names += [m for c in CATALOGUE.values() for m in c.modules]
    assert [n for n in names if not ENGLISH.get(("products", n))] == []
    assert [n for n in STATUS_NAMES.values() if not ENGLISH.get(("status", n))] == []
    assert set(comparison.PRODUCT_WORDS) == set(names)


def test_the_command_line_reads_the_same_compiled_catalogue_as_qt() -> None:
    """The .qm reader agrees with Qt's own QTranslator on every message (Qt is loaded
    here, in the test only; the command line never loads it)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource("translations", "pasoss_activator_en.qm")))
    assert len(ENGLISH) > 500
    differ = [
        (context, source)
        for (context, source), text in ENGLISH.items()
        if translator.translate(context, source) != text
    ]
    assert differ == []
