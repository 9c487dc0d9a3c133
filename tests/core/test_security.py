"""What holds the site against the internet: login lockout per account and per address, the
client address behind the proxy, throttled password resets, CSP and Permissions-Policy headers,
long passwords, no SVG images, media on object storage when configured."""

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, override_settings

from wagtail.images.forms import get_image_form
from wagtail.images.models import Image

import pytest

from core.net import client_ip
from tests.core.test_settings import run_settings

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "un-mot-de-passe-assez-long"


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(
        "lucie", "lucie@laroue.example", PASSWORD, is_superuser=True
    )


def sign_in(client, username, password, ip="203.0.113.10"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


class TestLoginLockout:
    def test_wrong_passwords_lock_the_account_even_for_the_right_password(
        self, client, member, settings
    ):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert sign_in(client, "lucie", "wrong").status_code == 200
        locked = sign_in(client, "lucie", "wrong")
        assert locked.status_code == 429
        # In the site's language (French: the admin's URLs carry no language prefix).
        assert "Trop de tentatives" in locked.content.decode()
        # From another address, with the right password: the account stays locked.
        assert sign_in(client, "lucie", PASSWORD, ip="198.51.100.20").status_code == 429
        assert "_auth_user_id" not in client.session

    def test_one_address_trying_many_accounts_is_locked_out(self, client, member, settings):
        for n in range(settings.AXES_FAILURE_LIMIT):
            sign_in(client, f"nobody{n}", "wrong", ip="192.0.2.50")
        assert sign_in(client, "lucie", PASSWORD, ip="192.0.2.50").status_code == 429
        # The account itself was never attacked: from elsewhere it signs in.
        assert sign_in(client, "lucie", PASSWORD, ip="192.0.2.51").status_code == 302

    def test_a_success_resets_the_accounts_count(self, client, member, settings):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            sign_in(client, "lucie", "wrong")
        assert sign_in(client, "lucie", PASSWORD).status_code == 302
        client.logout()
        assert sign_in(client, "lucie", "wrong").status_code == 200

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_the_proxy_the_lockout_is_per_visitor_not_per_proxy(
        self, client, member, settings
    ):
        def via_proxy(username, visitor):
            return client.post(
                LOGIN,
                {"username": username, "password": "wrong"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=visitor,
            )

        for n in range(settings.AXES_FAILURE_LIMIT):
            via_proxy(f"nobody{n}", "203.0.113.66")
        assert via_proxy("someone", "203.0.113.66").status_code == 429
        assert via_proxy("someone", "203.0.113.67").status_code == 200


class TestClientAddress:
    def request(self, remote, forwarded=None):
        extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
        return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)

    def test_without_a_proxy_the_header_is_ignored(self, settings):
        settings.TRUSTED_PROXY_COUNT = 0
        assert client_ip(self.request("203.0.113.1", "198.51.100.1")) == "203.0.113.1"

    def test_behind_one_proxy_the_address_it_appended_counts(self, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        # A visitor-supplied value comes first; the proxy appends the real address last.
        request = self.request("127.0.0.1", "10.0.0.1, 198.51.100.1")
        assert client_ip(request) == "198.51.100.1"

    def test_the_header_counts_only_from_a_trusted_proxy(self, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        assert client_ip(self.request("203.0.113.1", "198.51.100.1")) == "203.0.113.1"

    def test_garbage_in_the_header_falls_back_to_the_peer(self, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        assert client_ip(self.request("127.0.0.1", "not-an-address")) == "127.0.0.1"
        assert client_ip(self.request("127.0.0.1", "")) == "127.0.0.1"


def test_password_reset_requests_are_throttled_per_address(client, settings):
    data = {"email": "someone@example.org"}
    for _ in range(settings.PASSWORD_RESETS_PER_IP_PER_HOUR):
        response = client.post("/admin/password_reset/", data, REMOTE_ADDR="203.0.113.5")
        assert response.status_code == 302
    refused = client.post("/admin/password_reset/", data, REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    other = client.post("/admin/password_reset/", data, REMOTE_ADDR="203.0.113.6")
    assert other.status_code == 302


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Xq7#pLm2vB")
    validate_password("Xq7#pLm2vB-w9")


class TestHeaders:
    def test_public_pages_have_a_strict_content_security_policy(self, client, home_page):
        response = client.get("/")
        assert response.status_code == 200
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "object-src 'none'" in policy
        assert "frame-ancestors 'self'" in policy
        assert "unsafe-inline" not in policy

    def test_the_admin_has_a_policy_too(self, client):
        response = client.get(LOGIN)
        assert response.status_code == 200
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self' 'unsafe-inline'" in policy

    def test_powerful_features_are_turned_off(self, client):
        policy = client.get(LOGIN)["Permissions-Policy"]
        assert "geolocation=()" in policy
        assert "camera=()" in policy

    def test_the_map_tile_server_is_allowed_as_an_image_source(self):
        result = run_settings(
            "config.settings.base",
            {"MAP_TILE_URL": "https://tiles.example.net/{z}/{x}/{y}.png"},
            "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
        )
        assert "https://tiles.example.net" in result.stdout


def test_svg_images_are_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    form_class = get_image_form(Image)
    form = form_class(
        data={"title": "Logo"},
        files={"file": SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml")},
    )
    assert not form.is_valid()
    assert "file" in form.errors


def test_a_bucket_puts_media_on_object_storage_and_the_disk_is_the_default():
    s3 = run_settings(
        "config.settings.base",
        {
            "AWS_STORAGE_BUCKET_NAME": "hub-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.example",
        },
        "d = s.STORAGES['default']; print(d['BACKEND'], d['OPTIONS']['bucket_name'],"
        " 'https://s3.fr-par.example' in s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
    )
    assert s3.stdout.split() == ["storages.backends.s3.S3Storage", "hub-media", "True"]
    disk = run_settings("config.settings.base", {}, "print(s.STORAGES['default']['BACKEND'])")
    assert disk.stdout.strip() == "django.core.files.storage.FileSystemStorage"
