"""``pasoss-activator`` / ``python -m pasoss_activator``.

No arguments or ``--demo`` opens the GUI; ``--version`` prints the version; anything else
is the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _is_gui(arguments):
        import importlib

        # Imported only here: the command line never loads Qt.
        app = importlib.import_module("pasoss_activator.ui.app")
        result: int = app.main(arguments)
        return result
    if arguments == ["--version"]:
        from . import __version__

        sys.stdout.write(f"pasoss-activator {__version__}\n")
        return 0
    from . import cli

    return cli.main(arguments)


# Options the GUI takes (pasoss_activator/ui/app.py), with how many values each has.
_GUI_OPTIONS = {"--demo": 0, "--tour": 1, "--lang": 1, "--server": 1}


def _is_gui(arguments: list[str]) -> bool:
    """No arguments, or only the GUI's options (``--demo --tour DIR``, ``--lang en`` …)."""
    index = 0
    while index < len(arguments):
        name = arguments[index].split("=", 1)[0]
        if name not in _GUI_OPTIONS:
            return False
        has_value = "=" in arguments[index]
        index += 1 if has_value else 1 + _GUI_OPTIONS[name]
    return index == len(arguments)


if __name__ == "__main__":
    sys.exit(main())
