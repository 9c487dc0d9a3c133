"""CSV import: a preview first (nothing written), per-line outcomes and errors, one
transaction on confirmation, known addresses merged (never overwritten), suppressed ones
refused, the same file twice creating nothing the second time."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

import pytest

from core.models import Territory, Theme
from press import actions, importer
from press.admin_urls import CONTACTS
from press.models import (
    LawfulBasis,
    MediaOutlet,
    OutletKind,
    PressContact,
    SuppressedAddress,
    SuppressionReason,
)
from tests.factories import DirectoryPageFactory, OrganisationPageFactory
from tests.press.conftest import content, in_english
from tests.press.factories import MediaOutletFactory, PressContactFactory

pytestmark = pytest.mark.django_db

IMPORT = reverse(f"{CONTACTS}:import")
CONFIRM = reverse(f"{CONTACTS}:import_confirm")

FRENCH_FILE = (
    "Prénom;Nom;Courriel;Média;Fonction;Téléphone;Territoire;Thématiques;Langues\n"
    "Élise;Faure;Elise.Faure@Example.org;L'Écho du Champsaur;Journaliste;04 92 11 11 11;"
    "Champsaur-Valgaudemar;Culture, Emploi;français, italien\n"
    "Marc;Brun;marc.brun@example.org;Radio Durance;Animateur;;Embrunais;mobilite;fr\n"
)


def upload(client, data, name="contacts.csv", **options):
    form = {"lawful_basis": LawfulBasis.LEGITIMATE_INTEREST, "source": "", "added_for": ""}
    form.update(options)
    return client.post(IMPORT, {**form, "file": SimpleUploadedFile(name, data)})


def outcomes(response):
    return [(row.email, row.outcome) for row in response.context["report"].rows]


@pytest.fixture
def logged_in(client, communicator):
    in_english(communicator)
    client.force_login(communicator)
    return client


def test_the_preview_writes_nothing_and_the_confirmation_writes_it_all(logged_in, communicator):
    response = upload(logged_in, FRENCH_FILE.encode(), source="Fichier presse 2024")
    assert response.status_code == 200
    assert outcomes(response) == [
        ("elise.faure@example.org", "create"),
        ("marc.brun@example.org", "create"),
    ]
    assert response.context["report"].new_outlets == ["L'Écho du Champsaur", "Radio Durance"]
    assert not PressContact.objects.exists() and not MediaOutlet.objects.exists()
    token = response.context["token"]
    assert 'name="token"' in content(response)

    response = logged_in.post(CONFIRM, {"token": token})
    assert response.status_code == 302
    elise = PressContact.objects.get(email="elise.faure@example.org")
    assert (elise.first_name, elise.last_name, elise.role) == ("Élise", "Faure", "Journaliste")
    assert elise.outlet.name == "L'Écho du Champsaur"
    assert elise.source == "Fichier presse 2024"
    assert elise.lawful_basis == LawfulBasis.LEGITIMATE_INTEREST
    assert elise.added_by == communicator
    # the member who imports the file vouches for it today: not listed as due
    assert elise.last_verified_at is not None and elise.last_verified_by == communicator
    assert not elise.is_due() and not PressContact.objects.to_verify().exists()
    assert set(elise.beats.values_list("slug", flat=True)) == {"culture", "emploi"}
    assert list(elise.territories.values_list("slug", flat=True)) == ["champsaur-valgaudemar"]
    assert elise.languages == ["fr", "it"]
    assert PressContact.objects.get(email="marc.brun@example.org").outlet.name == "Radio Durance"
    assert ModelLogEntry.objects.filter(action="press.import").count() == 2
    # The token is spent.
    assert logged_in.post(CONFIRM, {"token": token})["Location"] == IMPORT
    assert PressContact.objects.count() == 2


def test_importing_the_same_file_twice_creates_nothing_the_second_time(logged_in, communicator):
    token = upload(logged_in, FRENCH_FILE.encode()).context["token"]
    logged_in.post(CONFIRM, {"token": token})
    before = sorted(PressContact.objects.values_list("pk", "updated_at"))
    response = upload(logged_in, FRENCH_FILE.encode())
    assert {outcome for _email, outcome in outcomes(response)} == {"unchanged"}
    assert "token" not in response.context
    assert "Nothing to import" in content(response)
    importer.run_import(
        FRENCH_FILE.encode(), communicator, source="x", lawful_basis="consent", added_for=None
    )
    assert sorted(PressContact.objects.values_list("pk", "updated_at")) == before
    assert MediaOutlet.objects.count() == 2


def test_a_known_address_is_completed_never_overwritten(logged_in, communicator):
    existing = PressContactFactory(
        first_name="Élise",
        last_name="Faure",
        email="elise.faure@example.org",
        role="Cheffe d'édition",
        phone="",
        beats=[Theme.objects.get(slug="culture")],
    )
    outlet = existing.outlet
    response = upload(logged_in, FRENCH_FILE.encode())
    row = response.context["report"].rows[0]
    assert row.outcome == "merge" and row.contact == existing
    assert "phone" in row.messages[0] and "role" not in row.messages[0]
    logged_in.post(CONFIRM, {"token": response.context["token"]})
    existing.refresh_from_db()
    assert existing.role == "Cheffe d'édition"  # kept
    assert existing.outlet == outlet  # kept
    assert existing.phone == "04 92 11 11 11"  # filled
    assert set(existing.beats.values_list("slug", flat=True)) == {"culture", "emploi"}
    assert existing.languages == ["fr", "it"]
    assert PressContact.objects.count() == 2
    entry = ModelLogEntry.objects.get(action="press.import.merge")
    assert entry.object_id == str(existing.pk) and entry.user == communicator


def test_a_second_address_finds_the_existing_contact(logged_in):
    existing = PressContactFactory(email="old@example.org", secondary_email="")
    data = b"Nom,E-mail,E-mail 2\nFaure,new@example.org,OLD@example.org\n"
    response = upload(logged_in, data)
    assert outcomes(response) == [("new@example.org", "merge")]
    logged_in.post(CONFIRM, {"token": response.context["token"]})
    existing.refresh_from_db()
    assert (existing.email, existing.secondary_email) == ("old@example.org", "new@example.org")
    assert PressContact.objects.count() == 1


def test_suppressed_and_objected_addresses_are_refused(logged_in, editor):
    SuppressedAddress.suppress("erased@example.org", SuppressionReason.ERASED)
    objected = PressContactFactory(email="objected@example.org", phone="")
    actions.record_objection(objected, editor)
    data = (
        "Nom,Email,Téléphone\n"
        "Gone,erased@example.org,\n"
        "Refus,Objected@example.org,06 00 00 00 00\n"
        "Nouveau,new@example.org,\n"
    ).encode()
    response = upload(logged_in, data)
    assert outcomes(response) == [
        ("erased@example.org", "refused"),
        ("objected@example.org", "refused"),
        ("new@example.org", "create"),
    ]
    logged_in.post(CONFIRM, {"token": response.context["token"]})
    assert set(PressContact.objects.values_list("email", flat=True)) == {
        "objected@example.org",
        "new@example.org",
    }
    objected.refresh_from_db()
    assert objected.phone == ""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            "Prénom;Nom;Courriel;Média\nÉlodie;Gérard;elodie@example.org;Le Dauphiné\n".encode(
                "cp1252"
            ),
            ("Élodie", "Gérard", "Le Dauphiné"),
        ),
        (
            "\ufeffFirst Name,Last Name,E-mail Address,Company,Job Title\n"
            "Élodie,Gérard,elodie@example.org,Alpes Matin,Reporter\n".encode(),
            ("Élodie", "Gérard", "Alpes Matin"),
        ),
        (
            "Nom complet\tAdresse de messagerie\tSociété\n"
            "Élodie Gérard\tÉlodie <elodie@example.org>\tL'Écho\n".encode("utf-16"),
            ("Élodie", "Gérard", "L'Écho"),
        ),
        (
            'Name,Email,Outlet\n"Gérard, Élodie",elodie@example.org,"Radio ""Alpes"""\n'.encode(),
            ("Élodie", "Gérard", 'Radio "Alpes"'),
        ),
    ],
    ids=["windows-1252 semicolons", "utf-8 bom outlook", "utf-16 tabs", "quoted commas"],
)
def test_what_spreadsheets_and_mail_clients_export_is_read(logged_in, data, expected):
    response = upload(logged_in, data)
    (row,) = response.context["report"].rows
    assert row.outcome == "create", row.messages
    assert (row.values["first_name"], row.values["last_name"], row.outlet_name) == expected
    assert row.email == "elodie@example.org"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"   \n\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "save it as CSV first"),
        (b"Nom,Telephone\nFaure,0492\n", "No e-mail column found"),
        (b"Nom,Email\n", "no contact"),
    ],
    ids=["empty", "blank", "binary", "xlsx", "no email column", "header only"],
)
def test_a_file_that_cannot_be_read_is_explained(logged_in, data, message):
    response = upload(logged_in, data)
    assert response.status_code == 200
    with translation.override("en"):
        errors = " ".join(response.context["form"].errors["file"])
    assert message in errors
    assert "token" not in response.context and "report" not in response.context


def test_lines_in_error_block_the_whole_file(logged_in):
    data = (
        b"Nom,Email\n"
        b"Faure,faure@example.org\n"
        b"Brun,not-an-address\n"
        b",noname@example.org\n"
        b"Faure bis,FAURE@example.org\n"
    )
    response = upload(logged_in, data)
    report = response.context["report"]
    assert [row.outcome for row in report.rows] == ["create", "error", "error", "skipped"]
    assert "not a valid e-mail address" in report.rows[1].messages[0]
    assert "no name for a new contact" in report.rows[2].messages[0]
    assert "same contact as line 2" in report.rows[3].messages[0]
    assert "what it adds is imported there" in report.rows[3].messages[0]
    assert "token" not in response.context
    assert "Some lines have errors" in content(response)
    assert not PressContact.objects.exists()


def test_unknown_vocabulary_is_reported_not_fatal(logged_in):
    data = "Nom,Email,Territoire,Thèmes\nFaure,f@example.org,Queyras;Embrunais,Astrologie\n"
    (row,) = upload(logged_in, data.encode()).context["report"].rows
    assert row.outcome == "create"
    assert row.territories == [Territory.objects.get(slug="embrunais")]
    assert any("Queyras" in m for m in row.messages) and any(
        "Astrologie" in m for m in row.messages
    )


def test_a_confirmation_needs_the_uploaders_own_live_preview(client, logged_in, editor):
    token = upload(logged_in, FRENCH_FILE.encode()).context["token"]
    client.force_login(editor)
    response = client.post(CONFIRM, {"token": token})
    assert response["Location"] == IMPORT
    assert client.post(CONFIRM, {"token": "forged"})["Location"] == IMPORT
    assert not PressContact.objects.exists()


def test_contacts_can_be_imported_for_a_member_organisation(logged_in, home_page):
    directory = DirectoryPageFactory(parent=home_page)
    roue = OrganisationPageFactory(parent=directory, title="La Roue", slug="la-roue")
    response = upload(logged_in, FRENCH_FILE.encode(), added_for=roue.pk)
    logged_in.post(CONFIRM, {"token": response.context["token"]})
    assert set(PressContact.objects.values_list("added_for", flat=True)) == {roue.pk}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_export_imports_back_as_it_was(client, editor, language):
    """The export's headings (in the user's language) and its defused cells read back."""
    PressContactFactory(
        outlet=MediaOutletFactory(name="Radio Alpes", kind=OutletKind.RADIO),
        first_name="+33",
        last_name="=Faure",
        email="faure@example.org",
        secondary_email="faure.perso@example.org",
        mobile="06 00 00 00 00",
        beats=[Theme.objects.get(slug="culture"), Theme.objects.get(slug="emploi")],
        territories=[Territory.objects.get(slug="embrunais")],
        languages=["fr", "it"],
    )
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    exported = content(client.get(reverse(f"{CONTACTS}:list"), {"export": "csv"}))
    before = PressContact.objects.get()
    expected = (
        before.first_name,
        before.last_name,
        before.secondary_email,
        before.mobile,
        before.outlet.name,
        before.outlet.kind,
        set(before.beats.all()),
        set(before.territories.all()),
        before.languages,
    )
    before.delete()
    MediaOutlet.objects.all().delete()
    response = upload(client, exported.encode())
    assert outcomes(response) == [("faure@example.org", "create")]
    client.post(CONFIRM, {"token": response.context["token"]})
    after = PressContact.objects.get()
    assert (
        after.first_name,
        after.last_name,
        after.secondary_email,
        after.mobile,
        after.outlet.name,
        after.outlet.kind,
        set(after.beats.all()),
        set(after.territories.all()),
        after.languages,
    ) == expected


def test_a_repeated_address_in_one_file_completes_its_first_line(logged_in, communicator):
    """Two lines for one person (a spreadsheet merged from two lists): nothing of the second is
    lost, whether the person is new or already in the book."""
    data = (
        "Prénom;Nom;Courriel;Média;Fonction;Téléphone;Thématiques\n"
        "Élise;Faure;elise.faure@example.org;;;04 92 11 11 11;Culture\n"
        ";Faure;ELISE.FAURE@example.org;L'Écho du Champsaur;Journaliste;;Emploi\n"
        "Marc;Brun;marc.brun@example.org;;;;\n"
        "Marc;Brun;marc.brun@example.org;Radio Durance;;06 11 22 33 44;Mobilité\n"
    ).encode()
    PressContactFactory(
        first_name="Marc",
        last_name="Brun",
        email="marc.brun@example.org",
        phone="",
        mobile="",
        outlet=None,
    )
    response = upload(logged_in, data)
    report = response.context["report"]
    assert [row.outcome for row in report.rows] == ["create", "skipped", "merge", "skipped"]
    assert "phone" in report.rows[2].messages[0]  # what the fourth line adds, said on the third
    logged_in.post(CONFIRM, {"token": response.context["token"]})
    elise = PressContact.objects.get(email="elise.faure@example.org")
    assert (elise.role, elise.phone, elise.outlet.name) == (
        "Journaliste",
        "04 92 11 11 11",
        "L'Écho du Champsaur",
    )
    assert set(elise.beats.values_list("slug", flat=True)) == {"culture", "emploi"}
    marc = PressContact.objects.get(email="marc.brun@example.org")
    assert marc.phone == "06 11 22 33 44" and marc.outlet.name == "Radio Durance"
    assert set(marc.beats.values_list("slug", flat=True)) == {"mobilite"}
    assert PressContact.objects.count() == 2
