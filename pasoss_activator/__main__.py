"""``pasoss-activator`` / ``python -m pasoss_activator``.

No arguments or ``--demo`` opens the GUI; ``--version`` prints the version; anything else
is the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or arguments == ["--demo"]:
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


if __name__ == "__main__":
    sys.exit(main())
