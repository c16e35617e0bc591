"""The PySide6 desktop interface. The only package that imports Qt.

First thing, before our modules and the service code are imported under PySide6's
import hook: the faster, same-answer version of that hook (qt_import_hook.py).
"""

from .qt_import_hook import speed_up

speed_up()
