"""Imports every command module, so that the app holds every command at once (the tests, the docs check).

``copytrace`` itself does not: it imports a command's module when the command runs.
"""

import importlib

from copytrace.cli.app import COMMANDS

for _module in dict.fromkeys(module for module, _summary in COMMANDS.values()):
    importlib.import_module(f"copytrace.cli.{_module}")
