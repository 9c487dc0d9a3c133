from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core.pagecache import forget_content
        from home.models import SiteSettings
        from home.templatetags.site_tags import forget_shell

        post_save.connect(forget_content, sender=SiteSettings, dispatch_uid="page-cache-settings")

        page_published.connect(forget_shell, dispatch_uid="home-shell-published")
        page_unpublished.connect(forget_shell, dispatch_uid="home-shell-unpublished")
        post_page_move.connect(forget_shell, dispatch_uid="home-shell-moved")
        post_delete.connect(_forget_on_page_delete, dispatch_uid="home-shell-deleted")
        # After the last app's migrations, when every app's permissions exist (Django sends
        # post_migrate only for apps with models).
        last_app = [c for c in self.apps.get_app_configs() if c.models_module][-1]
        post_migrate.connect(_ensure_roles, sender=last_app, dispatch_uid="home-roles")


def _forget_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    from home.templatetags.site_tags import forget_shell

    if isinstance(instance, Page):
        forget_shell()


def _ensure_roles(**kwargs):
    from home.roles import ensure_roles

    ensure_roles()
