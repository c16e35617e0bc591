"""Command handlers of the command line, one module per concern; they use only the core.

How a command module plugs into ``cli.py`` (``diagnostics`` and ``support`` are written
separately and found by name):

- it has ``register(subparsers, parents) -> None``, which adds its subcommand(s) with
  ``subparsers.add_parser(NAME, parents=parents, help=...)`` — ``parents`` carries the
  global options (``--server``, ``--json``, ``--email``, ``--password-stdin``) so they may
  stand after the subcommand too — and sets ``parser.set_defaults(handler=FUNCTION)``;
- the handler is ``FUNCTION(ctx: commands.context.CommandContext) -> int`` (the exit code).
  ``ctx.args`` are the parsed options, ``ctx.as_json`` says whether to print JSON,
  ``ctx.activator()`` is the ``Activator`` (no network), ``ctx.logged_in()`` logs it in as
  the options ask. Failures are raised as ``ActivatorError``: ``cli.py`` prints them
  (``{"error", "message"}`` with ``--json``) and exits with their ``exit_code``.
- ``commands.output`` has the table, date, money and JSON helpers.
"""
