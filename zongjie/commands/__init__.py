"""One module per command group; each function is registered in ``zongjie.cli``."""
