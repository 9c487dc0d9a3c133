"""What the embed routes share (an agenda, a directory or news shown on a member's site):
their options in the query string. Any site may frame a path ending in `/embed/`
(core.middleware); the pages use templates/core/embed_base.html."""

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
