"""Search keys of French text: accents, case and typographic punctuation ignored, every script handled."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from tzcld_desktop.domain.text import _PUNCTUATION, normalize


def plain_key(text: str) -> str:
    """Return the search key as its definition reads, one character at a time."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(without_marks.translate(_PUNCTUATION).split())


@pytest.mark.parametrize(("text", "key"), [
    ("Échirolles – Ouest", "echirolles - ouest"),
    ("L’Île-Saint-Denis", "l'ile-saint-denis"),
    ("Œuvre  commune\u00a0de Saint-Étienne ", "oeuvre commune de saint-etienne"),
    ("Nguyễn", "nguyen"),
    ("İzmir", "izmir"),
    ("Ἀθῆναι", "αθηναι"),
])
def test_accents_and_case_ignored(text, key):
    assert normalize(text) == key


def test_grapheme_joiner_kept():
    # U+034F sits among the accents but is not a combining mark: the key keeps it.
    assert normalize("a\u034fb") == "a\u034fb"


def test_every_character_gets_its_plain_key():
    characters = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for start in range(0, len(characters), 4096):
        text = " x".join(characters[start : start + 4096])
        assert normalize(text) == plain_key(text), f"characters from U+{ord(characters[start]):04X}"
