"""Builds the demo site: the home pages in three languages, the network's pages (its forums,
pooling, how to join, legal pages), the other apps' demo content, the demo accounts and the
site settings."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site

from agenda.demo import build as build_agenda
from core.demo import (
    ensure_locales,
    load_demo_data,
    stream_blocks,
    upsert_page,
    upsert_translated_page,
    upsert_translation,
)
from directory.demo import build as build_directory
from directory.models import Communicator, OrganisationPage
from home.models import HomePage, SiteSettings, StandardPage
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from news.demo import build as build_news
from press.demo import build as build_press
from press.demo import build_activity, build_pitches


def build_home(locales):
    """The home page at the root of the default site, and its translations."""
    data = load_demo_data(__name__, "home")
    root = Page.get_first_root_node()
    home = upsert_page(root, HomePage, data["slug"], _home_fields(data[settings.LANGUAGE_CODE]))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port = "localhost", int(os.environ.get("PORT", "8000"))
    site.site_name, site.root_page = "Hub ESS 05", home
    site.save()
    # Wagtail's initial migration leaves a "Welcome to your new Wagtail site!" page behind.
    root.get_children().exact_type(Page).filter(slug="home").delete()
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            upsert_translation(home, locale, _home_fields(data[code]))
    return home


def _home_fields(text):
    blocks = [
        ("paragraph", text["intro"]),
        ("figures", {"figures": text["figures"], "source": text.get("figures_source", "")}),
    ]
    return {
        "title": text["title"],
        "hero_title": text["hero_title"],
        "hero_intro": text["hero_intro"],
        "body": stream_blocks(blocks),
    }


def _page_fields(entry, code):
    text = entry[code]
    return {
        "title": text["title"],
        "intro": text.get("intro", ""),
        "body": stream_blocks(text.get("body", [])),
        "show_in_menus": entry.get("in_menu", False),
    }


def build_pages(home, locales, entries=None):
    """The standard pages of pages.yaml under `home`, each translated. Returns them by French
    slug."""
    built = {}
    for entry in entries if entries is not None else load_demo_data(__name__, "pages"):
        fields = {code: _page_fields(entry, code) for code in locales}
        page = upsert_translated_page(home, StandardPage, entry["slug"], fields, locales)
        built[entry["slug"]] = page
        built.update(build_pages(page, locales, entry.get("children", [])))
    return built


def build_settings(site, pages):
    site_settings = SiteSettings.for_site(site)
    data = load_demo_data(__name__, "site", translated=False)
    site_settings.network_name = data["network_name"]
    site_settings.contact_email = data["contact_email"]
    site_settings.phone = data["phone"]
    site_settings.address = data["address"]
    for network, url in data.get("social", {}).items():
        setattr(site_settings, network, url)
    site_settings.accessibility_page = pages.get("accessibilite")
    site_settings.legal_page = pages.get("mentions-legales")
    site_settings.save()


def _demo_accounts():
    """The demo accounts of accounts.yaml as (username, first name, last name, role,
    organisation slugs)."""
    accounts = load_demo_data(__name__, "accounts", translated=False)["accounts"]
    keys = ("username", "first_name", "last_name", "role", "organisations")
    return [tuple(account[key] for key in keys) for account in accounts]


# ensure_admin gives them the admin's local password and prints them.
DEMO_ACCOUNTS = _demo_accounts()


def build_accounts():
    """Two communicators (one of them for a trusted organisation) and a network editor."""
    trusted = load_demo_data(__name__, "accounts", translated=False)["trusted_organisations"]
    ensure_roles()
    organisations = {o.slug: o for o in OrganisationPage.objects.in_default_language()}
    keys = [organisations[s].translation_key for s in trusted if s in organisations]
    OrganisationPage.objects.filter(translation_key__in=keys).update(trusted=True)
    groups = {
        "editor": Group.objects.get(name=NETWORK_EDITORS),
        "communicator": Group.objects.get(name=COMMUNICATORS),
    }
    for username, first, last, role, slugs in DEMO_ACCOUNTS:
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(groups[role])
        for slug in slugs:
            if slug in organisations:
                Communicator.objects.get_or_create(user=user, organisation=organisations[slug])


def build():
    locales = ensure_locales()
    home = build_home(locales)
    pages = build_pages(home, locales)
    build_directory(home, locales)
    build_agenda(home, locales)
    build_news(home, locales)
    build_press()
    build_accounts()
    build_pitches()
    build_activity()
    build_settings(Site.objects.get(is_default_site=True), pages)
    return home
