"""The site's two roles, as Django groups kept in step with the code after every migrate.

- Communicators (the member organisations' staff and volunteers) reach the admin, use the
  press book (view, add, mark verified, export; they change the contacts they added and
  record objections on any: press.permissions) and add events and news; what they may edit
  beyond that is scoped to their organisations (see directory.permissions).
- Network editors moderate, curate and keep the press book clean: every permission on our
  content, pages included (Wagtail page permissions on the root), and they are the group of
  the moderation workflow's approval task.
- Images and documents follow Wagtail's collection permissions: editors add, change, choose
  and delete in every collection; communicators choose in every collection and add to their
  organisations' (directory.permissions.OrganisationCollectionPolicy). Both may submit pages
  for translation (wagtail-localize).

Permissions are named by codename, so this module imports none of the apps' models."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COMMUNICATORS = "Communicateurs"
NETWORK_EDITORS = "Éditeurs du réseau"
REVIEW_WORKFLOW = "Relecture par le réseau"
REVIEW_TASK = "Validation par les éditeurs du réseau"

COMMUNICATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "press.view_presscontact",
    "press.add_presscontact",
    "press.verify_presscontact",
    "press.export_presscontact",
    "press.view_mediaoutlet",
    "press.add_mediaoutlet",
    "press.add_pitch",  # the shared contact log: theirs to change (an ownership policy)
    "wagtail_localize.submit_translation",
]
COMMUNICATOR_COLLECTION_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]

# Every model permission of these apps goes to the editors.
EDITOR_APPS = ["core", "directory", "agenda", "news", "press"]
EDITOR_PERMISSIONS = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
EDITOR_COLLECTION_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
    for action in ["add", "change", "choose", "delete"]
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def _permissions(codenames):
    wanted = {tuple(name.split(".", 1)) for name in codenames}
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted},
        codename__in={codename for _, codename in wanted},
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


@transaction.atomic
def ensure_roles():
    """Create or update both groups; returns (communicators, editors)."""
    communicators, _ = Group.objects.get_or_create(name=COMMUNICATORS)
    communicators.permissions.set(_permissions(COMMUNICATOR_PERMISSIONS))

    editors, _ = Group.objects.get_or_create(name=NETWORK_EDITORS)
    editors.permissions.set(
        [
            *_permissions(EDITOR_PERMISSIONS),
            *Permission.objects.filter(content_type__app_label__in=EDITOR_APPS),
        ]
    )
    ensure_collection_permissions(communicators, COMMUNICATOR_COLLECTION_PERMISSIONS)
    ensure_collection_permissions(editors, EDITOR_COLLECTION_PERMISSIONS)
    root = Page.get_first_root_node()
    if root is not None:
        for permission in _permissions(f"wagtailcore.{c}" for c in EDITOR_PAGE_PERMISSIONS):
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission
            )
        ensure_review_workflow(editors, root)
    return communicators, editors


def ensure_collection_permissions(group, codenames):
    """`group` holds these image and document permissions on the root collection (so in every
    collection), and no other there."""
    root = Collection.get_first_root_node()
    if root is None:
        return
    permissions = _permissions(codenames)
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    GroupCollectionPermission.objects.filter(group=group, collection=root).exclude(
        permission__in=permissions
    ).delete()


def ensure_review_workflow(editors, root):
    """Every page goes through one approval task, the editors' (Wagtail notifies them by
    e-mail on submission, and the author on approval or rejection, with their comment)."""
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
    task.groups.set([editors])
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
