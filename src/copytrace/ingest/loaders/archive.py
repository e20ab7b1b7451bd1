"""Zip containers (DOCX, ODT, EPUB, XLSX) read as streams, with a cap on the bytes actually inflated.

An archive's headers declare each member's size, and a hostile one lies: a member declared 100
bytes can inflate to gigabytes, which ``ZipFile.read`` would hold in memory at once. Here the
declared sizes are only a cheap first look (``check``); members are then inflated a block at a
time, every byte produced is counted against one budget for the whole document
(``IngestConfig.max_unzipped``), and the document is refused as soon as it passes it.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from urllib.parse import unquote

from copytrace.i18n import lazy_gettext
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected

MAX_ENTRIES = 5000
# Small parts compress well legitimately (repeated XML); the ratio test only matters for big ones.
_RATIO_FLOOR = 1 << 20
# Inflated this much at a time: memory held per member read, whatever it declares.
BLOCK = 1 << 16
# What reading a damaged member raises: BadZipFile (bad header, size or CRC), zlib.error (a broken
# deflate stream), EOFError (cut short), NotImplementedError (unknown compression method).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError)


class Archive:
    """One zip container, its members inflated on demand within the document's budget.

    ``label`` names the format in reasons ("DOCX", "EPUB"...).
    """

    def __init__(self, data: bytes, label: str, config: IngestConfig) -> None:
        self.label = label
        self._limit = config.max_unzipped
        self._produced = 0
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise Rejected(lazy_gettext("damaged %(label)s archive: %(error)s", label=label,
                                        error=str(exc))) from None
        try:
            self._check(config)
        except Rejected:
            self._zip.close()
            raise

    def _check(self, config: IngestConfig) -> None:
        """Refuse what the headers already show to be too big or too compressed to be a document."""
        members = self._zip.infolist()
        if len(members) > MAX_ENTRIES:
            raise Rejected(lazy_gettext("zip bomb: %(count)s entries in a %(label)s archive", count=len(members),
                                        label=self.label))
        total = sum(member.file_size for member in members)
        if total > config.max_unzipped:
            raise Rejected(lazy_gettext("zip bomb: %(label)s unpacks to %(size)s bytes (limit %(limit)s)",
                                        label=self.label, size=format(total, ","),
                                        limit=format(config.max_unzipped, ",")))
        for member in members:
            ratio = member.file_size // max(member.compress_size, 1)
            if member.file_size > _RATIO_FLOOR and ratio > config.max_ratio:
                raise Rejected(lazy_gettext("zip bomb: %(member)s expands %(ratio)s times (limit %(limit)s)",
                                            member=member.filename, ratio=ratio, limit=config.max_ratio))

    def __contains__(self, name: str) -> bool:
        try:
            self._zip.getinfo(name)
        except KeyError:
            return False
        return True

    def blocks(self, name: str) -> Iterator[bytes]:
        """The member ``name`` inflated a block at a time; Rejected once the document's budget is spent."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise Rejected(lazy_gettext("damaged %(label)s document: %(part)s is missing from the archive",
                                        label=self.label, part=name)) from None
        if info.flag_bits & 0x1:
            raise Rejected(lazy_gettext("encrypted %(label)s (needs a password)", label=self.label))
        try:
            with self._zip.open(info) as source:
                while block := source.read(BLOCK):
                    self._produced += len(block)
                    if self._produced > self._limit:
                        raise Rejected(lazy_gettext("zip bomb: %(label)s unpacks to more than %(limit)s bytes",
                                                    label=self.label, limit=format(self._limit, ",")))
                    yield block
        except _DAMAGED as exc:
            raise Rejected(lazy_gettext("damaged %(label)s archive: %(part)s: %(error)s", label=self.label, part=name,
                                        error=str(exc))) from None

    def read(self, name: str, limit: int) -> bytes:
        """A small member whole (a manifest, a relationship list), refused past ``limit`` bytes."""
        out = bytearray()
        for block in self.blocks(name):
            out += block
            if len(out) > limit:
                raise Rejected(lazy_gettext("%(label)s part %(part)s is over %(limit)s bytes", label=self.label,
                                            part=name, limit=format(limit, ",")))
        return bytes(out)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def resolve(base: str, href: str) -> str:
    """A member name from a reference relative to member ``base`` ("../Text/ch1.xhtml" from "OEBPS/x.opf").

    Relationship targets and EPUB manifest hrefs are URL-encoded and may start with "/" (the root).
    """
    href = unquote(href.split("#", 1)[0])
    if href.startswith("/"):
        return posixpath.normpath(href.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href)).lstrip("/")
