"""PASOSS Activator: licenses the PASOSS programs on the client's own PC."""

__version__ = "1.0.0"
