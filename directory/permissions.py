"""Organisation-scoped permissions, built on Wagtail's permission system.

Network editors hold Wagtail page permissions on the root and every model permission of our
apps (home/roles.py): for them Wagtail's defaults apply unchanged. Communicators hold no page
permission at all; what they may do follows from the organisations they serve:

- pages (events, news, their organisation's page) answer `permissions_for_user()` with
  `ScopedPagePermissionTester`, Wagtail's own tester with the organisation rule added: a
  communicator may edit a page one of their organisations organises or publishes, delete it
  while it is a draft, and publish or unpublish it only when that organisation is trusted;
  otherwise they submit it to the moderation workflow. The agenda and the newsroom let them
  add pages.
- snippets tied to an organisation (calendar and feed sources) use `OrganisationScopedPolicy`,
  a Wagtail permission policy registered for those models, and their ViewSets filter every
  view to the user's organisations.

An organisation is matched by its translation key, so every language of a page counts. Where
one is picked (organisers, sources, uploads) each organisation is offered once, its page in the
default language, in French alphabetical order.

Images and documents (`OrganisationCollectionPolicy`): every admin user chooses from the whole
library (the site shows it all anyway; home/roles.py grants "choose" on the root collection),
editors add, change and delete everywhere, and a communicator adds to their organisations'
collections (directory/media_library.py) and changes or deletes what is in them, not what
is in another organisation's.

The models build on this module, so it imports none: a user's organisations come through their
`communicator_of` relation, and organisation pages through the manager or queryset a caller
gives (`organisations_of`)."""

from dataclasses import dataclass

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Collection, PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from core.page_forms import FreeSlugPageForm
from core.text import in_french_order
from directory.media_library import collections_of

COMMUNICATOR_ACTIONS = {"add", "change", "delete", "view"}


def is_network_editor(user):
    return user.is_active and (
        user.is_superuser or user.has_perm("directory.change_organisationpage")
    )


def _scope(user):
    """{translation_key: trusted} of the organisations `user` serves (cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return {}
    if not hasattr(user, "_organisation_scope"):
        user._organisation_scope = dict(
            user.communicator_of.values_list(
                "organisation__translation_key", "organisation__trusted"
            )
        )
    return user._organisation_scope


def organisation_keys(user):
    return set(_scope(user))


def trusted_keys(user):
    return {key for key, trusted in _scope(user).items() if trusted}


def is_communicator(user):
    """A user whose rights come from the organisations they serve (not an editor)."""
    return bool(_scope(user)) and not is_network_editor(user)


def organisations_of(user, organisations):
    """The user's organisations, in the default language's tree, out of `organisations` (the
    organisation pages' manager or a queryset of them, e.g. a form field's)."""
    return in_french_order(
        organisations.in_default_language().filter(translation_key__in=organisation_keys(user)),
        "title",
    )


def organisations_once(organisations):
    """Each organisation once (its default-language page) out of `organisations`, in French
    order: what every organisation picker offers."""
    return in_french_order(organisations.in_default_language(), "title")


class ScopedPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.scoped = (
            not user.is_superuser
            and not getattr(self, "permissions", None)
            and is_communicator(user)
        )

    @cached_property
    def page_keys(self):
        if not self.page.pk:
            return set()
        # set by listings that test many pages at once (home.communicators.prefetch_scope_keys)
        prefetched = getattr(self.page, "prefetched_scope_keys", None)
        return self.page.scope_keys() if prefetched is None else prefetched

    @cached_property
    def in_scope(self):
        return bool(self.page_keys & organisation_keys(self.user))

    @cached_property
    def trusted(self):
        return bool(self.page_keys & trusted_keys(self.user))

    def can_add_subpage(self):
        if not self.scoped:
            return super().can_add_subpage()
        return getattr(self.page, "communicators_may_add", False) and any(
            model.can_create_at(self.page) for model in self.page.creatable_subpage_models()
        )

    def can_publish_subpage(self):
        if not self.scoped:
            return super().can_publish_subpage()
        return self.can_add_subpage() and bool(trusted_keys(self.user))

    def can_edit(self):
        if not self.scoped:
            return super().can_edit()
        return self.in_scope

    def can_delete(self, ignore_bulk=False):
        if not self.scoped:
            return super().can_delete(ignore_bulk)
        deletable = getattr(self.page, "communicators_may_delete", True)
        return deletable and self.in_scope and (self.trusted or not self.page.live)

    def can_publish(self):
        if not self.scoped:
            return super().can_publish()
        return self.in_scope and self.trusted

    def can_unpublish(self):
        if not self.scoped:
            return super().can_unpublish()
        return self.page.live and self.can_publish() and not self.page_locked()

    def can_move(self):
        return False if self.scoped else super().can_move()

    def can_copy(self):
        return False if self.scoped else super().can_copy()

    def can_lock(self):
        return False if self.scoped else super().can_lock()


class OrganisationScopedPageMixin:
    """For page types communicators may work on: `scope_keys()` names the organisations a
    page belongs to (translation keys)."""

    communicators_may_add = False

    def scope_keys(self):
        return set()

    def permissions_for_user(self, user):
        return ScopedPagePermissionTester(user, self)


class ScopedOrganisationsForm(FreeSlugPageForm):
    """A page form whose `organisation_field` must name one of a communicator's
    organisations (others may be added: co-organising is the point of the network)."""

    organisation_field = "organisers"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.organisation_field)
        if field is None:
            return
        field.queryset = organisations_once(field.queryset)
        chosen = self.initial.get(self.organisation_field)
        if chosen:
            # a page of another language names its organisations' pages in that language
            pages = field.queryset.model.objects.filter(
                pk__in=[getattr(page, "pk", page) for page in chosen]
            )
            self.initial[self.organisation_field] = list(
                field.queryset.filter(
                    translation_key__in=pages.values("translation_key")
                ).values_list("pk", flat=True)
            )

    def clean(self):
        cleaned = super().clean()
        user = self.for_user
        if user is not None and is_communicator(user):
            chosen = cleaned.get(self.organisation_field) or []
            if not {o.translation_key for o in chosen} & organisation_keys(user):
                mine = organisations_of(user, self.fields[self.organisation_field].queryset)
                self.add_error(
                    self.organisation_field,
                    _("Choose at least one of your organisations: %(names)s.")
                    % {"names": ", ".join(o.title for o in mine)},
                )
        return cleaned


class OrganisationScopedPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions for editors; for communicators, the `communicator_actions`
    on the instances they `serve` (whose `organisation` is one of theirs)."""

    communicator_actions = COMMUNICATOR_ACTIONS

    def _model_permission(self, user, actions):
        """Wagtail's model permissions alone (its `user_has_any_permission` would call our
        `user_has_permission`, which lets every communicator in)."""
        return any(ModelPermissionPolicy.user_has_permission(self, user, a) for a in actions)

    def serves(self, user, instance):
        return instance.organisation.translation_key in organisation_keys(user)

    def user_has_permission(self, user, action):
        return self._model_permission(user, [action]) or (
            action in self.communicator_actions and is_communicator(user)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if self._model_permission(user, [action]):
            return True
        return (
            action in self.communicator_actions
            and is_communicator(user)
            and self.serves(user, instance)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self._model_permission(user, actions):
            return self.model._default_manager.all()
        if set(actions) & self.communicator_actions and is_communicator(user):
            return self.scoped_queryset(user)
        return self.model._default_manager.none()

    def scoped_queryset(self, user):
        return self.model._default_manager.filter(
            organisation__translation_key__in=organisation_keys(user)
        )

    def queryset_for(self, user):
        """What `user` may list: everything for editors, their organisations' otherwise."""
        return self.instances_user_has_any_permission_for(user, ["view", "change"])


class ScopedObjectMixin:
    """For a snippet's edit, delete, inspect, history and usage views: refuse an instance
    outside the user's scope (Wagtail's generic views only check model permissions)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        ):
            raise PermissionDenied
        return obj


class OrganisationSourceForm(WagtailAdminModelForm):
    """A calendar or feed source: a communicator picks one of their organisations, and only a
    trusted organisation's source may publish without moderation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("organisation")
        if field is None:
            return
        # a list, each organisation once, not the page chooser (every language's pages);
        # a communicator's lists only their organisations
        user = self.for_user
        if user is not None and is_communicator(user):
            field.queryset = organisations_of(user, field.queryset)
        else:
            field.queryset = organisations_once(field.queryset)
        field.widget = forms.Select(choices=field.choices)

    def clean(self):
        cleaned = super().clean()
        user, organisation = self.for_user, cleaned.get("organisation")
        if (
            user is not None
            and is_communicator(user)
            and cleaned.get("publish_directly")
            and organisation is not None
            and organisation.translation_key not in trusted_keys(user)
        ):
            self.add_error(
                "publish_directly",
                forms.ValidationError(
                    _(
                        "Only a trusted organisation's sources publish directly; "
                        "the network's editors can mark yours as trusted."
                    )
                ),
            )
        return cleaned


# What a communicator may do in their organisations' collections; "add" covers what they
# uploaded anywhere, "change" (and so "delete", in Wagtail's policy) everything in them.
COLLECTION_PERMISSIONS = ["add_image", "change_image", "add_document", "change_document"]


@dataclass(frozen=True, eq=False)
class OrganisationCollectionPermission:
    """A collection permission a communicator holds through one of their organisations: what
    Wagtail's collection policies read of a GroupCollectionPermission (its collection and its
    permission's codename), not stored."""

    collection: Collection
    permission: Permission

    @property
    def collection_id(self):
        return self.collection.pk


def organisation_collection_permissions(user):
    """For a communicator, the collection permissions on each collection of their
    organisations, as if a group of that organisation held them."""
    if not is_communicator(user):
        return []
    return [
        OrganisationCollectionPermission(collection, Permission(codename=codename))
        for collection in collections_of(organisation_keys(user))
        for codename in COLLECTION_PERMISSIONS
    ]


class OrganisationCollectionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents (collection permissions of the user's groups,
    ownership of uploads) with, for a communicator, add and change on their organisations'
    collections. Registered for both models in directory/signals.py."""

    # Wagtail's collection policies cache the user's group permissions on the user, under one
    # name: this one reads them there (one query for all) and caches more under its own.
    permission_cache_name = "_organisation_collection_permission_cache"
    group_cache_name = CollectionOwnershipPermissionPolicy.permission_cache_name

    def get_all_permissions_for_user(self, user):
        granted = getattr(user, self.group_cache_name, None)
        if granted is None:
            granted = list(super().get_all_permissions_for_user(user))
            setattr(user, self.group_cache_name, granted)
        return [*granted, *organisation_collection_permissions(user)]
