"""French wording shared by the exchange screens: counts, local times, record names."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.fields import FIELD_LABELS, TABLE_LABELS

CONTEXT = "ExchangeText"


def count_phrase(count: int, singular: str, plural: str, context: str = CONTEXT) -> str:
    """Translate and fill "{count} …" with the French grammatical number of ``count``.

    French uses the singular for 0 and 1. Both source texts must be marked with
    ``QT_TRANSLATE_NOOP`` in ``context`` by the caller.
    """
    text = singular if abs(count) <= 1 else plural
    return QCoreApplication.translate(context, text).format(count=count)


def report_counts_text(counts: dict[str, int]) -> str:
    """Return "12 nouveaux, 3 modifiés, 1 supprimé, 0 conflit" for the counts of an import."""
    parts = [
        count_phrase(counts.get("created", 0),
                     QT_TRANSLATE_NOOP(CONTEXT, "{count} nouveau"), QT_TRANSLATE_NOOP(CONTEXT, "{count} nouveaux")),
        count_phrase(counts.get("updated", 0),
                     QT_TRANSLATE_NOOP(CONTEXT, "{count} modifié"), QT_TRANSLATE_NOOP(CONTEXT, "{count} modifiés")),
        count_phrase(counts.get("deleted", 0),
                     QT_TRANSLATE_NOOP(CONTEXT, "{count} supprimé"), QT_TRANSLATE_NOOP(CONTEXT, "{count} supprimés")),
        count_phrase(counts.get("conflicts", 0),
                     QT_TRANSLATE_NOOP(CONTEXT, "{count} conflit"), QT_TRANSLATE_NOOP(CONTEXT, "{count} conflits")),
    ]
    return ", ".join(parts)


def records_phrase(count: int) -> str:
    """Return "1 élément" or "12 éléments"."""
    return count_phrase(count, QT_TRANSLATE_NOOP(CONTEXT, "{count} élément"),
                        QT_TRANSLATE_NOOP(CONTEXT, "{count} éléments"))


def local_datetime(utc: datetime) -> datetime:
    """Convert a naive UTC time, as the database stores it, to this computer's local time."""
    return utc.replace(tzinfo=UTC).astimezone()


def format_local_long(utc: datetime) -> str:
    """Format a naive UTC time as "jeudi 5 mars 2026 à 14:32", in local time."""
    moment = local_datetime(utc)
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(CONTEXT, "{day} à {time}").format(day=day, time=time)


def format_local_short(utc: datetime) -> str:
    """Format a naive UTC time as "05/03/2026 14:32", in local time."""
    moment = local_datetime(utc)
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"


def table_label(table: str) -> str:
    """Return the translated name of a synced table ("Territoire"), or the table name."""
    label = TABLE_LABELS.get(table)
    return QCoreApplication.translate("Fields", label) if label else table


def field_label(field: str) -> str:
    """Return the translated name of a synced field ("Notes"), or the field name."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Fields", label) if label else field
