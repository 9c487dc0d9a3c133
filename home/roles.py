"""The site's two roles, as Django groups kept in step with the code after every migrate.

- Communicators (the member organisations' staff and volunteers) reach the admin, use the
  press book (view, add, mark verified, export) and add events and news; what they may edit
  beyond that is scoped to their organisations (see directory.permissions).
- Network editors moderate, curate and keep the press book clean: every permission on our
  content, pages included (Wagtail page permissions on the root), and they are the group of
  the moderation workflow's approval task.

Permissions are named by codename, so this module imports none of the apps' models."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    GroupApprovalTask,
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
]

# Every model permission of these apps goes to the editors.
EDITOR_APPS = ["core", "directory", "agenda", "news", "press"]
EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
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
    root = Page.get_first_root_node()
    if root is not None:
        for permission in _permissions(f"wagtailcore.{c}" for c in EDITOR_PAGE_PERMISSIONS):
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission
            )
        ensure_review_workflow(editors, root)
    return communicators, editors


def ensure_review_workflow(editors, root):
    """Every page goes through one approval task, the editors' (Wagtail notifies them by
    e-mail on submission, and the author on approval or rejection, with their comment)."""
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
    task.groups.set([editors])
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
