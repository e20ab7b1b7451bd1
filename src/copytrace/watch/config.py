"""Watch settings: where alert e-mail goes out, the webhook signing key, retry limits.

Each is declared once as a ``Setting`` with its COPYTRACE_* variable (docs/cli.md lists them);
``WatchConfig`` carries the resolved values, so tests and the scheduler can pass their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copytrace.errors import ConfigError
from copytrace.i18n import lazy_gettext
from copytrace.settings import Setting

SMTP_HOST = Setting("smtp_host", "COPYTRACE_SMTP_HOST",
                    "SMTP server alert e-mail is sent through (host or host:port); e-mail is off when unset.", "")
SMTP_FROM = Setting("smtp_from", "COPYTRACE_SMTP_FROM", "Sender address of alert e-mail.", "copytrace@localhost")
SMTP_USER = Setting("smtp_user", "COPYTRACE_SMTP_USER", "User name to log in to the SMTP server with, if any.", "")
SMTP_PASSWORD = Setting("smtp_password", "COPYTRACE_SMTP_PASSWORD", "Password for COPYTRACE_SMTP_USER.", "")
SMTP_STARTTLS = Setting("smtp_starttls", "COPYTRACE_SMTP_STARTTLS",
                        "1 to switch the SMTP connection to TLS (STARTTLS) before logging in.", "0")
WEBHOOK_SECRET = Setting("webhook_secret", "COPYTRACE_WEBHOOK_SECRET",
                         "Key that signs every webhook body (HMAC-SHA256); webhooks are not sent without it.", "")
WATCH_SETTINGS: tuple[Setting, ...] = (SMTP_HOST, SMTP_FROM, SMTP_USER, SMTP_PASSWORD, SMTP_STARTTLS,
                                       WEBHOOK_SECRET)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.I)


def parse_every(text: str) -> int:
    """Seconds from '6h', '30m', '1d', '90s' or a plain number of seconds."""
    found = _EVERY.match(text)
    if not found or int(found.group(1)) <= 0:
        raise ConfigError(lazy_gettext("not an interval: %(text)r (use e.g. 30m, 6h, 1d)", text=text))
    return int(found.group(1)) * _UNITS[(found.group(2) or "s").lower()]


@dataclass(frozen=True, slots=True)
class WatchConfig:
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = "copytrace@localhost"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    webhook_secret: str = ""
    # A delivery is tried this many times in one pass, this far apart, then again on later passes
    # (after a growing pause) until it has had max_attempts.
    tries_per_pass: int = 3
    retry_delay_s: float = 2.0
    max_attempts: int = 10
    timeout_s: float = 20.0

    @classmethod
    def from_settings(cls, **overrides: object) -> WatchConfig:
        host, _, port = SMTP_HOST.get().partition(":")
        values: dict[str, object] = {
            "smtp_host": host, "smtp_port": int(port or 25), "smtp_from": SMTP_FROM.get(),
            "smtp_user": SMTP_USER.get(), "smtp_password": SMTP_PASSWORD.get(),
            "smtp_starttls": SMTP_STARTTLS.get() == "1", "webhook_secret": WEBHOOK_SECRET.get(),
        }
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]
