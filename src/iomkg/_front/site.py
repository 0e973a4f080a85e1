"""The site of a page, from its URL."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

__all__ = ["site_from_url"]


# (a page asks this of its one address several times: the answers are kept)
@functools.lru_cache(maxsize=64)
def site_from_url(url: str | None) -> str | None:
    """The host of ``url``, lower-cased, without ``www.``, port or credentials.

    A bare host (``iom.kg/en/?p=1``) is read as if it had a scheme.

    >>> site_from_url("https://WWW.Kyrgyzstan.IOM.int/news/x?y=1")
    'kyrgyzstan.iom.int'
    >>> site_from_url("iom.kg/en/?cat=5")
    'iom.kg'
    >>> site_from_url("not a url") is None
    True
    """
    if not url:
        return None
    candidate = url.strip()
    if "//" not in candidate:
        candidate = "//" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host or "." not in host or " " in host:
        return None
    host = host.rstrip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None
