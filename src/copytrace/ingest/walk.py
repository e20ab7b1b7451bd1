"""Finding the inputs: regular files only, symbolic links never followed out of the input folder.

Each path given is a root. A folder is walked in a stable order, hidden entries left out. A
symbolic link inside it is not followed unless asked (``follow_symlinks``), and even then only
when it points to a file inside the same root: a link to /etc/shadow or /dev/zero in a folder of
downloads is skipped with the reason. FIFOs, sockets and devices are skipped too (reading a FIFO
waits forever, a device never ends). A path named directly is taken as the user named it, links
resolved, but must still be a regular file.

File names are whatever bytes the file system holds. Python keeps bytes that are not UTF-8 as
lone surrogates (surrogateescape); ``source_of`` turns them into visible escapes (``\\xff``), so
the name can be stored, compared on a rerun and printed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from copytrace.i18n import lazy_gettext
from copytrace.ingest.errors import Rejected

_NOT_FOLLOWED = lazy_gettext("a symbolic link, not followed (use --follow-symlinks to read links inside the input "
                             "folder)")
_OUTSIDE = lazy_gettext("a symbolic link to a file outside the input folder, not followed")


@dataclass(frozen=True, slots=True)
class Found:
    """A path to read, or (``skip`` set) one that is not read, and why."""

    path: Path
    skip: str | None = None


def source_of(path: Path | str) -> str:
    """The path as stored and shown: bytes that are not UTF-8 written as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def kind_of(mode: int) -> str | None:
    """Why a file of this mode is not read (None: a regular file, which is)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return lazy_gettext("a FIFO (named pipe), not a regular file")
    if stat.S_ISSOCK(mode):
        return lazy_gettext("a socket, not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return lazy_gettext("a device, not a regular file")
    if stat.S_ISDIR(mode):
        return lazy_gettext("a folder, not a regular file")
    return lazy_gettext("not a regular file")


def iter_inputs(paths: Iterable[Path], *, follow_symlinks: bool = False) -> Iterator[Found]:
    """Every file under the given paths, in a stable order, found lazily; see the module docstring."""
    for given in paths:
        try:
            if given.is_dir():
                yield from _walk(given, follow_symlinks)
                continue
            resolved = given.resolve(strict=True)
            yield Found(resolved, kind_of(resolved.stat().st_mode))
        except OSError as exc:
            yield Found(given, lazy_gettext("cannot read: %(error)s", error=str(exc.strerror or exc)))


def _walk(root: Path, follow_symlinks: bool) -> Iterator[Found]:
    real_root = root.resolve()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # Links to folders are never walked into: inside the root their files are read where they are.
        links = [d for d in dirs if os.path.islink(os.path.join(folder, d))]
        dirs[:] = [d for d in dirs if d not in links]
        for name in sorted([*files, *links]):
            found = _check(Path(folder) / name, real_root, follow_symlinks) if not name.startswith(".") else None
            if found is not None:
                yield found


def _check(path: Path, real_root: Path, follow_symlinks: bool) -> Found | None:
    """What to do with one entry of a walked folder (None: nothing, not even a line)."""
    try:
        mode = path.lstat().st_mode
        if not stat.S_ISLNK(mode):
            return Found(path, kind_of(mode))
        if not follow_symlinks:
            return Found(path, _NOT_FOLLOWED)
        target = path.resolve(strict=True)
        if not target.is_relative_to(real_root):
            return Found(path, _OUTSIDE)
        target_mode = target.stat().st_mode
        if stat.S_ISDIR(target_mode):
            return None  # a folder inside the root: its files are read where they are
        return Found(target, kind_of(target_mode))
    except OSError as exc:
        return Found(path, lazy_gettext("cannot read: %(error)s", error=str(exc.strerror or exc)))


def open_regular(path: Path | str) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (Rejected if not), never waiting on a FIFO.

    The file is checked after it is opened, on the open file itself, so a name swapped for a FIFO,
    a device or a link after the walk looked at it is refused all the same.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if os.path.islink(path):
            raise Rejected(_NOT_FOLLOWED) from None
        raise
    try:
        why = kind_of(os.fstat(fd).st_mode)
        if why is not None:
            raise Rejected(why)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
