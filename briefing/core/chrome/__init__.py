"""Telling a copied web page's chrome from its article: families, shapes, position, neighbours.

``classify(lines)`` judges every line of a text file (``classifier.py``); ``chrome_reason``
judges one line by its wording alone (``families.py``); ``shape.py`` holds the line
shapes both use.
"""

from __future__ import annotations

from .classifier import Classification, classify, label_reason
from .families import chrome_reason

__all__ = ["Classification", "chrome_reason", "classify", "label_reason"]
