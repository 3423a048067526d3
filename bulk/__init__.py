"""The bulk engine: big archives extracted as tasks on local processes or a Dask cluster.

``plan`` cuts the input files into batches (stable keys, so a re-run skips what is done), ``scale`` runs
each batch on a worker (a fork server warmed by ``warm``, or Dask) and ``parts`` writes each batch's records
as one Parquet part of a resumable dataset; ``spool`` hands a worker's records to the writer through a file.
Extraction itself (``extract``) knows nothing of this: a batch calls ``extract.batch`` on its documents.
"""
