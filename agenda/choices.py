"""The agenda's choices (TextChoices): an event's status, attendance and audience. Below every
other module of the app: the models, the filters, the feeds and the parser share them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class Attendance(models.TextChoices):
    OFFLINE = "offline", _("On site")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("On site and online")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    FAMILIES = "families", _("Families and children")
    YOUNG = "young", _("Young people")
    SENIORS = "seniors", _("Seniors")
    PROFESSIONALS = "professionals", _("Professionals")
    MEMBERS = "members", _("Members of the network")
