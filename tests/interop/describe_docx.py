#!/usr/bin/env python3
"""Describes a Word document as python3-docx sees it, as JSON on standard output: each body table's
rows, and for each cell (w:tc) its text, grid span and vertical-merge state. The interop tests
compare this with the merges kpiconv meant to write."""
import json
import sys

import docx
from docx.table import _Cell


def describe(path):
    document = docx.Document(path)
    tables = []
    for table in document.tables:
        rows = []
        for tr in table._tbl.tr_lst:
            rows.append([{"text": _Cell(tc, table).text, "grid_span": tc.grid_span,
                          "v_merge": tc.vMerge or ""} for tc in tr.tc_lst])
        tables.append({"rows": rows})
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    return {"tables": tables, "paragraph_styles": styles}


if __name__ == "__main__":
    json.dump(describe(sys.argv[1]), sys.stdout, ensure_ascii=False)
