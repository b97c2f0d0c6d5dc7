"""A web domain written in text ("kestrel.com", "www.kestrel.co.uk", "KBAY.com"): one pattern.

Site names, page titles and story titles all ask whether a piece of text names a site by
its domain; they share this pattern. A domain is dot-separated labels ending in a generic
top-level domain or a two-letter country code, perhaps followed by a country code
("co.uk", "com.au"); it stands alone, not inside a longer word, address or number.
"""

from __future__ import annotations

import re

_GENERIC = "com|org|net|info|news|io|gov|edu|biz|tv|co"
DOMAIN = re.compile(
    rf"(?<![\w.-])(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:{_GENERIC}|[a-z]{{2}})(?:\.[a-z]{{2}})?"
    r"(?![\w-]|\.\w)",
    re.I,
)
