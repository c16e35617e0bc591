"""Command handlers of the command line, one module per concern; they use only the core."""
