"""``pasoss-activator`` / ``python -m pasoss_activator``.

No arguments or ``--demo`` opens the GUI; ``--version`` prints the version; anything else
is the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .startup.options import is_gui


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if is_gui(arguments):
        import importlib

        # Imported only here: the command line never loads Qt.
        gui = importlib.import_module("pasoss_activator.startup.gui")
        result: int = gui.main(arguments)
        return result
    if arguments == ["--version"]:
        from . import __version__

        sys.stdout.write(f"pasoss-activator {__version__}\n")
        return 0
    from . import cli

    return cli.main(arguments)


if __name__ == "__main__":
    sys.exit(main())
