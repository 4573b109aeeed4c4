"""Who may talk to the endpoint: the Host a request names, and the site an update comes from.

- Host: a page on evil.example whose name the attacker re-points at 127.0.0.1 (DNS
  rebinding) reaches the endpoint with `Host: evil.example`; only the names the server is
  bound to (and the localhost names, and `--allow-host` ones) are answered.
- Origin: a browser lets any page POST a form (`update=DROP ALL`) to any address without
  asking anyone; it cannot hide where the form came from. An update whose `Origin` is not
  this endpoint's, or whose `Sec-Fetch-Site` says another site (or, with no Origin, whose
  `Referer` is another site's page), is refused, with `--cors` too, unless
  `--allow-cross-site-updates`. Clients that are not browsers send none of these headers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from email.message import Message

LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


#: A Host header or an origin's authority: a name or an IPv4 address, or an IPv6 address in
#: brackets, then an optional port of digits; nothing else (no user info, path, space or a
#: second port), so a header is never read two ways.
_AUTHORITY = re.compile(r"(?:\[(?P<ipv6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?))(?::(?P<port>[0-9]{1,5}))?",
                        re.ASCII)


def host_name(host: str) -> str | None:
    """The name in a Host header or an origin's authority, without the port, lowercase, without
    the root's trailing dot ("localhost." is localhost); None if it is not a well-formed one."""
    found = _AUTHORITY.fullmatch(host.strip().lower())
    if found is None:
        return None
    return found["ipv6"] or found["name"].removesuffix(".")


def _port(host: str) -> str | None:
    found = _AUTHORITY.fullmatch(host.strip().lower())
    return None if found is None else found["port"]


class Gate:
    """The names and origins of one running endpoint."""

    def __init__(self, bound: str, port: int, extra_hosts: Iterable[str]) -> None:
        self.names = {n.strip().lower().strip("[]").removesuffix(".") for n in (*LOCAL_NAMES, bound, *extra_hosts)}
        self.port = port

    def host_refused(self, headers: Message) -> tuple[int, str] | None:
        """(status, why) the Host header is refused, or None."""
        hosts = headers.get_all("Host") or []
        if len(hosts) != 1:
            return 400, "send exactly one Host header"
        name = host_name(hosts[0])
        if name is None:
            return 400, f"malformed Host header {hosts[0][:100]!r}: give a name or address and an optional port"
        if name not in self.names:
            return 421, f"this endpoint does not answer for host {hosts[0]!r} (kg serve --allow-host NAME adds a name)"
        return None

    def cross_site(self, headers: Message) -> bool:
        """Whether a browser says the request comes from a page of another origin: a
        `Sec-Fetch-Site` other than same-origin or none, an `Origin` not this endpoint's, or,
        with no Origin (a browser or an extension may leave it out), a `Referer` of another
        origin. Two of one of these headers count as another origin: a browser sends one, and
        the first of two was read alone (`Origin` this endpoint's, then evil.example's)."""
        sites, origins, referers = (headers.get_all(name) or [] for name in ("Sec-Fetch-Site", "Origin", "Referer"))
        if len(sites) > 1 or len(origins) > 1 or len(referers) > 1:
            return True
        if sites and sites[0].strip().lower() not in ("same-origin", "none"):
            return True
        if origins:
            return not self._ours(origins[0])
        return bool(referers) and not self._ours(referers[0])

    def _ours(self, url: str) -> bool:
        """Whether an origin or a page's URL is this endpoint's: http, one of its names, its port."""
        scheme, _, rest = url.strip().lower().partition("://")
        authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
        name = host_name(authority)
        return scheme == "http" and name is not None and name in self.names and (_port(authority) or "80") == str(self.port)
