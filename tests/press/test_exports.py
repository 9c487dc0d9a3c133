"""Exports: what the filters show, never an objected contact, always recorded, inert in a
spreadsheet (no formula injection), readable by mail clients (vCard 3.0) and LibreOffice."""

import csv
import io
import os
import shutil
import subprocess
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from core.models import Territory
from press import actions
from press.admin_urls import CONTACTS
from press.models import OutletKind, PressExport
from tests.press.conftest import content, make_user
from tests.press.factories import MediaOutletFactory, PressContactFactory

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example","x")'
PHONE = "+39 011 555 01 23"  # a number, not a formula: written as it is
LIST = reverse(f"{CONTACTS}:list")


def export(client, export_format, **params):
    return client.get(LIST, {**params, "export": export_format})


def csv_rows(response):
    text = content(response)
    assert text.startswith("\ufeff")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def xlsx_rows(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return workbook.active


@pytest.fixture
def book(editor):
    radio = MediaOutletFactory(name="Radio Durance Libre", kind=OutletKind.RADIO)
    contacts = {
        "evil": PressContactFactory(
            last_name=EVIL, first_name="+A1", email="evil@example.org", phone=PHONE
        ),
        "radio": PressContactFactory(
            last_name="Roux",
            email="roux@example.org",
            outlet=radio,
            territories=[Territory.objects.get(slug="embrunais")],
            last_verified_at=timezone.now() - timedelta(days=500),
        ),
        "objected": PressContactFactory(last_name="Refus", email="refus@example.org"),
    }
    actions.record_objection(contacts["objected"], editor)
    return contacts


def test_csv_export_is_inert_in_a_spreadsheet_and_recorded(client, communicator, book):
    client.force_login(communicator)
    response = export(client, "csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="press-contacts.csv"'
    header, *rows = csv_rows(response)
    assert len(header) == 14
    by_email = {row[2]: row for row in rows}
    assert set(by_email) == {"evil@example.org", "roux@example.org"}  # no objected contact
    assert by_email["evil@example.org"][0] == "'" + EVIL
    assert by_email["evil@example.org"][1] == "'+A1"
    assert PHONE in by_email["evil@example.org"]
    assert "'" + PHONE not in by_email["evil@example.org"]
    assert by_email["roux@example.org"][6] == "Radio Durance Libre"
    log = PressExport.objects.get()
    assert (log.user, log.format, log.contact_count) == (communicator, "csv", 2)


def test_xlsx_export_is_inert_and_recorded(client, communicator, book):
    client.force_login(communicator)
    response = export(client, "xlsx", q="example.org")
    assert response.status_code == 200
    sheet = xlsx_rows(response)
    cells = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(cells) == {"evil@example.org", "roux@example.org"}
    name = cells["evil@example.org"][0]
    assert name.data_type == "s" and name.value == "'" + EVIL
    log = PressExport.objects.get()
    assert (log.format, log.contact_count, log.filters) == ("xlsx", 2, "q=example.org")


def test_exports_follow_the_filters(client, editor, book):
    client.force_login(editor)
    for params in (
        {"outlet_kind": "radio"},
        {"territory": Territory.objects.get(slug="embrunais").pk},
        {"freshness": "due"},
        {"q": "durance"},
    ):
        rows = csv_rows(export(client, "csv", **params))[1:]
        assert [row[2] for row in rows] == ["roux@example.org"], params
    assert PressExport.objects.count() == 4
    assert PressExport.objects.filter(filters="outlet_kind=radio").exists()


def test_an_objected_contact_is_never_exported_even_when_filtered_for(client, editor, book):
    client.force_login(editor)
    assert csv_rows(export(client, "csv", status="objected"))[1:] == []
    assert "refus@example.org" not in content(export(client, "vcf", status="objected"))
    assert PressExport.objects.filter(contact_count=0).count() == 2


def test_vcard_export_of_the_listing(client, communicator, book):
    client.force_login(communicator)
    response = export(client, "vcf", outlet_kind="radio")
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    text = content(response)
    assert text.count("BEGIN:VCARD") == 1
    assert "VERSION:3.0\r\n" in text
    assert "N:Roux;Camille;;;\r\n" in text
    assert "ORG:Radio Durance Libre\r\n" in text
    assert "EMAIL;TYPE=INTERNET,PREF:roux@example.org\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert PressExport.objects.get().format == "vcf"


def test_vcard_folds_long_lines_without_splitting_a_character(client, communicator):
    role = "Rédactrice en chef adjointe, chroniques économie sociale et solidaire, été " * 2
    PressContactFactory(last_name="Éloïse", role=role.strip())
    client.force_login(communicator)
    text = content(export(client, "vcf"))
    lines = text.split("\r\n")
    assert max(len(line.encode()) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)
    escaped = role.strip().replace(",", "\\,")
    assert "TITLE:" + escaped + "\r\n" in text.replace("\r\n ", "")


def test_vcard_escapes_and_defuses_text(client, communicator, book):
    client.force_login(communicator)
    text = content(export(client, "vcf", q="evil"))
    unfolded = text.replace("\r\n ", "")
    assert 'N:\'=HYPERLINK("http://evil.example"\\,"x");\'+A1;;;' in unfolded
    assert f":{PHONE}\r\n" in unfolded and "'" + PHONE not in unfolded


def test_vcard_of_a_bulk_selection(client, communicator, book):
    client.force_login(communicator)
    ids = [book["radio"].pk, book["objected"].pk]
    url = reverse("wagtail_bulk_action", args=["press", "presscontact", "export-vcard"])
    response = client.get(url + "?" + "&".join(f"id={pk}" for pk in ids))
    text = content(response)
    assert text.count("BEGIN:VCARD") == 1 and "roux@example.org" in text
    log = PressExport.objects.get()
    assert (log.format, log.contact_count, log.filters) == ("vcf", 1, f"selection={ids[0]}")


def test_who_may_view_but_not_export_gets_neither_buttons_nor_files(
    client, django_user_model, book
):
    viewer = make_user(
        django_user_model,
        "viewer",
        permissions=["wagtailadmin.access_admin", "press.view_presscontact"],
    )
    client.force_login(viewer)
    listing = content(client.get(LIST))
    assert "Roux" in listing and "export=csv" not in listing and "export=vcf" not in listing
    for export_format in ("csv", "xlsx", "vcf"):
        response = export(client, export_format)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert not PressExport.objects.exists()


def test_the_export_log_is_read_only_even_for_editors(client, editor, book):
    client.force_login(editor)
    export(client, "csv")
    log = PressExport.objects.get()
    base = "wagtailsnippets_press_pressexport"
    assert "csv" in content(client.get(reverse(f"{base}:list")))
    for url in (reverse(f"{base}:add"), reverse(f"{base}:delete", args=[log.pk])):
        assert client.get(url)["Location"] == reverse("wagtailadmin_home")
    client.post(reverse(f"{base}:delete", args=[log.pk]))
    assert PressExport.objects.filter(pk=log.pk).exists()


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    not SOFFICE and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed on this machine (.ci/run installs it)",
)
def test_libreoffice_opens_the_xlsx_and_the_injection_stays_text(client, editor, book, tmp_path):
    client.force_login(editor)
    source = tmp_path / "contacts.xlsx"
    source.write_bytes(b"".join(export(client, "xlsx").streaming_content))
    subprocess.run(
        # CSV filter options: comma separator (44), double quotes (34), UTF-8 (76)
        [
            SOFFICE,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        timeout=120,
        capture_output=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    rows = list(csv.reader((tmp_path / "contacts.csv").open(encoding="utf-8")))
    by_email = {row[2]: row for row in rows[1:]}
    assert by_email["evil@example.org"][0] == "'" + EVIL
    assert by_email["roux@example.org"][6] == "Radio Durance Libre"
