"""Word differences between two versions of a long text, as highlighted HTML.

The texts are compared line by line first, then word by word inside the lines that
differ. Lines rarely repeat, so the first pass is fast even on long minutes, and the
second pass only compares the short stretches that changed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

# Above this many tokens in one changed stretch (both sides together), the stretch is
# marked as changed whole. SequenceMatcher's time grows with the square of the number
# of repeated words ("de", "la"). With only 50 distinct words, 4,000 tokens took 0.5 s
# and 10,000 took 6 s (Python 3.11, one core of a 2-core AMD EPYC virtual machine).
MAX_WORD_DIFF_TOKENS = 4_000
HIGHLIGHT_BACKGROUND = "#ffe08a"
# Set with the background so that the highlighted words stay readable in a dark theme.
HIGHLIGHT_FOREGROUND = "#1a1a1a"

# A word or a run of punctuation, with the spaces after it, or the spaces at the very
# start of a text. Punctuation is a token of its own, so "voté." and "voté" share a word.
_TOKEN = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+")


@dataclass(frozen=True)
class Segment:
    text: str
    changed: bool


def word_diff(first: str, second: str) -> tuple[list[Segment], list[Segment]]:
    """Split both texts into segments, marking the words that only one of them contains."""
    first_segments: list[Segment] = []
    second_segments: list[Segment] = []
    first_lines = first.splitlines(keepends=True)
    second_lines = second.splitlines(keepends=True)
    matcher = SequenceMatcher(None, first_lines, second_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        first_part = "".join(first_lines[i1:i2])
        second_part = "".join(second_lines[j1:j2])
        if tag == "equal":
            first_segments.append(Segment(first_part, False))
            second_segments.append(Segment(second_part, False))
        elif tag == "replace":
            first_words, second_words = _diff_words(first_part, second_part)
            first_segments += first_words
            second_segments += second_words
        else:
            # "delete" and "insert": whole lines present on one side only.
            first_segments.append(Segment(first_part, bool(first_part)))
            second_segments.append(Segment(second_part, bool(second_part)))
    return _merged(first_segments), _merged(second_segments)


def _diff_words(first: str, second: str) -> tuple[list[Segment], list[Segment]]:
    first_tokens = _TOKEN.findall(first)
    second_tokens = _TOKEN.findall(second)
    if len(first_tokens) + len(second_tokens) > MAX_WORD_DIFF_TOKENS:
        return [Segment(first, True)], [Segment(second, True)]
    # Words are compared without the spaces after them, so a changed line break or a
    # double space does not mark the word before it.
    matcher = SequenceMatcher(
        None,
        [token.strip() for token in first_tokens],
        [token.strip() for token in second_tokens],
        autojunk=False,
    )
    first_segments: list[Segment] = []
    second_segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = tag != "equal"
        if i2 > i1:
            first_segments.append(Segment("".join(first_tokens[i1:i2]), changed))
        if j2 > j1:
            second_segments.append(Segment("".join(second_tokens[j1:j2]), changed))
    return first_segments, second_segments


def _merged(segments: list[Segment]) -> list[Segment]:
    """Drop empty segments and join neighbours of the same kind."""
    merged: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if merged and merged[-1].changed == segment.changed:
            merged[-1] = Segment(merged[-1].text + segment.text, segment.changed)
        else:
            merged.append(segment)
    return merged


def segments_html(segments: list[Segment]) -> str:
    """Return escaped HTML of ``segments`` that keeps line breaks and highlights changed words.

    The spaces and line break that end a changed stretch are left outside the
    highlight, so a highlight never runs to the end of the line.
    """
    parts = []
    for segment in segments:
        if not segment.changed:
            parts.append(html.escape(segment.text))
            continue
        words = segment.text.rstrip()
        trailing = segment.text[len(words):]
        if words:
            parts.append(
                f'<span style="background-color:{HIGHLIGHT_BACKGROUND}; color:{HIGHLIGHT_FOREGROUND}">'
                f"{html.escape(words)}</span>"
            )
        parts.append(html.escape(trailing))
    return '<div style="white-space: pre-wrap">' + "".join(parts) + "</div>"
