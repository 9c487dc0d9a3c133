"""Cells that people open in a spreadsheet: formulas defused, phone numbers left as written."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.spreadsheets import FORMULA_TRIGGERS, safe_cell


@pytest.mark.parametrize(
    "number", ["+39 011 555 01 23", "+33 4 92 00 00 00", "+33 (0)4 92 00 00 00", "+41-22-123-45-67"]
)
def test_international_phone_numbers_are_left_as_written(number):
    assert safe_cell(number) == number


@pytest.mark.parametrize(
    "formula",
    [
        '=HYPERLINK("http://evil.example","x")',
        "+A1",
        "+39 011 555 01 23+cmd|' /C calc'!A0",
        "+1+SUM(A1:A9)",
        "-2+3",
        "@SUM(A1)",
        "+",
        "+ 33",
        "+\u0663\u0663",  # digits of another script are not what a phone number is written with
    ],
)
def test_formulas_get_an_apostrophe(formula):
    assert safe_cell(formula) == "'" + formula


@given(st.text())
def test_no_cell_starts_a_formula_unless_it_is_a_phone_number(text):
    cell = safe_cell(text)
    if cell.startswith(FORMULA_TRIGGERS):
        assert cell.startswith("+") and all(c in "0123456789 .()/-" for c in cell[1:])
        assert cell[1:2] in set("0123456789")
