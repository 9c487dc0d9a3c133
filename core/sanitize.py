"""The one HTML sanitiser for anything that comes from outside (members' feeds, imports):
nh3 (ammonia) with a short allow-list; links only in http(s)."""

import html
import re

import nh3

ALLOWED_TAGS = {"p", "br", "a", "strong", "b", "em", "i", "ul", "ol", "li", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https"}


def clean_html(value, limit=10_000):
    """Sanitised HTML: allowed tags only, links in http(s) only, with rel=noopener."""
    if not value:
        return ""
    cleaned = nh3.clean(
        str(value)[: limit * 4],
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return cleaned[:limit]


def plain_text(value, limit=300):
    """The text of an HTML fragment, on one line, at most `limit` characters."""
    text = html.unescape(nh3.clean(str(value or ""), tags=set()))
    return " ".join(text.split())[:limit]


def http_url(value, limit=500):
    """The URL if it is http(s), else an empty string."""
    url = str(value or "").strip()
    return url[:limit] if url.lower().startswith(("http://", "https://")) else ""


def text_to_paragraphs(text):
    """Rich-text HTML for plain text: one paragraph per blank-line-separated block, a line
    break for each line inside a block, everything escaped."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return "".join(
        "<p>{}</p>".format("<br/>".join(html.escape(row.strip()) for row in block.splitlines()))
        for block in blocks
        if block.strip()
    )
