import os

# pytest-xdist's workers start with COLUMNS=80 in their environment; the CLI's rich consoles, made when copytrace.cli
# is first imported (by tests/conftest.py), would keep that width for good, and a test's own COLUMNS would not count.
os.environ.pop("COLUMNS", None)
