from django.utils import timezone

import factory
from factory.django import DjangoModelFactory

from press.models import MediaOutlet, OutletKind, PressContact


class MediaOutletFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"L'Écho de la vallée {n}")
    kind = OutletKind.PRESS

    class Meta:
        model = MediaOutlet


class PressContactFactory(DjangoModelFactory):
    """A verified active contact; pass `beats` and `territories` as lists."""

    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Martin{n:05d}")
    email = factory.Sequence(lambda n: f"journaliste{n}@example.org")
    outlet = factory.SubFactory(MediaOutletFactory)
    role = "Journaliste"
    source = "Salon de l'ESS 2025"
    last_verified_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = PressContact
        skip_postgeneration_save = True

    @factory.post_generation
    def beats(self, create, extracted, **kwargs):
        if extracted:
            self.beats.set(extracted)

    @factory.post_generation
    def territories(self, create, extracted, **kwargs):
        if extracted:
            self.territories.set(extracted)
