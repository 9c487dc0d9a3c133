"""Each member organisation's Wagtail collection of images and documents, under a parent
collection "Organisations": where its communicators upload (see OrganisationCollectionPolicy in
directory/permissions.py).

An organisation's collection bears the title of its page in the default language, and follows
it when that page is renamed (directory/signals.py). This module imports none of the app's
models: organisation pages are found through Wagtail's Page, by translation key."""

from django.conf import settings
from django.db.models.functions import Substr

from wagtail.models import Collection, Page

ORGANISATIONS = "Organisations"  # the parent collection's name (the same word in French)


def organisations_collection(create=True):
    """The parent of the organisations' collections (made when `create`), or None (none yet;
    or no collection at all, as in a database emptied by a transactional test)."""
    root = Collection.get_first_root_node()
    if root is None:
        return None
    parent = root.get_children().filter(name=ORGANISATIONS).first()
    if parent is None and create:
        parent = root.add_child(name=ORGANISATIONS)
    return parent


def collection_named(name, create=True):
    """The organisation collection named `name` (made when `create`)."""
    parent = organisations_collection(create=create)
    if parent is None:
        return None
    existing = parent.get_children().filter(name=name).first()
    if existing is None and create:
        existing = parent.add_child(name=name)
    return existing


def ensure_collection(organisation):
    """The collection of `organisation` (its default-language page), made if missing."""
    return collection_named(organisation.title)


def rename_collection(old_name, new_name):
    collection = collection_named(old_name, create=False)
    if collection is not None and not collection_named(new_name, create=False):
        collection.name = new_name
        collection.save(update_fields=["name"])
    return collection


def is_default_language(page):
    return page.locale.language_code == settings.LANGUAGE_CODE


def collections_of(keys):
    """The collections of the organisations whose translation keys are `keys` (one query: it
    runs on every admin request of a communicator that checks an image permission)."""
    if not keys:
        return Collection.objects.none()
    titles = Page.objects.filter(
        translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
    ).values("title")
    parents = Collection.objects.filter(depth=2, name=ORGANISATIONS).values("path")
    step = Collection.steplen
    return (
        Collection.objects.filter(depth=3, name__in=titles)
        .annotate(parent_path=Substr("path", 1, 2 * step))
        .filter(parent_path__in=parents)
    )
