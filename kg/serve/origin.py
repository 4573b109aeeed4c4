"""Who may talk to the endpoint: the Host a request names, and the site an update comes from.

- Host: a page on evil.example whose name the attacker re-points at 127.0.0.1 (DNS
  rebinding) reaches the endpoint with `Host: evil.example`; only the names the server is
  bound to (and the localhost names, and `--allow-host` ones) are answered.
- Origin: a browser lets any page POST a form (`update=DROP ALL`) to any address without
  asking anyone; it cannot hide where the form came from. An update whose `Origin` is not
  this endpoint's, or whose `Sec-Fetch-Site` says another site, is refused, with `--cors` too,
  unless `--allow-cross-site-updates`. Clients that are not browsers send neither header.
"""
from __future__ import annotations

from collections.abc import Iterable
from email.message import Message

LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


def host_name(host: str) -> str:
    """The name in a Host header or an origin's authority, without the port, lowercase."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Gate:
    """The names and origins of one running endpoint."""

    def __init__(self, bound: str, port: int, extra_hosts: Iterable[str]) -> None:
        self.names = {host_name(n) for n in (*LOCAL_NAMES, bound, *extra_hosts)}
        self.port = port

    def host_refused(self, headers: Message) -> tuple[int, str] | None:
        """(status, why) the Host header is refused, or None."""
        hosts = headers.get_all("Host") or []
        if len(hosts) != 1:
            return 400, "send exactly one Host header"
        if host_name(hosts[0]) not in self.names:
            return 421, f"this endpoint does not answer for host {hosts[0]!r} (kg serve --allow-host NAME adds a name)"
        return None

    def cross_site(self, headers: Message) -> bool:
        """Whether a browser says the request comes from a page of another origin."""
        fetch_site = headers.get("Sec-Fetch-Site")
        if fetch_site is not None and fetch_site.strip().lower() not in ("same-origin", "none"):
            return True
        origin = headers.get("Origin")
        if origin is None:
            return False
        scheme, _, authority = origin.strip().lower().partition("://")
        port = authority.rsplit("]", 1)[-1].rpartition(":")[2] if ":" in authority.rsplit("]", 1)[-1] else "80"
        return scheme != "http" or host_name(authority) not in self.names or port != str(self.port)
