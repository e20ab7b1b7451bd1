"""The dossier as PDF: the HTML rendered by WeasyPrint (an optional extra: pip install copytrace[pdf]).

Fonts come from the system through fontconfig; Debian's fonts-noto-core, fonts-noto-cjk and
fonts-dejavu-core cover the Latin, Cyrillic, Hebrew and Chinese the quotes are written in.
"""

from __future__ import annotations

import gc
import importlib
import logging

from copytrace.errors import CopytraceError
from copytrace.report.html import render_html
from copytrace.report.model import Dossier


def render_pdf(d: Dossier) -> bytes:
    try:
        # Imported by name: WeasyPrint ships no type information, and it is an optional extra.
        weasyprint = importlib.import_module("weasyprint")
    except ImportError as exc:
        raise CopytraceError("PDF dossiers need WeasyPrint: pip install 'copytrace[pdf]' "
                             f"(and the system's Pango) ({exc})") from None
    # WeasyPrint logs every unsupported CSS property at warning level; they are layout hints only.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # WeasyPrint allocates a great many short-lived objects: a 50-product dossier set off some 700
    # collections, a fifth of its time, and each full one walks the whole process heap (seconds in a
    # process holding a loaded registry). Paused, the peak memory stays the same (142 MiB); what is
    # left over is collected once the collector runs again. Another thread's render may have paused it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        pdf: bytes = weasyprint.HTML(string=render_html(d, for_print=True)).write_pdf()
    finally:
        if was_enabled:
            gc.enable()
    return pdf
