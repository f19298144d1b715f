"""foidesk benchmarks: ``python -m bench`` (``make bench``) prints a table of figures."""
