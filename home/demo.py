"""Builds the site shell of the demo: home pages in three languages, the network's pages
(its forums, pooling, how to join, legal pages) and the site settings."""

import os

from wagtail.models import Page, Site

from core.demo import ensure_locales, stream_blocks, upsert_page, upsert_translation
from home import demo_data
from home.models import HomePage, SiteSettings, StandardPage

HOME_SLUG = "accueil"


def build_home(locales):
    """The French home page at the root of the default site, and its translations."""
    root = Page.get_first_root_node()
    home = upsert_page(root, HomePage, HOME_SLUG, _home_fields("fr"))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port = "localhost", int(os.environ.get("PORT", "8000"))
    site.site_name, site.root_page = "Hub ESS 05", home
    site.save()
    # Wagtail's initial migration leaves a "Welcome to your new Wagtail site!" page behind.
    root.get_children().exact_type(Page).filter(slug="home").delete()
    for code, locale in locales.items():
        if code != "fr":
            upsert_translation(home, locale, _home_fields(code))
    return home


def _home_fields(code):
    data = demo_data.HOME[code]
    blocks = [("paragraph", data["intro"])]
    blocks.append(
        (
            "figures",
            {"figures": data["figures"], "source": data.get("figures_source", "")},
        )
    )
    return {
        "title": data["title"],
        "hero_title": data["hero_title"],
        "hero_intro": data["hero_intro"],
        "body": stream_blocks(blocks),
    }


def _page_fields(entry, code):
    data = entry[code]
    return {
        "title": data["title"],
        "intro": data.get("intro", ""),
        "body": stream_blocks(data.get("body", [])),
        "show_in_menus": entry.get("in_menu", False),
    }


def build_pages(home, locales, entries=None):
    """The standard pages of demo_data.PAGES under `home`, each translated. Returns them by
    French slug."""
    built = {}
    for entry in entries if entries is not None else demo_data.PAGES:
        page = upsert_page(home, StandardPage, entry["slug"], _page_fields(entry, "fr"))
        for code, locale in locales.items():
            if code != "fr":
                upsert_translation(page, locale, _page_fields(entry, code))
        built[entry["slug"]] = page
        built.update(build_pages(page, locales, entry.get("children", [])))
    return built


def build_settings(site, pages):
    site_settings = SiteSettings.for_site(site)
    data = demo_data.SITE
    site_settings.network_name = data["network_name"]
    site_settings.contact_email = data["contact_email"]
    site_settings.phone = data["phone"]
    site_settings.address = data["address"]
    for network, url in data.get("social", {}).items():
        setattr(site_settings, network, url)
    site_settings.accessibility_page = pages.get("accessibilite")
    site_settings.legal_page = pages.get("mentions-legales")
    site_settings.save()


# Demo accounts (ensure_admin gives them the admin's local password and prints them).
DEMO_ACCOUNTS = [
    # username, first name, last name, role, organisations (slugs)
    ("claire.editrice", "Claire", "Arnaud", "editor", []),
    ("lucie.laroue", "Lucie", "Bonnet", "communicator", ["la-roue"]),
    ("marc.ludambule", "Marc", "Faure", "communicator", ["ludambule", "la-locomotive"]),
]
TRUSTED_ORGANISATIONS = ["ludambule", "udess-05"]


def build_accounts():
    """Two communicators (one of them for a trusted organisation) and a network editor."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from directory.models import Communicator, OrganisationPage
    from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles

    ensure_roles()
    organisations = {o.slug: o for o in OrganisationPage.objects.filter(locale__language_code="fr")}
    keys = [organisations[s].translation_key for s in TRUSTED_ORGANISATIONS if s in organisations]
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
    from agenda.demo import build as build_agenda
    from directory.demo import build as build_directory
    from news.demo import build as build_news
    from press.demo import build as build_press

    locales = ensure_locales()
    home = build_home(locales)
    pages = build_pages(home, locales)
    build_directory(home, locales)
    build_agenda(home, locales)
    build_news(home, locales)
    build_press()
    build_accounts()
    build_settings(Site.objects.get(is_default_site=True), pages)
    return home
