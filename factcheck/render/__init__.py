"""Render: a :class:`~factcheck.records.Report` as Markdown, JSON, CSV, HTML or pandas DataFrames.

Each format is one module with one function from a report to text, registered by name in :data:`FORMATS`
(the CLI's choices come from it); a module of this package that registers a format at import is found
without being named anywhere else. ``write_reports`` writes several formats atomically into a folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from pkgutil import iter_modules

from ..errors import OutputError
from ..records import Report
from .naming import safe_name

__all__ = ["FORMATS", "ReportFormat", "atomic_write", "check_output_folder", "register_format", "render", "report_path",
           "write_reports"]


@dataclass(frozen=True)
class ReportFormat:
    """One output format, registered by name.

    Attributes:
        name: What ``-f`` takes and the file suffix (``md`` writes ``<event>.md``).
        description: One line for ``--help``.
        module: Module (under this package, or absolute) holding the renderer, imported only when used, so
            ``--help`` does not load pandas.
        function: Name of its ``Report -> str`` function.
    """

    name: str
    description: str
    module: str
    function: str

    def load(self) -> Callable[[Report], str]:
        """The renderer."""
        found: Callable[[Report], str] = getattr(import_module(self.module, __name__), self.function)
        return found


#: Every format by name, in the order ``--help`` lists them; the CLI's choices come from here.
FORMATS: dict[str, ReportFormat] = {}


def register_format(fmt: ReportFormat) -> None:
    """Add (or replace) an output format; ``render`` and the CLI pick it up by name."""
    FORMATS[fmt.name] = fmt


for _fmt in (ReportFormat("md", "Markdown: what to check first, then each claim", ".markdown", "render_markdown"),
             ReportFormat("json", "JSON for tools (schema in report.schema.json)", ".json", "render_json"),
             ReportFormat("csv", "CSV, one row per pairwise finding", ".csv", "render_csv"),
             ReportFormat("html", "one self-contained HTML page with filters", ".html", "render_html")):
    register_format(_fmt)


def render(report: Report, fmt: str) -> str:
    """The report as text in ``fmt`` (a name in :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return FORMATS[fmt].load()(report)


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a report is an ordinary file and follows the umask.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it and putting it back: there is no read-only call)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def report_path(folder: str | Path, event: str, fmt: str) -> Path:
    """Where the ``fmt`` report of ``event`` goes: always directly inside ``folder`` (see :func:`safe_name`)."""
    return Path(folder) / f"{safe_name(event or 'report')}.{fmt}"


def write_reports(report: Report, folder: str | Path, formats: tuple[str, ...] = ("md", "json"),
                  stem: str | None = None) -> list[Path]:
    """Write the report into ``folder`` as ``<event>.<fmt>`` for each format; returns the paths.

    The event name is made safe for a file name (:func:`report_path`); the report keeps it as given.
    ``stem``, itself a safe name, overrides the file name (batch uses it to keep names apart).
    """
    out = []
    for fmt in formats:
        path = report_path(folder, report.event, fmt) if stem is None else report_path(folder, stem, fmt)
        atomic_write(path, render(report, fmt))
        out.append(path)
    return out


def check_output_folder(folder: str | Path) -> Path:
    """Make sure reports can be written into ``folder`` before any work starts: create it and write a probe.

    Args:
        folder: The ``--out`` folder.

    Returns:
        The folder.

    Raises:
        OutputError: When ``folder`` is a file, lies under a file, or cannot be created or written.
    """
    path = Path(folder)
    for part in (path, *path.parents):
        if part.exists() and not part.is_dir():
            message = OutputError.IS_FILE if part == path else OutputError.UNDER_FILE
            raise OutputError(message.format(path=path, file=part))
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".factcheck-probe.", dir=path)
        os.close(fd)
        Path(probe).unlink()
    except OSError as exc:
        raise OutputError(OutputError.UNWRITABLE.format(path=path, reason=exc.strerror or exc)) from exc
    return path


# A format module beyond the four above registers itself (``register_format(ReportFormat(...))`` at import):
# every module of this package is imported here, so a new format is one new module. The renderers above stay
# loaded on use only (``ReportFormat.load``); what these imports cost is their module-level code, no pandas.
for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
