from wagtail import hooks

from agenda.sections import organisation_section
from directory.sections import HOOK_NAME


@hooks.register(HOOK_NAME)
def organisation_events(organisation, request):
    return organisation_section(organisation, request)
