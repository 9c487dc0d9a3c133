"""The site's Content-Security-Policy: strict on public pages, relaxed only as far as Wagtail's
admin needs (its date widgets and panels still write inline scripts and styles)."""

from django.conf import settings

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_RELAXATIONS = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.CSP_RELAXED_PATHS):
            parts.update = {**(parts.update or {}), **ADMIN_RELAXATIONS}
        return parts
