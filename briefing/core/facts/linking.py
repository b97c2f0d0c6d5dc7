"""Placeholder."""
def link(articles, facts_per_article):
    return []
