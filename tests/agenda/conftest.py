from datetime import datetime, timedelta

from django.utils import timezone

import pytest

from agenda.models import PARIS
from core.models import Commune, Theme
from tests.factories import OrganisationPageFactory


def paris(*args):
    return datetime(*args, tzinfo=PARIS)


def commune(insee):
    return Commune.objects.get(insee=insee)


def theme(slug):
    return Theme.objects.get(slug=slug)


def in_days(days, hour=18, minute=30):
    day = timezone.localdate() + timedelta(days=days)
    return paris(day.year, day.month, day.day, hour, minute)


# `agenda` and `directory` come from tests/conftest.py


@pytest.fixture
def roue(directory):
    return OrganisationPageFactory(
        parent=directory, title="La Roue", slug="la-roue", commune=commune("05023")
    )


@pytest.fixture
def ludambule(directory):
    return OrganisationPageFactory(
        parent=directory, title="Ludambule", slug="ludambule", commune=commune("05061")
    )
