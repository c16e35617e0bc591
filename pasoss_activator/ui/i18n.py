"""Loading the interface language.

The source texts in the code are Bulgarian, so Bulgarian is what the user sees whatever
the operating system's locale, even if no translation file could be found. English
comes from ``resources/translations/pasoss_activator_en.qm``. Qt's own texts (standard
buttons, print dialog) come from ``qtbase_<lang>.qm``: first from Qt's translations
folder, then from ``resources/translations`` (where a frozen build may carry them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import language
from ..core.language import LANGUAGES
from ..core.resources import resource

__all__ = ["LANGUAGES", "install_language"]
_installed: list[QTranslator] = []  # a QTranslator collected by Python stops translating


def install_language(app: QCoreApplication, lang: str) -> list[str]:
    """Install the translators for ``lang``; returns the files that were loaded. The
    Qt-free renderers (``core/language.py``) are told the language too."""
    language.use(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(QLocale.Language.Bulgarian if lang == "bg" else QLocale.Language.English,
                     QLocale.Country.Bulgaria if lang == "bg" else QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    loaded: list[str] = []
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(resource("translations"))]
    if lang != "en":
        for folder in qt_dirs:
            if _load(app, f"qtbase_{lang}", folder, loaded):
                break
    if lang != "bg":
        _load(app, f"pasoss_activator_{lang}", str(resource("translations")), loaded)
    return loaded


def _load(app: QCoreApplication, name: str, folder: str, loaded: list[str]) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    loaded.append(name)
    return True
