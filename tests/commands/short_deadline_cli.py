"""``python -m tests.commands.short_deadline_cli ARGS``: the real command line in its own
process, with the deadlines of a test (2 s per call, 4 s per command) instead of 30/60 s,
so that hostile-service tests stay fast. Nothing else differs from ``pasoss-activator``."""

from __future__ import annotations

import sys

from pasoss_activator import cli

CALL_S = 2.0
CONVERSATION_S = 4.0

if __name__ == "__main__":
    sys.exit(cli.main(timeout=(1.0, 1.0), deadlines=(CALL_S, CONVERSATION_S)))
