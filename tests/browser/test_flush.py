"""The flush that ends each transactional test of the browser pass (conftest.py `flush`) leaves
the database as Django's flush and its post_migrate signal would."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

import pytest

from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user
from tests.browser.conftest import ensure_taxonomies, flush
from tests.conftest import make_home_page
from tests.factories import AgendaPageFactory, EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def database():
    """Every table's rows, and the roles' permissions."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True)):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    roles = {
        group.name: sorted(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.all()
    }
    return counts, roles


def fill():
    """Taxonomies, a site, an event, a communicator, and a role whose permissions a test
    changed."""
    from core.demo import ensure_locales

    ensure_taxonomies()
    ensure_roles()
    home = make_home_page(ensure_locales())
    EventPageFactory(parent=AgendaPageFactory(parent=home))
    make_user("alice", groups=[COMMUNICATORS])
    Group.objects.get(name=COMMUNICATORS).permissions.clear()


def test_the_flush_leaves_what_djangos_flush_and_post_migrate_leave():
    fill()
    call_command("flush", interactive=False, verbosity=0)
    expected = database()
    fill()

    flush()

    assert database() == expected
    counts, roles = expected
    assert counts["wagtailcore_page"] == 0 and counts["agenda_eventpage"] == 0
    assert counts["django_content_type"] > 0 and counts["auth_permission"] > 0
    assert roles[COMMUNICATORS]  # the roles are whole again
