#!/usr/bin/env python3
"""Writes a filing (kpiconv's canonical JSON) as a workbook of the normalized layout with
python3-openpyxl: an independent producer whose files kpiconv's XLSX reader must read back into the
same filing. Clean numbers become number cells with a format showing the same digits, percentages
with their sign become percent cells; everything else is text. Usage: write_with_openpyxl.py IN.json
OUT.xlsx"""
import json
import re
import sys

import openpyxl
from openpyxl.styles import Border, Font, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

PROJECT_COLUMNS = ["单位编码", "单位名称", "金额单位", "项目编码", "项目名称", "预算数", "财政资金", "其他资金",
                   "资金用途", "3月底", "6月底", "10月底", "12月底", "绩效目标", "指标数", "项目标题", "项目序号"]
INDICATOR_COLUMNS = ["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                     "指标值确定依据", "项目序号"]
NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.([0-9]+))?$")
PERCENT = re.compile(r"^(0|[1-9][0-9]*)(\.([0-9]+))?%$")


def put(sheet, row, col, text):
    cell = sheet.cell(row=row, column=col)
    number = NUMBER.match(text)
    percent = PERCENT.match(text)
    if number:
        cell.value = float(text) if number.group(2) else int(text)
        cell.number_format = "0." + "0" * len(number.group(3)) if number.group(2) else "0"
    elif percent:
        digits = percent.group(3) or ""
        cell.value = float(text[:-1]) / 100
        cell.number_format = "0." + "0" * len(digits) + "%" if digits else "0%"
    else:
        cell.value = text
        cell.data_type = "s"


def project_values(project, number):
    budget = project["budget"]
    plan = project["spending_plan"]
    return [project["unit_code"], project["unit_name"], project["amount_unit"], project["code"],
            project["name"], budget["total"], budget["fiscal"], budget["other"], project["purpose"],
            plan[0], plan[1], plan[2], plan[3], project["goals"], str(len(project["indicators"])),
            project["title"], str(number)]


def main(source, target):
    filing = json.load(open(source, encoding="utf-8"))
    workbook = openpyxl.Workbook()
    projects = workbook.active
    projects.title = "项目"
    projects.append(PROJECT_COLUMNS)
    for number, project in enumerate(filing["projects"], start=1):
        for col, text in enumerate(project_values(project, number), start=1):
            if col in (1, 4):  # codes stay text
                projects.cell(row=number + 1, column=col, value=text)
            else:
                put(projects, number + 1, col, text)
    indicators = workbook.create_sheet("指标")
    indicators.append(INDICATOR_COLUMNS)
    row = 1
    for number, project in enumerate(filing["projects"], start=1):
        for indicator in project["indicators"]:
            row += 1
            values = [project["code"], project["name"], indicator["level1"], indicator["level2"],
                      indicator["level3"], indicator["description"], indicator["value"],
                      indicator["basis"]]
            for col, text in enumerate(values, start=1):
                indicators.cell(row=row, column=col, value=text)
            indicators.cell(row=row, column=9, value=number)
    for cell in projects[1] + indicators[1]:
        cell.font = Font(bold=True)
    source_rows = [("字段", "值"), ("文件标题", filing["title"])]
    for number, table in enumerate(filing["tables"], start=1):
        name = "表格 %d" % number
        sheet = workbook.create_sheet(name)
        source_rows.append(("表格：" + name, table["title"]))
        for r, cells in enumerate(table["rows"], start=1):
            for c in range(1, 10000):
                if not cells:
                    break
                if (r, c) in sheet_covered(sheet):
                    continue
                cell = cells.pop(0)
                if cell["text"]:
                    put(sheet, r, c, cell["text"])
                # Bordered like any table, so empty cells are written too.
                sheet.cell(row=r, column=c).border = BOX
                if cell["row_span"] > 1 or cell["col_span"] > 1:
                    sheet.merge_cells(start_row=r, start_column=c, end_row=r + cell["row_span"] - 1,
                                      end_column=c + cell["col_span"] - 1)
    source = workbook.create_sheet("来源")
    for pair in source_rows:
        source.append(pair)
    workbook.save(target)


def sheet_covered(sheet):
    covered = set()
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != (merged.min_row, merged.min_col):
                    covered.add((row, col))
        covered.add((merged.min_row, merged.min_col))
    return covered


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
