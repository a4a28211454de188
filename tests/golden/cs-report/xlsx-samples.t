# The October workbook of the samples, read back by LibreOffice: its
# sheets (every sheet to CSV), the summary's figures against the csv
# format's (the same numbers, to the csv's 4 decimals), the summary as a
# reader shows it (number formats: 0, 0.0%, 0.00, 0.0), frozen headings
# and autofilters, ids and phones as text cells, five native charts, and
# the charts page printed.  -o FILE and standard output give the same
# bytes, and so does a second run.
. "$TOP/tests/report/readers.sh"
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format xlsx -o oct.xlsx
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format xlsx >stdout.xlsx
cmp oct.xlsx stdout.xlsx && echo "-o and stdout: same bytes"
file oct.xlsx | sed 's/^[^:]*: //'
lo_csv csv oct.xlsx
ls csv
# the summary against --format csv: figure, value, previous, change
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format csv |
	awk -F, '$2 == "summary" { print $5 "," $6 "," $7 "," $8 }' >want
sed 1,3d csv/oct-概要.csv >got
paste -d, want got | awk -F, '
	function num(s) { if (s ~ /%$/) { sub(/%$/, "", s); return s / 100 } return s + 0 }
	function same(a, b, d) {
		if (a == "" || b == "" || b == "-") return a == "" && (b == "" || b == "-")
		d = num(b) - a; return d < 0.00006 && d > -0.00006 }
	{ n++; if (same($2, $6) && same($3, $7) && same($4, $8)) ok++; else print "differs: " $0 }
	END { print ok + 0 " of " n " summary figures (value, previous, change) as in the csv format" }'
lo_convert pdf . oct.xlsx
pdfinfo oct.pdf | grep -E '^(Pages|Page size):' | tr -s ' '
pdftotext -layout -f 1 -l 1 oct.pdf - | sed -n '/^指标/,/^升级次数/p' | tr -s ' '
# every sheet: its name, the first cell below the frozen panes, the filter
unzip -p oct.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"' | cut -d'"' -f2 >names
i=0
while IFS= read -r name; do
	i=$((i + 1))
	unzip -p oct.xlsx "xl/worksheets/sheet$i.xml" >sheet.xml
	pane=$(grep -o '<pane [^>]*topLeftCell="[A-Z0-9]*"' sheet.xml | sed 's/.*topLeftCell="//; s/"//')
	filter=$(grep -o '<autoFilter ref="[^"]*"' sheet.xml | cut -d'"' -f2)
	echo "$name: panes ${pane:--}, filter ${filter:--}"
done <names
# the dissatisfied visits: visit ids (A), customer ids (C), phones (E)
# are shared strings (t="s"), never numbers
unzip -p oct.xlsx xl/worksheets/sheet8.xml | grep -o '<c r="[ACE][0-9]*"[^>]*>' | grep -vc 't="s"'
cat csv/oct-不满意回访.csv
# the charts: two bar charts (columns; 100% stacked), three line charts
unzip -l oct.xlsx | grep -c 'xl/charts/chart[0-9]*.xml'
for c in 1 2 3 4 5; do
	unzip -p oct.xlsx xl/charts/chart$c.xml | grep -o '<c:barDir val="[a-z]*"/>\|<c:grouping val="[a-zA-Z]*"/>\|<c:lineChart>' | tr '\n' ' '
	echo
done
pdftoppm -r 50 -f 2 -l 2 -png oct.pdf page
pngstat page-02.png
>>> stdout
-o and stdout: same bytes
Microsoft Excel 2007+
oct-不满意回访.csv
oct-升级.csv
oct-回访.csv
oct-回访方式.csv
oct-图表.csv
oct-处理时限.csv
oct-处理用时.csv
oct-平均得分.csv
oct-投诉.csv
oct-投诉严重程度.csv
oct-投诉渠道.csv
oct-投诉类别.csv
oct-时效复核 (C7).csv
oct-概要.csv
oct-满意度.csv
oct-满意度分项.csv
oct-趋势.csv
16 of 16 summary figures (value, previous, change) as in the csv format
Pages: 17
Page size: 595.304 x 841.89 pts (A4)
指标 2026-10 2026-09 变化
应回访 263 267 -4
已回访 187 202 -15
回访率 (K1) 71.1% 75.7% -4.6%
按时回访率 59.3% 63.3% -4.0%
接通率 88.4% 86.6% +1.8%
满意率 (K2) 96.7% 98.1% -1.4%
感动率 (K3) 18.8% 24.8% -6.0%
回头率 (K4) 21.8% 17.7% +4.1%
平均得分 3.60 3.66 -0.06
不满意回访 5 3 +2
新增投诉 10 3 +7
结案投诉 8 4 +4
月末未结投诉 2 0 +2
时限达成率 85.2% 90.9% -5.7%
回复用时中位数（小时） 0.9 1.6 -0.7
升级次数 5 0 +5
概要: panes B4, filter -
图表: panes -, filter -
回访: panes B4, filter A3:L10
回访方式: panes B4, filter A3:G7
满意度: panes B4, filter A3:K9
平均得分: panes B4, filter A3:F9
满意度分项: panes B4, filter A3:G7
不满意回访: panes B4, filter A3:H8
投诉: panes B4, filter A3:H10
投诉类别: panes B4, filter A3:C9
投诉严重程度: panes B4, filter A3:C5
投诉渠道: panes B4, filter A3:C11
处理时限: panes B4, filter A3:E6
处理用时: panes B4, filter A3:D6
升级: panes B4, filter A3:B8
时效复核 (C7): panes B4, filter A3:H27
趋势: panes B4, filter A3:G9
0
不满意回访,,,,,,,
客户回访报告 2026-10；数据截至 2026-11-23 09:00；规则 auto-dealer；按员工分列；与上月 2026-09 比较,,,,,,,
回访,时间,客户,姓名,电话,回访人,评分,跟进
V002226,2026-10-09 09:50,KH0101,孙俊,15888617061,S02 钟俊,"1,2,2,2",否
V002233,2026-10-09 13:36,KH0044,曾天玲,13526037964,S05 赵佳悦,"1,3,1,1",2026-11-09 10:02
V002309,2026-10-20 16:43,KH0017,曾鹏,13267732708,S05 赵佳悦,"2,3,3,4",2026-11-18 14:54
V002311,2026-10-21 14:57,KH0010,上海嘉禾环保有限公司,13569647821,S02 钟俊,"3,1,3,1",2026-10-28 09:27
V002367,2026-10-28 09:27,KH0010,上海嘉禾环保有限公司,13569647821,S02 钟俊,"3,2,1,3",2026-11-11 16:59
5
<c:barDir val="col"/> <c:grouping val="clustered"/> 
<c:barDir val="bar"/> <c:grouping val="percentStacked"/> 
<c:lineChart> <c:grouping val="standard"/> 
<c:lineChart> <c:grouping val="standard"/> 
<c:lineChart> <c:grouping val="standard"/> 
585x414 picture
>>> exit 0
