"""What the admin's page forms share."""

from wagtail.admin.forms import WagtailAdminPageForm


class FreeSlugPageForm(WagtailAdminPageForm):
    """A new page whose slug is already taken under its parent gets the first free one
    ("atelier-velo-2"): events and news repeat their titles (a monthly workshop), and a draft
    autosaved from a half-filled form must not refuse the next page of the same title. An
    existing page keeps Wagtail's check: renaming one onto another is a mistake to point out."""

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug and self.instance.pk is None and self.parent_page is not None:
            taken = set(
                self.parent_page.get_children()
                .filter(slug__startswith=slug)
                .values_list("slug", flat=True)
            )
            free, number = slug, 1
            while free in taken:
                number += 1
                free = f"{slug}-{number}"
            slug = free
        return slug
