"""The Textual reader. Imported only by ``briefing`` / ``briefing read``, never by one-shot commands."""
