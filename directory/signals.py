"""The directory's signal receivers, connected when the app is ready (DirectoryConfig.ready)."""

from wagtail.signals import page_published, page_unpublished

from directory.sections import forget_organisation_choices

page_published.connect(forget_organisation_choices, dispatch_uid="directory-choices-pub")
page_unpublished.connect(forget_organisation_choices, dispatch_uid="directory-choices-unpub")
