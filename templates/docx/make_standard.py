#!/usr/bin/python3
"""Build kpiconv's standard DOCX template and its restyled example.

    /usr/bin/python3 templates/docx/make_standard.py [--check]

Writes, deterministically (the same bytes on every run):

  templates/docx/standard.docx                  the built-in default template
  templates/docx/examples/larger-tables.docx    the same template restyled through its styles only:
                                                table text 仿宋 小四 (12 pt), titles in 楷体

With --check nothing is written: the files on disk are compared with what this script makes and
the exit status is 1 when they differ.

The template language (placeholders, blocks, the repeated indicator row, the sample table) is
described in templates/README.md.  All typography is set in styles, never in the runs, because
kpiconv inserts plain runs that take their look from the paragraph style:

  Normal      仿宋 / Times New Roman 三号 (16 pt), 28 pt fixed line spacing, justified
  Title       黑体 二号 (22 pt), centred, outline level 1 -- the filing title (kpiconv's reader
              recognizes the filing title by this style NAME, so it stays "Title")
  项目标题     黑体 三号 (16 pt), centred, page break before, keep with next, outline level 2
  表格标题     based on 项目标题 -- the titles of the filing's other tables
  表格文字     宋体 五号 (10.5 pt), single spacing, no indents, left aligned -- every table cell
  表格表头     based on 表格文字, bold, centred -- the heading row of the indicator table
  footer      宋体 四号 (14 pt), centred -- the page number "— 1 —"
  绩效目标表   table style: 0.5 pt single borders all round and inside, 0.15 cm cell margins

Page: A4 portrait, margins 2.5 cm top and bottom, 2.2 cm left and right (text width 16.6 cm =
9412 twips, which every table fills).
"""

import argparse
import datetime
import io
import os
import sys
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
STANDARD = os.path.join(HERE, "standard.docx")
EXAMPLE = os.path.join(HERE, "examples", "larger-tables.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = 'xmlns:w="%s"' % W_NS
FIXED_DATE = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
AUTHOR = "kpiconv"

# ---------------------------------------------------------------------------------- page
# twips (1/1440 inch); 1 cm = 566.93 twips
PAGE_W, PAGE_H = 11906, 16838             # A4
MARGIN_TB, MARGIN_LR = 1417, 1247         # 2.5 cm, 2.2 cm
HEADER_FOOTER = 850                       # 1.5 cm from the edge
TEXT_W = PAGE_W - 2 * MARGIN_LR           # 9412 = 16.6 cm

# header table: 7 grid columns (label | 预算数 | amount | 其中：财政资金 | amount | 其他资金 | amount)
HEAD_COLS = [1500, 1100, 1412, 1700, 1300, 1100, 1300]
# indicator table: 一级 | 二级 | 三级 | 绩效指标描述 | 指标值 | 指标值确定依据
IND_COLS = [1250, 1450, 1500, 2350, 1150, 1712]
ROW_MIN_H = 425                           # 0.75 cm, rows grow with their text
assert sum(HEAD_COLS) == TEXT_W and sum(IND_COLS) == TEXT_W

# ---------------------------------------------------------------------------------- styles
# Font names as Chinese Word writes them; the font table gives Word the English names too.
FONTS = [
    # name, English name, panose, charset, family, pitch
    ("Times New Roman", None, "02020603050405020304", "00", "roman", "variable"),
    ("宋体", "SimSun", "02010600030101010101", "86", "auto", "variable"),
    ("仿宋", "FangSong", "02010609060101010101", "86", "modern", "fixed"),
    ("黑体", "SimHei", "02010609060101010101", "86", "modern", "fixed"),
    ("楷体", "KaiTi", "02010609060101010101", "86", "modern", "fixed"),
]

LATIN = "Times New Roman"

# The look of the standard template: style id -> (East Asian font, size in half-points).
STANDARD_LOOK = {
    "Normal": ("仿宋", 32),        # 三号
    "Title": ("黑体", 44),         # 二号
    "ProjectTitle": ("黑体", 32),  # 三号
    "TableText": ("宋体", 21),     # 五号
    "Footer": ("宋体", 28),        # 四号
}

# The example: the same template with only these style changes.
LARGER_TABLES_LOOK = dict(STANDARD_LOOK, **{
    "Title": ("楷体", 44),
    "ProjectTitle": ("楷体", 32),  # 表格标题 is based on it and follows
    "TableText": ("仿宋", 24),     # 小四; 表格表头 is based on it and follows
})


def rfonts(east_asian):
    return ('<w:rFonts w:ascii="{l}" w:hAnsi="{l}" w:eastAsia="{e}" w:cs="{l}"/>'
            .format(l=LATIN, e=east_asian))


def run_props(look, sid, bold=False):
    font, size = look[sid]
    return "<w:rPr>%s%s<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>" % (
        rfonts(font), "<w:b/><w:bCs/>" if bold else "", size, size)


def styles_xml(look, latent_styles):
    """The whole styles part.  Elements follow the schema order (CT_Style, CT_PPr, CT_RPr)."""
    single = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    no_indent = '<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>'
    border = 'w:val="single" w:sz="4" w:space="0" w:color="auto"'
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<w:styles %s>' % NSDECL,
        # document defaults: Latin Times New Roman, East Asian 宋体, Chinese language
        '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="21"/><w:szCs w:val="21"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr>%s</w:pPr></w:pPrDefault></w:docDefaults>' % (rfonts("宋体"), single),
        latent_styles,
        # Normal: 公文 body text
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:widowControl w:val="0"/>'
        '<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:jc w:val="both"/>'
        '</w:pPr>%s</w:style>' % run_props(look, "Normal"),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        '<w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        # the filing title: kpiconv's reader recognizes it by the name "Title"
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="240" w:after="480" w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>%s</w:style>'
        % run_props(look, "Title"),
        # each project's title: a new page, in the navigation pane at level 2
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ProjectTitle">'
        '<w:name w:val="项目标题"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/>'
        '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr>%s</w:style>'
        % run_props(look, "ProjectTitle"),
        # the titles of the filing's other tables: like 项目标题 unless restyled
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableTitle">'
        '<w:name w:val="表格标题"/><w:basedOn w:val="ProjectTitle"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:pageBreakBefore/></w:pPr></w:style>',
        # every table cell
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">'
        '<w:name w:val="表格文字"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr>%s%s<w:jc w:val="left"/></w:pPr>%s</w:style>'
        % (single, no_indent, run_props(look, "TableText")),
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading">'
        '<w:name w:val="表格表头"/><w:basedOn w:val="TableText"/><w:qFormat/>'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr>%s<w:jc w:val="center"/></w:pPr>%s</w:style>'
        % (single, run_props(look, "Footer")),
        # the bordered table of the forms (and of the sample table of other tables)
        '<w:style w:type="table" w:customStyle="1" w:styleId="KpiTable"><w:name w:val="绩效目标表"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
        '<w:top %(b)s/><w:left %(b)s/><w:bottom %(b)s/><w:right %(b)s/>'
        '<w:insideH %(b)s/><w:insideV %(b)s/></w:tblBorders>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr></w:style>' % {"b": border},
        '</w:styles>',
    ]
    return "".join(parts).encode("utf-8")


def font_table_xml():
    fonts = []
    for name, english, panose, charset, family, pitch in FONTS:
        fonts.append('<w:font w:name="%s">%s<w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
                     '<w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>'
                     % (name, '<w:altName w:val="%s"/>' % english if english else "",
                        panose, charset, family, pitch))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts %s>%s</w:fonts>'
            % (NSDECL, "".join(fonts))).encode("utf-8")


APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
           b'2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
           b'<Application>kpiconv make_standard.py</Application><DocSecurity>0</DocSecurity>'
           b'<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
           b'<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
           b'</Properties>')

# ---------------------------------------------------------------------------------- body


def p_xml(style, text="", jc=None):
    """A paragraph of `style` holding `text` in one plain run (no run properties)."""
    ppr = '<w:pStyle w:val="%s"/>' % style
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    run = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text) if text else ""
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, run)


def cell(text="", span=1, vmerge=None, jc=None, style="TableText", no_border=()):
    return {"text": text, "span": span, "vmerge": vmerge, "jc": jc, "style": style,
            "no_border": no_border}


def tc_xml(c, width):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if c["span"] > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % c["span"]
    if c["vmerge"] == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif c["vmerge"] == "continue":
        tcpr += "<w:vMerge/>"
    if c["no_border"]:
        tcpr += "<w:tcBorders>%s</w:tcBorders>" % "".join(
            '<w:%s w:val="nil"/>' % side for side in ("top", "left", "bottom", "right")
            if side in c["no_border"])
    tcpr += '<w:vAlign w:val="center"/>'
    text = "" if c["vmerge"] == "continue" else c["text"]
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, p_xml(c["style"], text, c["jc"]))


def table_xml(cols, rows, heading_rows=0, width=None):
    """A table of style 绩效目标表 on a grid of `cols` (twips); rows are lists of cell()s.

    Every row keeps together on one page (cantSplit); the first `heading_rows` rows repeat at the
    top of every page the table runs onto (tblHeader)."""
    if width is None:
        tblw = '<w:tblW w:w="%d" w:type="dxa"/>' % sum(cols)
        layout = '<w:tblLayout w:type="fixed"/>'
    else:                       # a width in fiftieths of a percent, columns fitted by Word
        tblw = '<w:tblW w:w="%d" w:type="pct"/>' % width
        layout = ""
    out = ['<w:tbl %s><w:tblPr><w:tblStyle w:val="KpiTable"/>%s%s'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>' % (
               NSDECL, tblw, layout)]
    out += ['<w:gridCol w:w="%d"/>' % c for c in cols]
    out.append("</w:tblGrid>")
    for ri, row in enumerate(rows):
        trpr = '<w:cantSplit/><w:trHeight w:val="%d" w:hRule="atLeast"/>' % ROW_MIN_H
        if ri < heading_rows:
            trpr += "<w:tblHeader/>"
        out.append("<w:tr><w:trPr>%s</w:trPr>" % trpr)
        col = 0
        for c in row:
            out.append(tc_xml(c, sum(cols[col:col + c["span"]])))
            col += c["span"]
        assert col == len(cols), "row %d covers %d of %d columns" % (ri + 1, col, len(cols))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def header_table():
    L = "center"                # labels
    no_frame = ("top", "left", "right")
    return table_xml(HEAD_COLS, [
        [cell("{{project.unit_code}}{{project.unit_name}}", 4, no_border=no_frame),
         cell("单位：{{project.amount_unit}}", 3, jc="right", no_border=no_frame)],
        [cell("项目编码", jc=L), cell("{{project.code}}", 2), cell("项目名称", jc=L),
         cell("{{project.name}}", 3)],
        [cell("预算规模及资金用途", vmerge="restart", jc=L), cell("预算数", jc=L),
         cell("{{project.budget.total}}", jc="right"), cell("其中：财政资金", jc=L),
         cell("{{project.budget.fiscal}}", jc="right"), cell("其他资金", jc=L),
         cell("{{project.budget.other}}", jc="right")],
        [cell(vmerge="continue"), cell("{{project.purpose}}", 6)],
        [cell("资金支出计划（%）", vmerge="restart", jc=L), cell("3月底", 2, jc=L),
         cell("6月底", 2, jc=L), cell("10月底", jc=L), cell("12月底", jc=L)],
        [cell(vmerge="continue"), cell("{{project.spending_plan.1}}", 2, jc=L),
         cell("{{project.spending_plan.2}}", 2, jc=L), cell("{{project.spending_plan.3}}", jc=L),
         cell("{{project.spending_plan.4}}", jc=L)],
        [cell("绩效目标", jc=L), cell("{{project.goals}}", 6)],
    ])


def indicator_table():
    heading = [cell(t, style="TableHeading")
               for t in ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")]
    row = [cell("{{indicator.level1|merge}}", jc="center"),
           cell("{{indicator.level2|merge}}", jc="center"),
           cell("{{indicator.level3}}"), cell("{{indicator.description}}"),
           cell("{{indicator.value}}", jc="center"), cell("{{indicator.basis}}")]
    return table_xml(IND_COLS, [heading, row], heading_rows=1)


def sample_table():
    """The one-cell sample that kpiconv replaces by each of the filing's other tables."""
    return table_xml([TEXT_W], [[cell("{{table.grid}}", jc="center")]], width=5000)


def body_blocks():
    return [
        p_xml("Title", "{{filing.title}}"),
        p_xml("Normal", "{{#projects}}"),
        p_xml("ProjectTitle", "{{project.title}}"),
        header_table(),
        p_xml("TableText"),                     # keeps the two tables apart
        indicator_table(),
        p_xml("Normal", "{{/projects}}"),
        p_xml("Normal", "{{#tables}}"),
        p_xml("TableTitle", "{{table.title}}"),
        sample_table(),
        p_xml("Normal", "{{/tables}}"),
        p_xml("TableText"),                     # a body never ends with a table
    ]


FOOTER_P = (
    '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">— </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>')

SECT_PR = (
    '<w:sectPr %s><w:pgSz w:w="%d" w:h="%d"/>'
    '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" '
    'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>'
    % (NSDECL, PAGE_W, PAGE_H, MARGIN_TB, MARGIN_LR, MARGIN_TB, MARGIN_LR, HEADER_FOOTER,
       HEADER_FOOTER))

# ---------------------------------------------------------------------------------- package


def build(look):
    doc = docx.Document()
    dpart = doc.part

    # what a template does not need: thumbnail, stylesWithEffects, customXml, numbering
    pkg = dpart.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del pkg.rels[rid]
    for rid, rel in list(dpart.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects") or rel.reltype in (RT.CUSTOM_XML,
                                                                            RT.NUMBERING):
            del dpart.rels[rid]

    # styles: written whole, keeping python-docx's (Word 2010) latent-style list
    styles_part = dpart._styles_part
    latent = styles_part.element.find(qn("w:latentStyles"))
    latent_xml = etree.tostring(latent, encoding="unicode")
    latent_xml = latent_xml.replace(' xmlns:w="%s"' % W_NS, "")
    styles_part._element = parse_xml(styles_xml(look, latent_xml))

    # font table with the English names of the Chinese fonts
    for rel in dpart.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            rel.target_part._blob = font_table_xml()
    for rel in pkg.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML

    # settings: Chinese, no revision ids, no preview picture, Word 2013+ table placement
    settings = doc.settings.element
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for e in settings.findall(qn(tag)):
            settings.remove(e)
    for e in settings.findall(qn("w:themeFontLang")):
        e.set(qn("w:eastAsia"), "zh-CN")
    for e in settings.iter(qn("w:compatSetting")):
        if e.get(qn("w:name")) == "compatibilityMode":
            e.set(qn("w:val"), "15")

    # body
    body = doc.element.body
    for child in list(body):
        body.remove(child)
    for block in body_blocks():
        if block.startswith("<w:p>"):
            block = block.replace("<w:p>", "<w:p %s>" % NSDECL, 1)
        body.append(parse_xml(block))
    body.append(parse_xml(SECT_PR))

    # footer: the page number, centred
    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    ftr = footer._element
    for child in list(ftr):
        ftr.remove(child)
    ftr.append(parse_xml(FOOTER_P.replace("<w:p>", "<w:p %s>" % NSDECL, 1)))

    cp = doc.core_properties
    cp.title = ""              # never a filing title: kpiconv falls back on it when reading
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.comments = "kpiconv DOCX template, made by templates/docx/make_standard.py; " \
                  "see templates/README.md"
    cp.subject = cp.keywords = cp.category = ""
    cp.revision = 1
    cp.created = cp.modified = FIXED_DATE

    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(blob):
    """Rewrite a package with fixed entry dates so that the bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_standard():
    """templates/docx/standard.docx: the built-in default."""
    return build(STANDARD_LOOK)


def make_larger_tables():
    """templates/docx/examples/larger-tables.docx: standard.docx with three styles changed
    (表格文字 仿宋 12 pt, Title and 项目标题 楷体) and nothing else."""
    return build(LARGER_TABLES_LOOK)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 when the files differ from what this script makes")
    args = ap.parse_args()
    outputs = [(STANDARD, make_standard()), (EXAMPLE, make_larger_tables())]
    stale = []
    for path, data in outputs:
        try:
            with open(path, "rb") as f:
                same = f.read() == data
        except FileNotFoundError:
            same = False
        if args.check:
            if not same:
                stale.append(path)
            continue
        if not same:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        print("%s %s" % ("unchanged" if same else "wrote", os.path.relpath(path)))
    for path in stale:
        print("out of date: %s (run %s)" % (os.path.relpath(path), os.path.relpath(__file__)),
              file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
