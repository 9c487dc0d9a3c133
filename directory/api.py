"""The directory in the public read API (/api/v1/organisations/, composed in config/api.py):
the same record as the directory's open data (directory/open_data.py), offers to pool
included, with the directory's filters."""

from typing import Literal

from wagtail.models import Locale

from ninja import Field, Query, Router, Schema
from pydantic import model_validator

from core.api import LanguageQuery, listing, valid_form
from core.cache import section_page
from core.models import LegalForm, OfferKind
from directory.filters import DirectoryFilterForm
from directory.models import DirectoryPage, OrganisationPage
from directory.open_data import organisation_record

router = Router(tags=["directory"])


class OrganisationQuery(LanguageQuery):
    q: str = Field("", max_length=100, description="Keywords")
    territory: str = Field("", description="A territory's slug")
    commune: str = Field("", description="A commune's INSEE code")
    sector: str = Field("", description="A sector's slug")
    theme: str = Field("", description="A theme's slug")
    legal_form: Literal["", *LegalForm.values] = ""
    offers: list[Literal[*OfferKind.values]] = Field(
        [], description="Only organisations offering these to pool"
    )


class OrganisationOut(Schema):
    id: int
    name: str
    url: str
    summary: str
    legal_form: str
    membership: str
    sectors: list[str]
    themes: list[str]
    territory: str
    commune: str
    insee: str
    postcode: str
    address: str
    latitude: float | None
    longitude: float | None
    website: str
    email: str
    phone: str
    press_email: str
    press_phone: str
    offers_room: list[str]
    offers_equipment: list[str]
    offers_skill: list[str]

    @model_validator(mode="wrap")
    @classmethod
    def from_page(cls, value, handler, info):
        if isinstance(value, OrganisationPage):
            value = {"id": value.id, **organisation_record(value, info.context["request"])}
        return handler(value)


@listing(
    router,
    "/organisations/",
    OrganisationOut,
    summary="Member organisations, by name",
    ordering=("title", "id"),
)
def organisations(request, filters: Query[OrganisationQuery]):
    form = valid_form(DirectoryFilterForm, filters)
    directory = section_page(DirectoryPage, Locale.get_active().id)
    if directory is None:
        return OrganisationPage.objects.none()
    return directory.specific.filtered_open_data(form)
