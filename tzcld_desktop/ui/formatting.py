"""Dates written for the person reading the screen, in the interface language.

``QLocale()`` is the default locale that ``i18n.install_language`` sets, so these
functions follow the language chosen in "Fichier › Langue de l'interface".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_long_date(value: date | None) -> str:
    """Format a date in the default locale's long form ("mardi 1 décembre 2026" in French), or ""."""
    if value is None:
        return ""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def format_short_date(value: date | None) -> str:
    """Format a date in the default locale's short form ("04/12/2026" in French), or ""."""
    if value is None:
        return ""
    return QLocale().toString(_qdate(value), QLocale.FormatType.ShortFormat)
