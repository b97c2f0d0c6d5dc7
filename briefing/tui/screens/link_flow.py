"""Opening the article's web address (``o``): in a browser when there is one, else copied.

A mixin of ``ReaderScreen``. The address is checked (``core.weblink.safe_url``:
http/https only) and handed to ``$BROWSER`` or ``xdg-open`` as one argument,
never through a shell. Over SSH, or without a browser, it is copied (OSC 52)
and the meta line's link (OSC 8) is what opens it.
"""

from __future__ import annotations

from ...core import weblink
from .reader_base import ReaderBase


class LinkFlow(ReaderBase):
    """The article's URL for the reader screen."""

    def action_open_link(self) -> None:
        article = self.article
        if article is None:
            return
        if not article.url:
            self.notify("this article has no web address (no url: in its front matter or page)", timeout=3)
            return
        url = weblink.safe_url(article.url)
        if url is None:
            self.notify("the article's web address is not an http(s) address; not opened", timeout=4)
            return
        problem = weblink.open_url(url)
        if not problem:
            self.notify("opened in the browser", timeout=2)
            return
        self.app.copy_to_clipboard(url)
        self.app.last_copied = url
        self.notify(f"{problem}: address copied; the meta line links to it", timeout=5, markup=False)
