"""The build benchmark: our extension against plain Sphinx and the theme's floor.

``make bench`` (``python -m bench``) generates synthetic projects of N
frameworks in three variants with the same content, builds them, and prints
and saves the measures. See ``python -m bench --help``.
"""
