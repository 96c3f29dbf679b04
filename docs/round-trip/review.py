#!/usr/bin/python3
"""A finance-bureau reviewer's edits to a workbook kpiconv made of fixtures/docx/001.docx, made with
openpyxl the way a person makes them in Excel, WPS or LibreOffice: cells typed over, a row inserted
in the 指标 sheet, a row deleted. Used by the README's round trip and by its test.

    review.py first|second IN.xlsx OUT.xlsx
"""
import sys

import openpyxl

INDICATOR_COLUMNS = "ABCDEFGH"  # 项目编码 … 指标值确定依据; the parse columns after them are derived


def find_row(sheet, column, text):
    for row in range(2, sheet.max_row + 1):
        if sheet[f"{column}{row}"].value == text:
            return row
    raise SystemExit(f"review.py: no row with {text!r} in column {column} of {sheet.title}")


def first_reviewer(book):
    indicators = book["指标"]
    # A stricter target, and a new indicator right after it in the same 二级 group.
    row = find_row(indicators, "E", "登记完成率")
    indicators[f"G{row}"] = "≥98%"
    indicators.insert_rows(row + 1)
    for column, text in zip(INDICATOR_COLUMNS, [indicators[f"A{row}"].value,
                                                indicators[f"B{row}"].value, "产出指标", "质量指标",
                                                "资料归档率", "不动产权登记资料归档率", "100%",
                                                "2023年度工作计划"]):
        indicators[f"{column}{row + 1}"] = text
    indicators[f"P{row + 1}"] = indicators[f"P{row}"].value
    # An indicator the bureau does not accept.
    indicators.delete_rows(find_row(indicators, "E", "不动产权管理"))
    # The second project's budget, cut.
    projects = book["项目"]
    row = find_row(projects, "D", "13073022P00884510003F")
    projects[f"F{row}"] = 150
    projects[f"G{row}"] = 150


def second_reviewer(book):
    indicators = book["指标"]
    row = find_row(indicators, "E", "登记完成率")
    indicators[f"G{row}"] = "≥97%"
    projects = book["项目"]
    row = find_row(projects, "D", "13073023P00016810002Y")
    projects[f"N{row}"] = "1.保证差旅工作能够顺利开展，差旅费按标准报销"


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("first", "second"):
        raise SystemExit(__doc__)
    book = openpyxl.load_workbook(sys.argv[2])
    (first_reviewer if sys.argv[1] == "first" else second_reviewer)(book)
    book.save(sys.argv[3])


if __name__ == "__main__":
    main()
