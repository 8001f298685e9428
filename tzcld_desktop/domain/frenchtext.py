"""French dates and French typographic spacing, without Qt or a system locale.

The names are written out here so that the output never depends on the locale
installed on the referent's laptop.
"""

from __future__ import annotations

import re
from datetime import date

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"

_DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def plural(count: int, singular: str, plural_form: str) -> str:
    """Return "0 conflit", "1 conflit", "2 conflits": French uses the singular for 0 and 1."""
    return f"{count} {singular if count <= 1 else plural_form}"


def format_date_long(d: date) -> str:
    """Format a date as "mardi 3 mars 2026", with "1er" for the first day of a month."""
    day = "1er" if d.day == 1 else str(d.day)
    return f"{_DAY_NAMES[d.weekday()]} {day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def format_date_short(d: date) -> str:
    """Format a date as "03/03/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_or_note(
    d: date | None, note: str, *, long: bool = False, missing: str = "—"
) -> str:
    """Format an optional date that may come with a free-text note.

    A date and a note give "10/02/2022 (arrêté)", a note alone is returned as is
    (it is then the approximate date, such as "~2021-12"), and neither gives
    ``missing``. With ``long``, the date is written as in ``format_date_long``.
    """
    note = note.strip()
    if d is None:
        return note or missing
    written = format_date_long(d) if long else format_date_short(d)
    remark = date_remark(d, note)
    return f"{written} ({remark})" if remark else written


def date_remark(d: date, note: str) -> str:
    """Return the annotation of a note that repeats the date: "(arrêté)" in "2022-02-10 (arrêté)".

    A note written as the cell of a spreadsheet starts with the date itself; only what
    follows is worth showing beside the formatted date.
    """
    remark = note.strip()
    for written in (d.isoformat(), format_date_short(d)):
        if remark.startswith(written):
            remark = remark[len(written):].strip()
            break
    while len(remark) >= 2 and remark[0] + remark[-1] in ("()", "[]") and _balanced(remark[1:-1]):
        remark = remark[1:-1].strip()
    return remark


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char in "(["
        depth -= char in ")]"
        if depth < 0:
            return False
    return depth == 0


def approximate_date_summary(note: str) -> str:
    """Return the date part of an approximate-date note: "~2021-12" for "~2021-12 [announced …]"."""
    text = note.strip()
    for opening in (" [", " ("):
        position = text.find(opening)
        if position > 0:
            text = text[:position]
    return text.strip()


# Web and mail addresses are matched first and kept unchanged, so that "?" and ";"
# inside a query string, or the ":" of "https://", never receive a space.
_URL = r"(?P<url>(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.|mailto:)\S+)"

# A run of ";" or of "!"/"?" ("?!" stays together), after a word or closing
# character and any ordinary spaces, and followed by a space, the end, or closing
# punctuation. Anything else ("a;b", "Quoi?Non") is probably not prose and is
# left alone. Neither rule fires right after another ";:!?", which keeps the
# function idempotent: its own insertions would otherwise count as spaces.
_HIGH_PUNCTUATION = (
    r"(?<=[^\s(\[{«;:!?])[ \t]*(?P<high>;|[!?]+)(?=[\s»)\]}.,…\"'’]|$)"
)

# A colon followed by a space, "»" or the end: "10:30", "http://" and "C:\" are
# left alone.
_COLON = r"(?<=[^\s(\[{«;:!?])[ \t]*(?P<colon>:)(?=[\s»]|$)"

# Guillemets take a no-break space on their inner side, unless a line break is there.
_OPENING_GUILLEMET = r"(?P<open>«)[ \t]*(?=[^\s])"
_CLOSING_GUILLEMET = r"(?<=[^\s«])[ \t]*(?P<close>»)"

_TYPOGRAPHY = re.compile(
    "|".join((_URL, _HIGH_PUNCTUATION, _COLON, _OPENING_GUILLEMET, _CLOSING_GUILLEMET))
)


def _space_match(match: re.Match[str]) -> str:
    if match.group("url") is not None:
        return match.group("url")
    if match.group("high") is not None:
        return NARROW_NO_BREAK_SPACE + match.group("high")
    if match.group("colon") is not None:
        return NO_BREAK_SPACE + ":"
    if match.group("open") is not None:
        return "«" + NO_BREAK_SPACE
    return NO_BREAK_SPACE + "»"


def french_typography(text: str) -> str:
    """Put French no-break spaces around ``; ! ? :`` and inside « ».

    U+202F (narrow no-break space) goes before ``;``, ``!`` and ``?``, and U+00A0
    (no-break space) before ``:`` and inside guillemets. Ordinary spaces and tabs
    already there are replaced, and a character already preceded by any other
    space, including a no-break one, is left as it is, so applying the function
    twice changes nothing more. Addresses such as "https://…" and times such as
    "10:30" are not changed.
    """
    return _TYPOGRAPHY.sub(_space_match, text)
