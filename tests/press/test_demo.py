"""The press book's demo content: believable, fictional, idempotent."""

import pytest

from press import demo
from press.models import ContactStatus, MediaOutlet, PressContact, SuppressedAddress
from tests.factories import DirectoryPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db


def snapshot():
    return sorted(PressContact.objects.values_list("email", "last_name", "outlet__name", "status"))


def test_building_the_demo_twice_gives_the_same_book(home_page):
    directory = DirectoryPageFactory(parent=home_page)
    roue = OrganisationPageFactory(parent=directory, title="La Roue", slug="la-roue")
    demo.build()
    first = snapshot()
    demo.build()
    assert snapshot() == first
    assert 35 <= len(first) <= 45
    assert len({email for email, *_ in first}) == len(first)
    assert MediaOutlet.objects.count() == 12
    assert SuppressedAddress.objects.count() == 1
    assert PressContact.objects.get(added_for=roue).last_name == "Combe-Vial"


def test_the_demo_shows_every_state_of_a_contact():
    demo.build()
    contacts = PressContact.objects.all()
    assert all(c.email.endswith(".example.org") for c in contacts)
    statuses = list(contacts.values_list("status", flat=True))
    for status in (ContactStatus.MOVED, ContactStatus.BOUNCED, ContactStatus.OBJECTED):
        assert statuses.count(status) == 1
    assert PressContact.objects.to_verify().count() >= 8
    assert PressContact.objects.flagged_for_deletion().count() == 1
    assert contacts.filter(beats__isnull=False).distinct().count() == contacts.count()


def test_the_demo_contact_log_names_its_authors_and_stays_the_same(home_page):
    from django.contrib.auth import get_user_model

    from press.models import Pitch

    directory = DirectoryPageFactory(parent=home_page)
    roue = OrganisationPageFactory(parent=directory, title="La Roue", slug="la-roue")
    lucie = get_user_model().objects.create_user("lucie.laroue")
    demo.build()
    demo.build_pitches()
    demo.build_pitches()
    assert Pitch.objects.count() == 4
    fete = Pitch.objects.get(subject__startswith="Fête de la monnaie locale")
    assert (fete.pitched_by, fete.organisation, fete.contact.last_name) == (
        lucie,
        roue,
        "Lambertin",
    )
    assert set(Pitch.objects.values_list("result", flat=True)) == {
        "waiting",
        "published",
        "declined",
        "no_answer",
    }
