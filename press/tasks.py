"""The press book's background work, as django-tasks tasks (the task worker in production)."""

from contextlib import suppress

from django.contrib.auth import get_user_model

from django_tasks import task

from press import mailings
from press.models import PressMailing


@task()
def send_mailing_task(mailing_id, user_id):
    """Send a mailing a member asked to send: thousands of messages take longer than a request
    may (a second run finds it sent and sends nothing)."""
    mailing = PressMailing.objects.get(pk=mailing_id)
    user = get_user_model().objects.filter(pk=user_id).first()
    with suppress(mailings.AlreadySent):
        mailings.send(mailing, user)
