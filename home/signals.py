"""The site shell (menu, language links, section pages) and the page cache forget what they
hold when pages or the site settings change; the roles are brought up to date after every
migration. Connected in HomeConfig.ready()."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.pagecache import forget_content
from home.models import SiteSettings
from home.roles import ensure_roles
from home.templatetags.site_tags import forget_shell

post_save.connect(forget_content, sender=SiteSettings, dispatch_uid="page-cache-settings")
post_save.connect(forget_shell, sender=SiteSettings, dispatch_uid="home-shell-settings")
page_published.connect(forget_shell, dispatch_uid="home-shell-published")
page_unpublished.connect(forget_shell, dispatch_uid="home-shell-unpublished")
post_page_move.connect(forget_shell, dispatch_uid="home-shell-moved")


@receiver(post_delete, dispatch_uid="home-shell-deleted")
def forget_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_shell()


def _ensure_roles(**kwargs):
    ensure_roles()


# After the last app's migrations, when every app's permissions exist (Django sends
# post_migrate only for apps with models).
_last_app = [c for c in apps.get_app_configs() if c.models_module][-1]
post_migrate.connect(_ensure_roles, sender=_last_app, dispatch_uid="home-roles")
