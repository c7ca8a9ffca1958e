"""Message catalogues (Dutch reference, English beside it)."""

from cocreatie.i18n.catalog import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    UnknownLanguageError,
    catalogue,
    current_language,
    has,
    set_language,
    t,
    tn,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "UnknownLanguageError",
    "catalogue",
    "current_language",
    "has",
    "set_language",
    "t",
    "tn",
]
