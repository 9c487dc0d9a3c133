"""The moderation e-mails: Wagtail's notifiers, with the reviewer's comment in the approval
e-mail too (Wagtail puts it in the request-changes one only), and one e-mail per person for a
submission (Wagtail writes to the superusers once for the workflow and once more for its first
task, so an administrator who is also a network editor got two).

`use_site_notifiers()` puts them in place of Wagtail's, under Wagtail's own dispatch uids: run
before or after Wagtail connects its own, only one of each stays connected."""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_submitted


def reviewer_comment(task_state):
    return task_state.specific.get_comment() if task_state is not None else ""


class ApprovalEmailNotifier(WorkflowStateApprovalEmailNotifier):
    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # a finished workflow keeps its last task state, the one just approved
        task_state = workflow_state.current_task_state
        context["task_state"] = task_state
        context["comment"] = reviewer_comment(task_state)
        return context


class SubmissionEmailNotifier(WorkflowStateSubmissionEmailNotifier):
    """The workflow's submission e-mail goes to the superusers the first task's e-mail does not
    reach already, and never to the person who submitted (Wagtail's own exclusion of them has
    no effect)."""

    task_notifier = GroupApprovalTaskStateSubmissionEmailNotifier()

    def get_recipient_users(self, workflow_state, **kwargs):
        recipients = set(super().get_recipient_users(workflow_state, **kwargs))
        triggering_user = kwargs.get("user")
        task_state = workflow_state.current_task_state
        if task_state is not None and self.task_notifier.can_handle(task_state, **kwargs):
            recipients -= set(self.task_notifier.get_recipient_users(task_state, **kwargs))
        return {user for user in recipients if user != triggering_user}


# (signal, sender, Wagtail's dispatch uid, notifier): see wagtail/admin/signal_handlers.py
NOTIFIERS = [
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        SubmissionEmailNotifier(),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        ApprovalEmailNotifier(),
    ),
]


def use_site_notifiers():
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
