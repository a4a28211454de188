# Workbooks written by hand, zipped by tests/gen-xlsx -z: what other
# writers do.  The workbook found through _rels/.rels (not at
# xl/workbook.xml), prefixed element names (x:c), the 1904 date system,
# the first sheet being the first <sheet> (not sheetId 1) at a relative
# path with "..", rows and cells without r, a cell style whose custom
# format has a "d" only inside quotes (a number, not a date), the
# cellStyleXfs not taken for cell styles, a shared string in rich-text runs
# with a phonetic run (left out), _x000A_ escapes, a formula's
# cached string.  Then hostile or broken ones: a DTD with the billion
# laughs, bad XML, a shared string that is not there, a cell reference
# beyond XFD.
cp -r "$DATA/issue3/store" d
L() { cs-log -d d -r "$RULES/auto-dealer.yaml" --now 2026-02-13T17:00 "$@"; echo "exit $?"; }
NS='xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL=http://schemas.openxmlformats.org/officeDocument/2006/relationships
cat >rels <<XML
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="$REL/officeDocument" Target="book/main.xml"/></Relationships>
XML
cat >main <<XML
<x:workbook $NS><x:workbookPr date1904="1"/><x:sheets><x:sheet name="回访" sheetId="2" r:id="rId7"/><x:sheet name="Other" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>
XML
cat >mainrels <<XML
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="$REL/worksheet" Target="/book/other.xml"/>
<Relationship Id="rId7" Type="$REL/worksheet" Target="../book/sheets/first.xml"/>
<Relationship Id="rId3" Type="$REL/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId4" Type="$REL/styles" Target="styles.xml"/>
</Relationships>
XML
cat >styles <<XML
<x:styleSheet $NS><x:numFmts count="2"><x:numFmt numFmtId="200" formatCode="[\$-804]yyyy/m/d\ h:mm;@"/><x:numFmt numFmtId="201" formatCode="0&quot;d&quot;"/></x:numFmts>
<x:cellStyleXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellStyleXfs>
<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="200"/><x:xf numFmtId="201"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>
XML
cat >strings <<XML
<x:sst $NS><x:si><x:t>customer</x:t></x:si><x:si><x:r><x:t>st</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>aff</x:t></x:r><x:rPh sb="0" eb="1"><x:t>すたっふ</x:t></x:rPh></x:si><x:si><x:t xml:space="preserve">line one_x000A_line two </x:t></x:si></x:sst>
XML
cat >first <<XML
<x:worksheet $NS><x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>at</x:t></x:is></x:c><x:c t="str"><x:f>LOWER("METHOD")</x:f><x:v>method</x:v></x:c><x:c t="inlineStr"><x:is><x:t>outcome</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>note</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>attitude</x:t></x:is></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:t>KH0001</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>S01</x:t></x:is></x:c><x:c s="1"><x:v>44602.604166666664</x:v></x:c><x:c t="inlineStr"><x:is><x:t>phone</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>done</x:t></x:is></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c s="2"><x:v>4</x:v></x:c></x:row>
<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>KH0003</x:t></x:is></x:c><x:c r="B5" t="inlineStr"><x:is><x:t>S01</x:t></x:is></x:c><x:c r="C5" s="3"><x:v>44603.4375</x:v></x:c><x:c r="D5" t="inlineStr"><x:is><x:t>onsite</x:t></x:is></x:c><x:c r="E5" t="inlineStr"><x:is><x:t>done</x:t></x:is></x:c><x:c r="F5" s="1"/><x:c r="G5"><x:v>3</x:v></x:c></x:row>
</x:sheetData></x:worksheet>
XML
echo '<junk' >other
Z() { out=$1; shift; gen-xlsx -z "$out" _rels/.rels=rels book/main.xml=main book/_rels/main.xml.rels=mainrels book/styles.xml=styles book/other.xml=other "$@"; }
Z raw.xlsx book/strings.xml=strings book/sheets/first.xml=first
L --import raw.xlsx
cat d/visits.csv
# hostile and broken
cat >laughs <<XML
<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<x:sst $NS><x:si><x:t>&lol3;</x:t></x:si></x:sst>
XML
Z laughs.xlsx book/strings.xml=laughs book/sheets/first.xml=first
L --import laughs.xlsx
sed 's|</x:row>|</x:rox>|' first >badxml
Z badxml.xlsx book/strings.xml=strings book/sheets/first.xml=badxml
L --import badxml.xlsx
sed 's|<x:v>2</x:v>|<x:v>9</x:v>|' first >nostring
Z nostring.xlsx book/strings.xml=strings book/sheets/first.xml=nostring
L --import nostring.xlsx
sed 's|r="G5"|r="XFE5"|' first >farcol
Z farcol.xlsx book/strings.xml=strings book/sheets/first.xml=farcol
L --import farcol.xlsx
>>> stdout
V000001-V000002
exit 0
id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,rule,complaint,note,amends,recorded_at,recorded_by
V000001,2026-02-11T14:30:00+08:00,KH0001,S01,phone,done,4,,,,,,"line one
line two",,2026-02-13T17:00:00+08:00,S01
V000002,2026-02-12T10:30:00+08:00,KH0003,S01,onsite,done,3,,,,,,,,2026-02-13T17:00:00+08:00,S01
exit 65
exit 65
exit 65
exit 65
>>> stderr
cs-log: laughs.xlsx: book/strings.xml: a DTD (<!DOCTYPE>) has no place in a workbook
cs-log: laughs.xlsx: nothing imported
cs-log: badxml.xlsx: book/sheets/first.xml:2: bad XML: mismatched tag
cs-log: badxml.xlsx: nothing imported
cs-log: nostring.xlsx: book/sheets/first.xml: row 2: shared string "9" not in the workbook
cs-log: nostring.xlsx: nothing imported
cs-log: farcol.xlsx: book/sheets/first.xml: bad cell reference "XFE5"
cs-log: farcol.xlsx: nothing imported
>>> exit 0
