# Every text of the page is escaped (& < > " '), in the tables, the
# charts' labels and tooltips, the title; nothing of it comes through raw
cp -r "$DATA/issue5" d
sed -i 's/^KH02,Ben,/KH02,"<b>""Ben"" \& '"'"'Co'"'"'<\/b>",/' d/customers.csv
sed -i 's/^S01,Alice,/S01,"<i>Al \& ""Ice""<\/i>",/' d/staff.csv
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 --format html --lang en >p.html
cs-report -d d --now 2026-12-02T09:00+08:00 --month 2026-11 --format html --lang en --staff S01 >s.html
grep -c '<b>\|<i>\|"Ben"\|"Ice"' p.html s.html
grep -o '&lt;b&gt;&quot;Ben&quot; &amp; &#39;Co&#39;&lt;/b&gt;' p.html | sort | uniq -c
grep -o 'S01 &lt;i&gt;Al &amp; &quot;Ice&quot;&lt;/i&gt;' p.html | sort | uniq -c
sed -n '/^<title>/p; /^<h1>/p' s.html
grep -o '<text[^>]*>&lt;i&gt;Al[^<]*</text>' s.html
>>> stdout
p.html:0
s.html:0
      1 &lt;b&gt;&quot;Ben&quot; &amp; &#39;Co&#39;&lt;/b&gt;
      7 S01 &lt;i&gt;Al &amp; &quot;Ice&quot;&lt;/i&gt;
<title>Return-visit report 2026-11 - S01 &lt;i&gt;Al &amp; &quot;Ice&quot;&lt;/i&gt;</title>
<h1>Return-visit report 2026-11 - S01 &lt;i&gt;Al &amp; &quot;Ice&quot;&lt;/i&gt;</h1>
<text x="568.0" y="277.0" text-anchor="middle" font-size="11">&lt;i&gt;Al &amp; &quot;Ice&quot;&lt;/i&gt;</text>
>>> exit 0
