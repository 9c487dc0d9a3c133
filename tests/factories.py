import factory
import wagtail_factories

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
