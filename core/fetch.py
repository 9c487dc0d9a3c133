"""The project's one safe fetcher for addresses that members type in (calendars, news feeds).

``fetch(url, *, etag=None, last_modified=None, max_bytes=None, accept=None) -> FetchResult``
downloads one http(s) resource on behalf of a member without letting that member reach anything
the server can reach but the public cannot (server-side request forgery):

- only ``http://`` and ``https://`` addresses;
- every address the host name resolves to must be globally routable (loopback, private,
  link-local such as the cloud metadata address 169.254.169.254, carrier-grade NAT, multicast,
  reserved… are refused, IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address they
  carry), whatever the spelling (``http://2130706433/``, ``http://0x7f000001/``, ``http://127.1/``
  resolve to 127.0.0.1 and are refused like it);
- the connection goes to the address that was checked and to no other: the host name is resolved
  once, and the socket is opened on that answer, while the Host header, TLS SNI and certificate
  verification keep using the host name. A second, different DNS answer (DNS rebinding) is never
  asked for;
- redirects are followed by hand, each new address checked again (scheme and addresses), at most
  ``FETCH_MAX_REDIRECTS``;
- a connect timeout, and one time limit for the whole fetch (DNS, connection, TLS handshake,
  headers and body): every read and write on the socket may only last until that deadline, so a
  server that trickles bytes is cut when the limit is reached;
- a size limit counted after decompression, read as a stream (a gzip bomb is stopped as soon as
  the limit is passed), and refused at once when Content-Length already announces too much;
- conditional GET (If-None-Match / If-Modified-Since; a 304 gives ``not_modified=True``);
- one exception, ``FetchError``, whose message is a short translatable sentence a member can read.

Why our own code on top of requests/urllib3 and not a library: we read the maintained candidates.
``requests-hardened`` (Saleor) pins the connection to a checked address, but it checks only the
first address getaddrinfo returns (not every one), judges by ``is_private`` rather than
``is_global``, and has no total time limit, no size limit and no conditional GET. ``advocate`` has
had no release since 2020 and requires urllib3 < 2, which requests 2.34 does not run with.
``ssrfguard`` does pin and check every answer, but it is a young single-author 0.x release and still
leaves the total time limit, the size limit after decompression, conditional GET and translated
messages to us. None does all of it, so the few hundred lines are here, tested against a real local
server in ``tests/core/test_fetch.py``.

Settings (``config/settings/base.py``): ``FETCH_ALLOW_PRIVATE_ADDRESSES`` (tests only),
``FETCH_MAX_BYTES``, ``FETCH_CONNECT_TIMEOUT``, ``FETCH_TOTAL_TIMEOUT``, ``FETCH_MAX_REDIRECTS``,
``FETCH_USER_AGENT``.
"""

import concurrent.futures
import datetime
import ipaddress
import logging
import math
import re
import socket
import ssl
import sys
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.functional import lazy
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError
from urllib3.util.ssl_ import create_urllib3_context

logger = logging.getLogger(__name__)

__all__ = ["FetchError", "FetchResult", "check_url", "fetch", "is_public_address"]

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
CHUNK_SIZE = 64 * 1024
MIB = 1024 * 1024

# Certificate authorities to trust: None means requests' own bundle (certifi). Tests point it at
# the certificate of their local HTTPS server; nothing else should change it.
_CA_BUNDLE: str | None = None

# Host names as requests sends them (IDNA-encoded): letters, digits, dots, hyphens, underscores.
_HOST_NAME = re.compile(r"[A-Za-z0-9._-]+")

# Ranges refused besides those that `ipaddress` already says are not global. Some are there
# because Python before 3.11.10 / 3.12.4 judged them wrongly (gh-113171).
_ALSO_REFUSED = tuple(
    ipaddress.ip_network(net)
    for net in (
        "100.64.0.0/10",  # carrier-grade NAT: can reach the provider's internal machines
        "192.0.0.0/24",  # IETF protocol assignments
        "192.88.99.0/24",  # 6to4 relay anycast
        "198.18.0.0/15",  # benchmarking
        "2001::/23",  # IETF protocol assignments (Teredo…)
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4: carries an IPv4 address that nobody checks
        "3fff::/20",  # documentation
        "5f00::/16",  # segment routing
        "64:ff9b:1::/48",  # local-use NAT64
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # well-known NAT64: judged by the IPv4 it carries

# DNS look-ups run here so that a resolver that hangs cannot outlast the total time limit.
_resolver = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch-dns")


class FetchError(Exception):
    """Why a fetch failed, as a short sentence a member can read (translated when shown)."""

    def __init__(self, message, *, status=None):
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self):
        return str(self.message)


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    not_modified: bool = False


def _format_lazy(message, **params):
    """`message % params`, translated when it is shown rather than when the error is raised."""
    return lazy(lambda: str(message) % params, str)()


def _scheme_error():
    return FetchError(_("The address must start with http:// or https://."))


def _invalid_error():
    return FetchError(_("This address is not valid."))


def _private_error():
    return FetchError(_("This address points to a private or local network, which is not allowed."))


def _timeout_error():
    return FetchError(_("The server did not answer in time."))


def _too_large_error(max_bytes):
    limit = round(max_bytes / MIB, 1)
    limit = int(limit) if limit == int(limit) and limit >= 1 else max(limit, 0.1)
    return FetchError(
        _format_lazy(_("The file is larger than the %(limit)s MB allowed."), limit=limit)
    )


# -- Which addresses may be reached -------------------------------------------------------------


def is_public_address(address):
    """Whether `address` (an IP address as a string) is globally routable, so safe to reach."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.version == 6:
        if ip.ipv4_mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
            ip = ip.ipv4_mapped
        elif ip in _NAT64:  # 64:ff9b::7f00:1 is 127.0.0.1 through a NAT64 gateway
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if not ip.is_global:
        return False
    if (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or (ip.version == 6 and ip.is_site_local)
    ):
        return False
    return not any(ip in network for network in _ALSO_REFUSED)


@dataclass(frozen=True)
class _Target:
    """One checked hop: the address as requests will send it, and where it may connect."""

    url: str
    request: requests.PreparedRequest
    host: str
    port: int
    addresses: tuple  # ((family, type, proto, sockaddr), …), every one checked


def _remaining(deadline):
    return deadline - time.monotonic()


def _resolve(host, port, deadline):
    remaining = _remaining(deadline)
    if remaining <= 0:
        raise _timeout_error()
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        answers = future.result(timeout=remaining)
    except concurrent.futures.TimeoutError:
        raise _timeout_error() from None
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(_("The server could not be found.")) from error
    addresses = []
    for family, socktype, proto, _canonname, sockaddr in answers:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        entry = (family, socktype, proto, sockaddr)
        if entry not in addresses:
            addresses.append(entry)
    if not addresses:
        raise FetchError(_("The server could not be found."))
    return tuple(addresses)


def _check_target(url, headers, deadline):
    """Check one address (scheme, host, every address it resolves to) and prepare its request."""
    if not isinstance(url, str) or urlsplit(url.strip()).scheme.lower() not in ALLOWED_SCHEMES:
        raise _scheme_error()
    try:
        request = requests.Request("GET", url.strip(), headers=headers).prepare()
    except (requests.RequestException, ValueError, UnicodeError) as error:
        raise _invalid_error() from error
    # The host and port exactly as requests hands them to urllib3's connection pool.
    parts = urlsplit(request.url)
    try:
        scheme, host, port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError as error:  # a port that is not a number, or out of range
        raise _invalid_error() from error
    if scheme not in ALLOWED_SCHEMES:
        raise _scheme_error()
    if not host:
        raise _invalid_error()
    if ":" in host:  # an IPv6 literal
        try:
            ipaddress.IPv6Address(host)
        except ValueError as error:
            raise _invalid_error() from error
    elif not _HOST_NAME.fullmatch(host):
        raise _invalid_error()
    port = port or (443 if scheme == "https" else 80)
    addresses = _resolve(host, port, deadline)
    if not getattr(settings, "FETCH_ALLOW_PRIVATE_ADDRESSES", False):
        refused = [sockaddr[0] for *_, sockaddr in addresses if not is_public_address(sockaddr[0])]
        if refused:
            logger.info("fetch: refused %s, which resolves to %s", url, ", ".join(refused))
            raise _private_error()
    return _Target(url=request.url, request=request, host=host, port=port, addresses=addresses)


def check_url(url):
    """Raise FetchError if `url` may not be fetched (scheme, host, addresses); e.g. for forms."""
    total = getattr(settings, "FETCH_TOTAL_TIMEOUT", 20)
    _check_target(url, {}, time.monotonic() + total)


# -- Connecting to the checked address only, within the deadline --------------------------------


def _arm(sock, deadline):
    """Let the next read or write on `sock` last no longer than the time left."""
    remaining = _remaining(deadline)
    if remaining <= 0:
        raise TimeoutError("the total time limit of the fetch is over")
    sock.settimeout(remaining)


class _DeadlineSocket(socket.socket):
    """A plain socket whose every read and write ends at the fetch's deadline."""

    _fetch_deadline = math.inf

    def recv(self, *args):
        _arm(self, self._fetch_deadline)
        return super().recv(*args)

    def recv_into(self, *args):
        _arm(self, self._fetch_deadline)
        return super().recv_into(*args)

    def send(self, *args):
        _arm(self, self._fetch_deadline)
        return super().send(*args)

    def sendall(self, *args):
        _arm(self, self._fetch_deadline)
        return super().sendall(*args)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """The same for TLS (the handshake included); the deadline is set on its SSLContext."""

    def _arm(self):
        _arm(self, getattr(self.context, "_fetch_deadline", math.inf))

    def do_handshake(self, *args):
        self._arm()
        return super().do_handshake(*args)

    def read(self, *args):
        self._arm()
        return super().read(*args)

    def recv(self, *args):
        self._arm()
        return super().recv(*args)

    def recv_into(self, *args):
        self._arm()
        return super().recv_into(*args)

    def send(self, *args):
        self._arm()
        return super().send(*args)

    def sendall(self, *args):
        self._arm()
        return super().sendall(*args)


def _connect_pinned(addresses, connect_timeout, deadline, socket_options=None, source_address=None):
    """Open a socket to one of the checked `addresses` (tried in order); never resolve again."""
    error = None
    for family, socktype, proto, sockaddr in addresses:
        remaining = _remaining(deadline)
        if remaining <= 0:
            raise TimeoutError("the total time limit of the fetch is over")
        sock = _DeadlineSocket(family, socktype, proto)
        try:
            sock._fetch_deadline = deadline
            for option in socket_options or ():
                sock.setsockopt(*option)
            sock.settimeout(min(connect_timeout, remaining))
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            error = exc
            sock.close()
    raise error or OSError("no address to connect to")


def _pool_classes(target, connect_timeout, deadline):
    """urllib3 pool classes whose connections go to `target`'s checked addresses only."""

    def new_conn(conn):
        if (conn.host.strip("[]").lower(), conn.port) != (target.host.lower(), target.port):
            # requests and urllib3 disagree with us about the host: refuse rather than guess.
            raise NewConnectionError(conn, f"unexpected host {conn.host}:{conn.port}")
        try:
            sock = _connect_pinned(
                target.addresses,
                connect_timeout,
                deadline,
                socket_options=conn.socket_options,
                source_address=conn.source_address,
            )
        except TimeoutError as error:
            raise ConnectTimeoutError(conn, f"Connection to {conn.host} timed out.") from error
        except OSError as error:
            raise NewConnectionError(conn, f"Failed to establish a connection: {error}") from error
        sys.audit("http.client.connect", conn, conn.host, conn.port)
        return sock

    class PinnedHTTPConnection(HTTPConnection):
        _new_conn = new_conn

    class PinnedHTTPSConnection(HTTPSConnection):
        _new_conn = new_conn

        def connect(self):
            # A context of our own per connection: its sockets keep the deadline, and it verifies
            # the certificate against the host name (urllib3 passes it as SNI and checks it).
            context = create_urllib3_context(cert_reqs=ssl.CERT_REQUIRED)
            context.sslsocket_class = _DeadlineSSLSocket
            context._fetch_deadline = deadline
            self.ssl_context = context
            super().connect()

    class PinnedHTTPConnectionPool(HTTPConnectionPool):
        ConnectionCls = PinnedHTTPConnection

    class PinnedHTTPSConnectionPool(HTTPSConnectionPool):
        ConnectionCls = PinnedHTTPSConnection

    return {"http": PinnedHTTPConnectionPool, "https": PinnedHTTPSConnectionPool}


class _PinnedAdapter(HTTPAdapter):
    """A requests adapter for one checked hop: no retries, no proxies, pinned connections."""

    def __init__(self, target, connect_timeout, deadline):
        self._pool_classes = _pool_classes(target, connect_timeout, deadline)
        super().__init__(pool_connections=1, pool_maxsize=1, max_retries=0)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pool_classes


def _is_timeout(error, deadline):
    if isinstance(error, requests.Timeout) or _remaining(deadline) <= 0:
        return True
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, ReadTimeoutError | ConnectTimeoutError | TimeoutError):
            return True
        # Look inside: requests wraps urllib3's errors, which wrap the socket's.
        inner = [a for a in error.args if isinstance(a, BaseException)]
        reason = getattr(error, "reason", None)
        inner += [reason] if isinstance(reason, BaseException) else []
        error = inner[0] if inner else error.__cause__
    return False


def _transport_error(error, deadline):
    """The FetchError for an exception raised by requests while connecting or reading."""
    if _is_timeout(error, deadline):
        return _timeout_error()
    if isinstance(error, requests.exceptions.SSLError):
        return FetchError(_("The secure connection to the server could not be established."))
    if isinstance(error, requests.exceptions.ChunkedEncodingError | requests.ContentDecodingError):
        return FetchError(_("The server sent an invalid answer."))
    if isinstance(error, requests.exceptions.InvalidURL):
        return _invalid_error()
    return FetchError(_("The server could not be reached."))


def _send(target, connect_timeout, deadline):
    adapter = _PinnedAdapter(target, connect_timeout, deadline)
    remaining = _remaining(deadline)
    if remaining <= 0:
        adapter.close()
        raise _timeout_error()
    try:
        response = adapter.send(
            target.request,
            stream=True,
            timeout=(min(connect_timeout, remaining), remaining),
            verify=_CA_BUNDLE or True,
            proxies={},
        )
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        adapter.close()
        raise _transport_error(error, deadline) from error
    return response, adapter


def _read_body(response, max_bytes, deadline):
    declared = (response.headers.get("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large_error(max_bytes)
    chunks, size = [], 0
    try:
        # iter_content decodes (gzip, deflate…) as it goes: the limit counts decoded bytes.
        for chunk in response.iter_content(chunk_size=CHUNK_SIZE):
            size += len(chunk)
            if size > max_bytes:
                raise _too_large_error(max_bytes)
            chunks.append(chunk)
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        raise _transport_error(error, deadline) from error
    return b"".join(chunks)


def _redirect_location(response):
    location = response.headers.get("Location")
    if not location:
        return None
    try:  # http.client decodes headers as latin-1; servers send UTF-8 (as requests does)
        return location.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return location


# -- The fetcher ---------------------------------------------------------------------------------


def fetch(url, *, etag=None, last_modified=None, max_bytes=None, accept=None):
    """Download `url` safely (see the module's docstring); raise FetchError if it cannot be.

    `etag` and `last_modified` (a string as the server sent it, or a datetime) make the request
    conditional: an unchanged resource gives a result with `not_modified=True` and no content.
    `max_bytes` overrides FETCH_MAX_BYTES; `accept` is the Accept header (default */*).
    """
    max_bytes = max_bytes or getattr(settings, "FETCH_MAX_BYTES", 5 * MIB)
    connect_timeout = getattr(settings, "FETCH_CONNECT_TIMEOUT", 5)
    max_redirects = getattr(settings, "FETCH_MAX_REDIRECTS", 5)
    deadline = time.monotonic() + getattr(settings, "FETCH_TOTAL_TIMEOUT", 20)

    headers = {
        "User-Agent": getattr(settings, "FETCH_USER_AGENT", "HubESS05/1.0"),
        "Accept": accept or "*/*",
        "Accept-Encoding": urllib3.util.make_headers(accept_encoding=True)["accept-encoding"],
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        if isinstance(last_modified, datetime.datetime):
            last_modified = http_date(last_modified.timestamp())
        headers["If-Modified-Since"] = last_modified

    current, redirects = url, 0
    while True:
        target = _check_target(current, headers, deadline)
        response, adapter = _send(target, connect_timeout, deadline)
        try:
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = _redirect_location(response)
                if location is None:
                    raise FetchError(_("The server sent an invalid redirect."))
                if redirects >= max_redirects:
                    raise FetchError(_("Too many redirects."))
                redirects += 1
                current = urljoin(target.url, location)
                continue
            if status == 304:
                return FetchResult(
                    url=url,
                    final_url=target.url,
                    status=status,
                    content=b"",
                    content_type=response.headers.get("Content-Type", ""),
                    etag=response.headers.get("ETag") or etag,
                    last_modified=response.headers.get("Last-Modified") or last_modified,
                    not_modified=True,
                )
            if not 200 <= status < 300:
                raise FetchError(
                    _format_lazy(
                        _("The server answered with an error (%(status)s)."), status=status
                    ),
                    status=status,
                )
            content = _read_body(response, max_bytes, deadline)
            return FetchResult(
                url=url,
                final_url=target.url,
                status=status,
                content=content,
                content_type=response.headers.get("Content-Type", ""),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
        finally:
            response.close()
            adapter.close()
