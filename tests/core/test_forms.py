from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest

from core.forms import within_size

MB = 1024 * 1024


def test_an_upload_within_the_limit_passes_through():
    upload = SimpleUploadedFile("agenda.ics", b"x" * MB)
    assert within_size(upload, MB) is upload


def test_a_larger_upload_is_refused_with_the_limit_in_words():
    upload = SimpleUploadedFile("contacts.csv", b"x" * (MB + 1))
    with translation.override("en"), pytest.raises(forms.ValidationError) as excinfo:
        within_size(upload, MB)
    assert excinfo.value.messages == ["The file is larger than the 1 MB allowed."]
