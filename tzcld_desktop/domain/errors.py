"""Errors caused by the user's files, input or disk, as opposed to bugs.

A ``UserError`` carries its message as French source text plus named parameters. The
text is marked for Qt Linguist with ``QT_TRANSLATE_NOOP`` and translated only when
shown, through the translator that the GUI or the command line installs with
``set_translator``; without one, the French text is used as is. This keeps the domain
free of Qt while every message still reaches the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translate: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates ``(context, source text)`` pairs."""
    global _translate
    _translate = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate a source text marked with ``QT_TRANSLATE_NOOP``."""
    return _translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return text


class UserError(Exception):
    """A problem the user can fix: a bad file, a wrong value, a full disk.

    ``text`` is French source text with ``{name}`` placeholders filled from ``params``.
    """

    context = "UserError"

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text.format(**params) if params else text)
        self.text = text
        self.params = params

    def message(self) -> str:
        """Return the message in the user's language, parameters filled in."""
        translated = translate(self.context, self.text)
        return translated.format(**self.params) if self.params else translated


class ValidationError(UserError):
    """One or more fields of a form hold invalid values."""

    context = "Validation"

    def __init__(self, errors: dict[str, str]) -> None:
        # errors maps a field name to a French source text.
        joined = " ".join(errors.values())
        super().__init__(joined)
        self.errors = errors

    def message(self) -> str:
        return " ".join(translate(self.context, text) for text in self.errors.values())

    def field_messages(self) -> dict[str, str]:
        """Return each invalid field's message in the user's language."""
        return {field: translate(self.context, text) for field, text in self.errors.items()}


class ExchangeFileError(UserError):
    """An exchange file that cannot be imported; the database is left unchanged."""

    context = "ExchangeFileError"


class StorageError(UserError):
    """The data folder or database cannot be used as it is."""

    context = "StorageError"
