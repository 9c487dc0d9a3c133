from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, Page, WorkflowPage

from home.roles import COMMUNICATORS, NETWORK_EDITORS, REVIEW_TASK, ensure_roles


def codenames(group):
    return set(group.permissions.values_list("codename", flat=True))


def test_migrate_creates_both_roles_and_the_review_workflow_on_the_root(db):
    communicators = Group.objects.get(name=COMMUNICATORS)
    editors = Group.objects.get(name=NETWORK_EDITORS)
    assert {"access_admin", "view_presscontact", "export_presscontact"} <= codenames(communicators)
    # communicators get no model permission on content: their rights follow their organisations
    assert not codenames(communicators) & {"change_eventpage", "change_presscontact"}
    assert {"change_eventpage", "delete_presscontact", "manage_communicators"} <= codenames(editors)
    root = Page.get_first_root_node()
    assert GroupPagePermission.objects.filter(
        group=editors, page=root, permission__codename="publish_page"
    ).exists()
    task = WorkflowPage.objects.get(page=root).workflow.tasks.get().specific
    assert task.name == REVIEW_TASK
    assert list(task.groups.all()) == [editors]


def test_ensure_roles_is_idempotent(db):
    ensure_roles()
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    ensure_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before
    assert WorkflowPage.objects.count() == 1
