from wagtail import views as wagtail_views

# Files that pages serve through their routable-page routes (open data, feeds, calendars).
PAGE_FILE_PATTERN = r"^((?:[\w\-]+/)*)([\w\-]+\.(?:csv|json|ics|xml|vcf))$"


def serve_page_file(request, page_path, filename):
    """Serve `<page URL>name.ext` through the page's route `name.ext/`. Wagtail's own URL
    pattern takes no dot in a path, so `agenda.ics` or `organisations.csv` would 404."""
    return wagtail_views.serve(request, f"{page_path}{filename}/")
