"""Cells written to CSV or spreadsheet files that people open in Excel or LibreOffice."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, defused when a spreadsheet would read it as a formula (CSV injection):
    text starting with = + - @ tab or CR gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text
