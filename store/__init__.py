"""The store: documents, articles, figures, activities and people's corrections in one DuckDB file."""
