"""The benchmark corpus generator and benchmark script (run by hand, not collected by pytest)."""
