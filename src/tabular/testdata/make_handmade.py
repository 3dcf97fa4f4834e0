#!/usr/bin/env python3
"""Writes the hand-made .xlsx fixtures of the tabular tests (see README.md).

Each part is written out literally so every cell's expected text can be worked out by hand from
this file. Run from this directory: python3 make_handmade.py
"""
import zipfile

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="{date1904}"/>
<sheets>{sheets}</sheets>
</workbook>"""

# Relationship ids deliberately not in sheet order, one target absolute, names in an odd case.
HANDMADE_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/typen.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/prefixed.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

# Shared strings: 0 plain, 1 rich text runs with a phonetic hint that is not text, 2 escape.
SHARED_STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>soort</t></si>
<si><r><rPr><b/></rPr><t>vet</t></r><r><t xml:space="preserve"> en gewoon</t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>
<si><t>een_x000A_twee</t></si>
<si><t>waarde</t></si>
<si><t>extra</t></si>
</sst>"""

# cellXfs index -> number format: 0 General, 1 built-in 14 (date), 2 custom 164 "d/m/yyyy",
# 3 custom 165 with 'd' only inside quotes (not a date), 4 custom 166 with locale in brackets
# and weekday/month names, 5 built-in 22 (date and time), 6 built-in 20 (time), 7 built-in 2 (0.00).
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3">
<numFmt numFmtId="164" formatCode="d/m/yyyy"/>
<numFmt numFmtId="165" formatCode="0.0&quot; dagen&quot;"/>
<numFmt numFmtId="166" formatCode="[$-413]dddd\\ d\\ mmmm\\ yyyy"/>
</numFmts>
<cellXfs count="8">
<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
<xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="2"/>
</cellXfs>
</styleSheet>"""

# Row 1 header in A and C (B skipped), rows 3 and 5..10 (2 and 4 absent: numbering is kept).
TYPEN = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><t>inline</t></is></c></row>
<row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c><c r="C5" t="str"><f>A1&amp;"x"</f><v>soortx</v></c></row>
<row r="6"><c r="A6" t="e"><v>#DIV/0!</v></c><c r="C6"><v>3</v></c></row>
<row r="7"><c r="A7" s="7"><v>2.5</v></c><c r="B7" s="3"><v>4</v></c><c r="C7"><v>0.1</v></c></row>
<row r="8"><c r="A8" s="1"><v>43539</v></c><c r="B8" s="2"><v>60</v></c><c r="C8" s="4"><v>59</v></c></row>
<row r="9"><c r="A9" s="1"><v>61</v></c><c r="B9" s="5"><v>43539.75</v></c><c r="C9" s="6"><v>0.5</v></c></row>
<row r="10"><c t="s"><v>2</v></c><c><v>-7</v></c><c r="D10" t="s"><v>4</v></c></row>
<row r="11"><c r="A11" t="s"><v>0</v></c><c r="B11"/><c r="C11" t="inlineStr"><is><t>  </t></is></c></row>
<row r="12"><c r="B12" s="1"/></row>
</sheetData>
</worksheet>"""

# The same markup with an "x:" namespace prefix, as some generators write it.
PREFIXED = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>kop</x:t></x:is></x:c></x:row>
<x:row r="4"><x:c r="B4"><x:v>1e-7</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>"""

SHEET_1904 = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>datum</t></is></c></row>
<row r="2"><c r="A2" s="1"><v>0</v></c></row>
<row r="3"><c r="A3" s="1"><v>42077</v></c></row>
</sheetData>
</worksheet>"""

RELS_1904 = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def write(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


write("handmade.xlsx", {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": WORKBOOK.format(date1904="false", sheets=(
        '<sheet name="Typen" sheetId="1" r:id="rId7"/>'
        '<sheet name="Voorvoegsel" sheetId="2" r:id="rId3"/>')),
    "xl/_rels/workbook.xml.rels": HANDMADE_RELS,
    "xl/strings.xml": SHARED_STRINGS,
    "xl/styles.xml": STYLES,
    "xl/worksheets/typen.xml": TYPEN,
    "xl/worksheets/prefixed.xml": PREFIXED,
})
write("date1904.xlsx", {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": WORKBOOK.format(date1904="1", sheets='<sheet name="Mac" sheetId="1" r:id="rId1"/>'),
    "xl/_rels/workbook.xml.rels": RELS_1904,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": SHEET_1904,
})
write("no_workbook.xlsx", {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "docProps/app.xml": "<Properties/>",
})
