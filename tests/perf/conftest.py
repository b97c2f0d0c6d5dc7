"""Keep pytest out of the benchmark folder: bench.py and its helpers are run by hand."""

collect_ignore = ["bench.py", "baselines.py", "generate_corpus.py", "templates.py", "vocab.py", "workers.py"]
