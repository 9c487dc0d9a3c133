"""What ends each transactional test of the browser pass (conftest.py `start_again`): on SQLite,
the database copied back as the session began; on PostgreSQL, a flush that leaves the database
as Django's flush and its post_migrate signal would."""

import sqlite3
from contextlib import closing

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

import pytest

from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user
from tests.browser.conftest import ensure_taxonomies, flush, start_again
from tests.conftest import make_home_page
from tests.factories import AgendaPageFactory, EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def database(cursor):
    """Every table's rows, and the roles' permissions, read with `cursor` (any DB-API one)."""
    counts = {}
    for table in sorted(connection.introspection.django_table_names(only_existing=True)):
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
    cursor.execute(
        "SELECT g.name, p.codename FROM auth_group g"
        " JOIN auth_group_permissions gp ON gp.group_id = g.id"
        " JOIN auth_permission p ON p.id = gp.permission_id"
    )
    return counts, sorted(cursor.fetchall())


def this_database():
    with connection.cursor() as cursor:
        return database(cursor)


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
    expected = this_database()
    fill()

    flush()

    assert this_database() == expected
    counts, roles = expected
    assert counts["wagtailcore_page"] == 0 and counts["agenda_eventpage"] == 0
    assert counts["django_content_type"] > 0 and counts["auth_permission"] > 0
    assert any(name == COMMUNICATORS for name, _codename in roles)  # the roles are whole again


def test_after_a_transactional_test_the_database_starts_again(database_as_it_began):
    """On SQLite, as the session began (read from its copy); on PostgreSQL, flushed."""
    if database_as_it_began is None:
        call_command("flush", interactive=False, verbosity=0)
        expected = this_database()
    else:
        with closing(sqlite3.connect(database_as_it_began)) as began:
            expected = database(began.cursor())
        assert expected[0]["wagtailcore_page"] > 1  # the home scene
    fill()
    assert this_database() != expected

    start_again(database_as_it_began)

    assert this_database() == expected
