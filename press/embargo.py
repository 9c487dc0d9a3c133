"""Embargoed press releases for journalists with a personal access (press.PressToken).

A press release under embargo is a news page of the press kind published with a go-live date
(Wagtail's scheduled publishing): until then it is not public anywhere (pages, listings, feeds,
search, sitemap), and `manage.py publish_scheduled` (every minute: hub-publish-scheduled.timer)
makes it public at the embargo by itself. Before, the journalists given an access read it on
their private page and RSS feed, within the access's beats. The news app provides the releases
through a hook (the press book and the newsroom do not import each other)."""

from django.utils import timezone

from wagtail import hooks

from press.models import PressToken

EMBARGOED_RELEASES_HOOK = "press_embargoed_releases"


def token_for(key):
    """The access `key` opens, or None (unknown, revoked)."""
    token = PressToken.objects.filter(key_sha256=PressToken.hash(key), revoked=False).first()
    if token is not None:
        PressToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token


def releases_for(token):
    """The embargoed releases within `token`'s beats, the nearest embargo first."""
    beats = set(token.beats.values_list("slug", flat=True))
    releases = [
        release for provide in hooks.get_hooks(EMBARGOED_RELEASES_HOOK) for release in provide()
    ]
    if beats:
        releases = [release for release in releases if release["themes"] & beats]
    return sorted(releases, key=lambda release: (release["embargo"], release["key"]))
