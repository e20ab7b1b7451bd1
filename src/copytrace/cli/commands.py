"""Imports every command module so that each registers its commands on the app."""

# ruff: noqa: I001  (the import order is the order of the commands in --help: the data flow)
from copytrace.cli import registry_cmds  # noqa: F401
from copytrace.cli import ingest_cmds  # noqa: F401
from copytrace.cli import ftm_cmds  # noqa: F401
from copytrace.cli import extract_cmds  # noqa: F401
from copytrace.cli import reason_cmds  # noqa: F401
from copytrace.cli import web_cmds  # noqa: F401
from copytrace.cli import token_cmds  # noqa: F401
from copytrace.cli import watch_cmds  # noqa: F401
