"""Loaders: bytes of one format in, text and metadata out. ``load`` picks one by sniffing."""

from copytrace.ingest.loaders.base import Loaded, Loader
from copytrace.ingest.loaders.choose import LOADERS, load

__all__ = ["LOADERS", "Loaded", "Loader", "load"]
