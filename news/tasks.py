from django_tasks import task


@task()
def sync_feed_task(source_id):
    from news.aggregation import sync_feed
    from news.models import FeedSource

    sync_feed(FeedSource.objects.select_related("organisation").get(pk=source_id))
