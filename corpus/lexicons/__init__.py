"""Data files of the corpus layer (furniture patterns, organisation suffixes, title words)."""
