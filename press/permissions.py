"""Permission policies of the press book's models."""

from wagtail.permission_policies import ModelPermissionPolicy

WRITE_ACTIONS = {"add", "change", "delete"}


class ReadOnlyPolicy(ModelPermissionPolicy):
    """A log: it may be viewed by whoever holds the view permission, and written by nobody
    through the admin (superusers included). The per-instance checks defer to these."""

    def user_has_permission(self, user, action):
        return action not in WRITE_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - WRITE_ACTIONS)
