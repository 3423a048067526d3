"""Importing this module loads the extraction pipeline's models and lexicons, on purpose.

It exists for ``bulk.scale``'s fork server: preloaded there once, every worker process forked from it
starts with the pipeline ready (jieba's dictionary entries, the indicator and topic models), sharing those
pages, instead of each loading them again (seconds, and ~250 MB) on its first batch. Nothing else imports
it. Arrow's Parquet writer is preloaded beside it (before it) only where workers write Parquet parts.
"""

import gc

from corpus.records import Document
from extract.batch import extract_document

_TEXT = """青川县总工会2025年上半年工作总结
一、组织建设
全年新建工会组织38家，发展会员1200人，组建率达96.5%。
二、服务职工
发放慰问金41万元，其中政府筹集20.5万元。4月10日召开职工代表大会，参会代表150人。
全区生产总值增长6%左右，新增就业岗位8000个。茶叶、苗木产业产值分别达到12亿元和8亿元。"""

extract_document(Document(source="warm-up", text=_TEXT, format="txt"))

# Keep the collector off these objects in every worker forked from here: a collection writes to each
# object it visits, which would copy every shared page into every worker (copy-on-write).
gc.freeze()
