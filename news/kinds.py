"""The kinds of news item: the models, the filter form and the feeds share them (a bottom
module of the app, importing no model)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS = "press", _("Press release")
