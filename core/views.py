from django.conf import settings
from django.shortcuts import render

from wagtail import views as wagtail_views

from core.net import client_ip
from core.ratelimit import RateLimit

# Files that pages serve through their routable-page routes (open data, feeds, calendars).
PAGE_FILE_PATTERN = r"^((?:[\w\-]+/)*)([\w\-]+\.(?:csv|json|ics|xml|vcf))$"


def serve_page_file(request, page_path, filename):
    """Serve `<page URL>name.ext` through the page's route `name.ext/`. Wagtail's own URL
    pattern takes no dot in a path, so `agenda.ics` or `organisations.csv` would 404."""
    return wagtail_views.serve(request, f"{page_path}{filename}/")


def too_many_attempts(request, *args):
    """The answer to a locked-out login (django-axes' AXES_LOCKOUT_CALLABLE) or to too many
    password reset requests: a 429 that says what happened and when to try again."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "core/too_many_attempts.html", {"cooloff_minutes": minutes}, status=429)


def throttled_password_reset(view):
    """`view` (the admin's password reset form) with its submissions limited per address."""
    per_ip = RateLimit("password-reset-ip", settings.PASSWORD_RESETS_PER_IP_PER_HOUR, 3600)

    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            ip = client_ip(request)
            if per_ip.exceeded(ip):
                return too_many_attempts(request)
            per_ip.hit(ip)
        return view(request, *args, **kwargs)

    return wrapped
