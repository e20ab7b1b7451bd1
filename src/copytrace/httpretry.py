"""POST to a server that may be busy: 429 and 5xx answers retried with back-off, Retry-After honoured.

One loop for the language-model engine and the quote translator, which talk to the same kind of server.
"""

from __future__ import annotations

import time
from typing import Any

import httpx


def post_json(http: httpx.Client, url: str, body: dict[str, Any], *, headers: dict[str, str] | None = None,
              retries: int, backoff: float, max_retry_after: float, timeout: float,
              error: type[Exception]) -> httpx.Response:
    """The last answer to POSTing ``body`` as JSON, after up to ``retries`` more tries of 429 and 5xx answers.

    A transport failure raises ``error`` with one line naming the URL. A Retry-After longer than
    ``max_retry_after`` is a quota, not a pause: the back-off is used instead.
    """
    response: httpx.Response | None = None
    for attempt in range(retries + 1):
        try:
            response = http.post(url, json=body, headers=headers or {})
        except httpx.TimeoutException:
            raise error(f"no answer from {url} within {timeout:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise error(f"cannot reach {url}: {exc}") from None
        if response.status_code != 429 and response.status_code < 500:
            break
        if attempt < retries:
            time.sleep(_delay(response, attempt, backoff, max_retry_after))
    assert response is not None
    return response


def retryable(response: httpx.Response) -> bool:
    return response.status_code == 429 or response.status_code >= 500


def _delay(response: httpx.Response, attempt: int, backoff: float, max_retry_after: float) -> float:
    wait = backoff * 2.0 ** attempt
    try:
        asked = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return wait
    return asked if 0 <= asked <= max_retry_after else wait
