"""Stories: articles that report the same event or development, grouped from text and metadata.

Modules: listing (Story objects from the stored grouping and the article summaries).
"""
