"""A volunteer communicator, whose admin speaks French (the default), gives an event a picture
alone: from the event form's image chooser they upload a photo with its text alternative; it
lands in their organisation's collection, the event form holds it, and that page has no
accessibility violations (axe-core)."""

import io
import re

from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

import pytest
from PIL import Image as PillowImage
from playwright.sync_api import expect

from directory.media_library import collection_named
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.browser.conftest import axe_violations, ensure_taxonomies, logged_in
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ALT = "Deux bénévoles réparent un vélo dans l'atelier de La Roue"


@pytest.fixture
def site(home_page):
    ensure_taxonomies()
    # a transactional test before this one may have flushed the root collection with the rest
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    directory = DirectoryPageFactory(parent=home_page)
    roue = organisation(directory, "org_a")  # La Roue: gets its collection when created
    organisation(directory, "org_b")  # Ludambule, not hers
    alice = make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    UserProfile.objects.filter(user=alice).update(preferred_language="")  # the default: French
    return {"agenda": agenda, "roue": roue, "alice": alice}


def photo():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (320, 200), "seagreen").save(buffer, "JPEG")
    return {"name": "atelier-velo.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def test_a_communicator_uploads_an_image_from_the_event_form(page, live_server, site):
    logged_in(page, live_server, "alice")
    page.goto(live_server.url + f"/admin/pages/add/agenda/eventpage/{site['agenda'].pk}/")
    assert page.locator("html").get_attribute("lang") == "fr"

    # the image chooser opens on the library, with an upload tab: this is a communicator's
    page.locator("#id_image-chooser .chooser__choose-button").click()
    modal = page.locator(".modal-content")
    upload_tab = modal.get_by_role("tab", name=re.compile("Transférer"))
    expect(upload_tab).to_be_visible()
    upload_tab.click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(photo())
    modal.locator("#id_image-chooser-upload-title").fill("Atelier vélo")
    modal.locator("#id_image-chooser-upload-description").fill(ALT)
    modal.locator("#tab-upload form [type=submit]").click()

    # chosen for the event once uploaded
    page.wait_for_function("() => document.getElementById('id_image').value !== ''")
    image = get_image_model().objects.get(title="Atelier vélo")
    assert page.locator("#id_image").input_value() == str(image.pk)
    assert image.collection == collection_named("La Roue", create=False)
    assert image.uploaded_by_user == site["alice"]
    assert image.description == ALT
    page.locator("#id_image_alt").fill(ALT)

    expect(page.locator(".modal-content")).to_have_count(0)
    # (Wagtail's rich text and tag fields are named by static/js/admin-field-names.js)
    assert axe_violations(page) == []
    # the upload's preview is served by the web server in production, not by the test server
    errors = [e for e in page.console_errors if not re.search(r"Failed to load resource", e)]
    assert errors == []
