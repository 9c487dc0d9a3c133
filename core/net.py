"""Who is asking: the client's address behind the site's own reverse proxy."""

from ipaddress import ip_address

from django.conf import settings


def _valid(address):
    try:
        return str(ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address. Behind `TRUSTED_PROXY_COUNT` reverse proxies (Caddy in deploy/),
    the address is the one the outermost trusted proxy appended to X-Forwarded-For; the header is
    read only when the request came from a trusted proxy address, so a visitor who sends their
    own X-Forwarded-For cannot choose the address they are counted under."""
    remote = _valid(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"
    hops = settings.TRUSTED_PROXY_COUNT
    if not hops or remote not in settings.TRUSTED_PROXY_ADDRESSES:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part]
    if len(forwarded) < hops:
        return remote
    return _valid(forwarded[-hops]) or remote
