"""The web address on an article's meta line: shown in full and as an OSC 8 hyperlink.

The address (checked by ``core.weblink.safe_url``) is shown in full, so it can be
copied where links do not work, and carries a hyperlink style, so terminals
that support OSC 8 open it on click (also over SSH).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from ..core.model import Article
from ..core.weblink import safe_url
from . import palette


def with_link(line: str, article: Article) -> Text:
    """The meta line ``line`` styled, followed by the article's address when it has a usable one."""
    text = Text(line, style=palette.META_STYLE, end="")
    url = safe_url(article.url)
    if url:
        text.append(" · ", style=palette.META_STYLE)
        text.append(url, style=Style(dim=True, underline=True, link=url))
    return text
