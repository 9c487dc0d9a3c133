"""The site's Content-Security-Policy: strict on public pages, relaxed only as far as Wagtail's
admin needs (its date widgets and panels still write inline scripts and styles), and framable
by any site only on the embed routes (a path ending in `/embed/`: the agenda, directory and
news that members show on their own sites). Every other page may only be framed by the site
itself (and X-Frame-Options: DENY in production)."""

import re

from django.conf import settings

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_RELAXATIONS = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
EMBED_PATH = re.compile(r"/embed/$")


def is_embed(path):
    return bool(EMBED_PATH.search(path))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith(settings.CSP_RELAXED_PATHS):
            parts.update = {**(parts.update or {}), **ADMIN_RELAXATIONS}
        if is_embed(request.path_info):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["*"]}
        return parts
