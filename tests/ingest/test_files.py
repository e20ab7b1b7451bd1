"""Only regular files are read; links stay inside the input folder; odd names are kept and printed escaped."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry

TEXT = "The licensed copy was made at the north works from 1963, the records say, until the line closed."
CONFIG = IngestConfig(workers=1, extract=False)


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    path = folder / "listening.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


def _outcomes(registry: Registry, paths: list[Path], config: IngestConfig = CONFIG) -> dict[str, str]:
    lines: dict[str, str] = {}
    ingest(registry, paths, config=config, listener=lambda o: lines.update({Path(o.source).name: o.reason or o.status}))
    return lines


def test_fifos_sockets_and_devices_are_skipped_with_a_reason(
        sqlite_registry: Registry, tmp_path: Path, unix_socket: Path) -> None:
    folder = unix_socket.parent
    os.mkfifo(folder / "pipe.txt")
    (folder / "note.txt").write_text(TEXT, encoding="utf-8")
    found = _outcomes(sqlite_registry, [folder, Path("/dev/null")])
    assert found == {"pipe.txt": "a FIFO (named pipe), not a regular file",
                     "listening.sock": "a socket, not a regular file",
                     "null": "a device, not a regular file", "note.txt": "added"}


def test_links_are_not_followed_unless_asked_and_never_out_of_the_folder(
        sqlite_registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("shadow " + TEXT, encoding="utf-8")
    (folder / "sub" / "real.txt").write_text(TEXT, encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "sub" / "real.txt")
    (folder / "outside.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop").symlink_to(folder)
    plain = _outcomes(sqlite_registry, [folder])
    assert plain["inside.txt"].startswith("a symbolic link, not followed") and plain["real.txt"] == "added"
    followed = _outcomes(sqlite_registry, [folder], IngestConfig(workers=1, extract=False, follow_symlinks=True))
    assert followed == {"real.txt": "unchanged", "outside.txt": "a symbolic link to a file outside the input "
                        "folder, not followed", "zero.txt": "a symbolic link to a file outside the input folder, "
                        "not followed"}
    assert "shadow" not in " ".join(d.text for d in sqlite_registry.documents())


def test_odd_file_names_are_ingested_and_printed_escaped(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    folder.mkdir()
    raw = os.fsencode(folder)
    for name in (b"bad-\xff\xfe.txt", b"line\nbreak.txt", b"\x1b[31mred\x1b[0m.txt", b"cr\rover.txt"):
        with open(raw + b"/" + name, "wb") as handle:
            handle.write(TEXT.encode() + name)
    with open(raw + b"/empty-\x1b]0;title\x07.txt", "wb"):
        pass
    result = invoke("ingest", str(folder), "--workers", "1", "--no-extract", "--verbose")
    assert result.exit_code == 1  # the empty file is rejected, the others stored
    assert "\x1b" not in result.output and "\r" not in result.output
    for shown in ("added: ", "bad-\\xff\\xfe.txt", "line\\nbreak.txt", "\\x1b[31mred\\x1b[0m.txt", "cr\\rover.txt",
                  "empty-\\x1b]0;title\\x07.txt: empty file"):
        assert shown in result.output
    listed = invoke("documents", "--status", "rejected")
    assert "\x1b" not in listed.output and "empty-\\x1b]0;title" in listed.output


def test_follow_symlinks_on_the_command_line(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    folder.mkdir()
    (tmp_path / "real.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "real.txt")
    (folder / "pipe.txt").symlink_to("/dev/zero")
    result = invoke("ingest", str(folder), "--workers", "1", "--no-extract", "--follow-symlinks")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("rejected: ")]
    assert [line.endswith("a symbolic link to a file outside the input folder, not followed") for line in lines] \
        == [True, True]
