from django.db.models.signals import post_delete, post_save

from core.models import Commune, Sector, Territory, Theme
from core.taxonomies import forget_taxonomy_choices


def _forget(sender, **kwargs):
    forget_taxonomy_choices(sender)


for _model in (Territory, Commune, Theme, Sector):
    post_save.connect(_forget, sender=_model, dispatch_uid=f"forget-choices-{_model.__name__}")
    post_delete.connect(_forget, sender=_model, dispatch_uid=f"forget-choices-{_model.__name__}")
