import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """A schema.org JSON-LD script element, safe against `</script>` in the data."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, cls=_LazyEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


class _LazyEncoder(json.JSONEncoder):
    def default(self, o):
        return str(o)


@register.simple_tag
def map_config():
    """The tile server the site's maps use (empty: markers on a plain background)."""
    return {
        "tiles": settings.MAP_TILE_URL,
        "attribution": settings.MAP_ATTRIBUTION,
        "provider": settings.MAP_TILE_PROVIDER if settings.MAP_TILE_URL else "",
    }
