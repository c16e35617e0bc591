"""Entry point of the frozen app: exactly ``python -m pasoss_activator``.

PyInstaller needs a script, not a module; this is it.  One addition, for build.py's
smoke test: with ``PASOSS_ACTIVATOR_BUNDLE_CHECK=1`` it reports what made it into the
bundle (installer/bundle_check.py) instead of starting the app.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    if os.environ.get("PASOSS_ACTIVATOR_BUNDLE_CHECK") == "1":
        import bundle_check

        return bundle_check.main()
    from pasoss_activator.__main__ import main as app_main

    result = app_main()
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
