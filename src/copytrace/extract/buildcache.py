"""The extractor's built data (the known names, each language's compiled lexicon), kept between runs.

Building them costs most of the extractor's start-up: the names of the packs a fifth of a second, each language
a tenth (half a second before the first short text, whose language is weighed by the words of five). A built
object is kept as a pickle in the user's cache folder (``cache_dir``; "" turns it off), under a key made of
everything it was built from: the files of the ``copytrace`` package (code and data, by size and modification
time), the versions of the libraries whose data goes into it, the Python version and the caller's own inputs (the
packs' files). A later run loads it in a few hundredths of a second; a changed input makes a new key, and the file
of the old key is removed (only files of this name pattern, which this module writes). A cache that cannot be read
or written is simply not used: the object is built as before.

The folder is the user's own, like the one the names' JSON cache lives in: a pickle there runs code when loaded, so
whoever can write to it can run code as the user already.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = 1
_LIBRARIES = ("copytrace", "pyahocorasick", "babel", "pycountry", "anyascii")
_KIND = re.compile(r"[a-z]+(-[a-z]{2,3})?")


@cache
def _fingerprint() -> str:
    package = Path(__file__).resolve().parent.parent
    stamp: list[object] = [_FORMAT, list(sys.version_info[:2])]
    for name in _LIBRARIES:
        try:
            stamp.append([name, metadata.version(name)])
        except metadata.PackageNotFoundError:
            stamp.append([name, None])
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for file in sorted(files):
            path = os.path.join(root, file)
            try:
                info = os.stat(path)
            except OSError:
                continue
            stamp.append([os.path.relpath(path, package), info.st_size, info.st_mtime_ns])
    return hashlib.sha256(json.dumps(stamp).encode()).hexdigest()


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
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception:   # a torn or foreign file (pickle raises many kinds): build anew and overwrite it
        pass
    built = build()
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
        mine = re.compile(re.escape(kind) + r"-[0-9a-f]{24}\.pickle")
        for old in folder.glob(f"{kind}-*.pickle"):
            if old != path and mine.fullmatch(old.name):
                old.unlink(missing_ok=True)   # built from an earlier state, written by this function
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return built
