"""The public read API, version 1 (/api/v1/): each app brings its router (agenda/api.py,
directory/api.py, news/api.py; shared parts in core/api.py). The OpenAPI document is
/api/v1/openapi.json and its reference page /api/v1/docs."""

from ninja import NinjaAPI

from agenda.api import router as agenda_router
from core.api import InvalidFilters, Throttle, form_errors, in_request_language
from directory.api import router as directory_router
from news.api import router as news_router

api = NinjaAPI(
    title="Hub ESS 05",
    version="1",
    # For developers, in English; the content comes in the language of `lang`.
    description=(
        "The shared agenda, the directory of member organisations and the news of the social "
        "and solidarity economy of the Hautes-Alpes, under the Licence Ouverte 2.0 (Etalab). "
        "Read only, open to every origin, paginated by cursor (follow `next`)."
    ),
    urls_namespace="api-v1",
    throttle=[Throttle()],
)
api.add_decorator(in_request_language, mode="view")


@api.exception_handler(InvalidFilters)
def invalid_filters(request, exc):
    return api.create_response(request, form_errors(exc.form), status=400)


api.add_router("", agenda_router)
api.add_router("", directory_router)
api.add_router("", news_router)
