"""The scheduled synchronisation of the members' feeds, as django-tasks tasks."""

from django_tasks import task

from news.aggregation import sync_feed
from news.models import FeedSource


@task()
def sync_feed_task(source_id):
    sync_feed(FeedSource.objects.select_related("organisation").get(pk=source_id))


def sync_all_feeds():
    """Queue a synchronisation of every active feed."""
    ids = list(FeedSource.objects.filter(active=True).values_list("pk", flat=True))
    for source_id in ids:
        sync_feed_task.enqueue(source_id)
    return len(ids)
