"""Where the installation key is: the command line quotes the program's own path to it
(DESIGN §8: „Фирми и години“ → Главно меню → Служебни функции → Регистрация)."""

from __future__ import annotations

import pytest

from pasoss_activator.core import base32
from pasoss_activator.core.checksums import luhn32
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.products import Product

from .cli_run import run

PATH = "„Фирми и години“ → Главно меню → Служебни функции → Регистрация"


def test_generate_without_a_key_says_where_the_program_shows_it(capsys, stub) -> None:
    result = run(capsys, "generate", "--server", stub.url)
    assert result.code == 2
    assert PATH in result.err


def test_generate_help_says_where_the_key_is(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        run(capsys, "generate", "--help")
    assert done.value.code == 0
    assert PATH in " ".join(capsys.readouterr().out.split())  # argparse wraps the lines


def test_a_damaged_key_is_to_be_copied_again_from_that_place(capsys, stub) -> None:
    # One bit flipped and every group's check character made right again: only the CRC
    # fails, which no group can be blamed for, so the key is to be copied again.
    raw = bytearray(demo_keys()[Product.SCH].to_bytes())
    raw[7] ^= 1
    data = base32.encode(bytes(raw))
    text = "-".join(data[i : i + 4] + luhn32(data[i : i + 4]) for i in range(0, 24, 4))
    result = run(capsys, "generate", text, "--server", stub.url)
    assert result.code == 7
    assert PATH in " ".join(result.err.split())
