# The October page of the samples as HTML: the same bytes twice; the
# headline cards (figure, this month, change, the month before) say what
# the md format's summary says; the five charts; every other table; and
# nothing from outside the file (no address, script, link, image, font)
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format html >oct.html
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format html | cmp - oct.html && echo "same bytes"
head -3 oct.html
sed -n '/^<title>/p; /^<h1>/p; /^<p class="sub">/p' oct.html
# the cards: label|value|change|previous
sed -n 's/^<div class="card[^"]*"><div class="k">\([^<]*\)<\/div><div class="v">\([^<]*\)<\/div><div class="d">\(<span class="c">\(▲ \|▼ \)\{0,1\}\([^<]*\)<\/span> \)\{0,1\}上月 \([^<]*\)<\/div><\/div>$/\1|\2|\5|\6/p' oct.html >cards
cat cards
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format md |
	awk -F' [|] ' '/^## /{ t = $0 } t == "## 概要" && /^\| / && !/^\| 指标|^\| --/ {
		sub(/^\| /, ""); sub(/ \|$/, ""); print $1 "|" $2 "|" $4 "|" $3 }' >md
diff md cards && echo "the cards say what md says"
grep -o 'class="card[^"]*"' oct.html | sort | uniq -c
grep -c '<svg class="chart"' oct.html
grep -o '<figcaption>[^<]*' oct.html | sed 's/<figcaption>//'
awk '/^<section id="t-/ { id = $0; sub(/.*id="t-/, "", id); sub(/".*/, "", id) }
     /^<h2>/ { h = $0; gsub(/<[^>]*>/, "", h); print id ": " h }' oct.html
grep -c '<tr' oct.html
grep -ciE 'https?:|//|<script|<link|<img|<iframe|<object|@import|@font-face|url\(|src=|href=' oct.html
grep -o '@page{[^}]*}\|@media print' oct.html | head -2
>>> stdout
same bytes
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<title>客户回访报告 2026-10</title>
<h1>客户回访报告 2026-10</h1>
<p class="sub">数据截至 2026-11-23 09:00；规则 auto-dealer；按员工分列；与上月 2026-09 比较</p>
应回访|263|-4|267
已回访|187|-15|202
回访率 (K1)|71.1%|-4.6pp|75.7%
按时回访率|59.3%|-4.0pp|63.3%
接通率|88.4%|+1.8pp|86.6%
满意率 (K2)|96.7%|-1.4pp|98.1%
感动率 (K3)|18.8%|-6.0pp|24.8%
回头率 (K4)|21.8%|+4.1pp|17.7%
平均得分|3.60|-0.06|3.66
不满意回访|5|+2|3
新增投诉|10|+7|3
结案投诉|8|+4|4
月末未结投诉|2|+2|0
时限达成率|85.2%|-5.7pp|90.9%
回复用时中位数|0.9h|-0.7h|1.6h
升级次数|5|+5|0
the cards say what md says
     10 class="card bad"
      3 class="card good"
      3 class="card"
      1 class="cards"
5
应回访与已回访（按员工）
满意度分项分布
各项比率趋势
应回访趋势
新增投诉趋势
visits: 回访
visits_by_method: 回访方式与结果
satisfaction: 满意度
scores: 平均得分
satisfaction_items: 满意度分项分布
dissatisfied: 不满意回访
complaints: 投诉
complaints_by_category: 投诉类别
complaints_by_severity: 投诉严重程度
complaints_by_channel: 投诉渠道
milestones: 投诉处理时限
complaint_times: 回复、答复、结案用时（工作小时）
escalations: 升级层级
review: 本月结案投诉时效复核 (C7)
trend: 趋势
122
0
@page{size:A4;margin:12mm 11mm 14mm}
@page{@bottom-center{content:counter(page) " / " counter(pages);font-size:8pt;color:#666}
>>> exit 0
