"""Demo content of the press book: invented outlets of the Hautes-Alpes and invented
journalists (never real people), e-mails under example.org. Idempotent: outlets are upserted
by name, contacts by e-mail. The freshness of each contact is set relative to today, so that
the "to verify" and "flagged for deletion" views always have something to show."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core.models import Territory, Theme
from directory.models import OrganisationPage
from press.models import (
    ContactStatus,
    LawfulBasis,
    MediaOutlet,
    OutletKind,
    PressContact,
    SuppressedAddress,
    SuppressionReason,
)

K = OutletKind
OUTLETS = {
    # key: (name, kind, domain, territories)
    "echo": ("L'Écho du Champsaur", K.PRESS, "echo-champsaur", ["champsaur-valgaudemar"]),
    "durance": ("Radio Durance Libre", K.RADIO, "radio-durance-libre",
                ["embrunais", "serre-poncon", "gapencais"]),
    "altitude": ("Briançon Altitude Mag", K.WEB, "briancon-altitude", ["brianconnais"]),
    "tvsud": ("Télé Vallées Sud – bureau de Gap", K.TV, "televalleessud",
              ["gapencais", "champsaur-valgaudemar", "buech-devoluy"]),
    "agence": ("Agence Alpes Presse – bureau de Gap", K.AGENCY, "alpes-presse", []),
    "courrier": ("Le Courrier des Hautes Vallées", K.PRESS, "courrier-hautes-vallees",
                 ["brianconnais", "pays-des-ecrins", "guillestrois-queyras"]),
    "queyras": ("Queyras Infos", K.WEB, "queyras-infos", ["guillestrois-queyras"]),
    "ecrins": ("Radio Écrins FM", K.RADIO, "radio-ecrins", ["pays-des-ecrins", "brianconnais"]),
    "guetteur": ("Le Guetteur du Buëch", K.PRESS, "guetteur-buech",
                 ["buech-devoluy", "sisteronais-buech"]),
    "lac": ("Serre-Ponçon Hebdo", K.PRESS, "serreponcon-hebdo", ["serre-poncon", "embrunais"]),
    "solidaires": ("Montagnes solidaires, le magazine", K.WEB, "montagnes-solidaires", []),
    "gapencais": ("Le Petit Gapençais", K.PRESS, "petit-gapencais", ["gapencais"]),
}  # fmt: skip

NEVER = None
YEAR_AND_A_MONTH = 395
OVER_THREE_YEARS = 1200

# (first name, last name, outlet, role, days since last verified, status,
#  beats, territories covered (default: the outlet's), languages, organisation added for)
CONTACTS = [
    ("Camille", "Lambertin", "echo", "Rédactrice en chef", 20, "active",
     "culture solidarite", "", "fr", "espace-culturel-chaillol"),
    ("Hugo", "Ravanel", "echo", "Journaliste", 90, "active",
     "agriculture alimentation", "", "fr", "echanges-paysans"),
    ("Maëlle", "Bonnaffoux", "echo", "Correspondante Valgaudemar", YEAR_AND_A_MONTH, "active",
     "sante jeunesse", "champsaur-valgaudemar", "fr", "pole-sante-champsaur-valgaudemar"),
    ("Julien", "Escallier", "durance", "Animateur de la matinale", 45, "active",
     "culture education-populaire", "", "fr it", "ludambule"),
    ("Inès", "Garcin-Rouvière", "durance", "Journaliste reporter", 130, "active",
     "environnement energie", "", "fr en", "chorges-en-transition"),
    ("Théo", "Mazellier", "durance", "Programmateur", YEAR_AND_A_MONTH, "moved",
     "culture", "", "fr", None),
    ("Anaïs", "Queyrel", "altitude", "Fondatrice et rédactrice", 15, "active",
     "tourisme-durable mobilite", "", "fr en it", "mjc-du-brianconnais"),
    ("Bastien", "Orcières", "altitude", "Rédacteur web", 200, "active",
     "numerique tiers-lieux", "", "fr en", None),
    ("Léa", "Chaudoin", "altitude", "Photographe-journaliste", YEAR_AND_A_MONTH, "active",
     "environnement", "", "fr", None),
    ("Nicolas", "Faurie", "tvsud", "Chef d'édition", 60, "active",
     "emploi insertion", "", "fr", "creacoop-05"),
    ("Sarah", "Bellot-Aubert", "tvsud", "Journaliste reporter d'images", 240, "active",
     "solidarite habitat", "", "fr en", "adelha"),
    ("Pierre", "Vollaire", "tvsud", "Présentateur", OVER_THREE_YEARS, "active",
     "culture tourisme-durable", "", "fr", None),
    ("Claire", "Arnoux-Pellegrin", "agence", "Cheffe de bureau", 30, "active",
     "emploi cooperation monnaie-locale", "gapencais embrunais brianconnais", "fr en", "udess-05"),
    ("Mathieu", "Sarrazin", "agence", "Journaliste", 310, "active",
     "agriculture environnement", "buech-devoluy sisteronais-buech", "fr", None),
    ("Élodie", "Marchetti", "courrier", "Rédactrice en chef adjointe", 75, "active",
     "habitat solidarite", "", "fr it", "locommun"),
    ("Romain", "Davin", "courrier", "Journaliste", YEAR_AND_A_MONTH, "active",
     "sante handicap", "", "fr", "alpaje"),
    ("Justine", "Blanchard-Reynaud", "courrier", "Correspondante Queyras", 180, "bounced",
     "tourisme-durable jeunesse", "guillestrois-queyras", "fr", None),
    ("Antoine", "Guérin-Lacombe", "courrier", "Pigiste", 100, "active",
     "mobilite energie", "", "fr en", None),
    ("Pauline", "Isnard", "queyras", "Éditrice", 40, "active",
     "culture tiers-lieux", "", "fr it", "serres-lez-arts"),
    ("Yanis", "Berthet", "queyras", "Rédacteur", 260, "active",
     "agriculture alimentation", "", "fr", None),
    ("Manon", "Eyraud", "ecrins", "Journaliste", 25, "active",
     "environnement education-populaire", "", "fr", "la-locomotive"),
    ("Kévin", "Reymond", "ecrins", "Animateur", YEAR_AND_A_MONTH, "active",
     "jeunesse culture", "", "fr", None),
    ("Sophie", "Allemand-Roche", "ecrins", "Directrice de l'information", 150, "active",
     "emploi formation", "", "fr en", "adscb"),
    ("Lucas", "Peyrot", "guetteur", "Rédacteur en chef", 55, "active",
     "agriculture alimentation cooperation", "", "fr", "les-jardins-du-buech"),
    ("Chloé", "Tournier", "guetteur", "Journaliste", 220, "active",
     "solidarite insertion", "", "fr", "le-cabas-du-buech"),
    ("Vincent", "Achard", "guetteur", "Correspondant Dévoluy", NEVER, "active",
     "tourisme-durable", "buech-devoluy", "fr", None),
    ("Émilie", "Rostain", "lac", "Rédactrice en chef", 35, "active",
     "environnement tourisme-durable", "", "fr it", "soleil-de-serre-poncon"),
    ("Guillaume", "Baridon", "lac", "Journaliste", 280, "active",
     "energie habitat", "", "fr", None),
    ("Margaux", "Sibille", "lac", "Secrétaire de rédaction", YEAR_AND_A_MONTH, "active",
     "culture", "", "fr", None),
    ("Aurélien", "Combe-Vial", "solidaires", "Rédacteur en chef", 10, "active",
     "cooperation monnaie-locale solidarite", "gapencais brianconnais", "fr en", "la-roue"),
    ("Nina", "Lagier", "solidaires", "Journaliste", 120, "active",
     "insertion emploi formation", "", "fr en it", "comptoir-des-assos"),
    ("Florent", "Dussert", "solidaires", "Pigiste", 330, "objected",
     "habitat tiers-lieux", "", "fr", None),
    ("Océane", "Michelis", "gapencais", "Rédactrice en chef", 50, "active",
     "emploi cooperation", "", "fr", "france-active-paca"),
    ("Raphaël", "Borel-Jouve", "gapencais", "Journaliste sport et jeunesse", 140, "active",
     "jeunesse sante", "", "fr", "profession-sport-05"),
    ("Laura", "Ferrand", "gapencais", "Journaliste", YEAR_AND_A_MONTH, "active",
     "mobilite numerique", "", "fr en", "cordee-numerique"),
    ("Benoît", "Estachy", "gapencais", "Photographe", 70, "active",
     "culture", "", "fr", None),
    ("Agathe", "Roumieu", None, "Journaliste indépendante", 85, "active",
     "agriculture environnement", "serre-poncon embrunais", "fr it", "manger-bio-en-provence"),
    ("Jérémy", "Oddou", None, "Vidéaste indépendant", 160, "active",
     "tourisme-durable mobilite", "brianconnais pays-des-ecrins", "fr en", None),
    ("Lucie", "Pascal-Imbert", "tvsud", "Journaliste", 95, "active",
     "handicap sante", "", "fr", "mutualite-francaise-sud"),
    ("Adrien", "Gauthier-Séguret", "agence", "Photographe", 190, "active",
     "environnement", "", "fr", None),
]  # fmt: skip

SOURCES = [
    (LawfulBasis.PUBLIC_PROFESSIONAL, "Page « contact rédaction » du site du média"),
    (LawfulBasis.LEGITIMATE_INTEREST, "Fichier presse de l'UDESS 05 (2024)"),
    (LawfulBasis.CONSENT, "Carte de visite, Forum de l'ESS à Gap"),
]


def email_for(first, last, domain):
    local = f"{slugify(first)[:1]}.{slugify(last)}"
    return f"{local}@{domain or 'independant'}.example.org"


@transaction.atomic
def build():
    """The demo outlets and contacts; returns the contacts."""
    territories = {t.slug: t for t in Territory.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {
        page.slug: page
        for page in OrganisationPage.objects.filter(
            locale__language_code="fr", slug__in={c[-1] for c in CONTACTS if c[-1]}
        )
    }
    outlets = {}
    for key, (name, kind, domain, covered) in OUTLETS.items():
        outlet, _created = MediaOutlet.objects.update_or_create(
            name=name, defaults={"kind": kind, "website": f"https://{domain}.example.org/"}
        )
        outlet.territories.set([territories[s] for s in covered if s in territories])
        outlets[key] = outlet
    now = timezone.now()
    contacts = []
    for n, entry in enumerate(CONTACTS):
        first, last, key, role, age, status, beats, covered, languages, org = entry
        beats, covered, languages = beats.split(), covered.split(), languages.split()
        outlet = outlets.get(key)
        basis, source = SOURCES[n % len(SOURCES)]
        contact, _created = PressContact.objects.update_or_create(
            email=email_for(first, last, OUTLETS[key][2] if key else None),
            defaults={
                "first_name": first,
                "last_name": last,
                "outlet": outlet,
                "role": role,
                "phone": f"04 92 {40 + n:02d} {10 + n % 80:02d} {n * 7 % 100:02d}",
                "languages": languages,
                "status": status,
                "source": source,
                "lawful_basis": basis,
                "added_for": organisations.get(org),
                "last_verified_at": None if age is NEVER else now - timedelta(days=age),
            },
        )
        contact.beats.set([themes[s] for s in beats if s in themes])
        contact.territories.set(
            [territories[s] for s in covered if s in territories]
            or (list(outlet.territories.all()) if outlet else [])
        )
        created_at = now - timedelta(days=(age or 30) + 60)
        PressContact.objects.filter(pk=contact.pk).update(created_at=created_at)
        if status == ContactStatus.OBJECTED:
            SuppressedAddress.suppress(contact.email, SuppressionReason.OBJECTED)
        contacts.append(contact)
    return contacts
