"""What the embed routes share (an agenda, a directory or news shown on a member's site):
their options in the query string and the frame around the list. Any site may frame a path
ending in `/embed/` (core.middleware); the pages use templates/core/embed_base.html."""

AT_MOST = 50


def embed_options(request, default_title, layouts=("list",)):
    """(layout, limit, title) from the query string, each within bounds."""
    layout = request.GET.get("layout")
    layout = layout if layout in layouts else layouts[0]
    try:
        limit = min(max(int(request.GET.get("limit", 10)), 1), AT_MOST)
    except ValueError:
        limit = 10
    title = request.GET.get("title", "")[:120].strip() or default_title
    return layout, limit, title


def embed_context(page, request, form, more_label, empty_message, layouts=("list", "compact")):
    """(limit, context) of an embed of `page` filtered by `form` (a ListingFilterForm): the
    layout, the title, the link to the whole listing with the same filters and what to say
    when nothing matches. templates/core/embed_base.html lists `entries`, each with the
    `<app>/embed_entry.html` of the page's app."""
    layout, limit, title = embed_options(request, page.title, layouts)
    query = form.query_string()
    return limit, {
        "layout": layout,
        "embed_title": title,
        "more_url": request.build_absolute_uri(page.url + (f"?{query}" if query else "")),
        "more_label": more_label,
        "empty_message": empty_message,
        "entry_template": f"{page._meta.app_label}/embed_entry.html",
    }
