"""Sheets of every territory of a region, as one PDF or one PDF per territory.

The work reports its progress through a callback and checks a ``cancelled``
callable between territories, so a user interface can show it and stop it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.reports.collect import territory_sheet_data
from tzcld_desktop.reports.collect_summary import region_territory_ids
from tzcld_desktop.reports.data import TerritorySheetData
from tzcld_desktop.reports.document import Bookmark, build_pdf
from tzcld_desktop.reports.style import styles
from tzcld_desktop.reports.territory_sheet import build_territory_sheet, sheet_story

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# File names stay well under the 255-byte limit of common file systems.
_MAX_SLUG = 80


class BatchCancelled(Exception):
    """The user stopped a batch; ``written`` lists the files finished before."""

    def __init__(self, written: list[Path]) -> None:
        super().__init__(f"batch cancelled after {len(written)} file(s)")
        self.written = written


@dataclass(frozen=True)
class BatchResult:
    """The files a batch wrote, their total number of pages and the number of territories."""

    files: tuple[Path, ...]
    pages: int
    territories: int


def file_slug(name: str) -> str:
    """Return a lower-case ASCII name for a file: "Échirolles-Ouest" gives "echirolles-ouest"."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")[:_MAX_SLUG].strip("-")
    return slug or "territoire"


def sheet_file_names(names: list[str]) -> list[str]:
    """Return one distinct file name per territory, "fiche-<nom>.pdf", numbered when names collide."""
    used: set[str] = set()
    result = []
    for name in names:
        base = f"fiche-{file_slug(name)}"
        candidate, number = base, 2
        while candidate in used:
            candidate, number = f"{base}-{number}", number + 1
        used.add(candidate)
        result.append(f"{candidate}.pdf")
    return result


def _check(cancelled: Callable[[], bool] | None, written: list[Path]) -> None:
    if cancelled is not None and cancelled():
        raise BatchCancelled(written)


def build_region_sheets(
    store: Store,
    region_code: str,
    output: Path,
    *,
    one_file: bool,
    include_personal: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> BatchResult:
    """Write the sheets of every territory of a region and return what was written.

    With ``one_file``, ``output`` is the PDF to write, with an outline entry per
    territory; otherwise it is an existing folder that receives one
    "fiche-<nom>.pdf" per territory, replacing files of the same name. Progress is
    reported as (steps done, total steps): one step per territory, twice over in one
    file (read, then laid out). Raises ``BatchCancelled`` as soon as ``cancelled``
    returns true between two territories; files already finished stay in place, and
    a single file is not written at all.
    """
    with store.session() as session:
        territories = region_territory_ids(session, region_code)
    total = len(territories)
    if one_file:
        return _one_file(store, territories, output, include_personal, progress, cancelled, today)

    written: list[Path] = []
    pages = 0
    for number, ((territory_id, _name), file_name) in enumerate(
        zip(territories, sheet_file_names([name for _id, name in territories]), strict=True), start=1
    ):
        _check(cancelled, written)
        with store.session() as session:
            data = territory_sheet_data(session, territory_id, today, include_personal=include_personal)
        path = output / file_name
        pages += build_territory_sheet(data, path)
        written.append(path)
        if progress is not None:
            progress(number, total)
    log.info("Sheets of region %s written to %s: %d files, %d pages", region_code, output, len(written), pages)
    return BatchResult(tuple(written), pages, total)


def _one_file(
    store: Store,
    territories: list[tuple[str, str]],
    output: Path,
    include_personal: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    today: date | None,
) -> BatchResult:
    total = len(territories)
    sheets: list[TerritorySheetData] = []
    with store.session() as session:
        for number, (territory_id, _name) in enumerate(territories, start=1):
            _check(cancelled, [])
            sheets.append(territory_sheet_data(session, territory_id, today, include_personal=include_personal))
            if progress is not None:
                progress(number, 2 * total)

    def reached(number: int) -> Callable[[], None]:
        def report() -> None:
            _check(cancelled, [])
            if progress is not None:
                progress(total + number, 2 * total)
        return report

    story: list[Flowable] = []
    for number, sheet in enumerate(sheets):
        if number:
            story.append(PageBreakIfNotEmpty())
        story.append(Bookmark(sheet.name.strip() or "Territoire sans nom", in_contents=False,
                              on_reached=reached(number)))
        story += sheet_story(sheet)
    if not sheets:
        story.append(Paragraph("Aucun territoire dans cette région.", styles().empty))
    region = sheets[0].region if sheets else ""
    pages = build_pdf(
        output,
        title=f"Fiches des territoires — {region}".rstrip(" —"),
        subject="Fiches territoire",
        author=sheets[0].author if sheets else "",
        flowables=story,
        generated_on=sheets[0].generated_on if sheets else today,
    )
    if progress is not None:
        progress(2 * total, 2 * total)
    return BatchResult((output,), pages, total)
