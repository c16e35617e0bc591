"""The PySide6 desktop interface. The only package that imports Qt."""

from .refcount_guard import protect_none

protect_none()  # before any Qt call: see refcount_guard.py
