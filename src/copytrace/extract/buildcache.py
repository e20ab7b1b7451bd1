"""The extractor's built data (the known names, each language's compiled lexicon), kept between runs.

Building them costs most of the extractor's start-up: the packs' names about 0.8 s, each language 0.1-0.25 s (half a
second before the first short text, whose language is weighed by the words of five). A built object is kept as a
pickle in the user's cache folder (``cache_dir``; "" turns it off), under a key made of everything it was built
from: the size and time of change of every file of the ``copytrace`` package (code and data; hashing their contents
took 30 ms at every start) and of the installed file of each library whose code or data goes into it, the Python
version and the caller's own inputs (the packs' files). A later run loads it in a few hundredths of a second; a
changed input makes a new key, and the file of the old key is removed (only files of this module's naming, which it
writes). A cache that cannot be read or written is simply not used: the object is built as before.

A pickle runs code when it is loaded, so the cache only trusts its own files: the folder is made private to the
user (mode 700), and a file that another user owns, or that others may write, is built anew instead of loaded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = 2
# the libraries whose code or data goes into a built object, by the name they are imported by
_LIBRARIES = ("ahocorasick", "babel", "pycountry", "anyascii", "yaml")
_KIND = re.compile(r"[a-z]+(-[a-z]{2,3})?")
_STALE_TEMP = 3600.0   # seconds after which a temporary file a killed process left is removed


@cache
def _fingerprint() -> str:
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(json.dumps([_FORMAT, list(sys.version_info[:2])]).encode())
    for name in _LIBRARIES:
        # (a library's installed file, its size and time of change, stands for its version: installing another
        # version writes it anew; asking importlib.metadata for the version cost 25 ms at every start)
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            info = os.stat(origin) if origin else None
        except OSError:
            info = None
        digest.update(f"{name}={origin}\0{info and info.st_size}\0{info and info.st_mtime_ns};".encode())
    # (a file's size and time of change stand for its content: reading and hashing every file of the package cost
    # 30 ms at every start; its path is cut from the folder's by position, os.path.relpath cost 15 ms more)
    prefix = len(str(package)) + 1
    folders, found = [str(package)], []
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name != "__pycache__":
                            folders.append(entry.path)
                    else:
                        found.append(entry)
        except OSError:
            continue
    for entry in sorted(found, key=lambda e: e.path):
        try:
            info = entry.stat()
        except OSError:
            continue
        digest.update(f"{entry.path[prefix:]}\0{info.st_size}\0{info.st_mtime_ns};".encode())
    return digest.hexdigest()


def _trusted(path: Path) -> bool:
    """Whether a cache file is the user's own and nobody else may write it."""
    info = path.stat()
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def load_or_build(kind: str, inputs: object, build: Callable[[], T]) -> T:
    """The object ``build()`` makes, from the cache when it holds one built from the same code, data and ``inputs``
    (JSON-serialisable); ``kind`` names the file ("names", "lexicon-pl")."""
    from copytrace.extract.resolve import cache_dir

    folder = cache_dir()
    if folder is None or not _KIND.fullmatch(kind):
        return build()
    key = hashlib.sha256(json.dumps([_fingerprint(), kind, inputs]).encode()).hexdigest()[:24]
    path = folder / f"{kind}-{key}.pickle"
    try:
        if _trusted(path):
            with path.open("rb") as handle:
                loaded = pickle.load(handle)
            if _whole(loaded):
                return loaded  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception:   # a torn or foreign file (unpickling raises many kinds): build anew and replace it
        pass
    built = build()
    _keep(folder, kind, path, built)
    return built


def _whole(loaded: object) -> bool:
    """Whether a loaded object has every field its class declares now (a file a process of other code wrote under
    this key, while the files changed under it, lacks the new ones)."""
    if not dataclasses.is_dataclass(loaded):
        return True
    return all(hasattr(loaded, f.name) for f in dataclasses.fields(loaded))


def _keep(folder: Path, kind: str, path: Path, built: object) -> None:
    partial: str | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f"{kind}-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as out:
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
        partial = None
        mine = re.compile(re.escape(kind) + r"-(?:[0-9a-f]{24}\.pickle|[\w]{8}\.tmp)")
        now = time.time()
        for old in folder.glob(f"{kind}-*"):
            if old == path or not mine.fullmatch(old.name):
                continue   # (not a file of this module's naming: the user's, left alone)
            if old.suffix == ".pickle" or now - old.stat().st_mtime > _STALE_TEMP:
                old.unlink(missing_ok=True)   # an earlier state's file, or one a killed process left half-written
    except Exception:   # (no room, no right to write, a folder that is a file, an object that cannot be pickled)
        if partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(partial)
