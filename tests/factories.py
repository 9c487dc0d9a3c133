from datetime import timedelta

from django.utils import timezone

import factory
import wagtail_factories

from agenda.models import AgendaPage, EventPage
from core.models import Commune
from directory.models import DirectoryPage, OrganisationPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage

# Post-generation hooks, run in the order a factory declares them (each call makes a new one).


def sets(field, save=False):
    """A hook setting the many-to-many `field` to the list passed under its name (then saving
    the object, if `save`)."""

    @factory.post_generation
    def hook(self, create, extracted, **kwargs):
        if extracted:
            getattr(self, field).set(extracted)
            if save:
                self.save()

    return hook


def published():
    """Publishes the page once built (pass `publish=False` for a draft); declare it last."""

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()

    return publish


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "L'économie sociale et solidaire des Hautes-Alpes"
    hero_intro = "Un agenda, un annuaire et une salle de presse partagés."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page du réseau."

    class Meta:
        model = StandardPage


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Annuaire"
    slug = "annuaire"
    intro = "Les structures de l'ESS des Hautes-Alpes."

    class Meta:
        model = DirectoryPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    """An organisation; pass `commune` (a core.Commune), `themes` and `sectors` as lists."""

    title = factory.Sequence(lambda n: f"Association {n:04d}")
    slug = factory.Sequence(lambda n: f"association-{n:04d}")
    summary = "Une association du réseau."
    legal_form = "association"
    membership = "member"
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee="05061"))

    class Meta:
        model = OrganisationPage
        skip_postgeneration_save = True

    themes = sets("themes", save=True)
    sectors = sets("sectors", save=True)


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Ce qui se passe dans l'ESS des Hautes-Alpes."

    class Meta:
        model = AgendaPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A published event (its occurrences and VEVENT are built on publish, as in the admin).
    Pass `themes` and `organisers` as lists."""

    title = factory.Sequence(lambda n: f"Atelier {n:04d}")
    slug = factory.Sequence(lambda n: f"atelier-{n:04d}")
    summary = "Un atelier ouvert à toutes et tous."
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=3))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee="05061"))
    venue = "Salle des fêtes"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    themes = sets("themes")
    organisers = sets("organisers")
    publish = published()


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"
    slug = "actualites"
    intro = "Les nouvelles de l'ESS des Hautes-Alpes."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    """A published news item. Pass `themes` and `organisations` as lists."""

    title = factory.Sequence(lambda n: f"Nouvelle {n:04d}")
    slug = factory.Sequence(lambda n: f"nouvelle-{n:04d}")
    summary = "Une nouvelle du réseau."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    themes = sets("themes")
    organisations = sets("organisations")
    publish = published()
