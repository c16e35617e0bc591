"""The Qt-free core of the activator.

Nothing under this package may import Qt (PySide6): the command line, the service stub
and the benchmarks use it without a GUI. ``tests/core/test_layering.py`` enforces it.
"""
