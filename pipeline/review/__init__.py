"""Review: reviewers' marks on the output rows, kept across runs, and what they say.

- ``marks``: the mark record, matching marks to rows by stable id (orphans when a row is gone or changed),
  and putting them into the tables;
- ``store``: the store's marks matched to its current rows (what the commands and the export start from);
- ``files``: reading reviewed CSV files and workbooks (a malformed file is refused whole);
- ``importer``: ``aznews review import``, conflicts reported, the later mark kept;
- ``report``: precision per label and event type with Wilson intervals (``aznews review report``);
- ``gold``: fully reviewed articles as gold files (``aznews review export-gold``).
"""
