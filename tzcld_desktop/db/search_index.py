"""Names of the local search index of migration 0006 and the FTS5 queries over it.

The index is never exchanged: triggers fill it from the ``action`` and ``journal_note``
rows of this copy. It finds words by their beginning, as FTS5 prefix queries (SQLite).
"""

from __future__ import annotations

from collections.abc import Sequence

ACTION_SEARCH = "action_search"
NOTE_SEARCH = "note_search"
# FTS5 keeps each index in these shadow tables, created with the virtual table.
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
SEARCH_INDEX_TABLES = frozenset({
    "search_row",
    *(table + suffix for table in (ACTION_SEARCH, NOTE_SEARCH) for suffix in ("", *_SHADOW_SUFFIXES)),
})


def match_expression(words: Sequence[str]) -> str:
    """Return the FTS5 query that finds rows with a word beginning with each of ``words``.

    Each word becomes a quoted prefix query, with its double quotes doubled, so no word
    is read as an FTS5 operator.
    """
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)
