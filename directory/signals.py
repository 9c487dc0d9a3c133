"""The directory's signal receivers, connected when the app is ready (DirectoryConfig.ready),
and the permission policy of images and documents (registered here for the same reason: once,
when the apps are ready)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy
from wagtail.signals import page_published, page_unpublished

from directory.media_library import ensure_collection, is_default_language, rename_collection
from directory.models import OrganisationPage
from directory.permissions import OrganisationCollectionPolicy
from directory.sections import forget_organisation_choices

page_published.connect(forget_organisation_choices, dispatch_uid="directory-choices-pub")
page_unpublished.connect(forget_organisation_choices, dispatch_uid="directory-choices-unpub")

# exact_class: wagtail.images and wagtail.documents register theirs when they are ready, after
# this app; an exact-class policy wins over theirs whatever the order.
for model, auth_model in [
    (get_image_model(), "wagtailimages.Image"),
    (get_document_model(), "wagtaildocs.Document"),
]:
    register_permission_policy(
        model,
        OrganisationCollectionPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )


@receiver(post_save, sender=OrganisationPage, dispatch_uid="directory-collection")
def give_organisation_its_collection(sender, instance, created, raw=False, **kwargs):
    """A new organisation gets its collection (its default-language page: translations share
    it)."""
    if created and not raw and is_default_language(instance):
        ensure_collection(instance)


@receiver(pre_save, sender=OrganisationPage, dispatch_uid="directory-collection-title")
def rename_organisation_collection(sender, instance, raw=False, update_fields=None, **kwargs):
    """The collection follows the organisation's title when it changes (on publishing)."""
    if raw or instance.pk is None or (update_fields is not None and "title" not in update_fields):
        return
    old_title = sender.objects.filter(pk=instance.pk).values_list("title", flat=True).first()
    if old_title and old_title != instance.title and is_default_language(instance):
        rename_collection(old_title, instance.title)
