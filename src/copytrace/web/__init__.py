"""The copytrace web application (``create_app``); install the ``web`` extra to use it."""

from copytrace.web.app import create_app

__all__ = ["create_app"]
