"""The corpus index: Whoosh for search, JSON side files and stored analysis for everything else.

scan.py (stat-only corpus listing), manifest_ops.py (what changed), documents.py
(parse + analyse one file, its Whoosh document), codec.py (analysis <-> JSON),
store.py (the files of an index folder), locking.py (one writer at a time),
updater.py (incremental update), location.py (shared or private index),
query.py (query checks and parsing), snippets.py (best sentences + highlights),
fingerprint.py (what invalidates stored analysis), schema.py (fields, analyzers).
``briefing.core.library.Library`` is the one entry point the front ends use.
"""
