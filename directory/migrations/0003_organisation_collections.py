"""Each existing organisation gets its collection of images and documents, under a parent
collection "Organisations" (new ones get theirs when created: directory/signals.py).

Going back removes those collections; their images and documents move to the root collection
first, so nothing uploaded is lost."""

from django.conf import settings
from django.db import migrations

ORGANISATIONS = "Organisations"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # django-treebeard's, as Wagtail uses it
STEP = 4


def _step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def _children(Collection, parent):
    return Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)


def _child(Collection, parent, name):
    """The child `name` of `parent`, added as treebeard would (historical models have none of
    its methods)."""
    existing = _children(Collection, parent).filter(name=name).first()
    if existing is not None:
        return existing
    last = _children(Collection, parent).order_by("-path").first()
    number = int(last.path[-STEP:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(
        name=name, path=parent.path + _step(number), depth=parent.depth + 1, numchild=0
    )
    parent.numchild += 1
    parent.save(update_fields=["numchild"])
    return child


def create_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    OrganisationPage = apps.get_model("directory", "OrganisationPage")
    titles = list(
        OrganisationPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .values_list("title", flat=True)
    )
    root = Collection.objects.filter(depth=1).first()
    if not titles or root is None:
        return
    parent = _child(Collection, root, ORGANISATIONS)
    for title in titles:
        _child(Collection, parent, title)


def remove_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    parent = root and _children(Collection, root).filter(name=ORGANISATIONS).first()
    if parent is None:
        return
    subtree = Collection.objects.filter(path__startswith=parent.path)
    for model in [("wagtailimages", "Image"), ("wagtaildocs", "Document")]:
        apps.get_model(*model).objects.filter(collection__in=subtree).update(collection=root)
    subtree.delete()
    root.numchild = _children(Collection, root).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_alter_organisationpage_options_and_more"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_collections, remove_collections)]
