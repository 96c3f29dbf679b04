#!/usr/bin/env python3
"""Describes what a filled province template keeps, as python3-openpyxl sees it, as JSON on
standard output: each sheet's state, protection, frozen panes, merged ranges and data validations,
the workbook's defined names, and the values and number formats of one sheet's cells.

    describe_template.py WORKBOOK SHEET
"""
import json
import sys

import openpyxl


def describe(path, sheet_name):
    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in workbook.worksheets:
        sheets[sheet.title] = {
            "state": sheet.sheet_state,
            "protected": bool(sheet.protection.sheet),
            "freeze": sheet.freeze_panes,
            "merged": sorted(str(merged) for merged in sheet.merged_cells.ranges),
            "validations": sorted(
                [str(validation.sqref), validation.formula1]
                for validation in sheet.data_validations.dataValidation),
            "print_titles": sheet.print_title_rows,
        }
    names = {}
    for defined in workbook.defined_names.definedName:
        names[defined.name] = defined.attr_text
    cells = {}
    formats = {}
    for row in workbook[sheet_name].iter_rows():
        for cell in row:
            if cell.value is not None:
                cells[cell.coordinate] = cell.value
                formats[cell.coordinate] = cell.number_format
    return {"sheets": sheets, "names": names, "cells": cells, "formats": formats}


if __name__ == "__main__":
    json.dump(describe(sys.argv[1], sys.argv[2]), sys.stdout, ensure_ascii=False, default=str)
