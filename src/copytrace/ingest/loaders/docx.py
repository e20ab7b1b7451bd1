"""DOCX: paragraphs and tables in document order, after checking the archive is not a zip bomb."""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Any

from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text

_MAX_ENTRIES = 5000
# Small parts compress well legitimately (repeated XML); the ratio test only matters for big ones.
_RATIO_FLOOR = 1 << 20
# Inflated a block at a time (see unpack).
_BLOCK = 1 << 16


def check_archive(data: bytes, config: IngestConfig) -> None:
    """Refuse archives whose declared contents are too big or too compressed to be a document.

    A cheap first look, on what the archive declares; ``unpack`` counts what it really holds.
    """
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise Rejected(f"damaged DOCX archive: {exc}") from None
    if len(members) > _MAX_ENTRIES:
        raise Rejected(f"zip bomb: {len(members)} entries in a DOCX archive")
    total = sum(member.file_size for member in members)
    if total > config.max_unzipped:
        raise Rejected(f"zip bomb: DOCX unpacks to {total:,} bytes (limit {config.max_unzipped:,})")
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > config.max_ratio * max(member.compress_size, 1):
            raise Rejected(f"zip bomb: {member.filename} expands {member.file_size // max(member.compress_size, 1)}"
                           f" times (limit {config.max_ratio})")


def unpack(data: bytes, config: IngestConfig) -> bytes:
    """The archive rebuilt uncompressed, each member inflated as a stream and counted as it comes.

    Declared sizes can lie: a member declared small is inflated in one call by ``ZipFile.read``
    (python-docx's way), whatever it really holds. Read here a block at a time, the bytes actually
    produced are counted, and the archive is refused once they pass ``max_unzipped``; what
    python-docx then opens holds nothing it has to inflate.
    """
    produced = 0
    out = BytesIO()
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                with archive.open(member) as source, copy.open(member.filename, "w", force_zip64=True) as target:
                    while block := source.read(_BLOCK):
                        produced += len(block)
                        if produced > config.max_unzipped:
                            raise Rejected(f"zip bomb: DOCX unpacks to more than {config.max_unzipped:,} bytes")
                        target.write(block)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        # BadZipFile: a member whose bytes do not match its declared size or checksum.
        raise Rejected(f"damaged DOCX archive: {exc}") from None
    return out.getvalue()


class DocxLoader(Loader):
    media_type = sniff.DOCX

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        check_archive(data, config)
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(BytesIO(unpack(data, config)))
            blocks, tables = _blocks(document)
            props = document.core_properties
        # lxml's XMLSyntaxError is a SyntaxError: broken XML inside the archive.
        except (PackageNotFoundError, SyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise Rejected(f"damaged DOCX document: {type(exc).__name__}: {exc}") from None
        text = clean_text("\n".join(blocks))
        created = props.created.date().isoformat() if props.created else None
        meta: dict[str, Any] = {"paragraphs": len(blocks) - tables, "tables": tables}
        return Loaded(self.media_type, text, title=props.title or None, author=props.author or None,
                      published=created, meta=meta)


def _blocks(document: Any) -> tuple[list[str], int]:
    """Paragraph texts and table rows (cells joined by tabs) in document order, and the table count."""
    from docx.table import Table

    blocks: list[str] = []
    tables = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            tables += 1
            for row in item.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    # Merged cells appear once per grid column; the text belongs once.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                blocks.append("\t".join(cells))
            blocks.append("")
        else:
            blocks.append(item.text)
    return blocks, tables
