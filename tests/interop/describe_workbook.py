#!/usr/bin/env python3
"""Describes a workbook as python3-openpyxl sees it, as JSON on standard output: each sheet's name,
state and merged ranges, and every non-empty cell's value, type and number format. The interop
tests compare this with what kpiconv meant to write."""
import json
import sys

import openpyxl


def describe(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells[cell.coordinate] = {
                    "value": cell.value,
                    "type": cell.data_type,
                    "format": cell.number_format,
                }
        sheets.append({
            "name": sheet.title,
            "state": sheet.sheet_state,
            "merged": sorted(str(merged) for merged in sheet.merged_cells.ranges),
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "cells": cells,
        })
    return {"title": workbook.properties.title, "sheets": sheets}


if __name__ == "__main__":
    json.dump(describe(sys.argv[1]), sys.stdout, ensure_ascii=False, default=str)
