#!/usr/bin/python3
"""Build the province template workbooks kpiconv ships, as a province's budget office would make
them in Excel: styles, drop-down lists fed by a hidden code sheet, defined names, a protected
header, frozen panes, print titles.

    /usr/bin/python3 templates/province/make_templates.py [--check]

Writes, deterministically (the same bytes on every run):

  templates/province/flat-import/template.xlsx   one row per indicator below a header row (row 3)
  templates/province/form/template.xlsx          one block per project, like the Word form

Each is filled by kpiconv through the mapping.toml beside it (templates/README.md). With --check
nothing is written: the exit status is 1 when the files on disk differ from what this makes.
"""

import argparse
import datetime
import io
import os
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.workbook.defined_name import DefinedName

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = datetime.datetime(2024, 1, 1, 8, 0, 0)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADING_FILL = PatternFill("solid", fgColor="DDEBF7")
BODY_FONT = Font(name="宋体", size=10)
HEADING_FONT = Font(name="宋体", size=10, bold=True)
TITLE_FONT = Font(name="黑体", size=16)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

LEVEL1 = [("1", "产出指标"), ("2", "效益指标"), ("3", "满意度指标"), ("4", "成本指标")]
LEVEL2 = [("11", "数量指标"), ("12", "质量指标"), ("13", "时效指标"), ("14", "成本指标"),
          ("21", "经济效益指标"), ("22", "社会效益指标"), ("23", "生态效益指标"),
          ("24", "可持续影响指标"), ("31", "服务对象满意度指标"), ("41", "经济成本指标"),
          ("42", "社会成本指标"), ("43", "生态环境成本指标")]
COMPARATORS = ["大于等于", "小于等于", "大于", "小于", "等于"]
NATURES = ["正向", "反向", "定性"]


def code_sheet(book):
    """The hidden sheet of code lists the drop-downs take their values from."""
    codes = book.create_sheet("代码表")
    codes.append(["一级指标", "二级指标", "计算符号", "指标性质"])
    rows = max(len(LEVEL1), len(LEVEL2), len(COMPARATORS), len(NATURES))
    for i in range(rows):
        codes.append([
            f"{LEVEL1[i][0]} {LEVEL1[i][1]}" if i < len(LEVEL1) else None,
            f"{LEVEL2[i][0]} {LEVEL2[i][1]}" if i < len(LEVEL2) else None,
            COMPARATORS[i] if i < len(COMPARATORS) else None,
            NATURES[i] if i < len(NATURES) else None,
        ])
    codes.sheet_state = "hidden"
    for name, column, count in [("一级指标代码", "A", len(LEVEL1)), ("二级指标代码", "B", len(LEVEL2)),
                                ("计算符号", "C", len(COMPARATORS)), ("指标性质", "D", len(NATURES))]:
        book.defined_names.append(DefinedName(name, attr_text=f"代码表!${column}$2:${column}${count + 1}"))


def list_validation(sheet, source, cells):
    validation = DataValidation(type="list", formula1=f"={source}", allow_blank=True,
                                showErrorMessage=True, errorTitle="请从下拉列表选择",
                                error="请从下拉列表中选择")
    validation.add(cells)
    sheet.add_data_validation(validation)


FLAT_COLUMNS = [  # heading, width, number format
    ("年度", 7, "@"), ("单位编码", 10, "@"), ("单位名称", 22, "@"), ("项目代码", 24, "@"),
    ("项目名称", 30, "@"), ("预算金额（元）", 16, "#,##0.00"), ("其中：财政资金（元）", 16, "#,##0.00"),
    ("其他资金（元）", 14, "#,##0.00"), ("一级指标", 14, "@"), ("二级指标", 18, "@"),
    ("三级指标", 20, "@"), ("指标解释", 28, "@"), ("计算符号", 10, "@"), ("指标值", 12, "General"),
    ("计量单位", 10, "@"), ("指标性质", 9, "@"), ("指标值确定依据", 24, "@"),
]


def flat_import():
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    for line in ["项目支出绩效目标导入模板（一行一个绩效指标）",
                 "1. 第3行为表头，请勿修改；自第4行起逐行填写。",
                 "2. 金额单位为元；一级指标、二级指标、计算符号、指标性质请从下拉列表选择。",
                 "3. 定性指标的“计算符号”“计量单位”留空，“指标值”填写文字。"]:
        notes.append([line])
    notes.column_dimensions["A"].width = 80

    sheet = book.create_sheet("绩效目标")
    last = openpyxl.utils.get_column_letter(len(FLAT_COLUMNS))
    sheet["A1"] = "项目支出绩效目标导入表"
    sheet["A1"].font = TITLE_FONT
    sheet["A1"].alignment = CENTER
    sheet.merge_cells(f"A1:{last}1")
    sheet.row_dimensions[1].height = 30
    sheet["A2"] = "金额单位：元"
    sheet["A2"].font = BODY_FONT
    for col, (heading, width, number_format) in enumerate(FLAT_COLUMNS, start=1):
        letter = openpyxl.utils.get_column_letter(col)
        head = sheet.cell(row=3, column=col, value=heading)
        head.font, head.fill, head.border, head.alignment = HEADING_FONT, HEADING_FILL, BORDER, CENTER
        data = sheet.cell(row=4, column=col)  # the first data row: its look is every row's
        data.font, data.border, data.alignment = BODY_FONT, BORDER, WRAP
        data.number_format = number_format
        data.protection = Protection(locked=False)
        sheet.column_dimensions[letter].width = width
    sheet.row_dimensions[3].height = 28
    sheet.freeze_panes = "A4"
    code_sheet(book)
    list_validation(sheet, "一级指标代码", "I4")            # the first data row's own drop-down
    list_validation(sheet, "二级指标代码", "J4")
    list_validation(sheet, "计算符号", "M4:M2000")           # ranges the province set in advance
    list_validation(sheet, "指标性质", "P4:P2000")
    sheet.protection.sheet = True                              # the heading rows cannot be edited
    sheet.protection.insertRows = False
    sheet.protection.formatCells = False
    sheet.print_title_rows = "1:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.active = 1
    return book


def form():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "项目绩效目标"
    widths = {"A": 14, "B": 16, "C": 18, "D": 26, "E": 14, "F": 22}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width

    def put(ref, value, font=BODY_FONT, align=WRAP, fill=None):
        cell = sheet[ref]
        cell.value = value
        cell.font, cell.alignment = font, align
        if fill:
            cell.fill = fill

    put("A1", "项目支出绩效目标表", TITLE_FONT, CENTER)
    sheet.merge_cells("A1:F1")
    sheet.row_dimensions[1].height = 30
    labels = {"A2": "单位编码", "C2": "单位名称", "F2": "单位：万元", "A3": "项目编码", "C3": "项目名称",
              "A4": "预算数", "C4": "其中：财政资金", "E4": "其他资金", "A5": "资金用途",
              "A6": "资金支出计划（%）", "B6": "3月底", "C6": "6月底", "D6": "10月底", "E6": "12月底",
              "A8": "绩效目标", "A9": "一级指标", "B9": "二级指标", "C9": "三级指标",
              "D9": "绩效指标描述", "E9": "指标值", "F9": "指标值确定依据"}
    for ref, text in labels.items():
        put(ref, text, HEADING_FONT, CENTER, HEADING_FILL)
    for merged in ["D2:E2", "D3:F3", "B5:F5", "A6:A7", "B8:F8"]:
        sheet.merge_cells(merged)
    for row in range(2, 11):
        for col in range(1, 7):
            cell = sheet.cell(row=row, column=col)
            cell.border = BORDER
            if cell.value is None:
                cell.font, cell.alignment = BODY_FONT, WRAP
    for ref in ["B4", "D4", "F4"]:
        sheet[ref].number_format = "#,##0.00"
    for ref in ["B7", "C7", "D7", "E7"]:
        sheet[ref].number_format = "@"
        sheet[ref].alignment = CENTER
    sheet.row_dimensions[5].height = 30
    sheet.row_dimensions[8].height = 45
    sheet.row_dimensions[11].height = 12                       # the gap before the next project
    put("A12", "填报说明：每个项目一块，一级、二级指标相同的行合并。")
    sheet.merge_cells("A12:F12")
    code_sheet(book)
    list_validation(sheet, "一级指标代码", "A10")
    list_validation(sheet, "二级指标代码", "B10")
    sheet.print_area = "A1:F12"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return book


def workbook_bytes(book):
    book.properties.creator = "kpiconv"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    book.save(raw)
    # openpyxl stamps each zip entry with the time of saving: restamp for reproducible files.
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            stamped.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(stamped, source.read(info.filename))
    return fixed.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    arguments = parser.parse_args()
    stale = []
    for folder, build in [("flat-import", flat_import), ("form", form)]:
        path = os.path.join(HERE, folder, "template.xlsx")
        made = workbook_bytes(build())
        if arguments.check:
            with open(path, "rb") as existing:
                if existing.read() != made:
                    stale.append(path)
        else:
            with open(path, "wb") as out:
                out.write(made)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
