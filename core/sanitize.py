"""The one HTML sanitiser for anything that comes from outside (members' feeds, imports):
nh3 (ammonia) with a short allow-list; links only in http(s)."""

import html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin

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


# Plain text of HTML -----------------------------------------------------------------------------
# What a calendar (or any plain-text reader) shows of an HTML fragment: real characters, line
# breaks, and links written out as "text (https://…)".

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TAGS = {"address", "article", "blockquote", "div", "figure", "footer", "header"}
_BLOCK_TAGS |= {"hr", "ol", "p", "pre", "section", "table", "tr", "ul", *_HEADINGS}
_HIDDEN_TAGS = {"head", "script", "style", "template", "title"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_LINE_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_EMPTY_BULLETS = re.compile(r"• *\n+")
_BULLET = "• "


class _TextOfHtml(HTMLParser):
    def __init__(self, base_url, keep_newlines):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.keep_newlines = keep_newlines
        self.pieces = []
        self.links = []  # (href, index of the link's first piece), innermost last
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "br":
            self.pieces.append("\n")
        elif tag == "li":
            self.pieces.append("\n" + _BULLET)
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n\n")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.pieces)))

    def handle_startendtag(self, tag, attrs):
        if tag not in _HIDDEN_TAGS and tag != "a":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n\n")
        elif tag == "a" and self.links:
            href, first = self.links.pop()
            self.pieces.append(_link_suffix("".join(self.pieces[first:]), href, self.base_url))

    def handle_data(self, data):
        if not self.hidden:
            self.pieces.append(data if self.keep_newlines else _SPACES.sub(" ", data))

    def text(self):
        self.close()
        return tidy_text("".join(self.pieces))


def _link_suffix(text, href, base_url):
    """What follows a link's text in plain text: " (address)", or the address alone when the
    link has no text, or nothing when the text already is the address."""
    href = href.strip()
    if base_url and href and not href.lower().startswith(("http:", "https:", "mailto:")):
        href = urljoin(base_url, href)
    scheme = href.split(":", 1)[0].lower()
    if scheme not in {"http", "https", "mailto"}:
        return ""
    shown = href[len("mailto:") :] if scheme == "mailto" else href
    if not text.strip():
        return shown
    if _comparable(text) == _comparable(shown):
        return ""
    return f" ({shown})"


def _comparable(address):
    address = address.strip().lower().rstrip("/")
    for prefix in ("https://", "http://", "mailto:", "www."):
        address = address.removeprefix(prefix)
    return address


def tidy_text(text):
    """Plain text tidied as html_to_text leaves it: spaces collapsed and trimmed on every line,
    a list bullet on the line of its text, at most one blank line in a row."""
    lines = (_LINE_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _EMPTY_BULLETS.sub(_BULLET, "\n".join(lines))
    return _BLANK_LINES.sub("\n\n", text).strip()


_HTML_BREAK = re.compile(r"<(?:br|p|div|li|h[1-6]|tr)\b", re.IGNORECASE)


def html_to_text(value, base_url=None):
    """The plain text of an HTML fragment as a calendar shows it: <br> and list items start a
    line, paragraphs and other blocks are separated by a blank line, entities become characters,
    and links are written "text (https://…)" (relative ones made absolute against `base_url`);
    scripts, styles and every other tag are dropped."""
    if not value:
        return ""
    value = str(value)
    # Whitespace in HTML is one space, unless the producer wrote line breaks as newlines with
    # only inline tags (<b>, <a>) around: then they are the only line breaks there are.
    keep_newlines = _HTML_BREAK.search(value) is None
    parser = _TextOfHtml(base_url, keep_newlines)
    parser.feed(value)
    return parser.text()
