"""Importing this module loads the extraction pipeline's models and lexicons, on purpose.

It exists for ``extract.scale``'s fork server: preloaded there once, every worker process forked from it
starts with the pipeline ready (and shares those pages) instead of each spending a second or two loading
it on its first document. Nothing else imports it.
"""

from corpus.records import Document
from extract.batch import extract_document

extract_document(Document(source="warm-up", text="一、组织建设\n全年新建工会组织38家，发放慰问金41万元。", format="txt"))
