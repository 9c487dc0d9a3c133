"""Names of the press book's admin URLs (the snippet viewsets' namespaces), in one place."""

from django.urls import reverse

CONTACTS = "wagtailsnippets_press_presscontact"
OUTLETS = "wagtailsnippets_press_mediaoutlet"
EXPORTS = "wagtailsnippets_press_pressexport"
PITCHES = "wagtailsnippets_press_pitch"
CHANGES = "wagtailsnippets_press_contactchange"
MAILINGS = "wagtailsnippets_press_pressmailing"
TOKENS = "wagtailsnippets_press_presstoken"


def contact_url(name, *args):
    return reverse(f"{CONTACTS}:{name}", args=args)
