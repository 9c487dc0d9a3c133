import factory
import wagtail_factories

from core.models import Commune
from directory.models import DirectoryPage, OrganisationPage
from home.models import HomePage, StandardPage


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

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if extracted:
            self.sectors.set(extracted)
            self.save()
