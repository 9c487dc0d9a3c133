"""core.fetch against real local servers (pytest-httpserver on 127.0.0.1, a few raw sockets).

The test settings allow private addresses so that these servers can be reached; every test about
refusing addresses turns that back off. No test sends anything beyond the loopback interface: the
`_only_loopback` fixture fails any test whose fetch would connect elsewhere.
"""

import datetime
import gzip
import ipaddress
import socket
import threading
import time

from django.utils.functional import Promise
from django.utils.translation import gettext, override

import pytest
from werkzeug import Response

from core import fetch as fetch_module
from core.fetch import FetchError, FetchResult, check_url, fetch, is_public_address
from tests.conftest import self_signed_certificate, start_https_server

PRIVATE = "This address points to a private or local network, which is not allowed."
SCHEME = "The address must start with http:// or https://."
TIMEOUT = "The server did not answer in time."


@pytest.fixture(autouse=True)
def _english():
    """Messages are compared in English (the site's default language is French)."""
    with override("en"):
        yield


@pytest.fixture(autouse=True)
def _only_loopback(monkeypatch):
    """Record where fetches connect, and fail the test if that is not the loopback interface."""
    real = fetch_module._connect_pinned
    connected = []

    def guarded(addresses, *args, **kwargs):
        for _family, _type, _proto, sockaddr in addresses:
            if not ipaddress.ip_address(sockaddr[0]).is_loopback:
                pytest.fail(f"the fetch tried to connect to {sockaddr[0]}")
        sock = real(addresses, *args, **kwargs)
        connected.append(sock.getpeername()[:2])
        return sock

    monkeypatch.setattr(fetch_module, "_connect_pinned", guarded)
    return connected


@pytest.fixture
def refuse_private(settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False


@pytest.fixture
def allow_only_127_0_0_1(monkeypatch, refuse_private):
    """The real address check, except that the test server's own 127.0.0.1 passes."""
    real = fetch_module.is_public_address
    monkeypatch.setattr(
        fetch_module, "is_public_address", lambda address: address == "127.0.0.1" or real(address)
    )


@pytest.fixture
def fake_dns(monkeypatch):
    """Answer getaddrinfo for made-up names: {name: [ip, …] or a function of the call number}."""
    answers, calls = {}, []
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        calls.append(host)
        ips = answers[host]
        if callable(ips):
            ips = ips(calls.count(host))
        result = []
        for ip in ips:
            if ":" in ip:
                result.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (ip, port, 0, 0)))
            else:
                result.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)))
        return result

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers, calls


def _message(excinfo):
    return str(excinfo.value)


def _url(server, path):
    """The test server's address by IP: "localhost" may also resolve to ::1, which tests that
    let only 127.0.0.1 through would refuse (the server itself listens on 127.0.0.1)."""
    return f"http://127.0.0.1:{server.port}{path}"


# -- Settings ------------------------------------------------------------------------------------


def test_private_addresses_are_refused_by_default_and_allowed_in_tests_only(settings):
    from config.settings import base

    assert base.FETCH_ALLOW_PRIVATE_ADDRESSES is False
    assert settings.FETCH_ALLOW_PRIVATE_ADDRESSES is True  # config/settings/test.py
    assert base.FETCH_MAX_BYTES == 20 * 1024 * 1024
    assert (base.FETCH_CONNECT_TIMEOUT, base.FETCH_TOTAL_TIMEOUT) == (5, 20)
    assert base.FETCH_MAX_REDIRECTS == 5
    assert base.FETCH_USER_AGENT.startswith("HubESS05/1.0 (+")


# -- Success, conditional GET, errors -----------------------------------------------------------


def test_fetches_a_resource(httpserver, settings):
    httpserver.expect_request(
        "/agenda.ics",
        headers={"User-Agent": settings.FETCH_USER_AGENT, "Accept": "text/calendar"},
    ).respond_with_data(
        "BEGIN:VCALENDAR",
        content_type="text/calendar; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Jan 2025 10:00:00 GMT"},
    )
    url = httpserver.url_for("/agenda.ics")

    result = fetch(url, accept="text/calendar")

    assert result == FetchResult(
        url=url,
        final_url=url,
        status=200,
        content=b"BEGIN:VCALENDAR",
        content_type="text/calendar; charset=utf-8",
        etag='"v1"',
        last_modified="Wed, 01 Jan 2025 10:00:00 GMT",
        not_modified=False,
    )


def test_not_modified_with_etag(httpserver):
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'}
    )
    result = fetch(httpserver.url_for("/feed"), etag='"v1"')
    assert result.not_modified is True
    assert (result.status, result.content, result.etag) == (304, b"", '"v1"')


def test_not_modified_with_last_modified(httpserver):
    date = "Wed, 01 Jan 2025 10:00:00 GMT"
    httpserver.expect_request("/feed", headers={"If-Modified-Since": date}).respond_with_data(
        "", status=304
    )
    result = fetch(httpserver.url_for("/feed"), last_modified=date)
    assert result.not_modified is True
    assert (result.content, result.last_modified) == (b"", date)

    # A datetime is sent as an HTTP date.
    when = datetime.datetime(2025, 1, 1, 10, 0, tzinfo=datetime.UTC)
    assert fetch(httpserver.url_for("/feed"), last_modified=when).not_modified is True


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_a_clear_message(httpserver, status):
    httpserver.expect_request("/gone").respond_with_data("nope", status=status)
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/gone"))
    assert _message(excinfo) == f"The server answered with an error ({status})."
    assert excinfo.value.status == status


def test_messages_are_translatable_and_translated_when_shown():
    with pytest.raises(FetchError) as excinfo:
        fetch("ftp://example.org/")
    # gettext_lazy: the message is translated when shown, in the language of whoever reads it.
    assert isinstance(excinfo.value.message, Promise)
    with override("fr"):
        assert str(excinfo.value) == gettext(SCHEME)
    error = fetch_module._too_large_error(5 * 1024 * 1024)
    assert isinstance(error.message, Promise)
    assert str(error) == "The file is larger than the 5 MB allowed."
    with override("fr"):
        expected = gettext("The file is larger than the %(limit)s MB allowed.") % {"limit": 5}
        assert str(error) == expected


# -- Schemes and addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed.xml",
        "gopher://example.org/",
        "data:text/calendar,BEGIN:VCALENDAR",
        "javascript:alert(1)",
        "mailto:someone@example.org",
        "example.org/agenda.ics",
        "//example.org/agenda.ics",
        "",
    ],
)
def test_refuses_other_schemes(url):
    with pytest.raises(FetchError) as excinfo:
        fetch(url)
    assert _message(excinfo) == SCHEME


@pytest.mark.parametrize(
    "url", ["http://", "http:///agenda.ics", "http://example.org:99999/", "http://exa mple.org/"]
)
def test_refuses_invalid_addresses(url):
    with pytest.raises(FetchError) as excinfo:
        fetch(url)
    assert _message(excinfo) == "This address is not valid."


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://2130706433/",  # 127.0.0.1 as one decimal number
        "http://0x7f000001/",  # … in hexadecimal
        "http://017700000001/",  # … in octal
        "http://127.1/",  # … shortened
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6
        "http://[::ffff:169.254.169.254]/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://[fe80::1]/",
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "https://100.64.0.1/",  # carrier-grade NAT
        "http://[fd00::1]/",  # unique local IPv6
        "http://224.0.0.1/",  # multicast
        "http://[ff02::1]/",
        "http://240.0.0.1/",  # reserved
        "http://255.255.255.255/",
        "http://[64:ff9b::7f00:1]/",  # NAT64 of 127.0.0.1
    ],
)
def test_refuses_private_and_local_addresses(refuse_private, url):
    with pytest.raises(FetchError) as excinfo:
        fetch(url)
    assert _message(excinfo) == PRIVATE
    with pytest.raises(FetchError):
        check_url(url)


@pytest.mark.parametrize(
    "address",
    ["93.184.215.14", "2606:4700:4700::1111", "::ffff:93.184.215.14", "64:ff9b::5db8:d70e"],
)
def test_public_addresses_pass(address):
    assert is_public_address(address) is True


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.255.255.254",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "0.0.0.0",
        "::",
        "169.254.169.254",
        "fe80::1",
        "fe80::1%1",
        "10.1.2.3",
        "172.31.255.255",
        "192.168.0.1",
        "100.64.0.1",
        "100.127.255.255",
        "192.0.0.8",
        "198.18.0.1",
        "192.0.2.1",
        "fc00::1",
        "fd12:3456::1",
        "224.0.0.251",
        "239.255.255.250",
        "ff05::1",
        "240.0.0.1",
        "255.255.255.255",
        "2001:db8::1",
        "2002:7f00:1::1",
        "64:ff9b::a00:1",
        "64:ff9b:1::1",
        "not an address",
    ],
)
def test_non_public_addresses_fail(address):
    assert is_public_address(address) is False


def test_every_resolved_address_must_be_public(allow_only_127_0_0_1, fake_dns, _only_loopback):
    answers, _calls = fake_dns
    answers["mixed.test"] = ["127.0.0.1", "10.0.0.7"]
    with pytest.raises(FetchError) as excinfo:
        fetch("http://mixed.test/")
    assert _message(excinfo) == PRIVATE
    assert _only_loopback == []  # refused before connecting


def test_connection_is_pinned_to_the_checked_address(
    httpserver, allow_only_127_0_0_1, fake_dns, _only_loopback
):
    """DNS rebinding: a second look-up would answer 127.0.0.2 (which nothing listens on and the
    check refuses); the connection still goes to the 127.0.0.1 that was checked."""
    answers, calls = fake_dns
    answers["rebind.test"] = lambda call: ["127.0.0.1"] if call == 1 else ["127.0.0.2"]
    httpserver.expect_request(
        "/feed", headers={"Host": f"rebind.test:{httpserver.port}"}
    ).respond_with_data("ok")

    result = fetch(f"http://rebind.test:{httpserver.port}/feed")

    assert result.content == b"ok"
    assert calls == ["rebind.test"]  # resolved once
    assert _only_loopback == [("127.0.0.1", httpserver.port)]
    # The next fetch asks again, gets 127.0.0.2 and refuses it.
    with pytest.raises(FetchError) as excinfo:
        fetch(f"http://rebind.test:{httpserver.port}/feed")
    assert _message(excinfo) == PRIVATE
    assert len(_only_loopback) == 1


# -- Redirects -----------------------------------------------------------------------------------


def _redirect_chain(httpserver, hops):
    for hop in range(hops):
        httpserver.expect_request(f"/hop/{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/hop/{hop + 1}"}
        )
    httpserver.expect_request(f"/hop/{hops}").respond_with_data("arrived")


def test_follows_five_redirects(httpserver):
    _redirect_chain(httpserver, 5)
    result = fetch(httpserver.url_for("/hop/0"))
    assert result.content == b"arrived"
    assert result.url == httpserver.url_for("/hop/0")
    assert result.final_url == httpserver.url_for("/hop/5")


def test_refuses_a_sixth_redirect(httpserver):
    _redirect_chain(httpserver, 6)
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/hop/0"))
    assert _message(excinfo) == "Too many redirects."
    assert "/hop/6" not in [request.path for request, _response in httpserver.log]


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", PRIVATE),
        ("http://10.0.0.1/admin", PRIVATE),
        ("http://[::1]:{port}/secret", PRIVATE),
        ("http://2130706433:{port}/secret", None),  # 127.0.0.1: allowed by this test's check
        ("file:///etc/passwd", SCHEME),
    ],
)
def test_redirects_are_checked_again(httpserver, allow_only_127_0_0_1, location, message):
    """The test server is on 127.0.0.1, which this test's check lets through; the real check
    judges where its redirect leads."""
    location = location.format(port=httpserver.port)
    httpserver.expect_request("/start").respond_with_data(
        "", status=301, headers={"Location": location}
    )
    httpserver.expect_request("/secret").respond_with_data("reached")
    if message is None:
        assert fetch(_url(httpserver, "/start")).content == b"reached"
        return
    with pytest.raises(FetchError) as excinfo:
        fetch(_url(httpserver, "/start"))
    assert _message(excinfo) == message


def test_a_redirect_without_location_is_an_error(httpserver):
    httpserver.expect_request("/start").respond_with_data("", status=302)
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/start"))
    assert _message(excinfo) == "The server sent an invalid redirect."


# -- Size ------------------------------------------------------------------------------------------


def test_gzip_is_decoded(httpserver):
    body = b"BEGIN:VCALENDAR\r\n" * 100
    httpserver.expect_request("/feed").respond_with_data(
        gzip.compress(body), headers={"Content-Encoding": "gzip"}
    )
    assert fetch(httpserver.url_for("/feed")).content == body


def test_gzip_bomb_is_cut_after_decompression(httpserver):
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))  # about 8 KB that inflate to 8 MB
    assert len(bomb) < 64 * 1024
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/bomb"), max_bytes=1024 * 1024)
    assert _message(excinfo) == "The file is larger than the 1 MB allowed."


def test_the_size_limit_comes_from_settings(httpserver, settings):
    settings.FETCH_MAX_BYTES = 2 * 1024 * 1024
    httpserver.expect_request("/big").respond_with_data(b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/big"))
    assert _message(excinfo) == "The file is larger than the 2 MB allowed."


def test_content_length_too_big_is_refused_before_reading(httpserver):
    def slow_body():
        yield b"x" * 100
        time.sleep(0.5)  # reading the body would take this long (then find it short)
        yield b"y"

    httpserver.expect_request("/huge").respond_with_response(
        Response(slow_body(), headers={"Content-Length": str(50 * 1024 * 1024)})
    )
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/huge"), max_bytes=1024 * 1024)
    assert _message(excinfo) == "The file is larger than the 1 MB allowed."
    assert time.monotonic() - started < 0.4


# -- Time ----------------------------------------------------------------------------------------


def test_a_trickling_body_is_cut_at_the_total_limit(httpserver, settings):
    settings.FETCH_TOTAL_TIMEOUT = 1

    def trickle():
        for _ in range(40):  # 4 s if nobody stopped it
            yield b"x"
            time.sleep(0.1)

    httpserver.expect_request("/slow").respond_with_response(Response(trickle()))
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(httpserver.url_for("/slow"))
    assert _message(excinfo) == TIMEOUT
    assert 0.9 < time.monotonic() - started < 1.6


def _serve_once(handler):
    """A one-connection raw TCP server on 127.0.0.1 running `handler(connection)` in a thread."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)

    def run():
        with server:
            try:
                connection, _address = server.accept()
            except OSError:
                return
            with connection:
                try:
                    connection.recv(65536)
                    handler(connection)
                except OSError:
                    pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return server.getsockname()[1], thread


def test_trickling_headers_are_cut_at_the_total_limit(settings):
    settings.FETCH_TOTAL_TIMEOUT = 1

    def handler(connection):
        connection.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(40):
            connection.sendall(b"z")
            time.sleep(0.1)

    port, thread = _serve_once(handler)
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(f"http://127.0.0.1:{port}/")
    assert _message(excinfo) == TIMEOUT
    assert 0.9 < time.monotonic() - started < 1.6
    thread.join(5)


def test_a_connection_that_cannot_be_opened_is_cut_at_the_connect_timeout(settings):
    settings.FETCH_CONNECT_TIMEOUT = 0.5
    settings.FETCH_TOTAL_TIMEOUT = 10
    # A listening socket that accepts nothing, its queue already full: connecting hangs.
    with socket.create_server(("127.0.0.1", 0), backlog=0) as server:
        port = server.getsockname()[1]
        fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(FetchError) as excinfo:
            fetch(f"http://127.0.0.1:{port}/")
        elapsed = time.monotonic() - started
        for filler in fillers:
            filler.close()
    assert _message(excinfo) == TIMEOUT
    assert 0.4 < elapsed < 1.5


def test_a_slow_dns_answer_is_cut_at_the_total_limit(settings, fake_dns):
    settings.FETCH_TOTAL_TIMEOUT = 0.5
    answers, _calls = fake_dns

    def slow(_call):
        time.sleep(1.5)
        return ["127.0.0.1"]

    answers["slow-dns.test"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch("http://slow-dns.test/")
    assert _message(excinfo) == TIMEOUT
    assert time.monotonic() - started < 1.0


# -- HTTPS: pinned address, certificate checked against the host name ---------------------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    return self_signed_certificate(tmp_path_factory, "hub.test", "DNS:hub.test")


@pytest.fixture(scope="module")
def https_server(tls_files):
    server = start_https_server(*tls_files)
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def https(https_server, tls_files, monkeypatch, fake_dns):
    """The HTTPS server, reachable as hub.test and other.test (both resolve to 127.0.0.1)."""
    monkeypatch.setattr(fetch_module, "_CA_BUNDLE", str(tls_files[0]))
    answers, _calls = fake_dns
    answers["hub.test"] = answers["other.test"] = ["127.0.0.1"]
    https_server.clear()
    yield https_server
    https_server.clear()


def test_https_connects_to_the_checked_address_and_verifies_the_host_name(https, _only_loopback):
    https.expect_request("/feed", headers={"Host": f"hub.test:{https.port}"}).respond_with_data(
        "secure"
    )
    result = fetch(f"https://hub.test:{https.port}/feed")
    assert result.content == b"secure"
    assert _only_loopback == [("127.0.0.1", https.port)]


def test_https_refuses_a_certificate_for_another_name(https):
    with pytest.raises(FetchError) as excinfo:
        fetch(f"https://other.test:{https.port}/feed")
    assert _message(excinfo) == "The secure connection to the server could not be established."


def test_https_trickling_body_is_cut_at_the_total_limit(https, settings):
    settings.FETCH_TOTAL_TIMEOUT = 1

    def trickle():
        for _ in range(40):
            yield b"x"
            time.sleep(0.1)

    https.expect_request("/slow").respond_with_response(Response(trickle()))
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(f"https://hub.test:{https.port}/slow")
    assert _message(excinfo) == TIMEOUT
    assert 0.9 < time.monotonic() - started < 1.6
