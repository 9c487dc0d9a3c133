"""Images and documents (issue "Publishing that a volunteer communicator can do alone"): each
organisation has its Wagtail collection, under "Organisations"; its communicators upload there
through Wagtail's own forms, choose from the whole library, and change or delete only what is
in their organisations' collections; the network's editors do everything everywhere.

Everything goes through real admin requests and is checked in the database."""

import io

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PillowImage

from directory.media_library import ORGANISATIONS, collection_named
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.accounts.conftest import form_data, logged_in, make_user, outcome, parse_form
from tests.conftest import translate

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()


def png(name="photo.png", colour="green"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf(name="dossier-de-presse.pdf"):
    content = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_in(collection, owner, title="Affiche"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), "red").save(buffer, "PNG")
    return Image.objects.create(
        title=title,
        file=ContentFile(buffer.getvalue(), name="affiche.png"),
        collection=collection,
        uploaded_by_user=owner,
    )


def document_in(collection, owner, title="Communiqué"):
    return Document.objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="communique.pdf"),
        collection=collection,
        uploaded_by_user=owner,
    )


def collection_of(org):
    return collection_named(org.title, create=False)


def upload(client, url_name, file, **fields):
    """POST Wagtail's add form of `url_name` as the browser would, with `file` and `fields`."""
    url = reverse(url_name)
    shown = client.get(url)
    assert shown.status_code == 200, outcome(shown)
    data = form_data(shown, {name: str(value) for name, value in fields.items()})
    return shown, client.post(url, {**data, "file": file})


def collection_choices(response):
    """The collections the upload form offers (their ids), from the page's <select>."""
    _data, selects = parse_form(response)
    return {int(value) for value in selects["collection"] if value}


# --- the collections ----------------------------------------------------------------------------


def test_a_new_organisation_gets_its_own_collection_under_organisations(org_a, org_b, locales):
    parent = Collection.get_first_root_node().get_children().get(name=ORGANISATIONS)
    assert sorted(parent.get_children().values_list("name", flat=True)) == ["La Roue", "Ludambule"]

    # its translations share it: no collection "La Roue" again, nor for the English title
    translate(org_a, locales["en"], title="The Wheel")
    assert parent.get_children().count() == 2
    assert not Collection.objects.filter(name="The Wheel").exists()


def test_a_renamed_organisation_keeps_its_collection_under_its_new_title(org_a, communicator_a):
    collection = collection_of(org_a)
    image = image_in(collection, communicator_a)
    org_a.title = "La Roue solidaire"
    org_a.save_revision().publish()

    collection.refresh_from_db()
    assert collection.name == "La Roue solidaire"
    assert Image.objects.get(pk=image.pk).collection == collection
    # and its communicators still upload there
    _shown, response = upload(
        logged_in(communicator_a),
        "wagtailimages:add",
        png(),
        title="Vélo",
        collection=collection.pk,
    )
    assert Image.objects.filter(title="Vélo", collection=collection).exists(), outcome(response)


def test_the_data_migration_gives_existing_organisations_a_collection_and_takes_it_back(
    org_a, org_b, communicator_a
):
    migration = __import__(
        "directory.migrations.0003_organisation_collections", fromlist=["create_collections"]
    )
    image = image_in(collection_of(org_a), communicator_a)
    root = Collection.get_first_root_node()

    migration.remove_collections(apps, None)
    assert not Collection.objects.filter(name__in=[ORGANISATIONS, "La Roue", "Ludambule"]).exists()
    assert Image.objects.get(pk=image.pk).collection == root  # moved, not deleted
    root.refresh_from_db()
    assert root.numchild == root.get_children().count()

    migration.create_collections(apps, None)
    migration.create_collections(apps, None)  # twice: nothing twice
    root.refresh_from_db()
    parent = root.get_children().get(name=ORGANISATIONS)
    assert sorted(parent.get_children().values_list("name", flat=True)) == ["La Roue", "Ludambule"]
    # a tree treebeard still walks: a new organisation's collection goes after them
    assert collection_named("Radio Zinzine").get_parent() == parent
    assert Collection.find_problems() == ([], [], [], [], [])


# --- the roles ----------------------------------------------------------------------------------


def test_both_roles_may_submit_pages_for_translation(roles):
    assert Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).exists()
    for name in (COMMUNICATORS, NETWORK_EDITORS):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="submit_translation").exists(), name


def test_ensure_roles_sets_the_collection_permissions_once(roles):
    communicators, editors = roles
    ensure_roles()
    root = Collection.get_first_root_node()

    def held(group):
        return sorted(
            group.collection_permissions.filter(collection=root).values_list(
                "permission__codename", flat=True
            )
        )

    assert held(communicators) == ["choose_document", "choose_image"]
    assert held(editors) == sorted(
        f"{action}_{model}"
        for model in ("image", "document")
        for action in ("add", "change", "choose", "delete")
    )


# --- a communicator -----------------------------------------------------------------------------


def test_a_communicator_uploads_an_image_to_their_organisations_collection(
    org_a, org_b, communicator_a
):
    client = logged_in(communicator_a)
    shown, response = upload(
        client,
        "wagtailimages:add",
        png(),
        title="Atelier vélo",
        description="Deux bénévoles réparent un vélo",
    )
    # one organisation, one collection: Wagtail asks nothing and puts it there
    assert "collection" not in parse_form(shown)[1]
    assert response.status_code == 302
    image = Image.objects.get(title="Atelier vélo")
    assert (image.collection, image.uploaded_by_user) == (collection_of(org_a), communicator_a)
    assert image.description == "Deux bénévoles réparent un vélo"


def test_a_communicator_uploads_a_press_kit_document(org_a, communicator_a):
    _shown, response = upload(
        logged_in(communicator_a),
        "wagtaildocs:add",
        pdf(),
        title="Dossier de presse",
        collection=collection_of(org_a).pk,
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Dossier de presse")
    assert (document.collection, document.uploaded_by_user) == (
        collection_of(org_a),
        communicator_a,
    )


def test_a_communicator_of_two_organisations_chooses_between_their_collections_only(
    org_a, org_b, org_t, roles
):
    carla = make_user("carla", groups=[COMMUNICATORS], organisations=[org_a, org_t])
    client = logged_in(carla)
    for url_name, file in [("wagtailimages:add", png()), ("wagtaildocs:add", pdf())]:
        shown, response = upload(
            client, url_name, file, title="Intrus", collection=collection_of(org_b).pk
        )
        assert collection_choices(shown) == {collection_of(org_a).pk, collection_of(org_t).pk}
        assert response.status_code == 200  # the form again, with its error
    assert not Image.objects.filter(title="Intrus").exists()
    assert not Document.objects.filter(title="Intrus").exists()

    _shown, response = upload(
        client, "wagtailimages:add", png(), title="Antenne", collection=collection_of(org_t).pk
    )
    assert Image.objects.get(title="Antenne").collection == collection_of(org_t)


def test_a_communicator_cannot_delete_or_edit_another_organisations_image_or_document(
    org_a, org_b, communicator_a, communicator_b
):
    image = image_in(collection_of(org_b), communicator_b)
    document = document_in(collection_of(org_b), communicator_b)
    client = logged_in(communicator_a)
    for url_name, thing in [
        ("wagtailimages:delete", image),
        ("wagtailimages:edit", image),
        ("wagtaildocs:delete", document),
        ("wagtaildocs:edit", document),
    ]:
        url = reverse(url_name, args=[thing.pk])
        assert outcome(client.get(url)) == "denied", url_name
        assert outcome(client.post(url, {"title": "Changé"})) == "denied", url_name
    assert Image.objects.get(pk=image.pk).title == "Affiche"
    assert Document.objects.get(pk=document.pk).title == "Communiqué"
    # the Images listing shows what they may change: their organisation's, not B's
    listing = client.get(reverse("wagtailimages:index"))
    assert image.title not in listing.content.decode()


def test_a_communicator_deletes_what_a_colleague_put_in_their_collection(
    org_a, communicator_a, colleague_a
):
    image = image_in(collection_of(org_a), colleague_a)
    document = document_in(collection_of(org_a), colleague_a)
    client = logged_in(communicator_a)
    assert client.post(reverse("wagtailimages:delete", args=[image.pk])).status_code == 302
    assert client.post(reverse("wagtaildocs:delete", args=[document.pk])).status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()
    assert not Document.objects.filter(pk=document.pk).exists()


def test_a_communicator_chooses_from_the_whole_library(org_a, org_b, communicator_a, superuser):
    theirs = image_in(collection_of(org_b), superuser, title="Ludothèque")
    shared = image_in(Collection.get_first_root_node(), superuser, title="Logo du réseau")
    brochure = document_in(collection_of(org_b), superuser, title="Brochure Ludambule")
    client = logged_in(communicator_a)

    images = client.get(reverse("wagtailimages_chooser:choose"))
    assert images.status_code == 200
    html = images.json()["html"]
    assert theirs.title in html and shared.title in html
    chosen = client.get(reverse("wagtailimages_chooser:chosen", args=[theirs.pk]))
    assert chosen.status_code == 200 and chosen.json()["result"]["id"] == str(theirs.pk)
    documents = client.get(reverse("wagtaildocs_chooser:choose"))
    assert brochure.title in documents.json()["html"]
    # the chooser has an upload tab (no collection to pick: theirs is the only one)
    assert 'id="tab-upload"' in html


def test_a_communicator_uploads_from_the_event_forms_image_chooser(org_a, communicator_a):
    client = logged_in(communicator_a)
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Marché de Noël",
            "image-chooser-upload-description": "Des stands sous la neige",
            "image-chooser-upload-collection": collection_of(org_a).pk,
            "image-chooser-upload-file": png("marche.png"),
        },
    )
    assert response.status_code == 200
    image = Image.objects.get(title="Marché de Noël")
    assert response.json()["result"]["id"] == str(image.pk)
    assert image.collection == collection_of(org_a)


# --- an editor ----------------------------------------------------------------------------------


def test_an_editor_uploads_changes_chooses_and_deletes_everywhere(
    org_a, org_b, communicator_a, editor
):
    client = logged_in(editor)
    shown, response = upload(
        client, "wagtailimages:add", png(), title="Réseau", collection=collection_of(org_b).pk
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Réseau").collection == collection_of(org_b)
    assert collection_of(org_a).pk in collection_choices(shown)
    assert Collection.get_first_root_node().pk in collection_choices(shown)
    _shown, response = upload(
        client, "wagtaildocs:add", pdf(), title="Bilan", collection=collection_of(org_a).pk
    )
    assert Document.objects.get(title="Bilan").collection == collection_of(org_a)

    image = image_in(collection_of(org_a), communicator_a)
    document = document_in(collection_of(org_a), communicator_a)
    edit = client.get(reverse("wagtailimages:edit", args=[image.pk]))
    data = form_data(edit, {"title": "Affiche corrigée"})
    assert client.post(reverse("wagtailimages:edit", args=[image.pk]), data).status_code == 302
    assert Image.objects.get(pk=image.pk).title == "Affiche corrigée"
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[document.pk]))
    assert chosen.json()["result"]["id"] == str(document.pk)
    assert client.post(reverse("wagtailimages:delete", args=[image.pk])).status_code == 302
    assert client.post(reverse("wagtaildocs:delete", args=[document.pk])).status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()
    assert not Document.objects.filter(pk=document.pk).exists()
