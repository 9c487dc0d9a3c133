import hashlib
import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.cache import shared_fragment
from core.pagecache import FREE_TEXT_PARAMETERS

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


@register.simple_tag(takes_context=True)
def filter_form(context, **options):
    """A listing's filter form (includes/filters.html, with `options` such as hide_dates),
    rendered once for every worker until the content changes (its drop-down lists of communes,
    places and organisations were a fifth of a listing's time). Not kept with free text."""
    form = context["form"]
    data = form.data if form.is_bound else {}

    def render():
        with context.push(**options):
            return context.template.engine.get_template("includes/filters.html").render(context)

    if any(data.get(name) for name in FREE_TEXT_PARAMETERS):
        return render()
    # only the form's own fields: any other parameter in the address makes no other fragment
    getlist = data.getlist if hasattr(data, "getlist") else lambda name: [data[name]]
    chosen = [(name, getlist(name)) for name in form.fields if name in data]
    seed = (
        context.get("action"),
        str(context.get("title")),
        str(context.get("submit")),
        sorted(options.items()),
        chosen,
        translation.get_language(),
    )
    ident = hashlib.md5(repr(seed).encode(), usedforsecurity=False).hexdigest()
    return shared_fragment("filters", ident, render)
