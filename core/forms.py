"""What the site's forms share: listing filters, upload limits."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext as _


def within_size(upload, max_bytes):
    """`upload`, or a ValidationError naming the limit when the file is larger."""
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("The file is larger than the %(limit)s MB allowed.")
            % {"limit": max_bytes // (1024 * 1024)}
        )
    return upload


class ListingFilterForm(forms.Form):
    """A GET form of filters: bad values are reported on the form and otherwise ignored, and
    the valid ones make the query string of pagination, open data and feeds."""

    def cleaned(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", False)}

    def query_string(self, exclude=()):
        return urlencode(
            {
                name: "on" if value is True else getattr(value, "isoformat", lambda v=value: v)()
                for name, value in self.cleaned().items()
                if name not in exclude
            }
        )
