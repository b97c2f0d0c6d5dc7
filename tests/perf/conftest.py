"""Keep pytest out of the benchmark folder: bench.py is run by hand, never as a test."""
collect_ignore = ["bench.py", "generate_corpus.py", "templates.py", "vocab.py", "bench_helpers.py"]
