"""Where to share: this machine's addresses, and the viewer's address as a QR code."""

from __future__ import annotations

import io
import ipaddress
from dataclasses import dataclass

import ifaddr
import segno


@dataclass(frozen=True)
class Interface:
    name: str  # the adapter's name, e.g. "wlan0"
    address: str

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback

    @property
    def label(self) -> str:
        if self.loopback:
            return f"{self.address} (this computer only)"
        return f"{self.address} ({self.name})"


def interfaces() -> list[Interface]:
    """The addresses the viewer can listen on: IPv4 on the local network first (what
    phones type or scan most easily), then IPv6 (not link-local), loopback last."""
    found: list[Interface] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            address = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            try:
                parsed = ipaddress.ip_address(address)
            except ValueError:
                continue
            if parsed.is_link_local or parsed.is_multicast or parsed.is_unspecified:
                continue
            found.append(Interface(adapter.nice_name, address))
    unique = list(dict.fromkeys(found))

    def rank(i: Interface) -> tuple[int, int]:
        version = ipaddress.ip_address(i.address).version
        return (1 if i.loopback else 0, 0 if version == 4 else 1)

    return sorted(unique, key=rank)


def default_address() -> str:
    """The first local-network address, or loopback when the machine has none."""
    chosen = interfaces()
    return chosen[0].address if chosen else "127.0.0.1"


def qr_png(url: str, scale: int = 8) -> bytes:
    """The address as a QR code (PNG), for phones to scan from the laptop's screen."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_text(url: str) -> str:
    """The address as a QR code drawn with block characters, for a terminal."""
    buffer = io.StringIO()
    segno.make(url, error="m", micro=False).terminal(out=buffer, compact=True)
    return buffer.getvalue()
