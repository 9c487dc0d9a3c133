"""Cells written to CSV or spreadsheet files that people open in Excel or LibreOffice."""

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# An international phone number (+39 011 555 01 23, +33 (0)4 92 00 00 00): digits after the +,
# nothing a spreadsheet could call or refer to. Left as it is, not prefixed.
PHONE_NUMBER = re.compile(r"\+[0-9][0-9 .()/-]*\Z")


def safe_cell(value):
    """The value, defused when a spreadsheet would read it as a formula (CSV injection):
    text starting with = + - @ tab or CR gets a leading apostrophe, except a phone number."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS) and not PHONE_NUMBER.match(text):
        return "'" + text
    return text
