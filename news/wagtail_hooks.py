from wagtail import hooks

from directory.sections import HOOK_NAME
from news.sections import organisation_section


@hooks.register(HOOK_NAME)
def organisation_news(organisation, request):
    return organisation_section(organisation, request)
