"""Start-up: the one place that wires the GUI together (options, demo, tour).

It imports ``ui/``; nothing in ``ui/`` imports it. The demo's service stub and the
screenshot tour live here, outside the GUI they drive.
"""
