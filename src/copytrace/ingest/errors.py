"""What can go wrong with one input, and what the batch does about it.

``Rejected`` means: skip this input, record why, go on with the batch. Anything else escaping a
loader is a bug in copytrace or in a parsing library; the batch still records the input as
rejected (naming the exception) so one hostile file cannot stop the rest.
"""

from __future__ import annotations

from copytrace.errors import CopytraceError


class Rejected(CopytraceError):
    """This input cannot be ingested; ``reason`` is one short line saying why. Skip it and go on."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class TooLarge(Rejected):
    """The input is over the configured size limit."""


class FetchFailed(Rejected):
    """A URL could not be fetched safely (refused address, timeout, HTTP error, too many redirects)."""


class ClusterUnavailable(CopytraceError):
    """A Dask cluster cannot be used (the ``dask`` extra is missing, or no scheduler answers at the address).

    Install the extra or fix the address; nothing was ingested.
    """
