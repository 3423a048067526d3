"""The arithmetic checks of ``zongjie audit``, one module per kind of claim.

Each check is ``check(group: SentenceFigures) -> Iterator[Finding]``: it sees the figures of one
sentence (with their positions in it and the source's other figures by ``start``, for relations).
"""
