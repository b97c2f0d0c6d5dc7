"""Choosing an article's title: a page's headline without its site name, or one made from the lede.

For HTML the publisher states the headline several times (JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``<title>``, the ``<h1>`` a reader sees), often
with the site's name around it ("Headline | Site", "Site: Headline"). The title
is the stated headline that the page also shows as an ``<h1>``; else
trafilatura's title, ``og:title`` or the ``<h1>`` with the site's name cut off.
For text without a headline line, a title is derived from the lede (and marked
as derived by the caller): its first sentence when short enough, else its first
clause, never a cut sentence ending in "…".
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator, Sequence

from .domains import DOMAIN
from .sentences import split_spans

_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_H23 = re.compile(r"<h([23])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_LD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]*>")
# a ruby's reading (Japanese furigana: <ruby>子<rt>こ</rt></ruby>) is not part of the text,
# and its tags join characters rather than separate words
_RUBY = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1\s*>|</?ruby\b[^>]*>", re.I | re.S)
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", ": ", " || ", "｜", "|", "_")
_META_KEYS = {
    "og:title",
    "twitter:title",
    "og:site_name",
    "application-name",
    "og:description",
    "description",
    "og:url",
}


def _text(fragment: str) -> str:
    if "<r" in fragment or "<R" in fragment:
        fragment = _RUBY.sub("", fragment)
    return " ".join(html.unescape(_TAGS.sub(" ", fragment)).split())


def _headlines_in_ld(raw: str) -> list[str]:
    found: list[str] = []

    def walk(node: object, depth: int) -> None:
        if depth > 6:
            return
        if isinstance(node, dict):
            value = node.get("headline")
            if isinstance(value, str) and value.strip():
                found.append(_text(value))
            for child in node.values():
                walk(child, depth + 1)
        elif isinstance(node, list):
            for child in node[:50]:
                walk(child, depth + 1)

    try:
        walk(json.loads(raw), 0)
    except (ValueError, RecursionError):
        pass
    return found


def html_meta(source: str) -> dict[str, str]:
    """What a page states about itself, found by a quick scan (no parse): og/twitter titles,
    site name, description, canonical URL, ``<title>``, JSON-LD headline and the ``<h1>``s
    (tab-separated under ``h1``)."""
    meta: dict[str, str] = {}
    head = source[:300_000]
    for tag in _META.finditer(head):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(tag.group(0))
        }
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in _META_KEYS and attrs.get("content", "").strip() and key not in meta:
            meta[key] = _text(attrs["content"])
    link = _CANONICAL.search(head)
    if link:
        href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", link.group(0), re.I)
        if href:
            meta["canonical"] = html.unescape(href.group(1))
    title = _TITLE.search(head)
    if title:
        meta["title"] = _text(title.group(1))
    for script in _LD.finditer(head):
        headlines = _headlines_in_ld(script.group(1))
        if headlines:
            meta["ld:headline"] = headlines[0]
            break
    h1s = [_text(m.group(1)) for m in _H1.finditer(source)]
    meta["h1"] = "\t".join(h for h in h1s[:5] if h)
    return meta


def subheadings(source: str, most: int = 12) -> Iterator[str]:
    """The texts of the page's first ``most`` ``<h2>``/``<h3>``s, found as they are asked
    for (older sites set the headline as one; only a title that does not fit the story asks)."""
    for m in itertools.islice(_H23.finditer(source, 0, 300_000), most):
        text = _text(m.group(2))
        if text:
            yield text


def norm(text: str) -> str:
    """Case-, punctuation- and space-insensitive form, for comparing headlines."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def same_title(a: str, b: str) -> bool:
    return bool(a) and norm(a) == norm(b)


def _site_like(part: str, sites: list[str]) -> bool:
    """A part of a title that names the site: its name or its domain ("Site", "site.com")."""
    key = norm(part)
    if not key or len(key.split()) > 8:
        return False
    if DOMAIN.fullmatch(part.strip()):
        return True  # "news.example.com"
    squashed = key.replace(" ", "")
    for site in sites:
        s = norm(site).replace(" ", "")
        if s and (squashed == s or (len(squashed) >= 4 and squashed in s)):
            return True
    return False


def strip_site(title: str, sites: list[str]) -> str:
    """The title without a leading or trailing site name ("Headline | Site", "Site: Headline")."""
    title = " ".join(title.split())
    for _ in range(3):
        changed = False
        for sep in _SEPARATORS:
            if sep not in title:
                continue
            head, tail = title.rsplit(sep, 1)
            if head and _site_like(tail, sites) and len(norm(head)) >= 3:
                title, changed = head.rstrip(), True
                break
            first, rest = title.split(sep, 1)
            if rest and _site_like(first, sites) and len(norm(rest)) >= 3:
                title, changed = rest.lstrip(), True
                break
        if not changed:
            break
    return title


def html_title(found: str, meta: dict[str, str], site: str, headings: Sequence[str] = ()) -> tuple[str, str]:
    """(title, where it came from) for a page: "h1" when a stated headline is the page's <h1>,
    else "metadata" (trafilatura, og:title, <title>), else "" (none found)."""
    h1s = [h for h in meta.get("h1", "").split("\t") if h]
    sites = [s for s in (site, meta.get("og:site_name", ""), meta.get("application-name", "")) if s]
    url = meta.get("canonical") or meta.get("og:url") or ""
    host = re.match(r"[a-z]+://(?:www\.)?([^/:]+)", url)
    if host:
        sites.append(host.group(1).rsplit(".", 1)[0])
    stated = [meta.get(k, "") for k in ("ld:headline", "og:title", "twitter:title", "title")]
    stated = [strip_site(s, sites) for s in stated if s and not is_chrome_label(s)]
    shown = [h for h in h1s + list(headings) if not _site_like(h, sites) and not is_chrome_label(h)]
    for candidate in stated:
        for h in shown:
            if same_title(candidate, h) or _starts_with_headline(candidate, h):
                return h, "h1"
    for candidate in [strip_site(found, sites), *stated]:
        if (
            candidate
            and not _site_like(candidate, sites)
            and len(norm(candidate)) >= 3
            and not is_chrome_label(candidate)
        ):
            return candidate, "metadata"
    if shown:
        return shown[0], "h1"
    return "", ""


# a rule drawn in characters ("----- RELATED SITES"), a menu's label ("bbc.co.uk Navigation")
_LABEL_SHAPE = re.compile(r"^[-=_*~.]{3,}|^\S+(?: \S+)? navigation$", re.I)


def is_chrome_label(text: str) -> bool:
    """A widget's label or a publishing time, never a title ("Bookmark with:", "Share this",
    "Last Updated: Monday, 26 November 2007, 15:30 GMT"), by the chrome classifier's wording."""
    from .chrome import label_reason  # the classifier's rules, only when a page has headings

    text = " ".join(text.split())
    return len(text) <= 120 and (_LABEL_SHAPE.search(text) is not None or label_reason(text) is not None)


def _starts_with_headline(title: str, h1: str) -> bool:
    """ "Headline - Section" where the page shows "Headline" as its <h1>."""
    if len(norm(h1).split()) < 3:
        return False
    return any(title.startswith(h1 + sep) for sep in _SEPARATORS)


# "WASHINGTON (AP) -", "LONDON, Jan 5 (Reuters) -": where the story was filed, not its title
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},?(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)?"
    r"(?: \([A-Za-z][\w .&-]{0,30}\) ?[-—–:]?| ?[-—–:]) (?=[A-Z])"
)
_CLAUSE = re.compile(r"[,;:—–]\s|\s[-–—]\s")
# words that open a subordinate part of a sentence: a lede cut before one still reads whole
_SUBORDINATE = re.compile(
    r"\s(?=(?:aimed|amid|amidst|as|after|while|which|who|whose|where|when|following|despite|"
    r"because|since|although|though|before|including|according|seeking|saying|but)\b)",
    re.I,
)


# a preposition opening a phrase the main clause can do without ("... this week | for a visit")
_PHRASE = re.compile(r"\s(?=(?:for|with|in|on|at|from|by|over|during|into|across|under|near)\s)", re.I)


def _cut(first: str, limit: int, patterns: tuple[re.Pattern[str], ...]) -> str:
    """The longest start of ``first`` of six words or more, within ``limit``, ending before a
    match of one of ``patterns``; "" if there is none."""
    cuts = [m.start() for p in patterns for m in p.finditer(first, 0, limit + 1)]
    cuts = [c for c in cuts if len(first[:c].split()) >= 6]
    return first[: max(cuts)].rstrip(",;:—–- ") if cuts else ""


def derive_title(text: str, limit: int = 90) -> str:
    """A title made from the lede: its first sentence when at most ``limit`` characters, else its
    main clause: cut before a comma, dash or word opening a subordinate part ("aimed", "amid",
    "as", "which"...), else before a prepositional phrase ("for a visit"), else at such a
    comma or word within 120 characters, else the whole sentence up to 200 characters at a
    word boundary; never a fragment with "…" added."""
    spans = split_spans(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    first = _DATELINE.sub("", " ".join(first.split()), count=1).rstrip(".。")
    if len(first) <= limit:
        return first
    title = (
        _cut(first, limit, (_CLAUSE, _SUBORDINATE))
        or _cut(first, limit, (_PHRASE,))
        or _cut(first, 120, (_CLAUSE, _SUBORDINATE))
    )
    if title:
        return title
    if len(first) <= 200:
        return first
    cut = first[:200].rsplit(" ", 1)[0] if " " in first[:200] else first[:200]
    return cut.rstrip(",;:—–- ")
