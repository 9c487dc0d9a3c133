from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.html import parse_html
from django.utils import translation

import pytest

from core.forms import PlainSelect, within_size

MB = 1024 * 1024


def test_an_upload_within_the_limit_passes_through():
    upload = SimpleUploadedFile("agenda.ics", b"x" * MB)
    assert within_size(upload, MB) is upload


def test_a_larger_upload_is_refused_with_the_limit_in_words():
    upload = SimpleUploadedFile("contacts.csv", b"x" * (MB + 1))
    with translation.override("en"), pytest.raises(forms.ValidationError) as excinfo:
        within_size(upload, MB)
    assert excinfo.value.messages == ["The file is larger than the 1 MB allowed."]


def test_plain_select_writes_what_django_s_template_writes():
    """The listings' drop-down lists, rendered in Python, are Django's markup: same options,
    groups, selection, attributes and escaping (compared as HTML, as assertHTMLEqual does)."""

    choices = [
        ("", "Toutes les communes"),
        ("Briançonnais", [("05023", "Briançon"), ("05161", "Villard-Saint-Pancrace")]),
        ("05061", 'Gap <"centre"> & co'),
    ]
    attrs = {"id": "id_commune", "data-filter": "x"}

    for value in ("05023", "05061", "", None):
        plain = PlainSelect(attrs=attrs, choices=choices).render("commune", value)
        django = forms.Select(attrs=attrs, choices=choices).render("commune", value)
        assert parse_html(plain) == parse_html(django)
    assert 'value="05023" selected' in PlainSelect(choices=choices).render("c", "05023")
