"""Permission policies of the press book's models."""

from wagtail.permission_policies import ModelPermissionPolicy

WRITE_ACTIONS = {"add", "change", "delete"}


class ReadOnlyPolicy(ModelPermissionPolicy):
    """A log: it may be viewed by whoever holds the view permission, and written by nobody
    through the admin (superusers included). The per-instance checks defer to these."""

    refused = WRITE_ACTIONS

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - self.refused)


class ReviewPolicy(ReadOnlyPolicy):
    """Proposed corrections: made from a contact's page (press.views.ProposeChangeView, under
    the contacts' own permission), never added or deleted through the generic views; "change"
    is the editors' review."""

    refused = WRITE_ACTIONS - {"change"}


class ContactPolicy(ModelPermissionPolicy):
    """Press contacts: editors (the change permission) change any; a member who may add contacts
    also changes the ones they added themselves (as Wagtail's OwnershipPermissionPolicy does
    for images, but keeping the book's own permissions: verify, export). Deleting stays with
    the editors. `users_with_*` keep meaning the editors (the reminders go to them)."""

    def _may_change_own(self, user):
        return super().user_has_permission(user, "add")

    def _has_any(self, user, actions):
        """The permissions themselves, on every contact (not widened to what they added)."""
        return any(super(ContactPolicy, self).user_has_permission(user, a) for a in actions)

    def user_may_change_any(self, user):
        """The editors' permission: any contact, statuses included."""
        return self._has_any(user, ["change"])

    def user_has_permission(self, user, action):
        if action == "change" and self._may_change_own(user):
            return True
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if self._has_any(user, actions):
            return True
        return (
            "change" in actions
            and self._may_change_own(user)
            and instance.added_by_id is not None
            and instance.added_by_id == user.pk
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self._has_any(user, actions):
            return self.model._default_manager.all()
        if "change" in actions and self._may_change_own(user):
            return self.model._default_manager.filter(added_by=user)
        return self.model._default_manager.none()
