# The HTML of the tiny ledger of test_report.c (figures computed by hand
# there), in English, with a two-month trend: the whole page after the
# style sheet, pinned
cs-report -d "$DATA/issue5" --now 2026-12-02T09:00+08:00 --month 2026-11 --format html --trend 2 --lang en | sed -n '/^<\/style>/,$p'
>>> stdout
</style>
</head>
<body>
<header>
<h1>Return-visit report 2026-11</h1>
<p class="sub">Ledgers as of 2026-12-02 09:00; rules tiny; by staff; change against 2026-10</p>
</header>
<section class="cards">
<div class="card"><div class="k">Visits due</div><div class="v">5</div><div class="d"><span class="c">▲ +2</span> previous 3</div></div>
<div class="card"><div class="k">Visits done</div><div class="v">3</div><div class="d"><span class="c">▲ +2</span> previous 1</div></div>
<div class="card good"><div class="k">Visit rate (K1)</div><div class="v">60.0%</div><div class="d"><span class="c">▲ +26.7pp</span> previous 33.3%</div></div>
<div class="card good"><div class="k">On-time rate</div><div class="v">40.0%</div><div class="d"><span class="c">▲ +6.7pp</span> previous 33.3%</div></div>
<div class="card bad"><div class="k">Reach rate</div><div class="v">66.7%</div><div class="d"><span class="c">▼ -33.3pp</span> previous 100.0%</div></div>
<div class="card bad"><div class="k">Satisfaction rate (K2)</div><div class="v">75.0%</div><div class="d"><span class="c">▼ -25.0pp</span> previous 100.0%</div></div>
<div class="card bad"><div class="k">Touched rate (K3)</div><div class="v">66.7%</div><div class="d"><span class="c">▼ -33.3pp</span> previous 100.0%</div></div>
<div class="card good"><div class="k">Return rate (K4)</div><div class="v">33.3%</div><div class="d"><span class="c">▲ +33.3pp</span> previous 0.0%</div></div>
<div class="card bad"><div class="k">Average score</div><div class="v">3.73</div><div class="d"><span class="c">▼ -0.27</span> previous 4.00</div></div>
<div class="card bad"><div class="k">Dissatisfied visits</div><div class="v">1</div><div class="d"><span class="c">▲ +1</span> previous 0</div></div>
<div class="card bad"><div class="k">Complaints opened</div><div class="v">3</div><div class="d"><span class="c">▲ +2</span> previous 1</div></div>
<div class="card"><div class="k">Complaints closed</div><div class="v">3</div><div class="d"><span class="c">▲ +3</span> previous 0</div></div>
<div class="card"><div class="k">Open at month end</div><div class="v">1</div><div class="d"><span class="c">0</span> previous 1</div></div>
<div class="card bad"><div class="k">Deadlines met</div><div class="v">62.5%</div><div class="d"><span class="c">▼ -4.2pp</span> previous 66.7%</div></div>
<div class="card"><div class="k">Median time to reply</div><div class="v">1.0h</div><div class="d"><span class="c">0.0h</span> previous 1.0h</div></div>
<div class="card bad"><div class="k">Escalations</div><div class="v">1</div><div class="d"><span class="c">▲ +1</span> previous 0</div></div>
</section>
<section class="charts">
<figure class="wide"><figcaption>Visits due and done by staff</figcaption>
<svg class="chart" viewBox="0 0 1100 290" width="1100" height="290" role="img" aria-label="Visits due and done by staff" font-size="12">
<rect x="44.0" y="6.0" width="12.0" height="12.0" fill="#9ecae1"/>
<text x="61.0" y="16.0">Due</text>
<rect x="99.9" y="6.0" width="12.0" height="12.0" fill="#2171b5"/>
<text x="116.9" y="16.0">Done</text>
<line x1="44.0" y1="246.0" x2="1092.0" y2="246.0" stroke="#8c959f" stroke-width="1"/>
<text x="38.0" y="250.0" text-anchor="end" class="ax" font-size="11">0</text>
<line x1="44.0" y1="175.3" x2="1092.0" y2="175.3" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="179.3" text-anchor="end" class="ax" font-size="11">1</text>
<line x1="44.0" y1="104.7" x2="1092.0" y2="104.7" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="108.7" text-anchor="end" class="ax" font-size="11">2</text>
<line x1="44.0" y1="34.0" x2="1092.0" y2="34.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="38.0" text-anchor="end" class="ax" font-size="11">3</text>
<rect x="275.0" y="104.7" width="30.0" height="141.3" fill="#9ecae1"><title>S01 Alice Due: 2</title></rect>
<text x="290.0" y="100.7" text-anchor="middle" font-size="10">2</text>
<rect x="307.0" y="104.7" width="30.0" height="141.3" fill="#2171b5"><title>S01 Alice Done: 2</title></rect>
<text x="322.0" y="100.7" text-anchor="middle" font-size="10">2</text>
<text x="306.0" y="262.0" text-anchor="middle" font-size="11">S01</text>
<text x="306.0" y="277.0" text-anchor="middle" font-size="11">Alice</text>
<rect x="799.0" y="34.0" width="30.0" height="212.0" fill="#9ecae1"><title>S02 Bob Due: 3</title></rect>
<text x="814.0" y="30.0" text-anchor="middle" font-size="10">3</text>
<rect x="831.0" y="175.3" width="30.0" height="70.7" fill="#2171b5"><title>S02 Bob Done: 1</title></rect>
<text x="846.0" y="171.3" text-anchor="middle" font-size="10">1</text>
<text x="830.0" y="262.0" text-anchor="middle" font-size="11">S02</text>
<text x="830.0" y="277.0" text-anchor="middle" font-size="11">Bob</text>
</svg>
</figure>
<figure><figcaption>Satisfaction by item and level</figcaption>
<svg class="chart" viewBox="0 0 540 234" width="540" height="234" role="img" aria-label="Satisfaction by item and level" font-size="12">
<rect x="83.6" y="4.0" width="12.0" height="12.0" fill="#d73027"/>
<text x="100.6" y="14.0">1 Very dissatisfied</text>
<rect x="250.8" y="4.0" width="12.0" height="12.0" fill="#fc8d59"/>
<text x="267.8" y="14.0">2 Dissatisfied</text>
<rect x="383.3" y="4.0" width="12.0" height="12.0" fill="#91cf60"/>
<text x="400.3" y="14.0">3 Satisfied</text>
<rect x="83.6" y="22.0" width="12.0" height="12.0" fill="#1a9850"/>
<text x="100.6" y="32.0">4 Very satisfied</text>
<line x1="83.6" y1="60.0" x2="83.6" y2="224.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="83.6" y="56.0" text-anchor="middle" class="ax" font-size="10">0%</text>
<line x1="181.7" y1="60.0" x2="181.7" y2="224.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="181.7" y="56.0" text-anchor="middle" class="ax" font-size="10">25%</text>
<line x1="279.8" y1="60.0" x2="279.8" y2="224.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="279.8" y="56.0" text-anchor="middle" class="ax" font-size="10">50%</text>
<line x1="377.9" y1="60.0" x2="377.9" y2="224.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="377.9" y="56.0" text-anchor="middle" class="ax" font-size="10">75%</text>
<line x1="476.0" y1="60.0" x2="476.0" y2="224.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="476.0" y="56.0" text-anchor="middle" class="ax" font-size="10">100%</text>
<text x="536.0" y="56.0" text-anchor="end" class="ax" font-size="10">Average</text>
<text x="75.6" y="85.5" text-anchor="end" font-size="12">Attitude</text>
<rect x="83.6" y="68.0" width="98.1" height="26.0" fill="#91cf60"><title>Attitude · 3 Satisfied: 1 (25.0%)</title></rect>
<text x="132.6" y="85.0" text-anchor="middle" font-size="10.5">25.0%</text>
<rect x="181.7" y="68.0" width="294.3" height="26.0" fill="#1a9850"><title>Attitude · 4 Very satisfied: 3 (75.0%)</title></rect>
<text x="328.8" y="85.0" text-anchor="middle" class="in" font-size="10.5">75.0%</text>
<text x="536.0" y="85.5" text-anchor="end" font-size="12">3.75</text>
<text x="75.6" y="123.5" text-anchor="end" font-size="12">Skill</text>
<rect x="83.6" y="106.0" width="98.1" height="26.0" fill="#fc8d59"><title>Skill · 2 Dissatisfied: 1 (25.0%)</title></rect>
<text x="132.6" y="123.0" text-anchor="middle" font-size="10.5">25.0%</text>
<rect x="181.7" y="106.0" width="294.3" height="26.0" fill="#1a9850"><title>Skill · 4 Very satisfied: 3 (75.0%)</title></rect>
<text x="328.8" y="123.0" text-anchor="middle" class="in" font-size="10.5">75.0%</text>
<text x="536.0" y="123.5" text-anchor="end" font-size="12">3.50</text>
<text x="75.6" y="161.5" text-anchor="end" font-size="12">Timeliness</text>
<rect x="83.6" y="144.0" width="98.1" height="26.0" fill="#91cf60"><title>Timeliness · 3 Satisfied: 1 (25.0%)</title></rect>
<text x="132.6" y="161.0" text-anchor="middle" font-size="10.5">25.0%</text>
<rect x="181.7" y="144.0" width="294.3" height="26.0" fill="#1a9850"><title>Timeliness · 4 Very satisfied: 3 (75.0%)</title></rect>
<text x="328.8" y="161.0" text-anchor="middle" class="in" font-size="10.5">75.0%</text>
<text x="536.0" y="161.5" text-anchor="end" font-size="12">3.75</text>
<text x="75.6" y="199.5" text-anchor="end" font-size="12">Promise</text>
<rect x="83.6" y="182.0" width="392.4" height="26.0" fill="#1a9850"><title>Promise · 4 Very satisfied: 3 (100.0%)</title></rect>
<text x="279.8" y="199.0" text-anchor="middle" class="in" font-size="10.5">100.0%</text>
<text x="536.0" y="199.5" text-anchor="end" font-size="12">4.00</text>
</svg>
</figure>
<figure><figcaption>Trend of the rates</figcaption>
<svg class="chart" viewBox="0 0 540 300" width="540" height="300" role="img" aria-label="Trend of the rates" font-size="12">
<line x1="44.0" y1="234.0" x2="482.0" y2="234.0" stroke="#8c959f" stroke-width="1"/>
<text x="38.0" y="238.0" text-anchor="end" class="ax" font-size="11">0%</text>
<line x1="44.0" y1="189.6" x2="482.0" y2="189.6" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="193.6" text-anchor="end" class="ax" font-size="11">20%</text>
<line x1="44.0" y1="145.2" x2="482.0" y2="145.2" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="149.2" text-anchor="end" class="ax" font-size="11">40%</text>
<line x1="44.0" y1="100.8" x2="482.0" y2="100.8" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="104.8" text-anchor="end" class="ax" font-size="11">60%</text>
<line x1="44.0" y1="56.4" x2="482.0" y2="56.4" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="60.4" text-anchor="end" class="ax" font-size="11">80%</text>
<line x1="44.0" y1="12.0" x2="482.0" y2="12.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="16.0" text-anchor="end" class="ax" font-size="11">100%</text>
<text x="60.0" y="250.0" text-anchor="middle" class="ax" font-size="11">2026-10</text>
<text x="466.0" y="250.0" text-anchor="middle" class="ax" font-size="11">2026-11</text>
<path fill="none" stroke="#2171b5" stroke-width="2" d="M60.0 160.0 L466.0 100.8"/>
<circle cx="60.0" cy="160.0" r="3" fill="#2171b5"><title>2026-10 Visit rate (K1): 33.3%</title></circle>
<circle cx="466.0" cy="100.8" r="3" fill="#2171b5"><title>2026-11 Visit rate (K1): 60.0%</title></circle>
<path fill="none" stroke="#238b45" stroke-width="2" d="M60.0 12.0 L466.0 67.5"/>
<circle cx="60.0" cy="12.0" r="3" fill="#238b45"><title>2026-10 Satisfaction rate (K2): 100.0%</title></circle>
<circle cx="466.0" cy="67.5" r="3" fill="#238b45"><title>2026-11 Satisfaction rate (K2): 75.0%</title></circle>
<path fill="none" stroke="#e6550d" stroke-width="2" d="M60.0 12.0 L466.0 86.0"/>
<circle cx="60.0" cy="12.0" r="3" fill="#e6550d"><title>2026-10 Touched rate (K3): 100.0%</title></circle>
<circle cx="466.0" cy="86.0" r="3" fill="#e6550d"><title>2026-11 Touched rate (K3): 66.7%</title></circle>
<path fill="none" stroke="#756bb1" stroke-width="2" d="M60.0 86.0 L466.0 95.2"/>
<circle cx="60.0" cy="86.0" r="3" fill="#756bb1"><title>2026-10 Deadlines met: 66.7%</title></circle>
<circle cx="466.0" cy="95.2" r="3" fill="#756bb1"><title>2026-11 Deadlines met: 62.5%</title></circle>
<text x="489.0" y="71.5" font-size="11" fill="#238b45">75.0%</text>
<text x="489.0" y="90.0" font-size="11" fill="#e6550d">66.7%</text>
<text x="489.0" y="103.0" font-size="11" fill="#756bb1">62.5%</text>
<text x="489.0" y="116.0" font-size="11" fill="#2171b5">60.0%</text>
<rect x="44.0" y="264.0" width="12.0" height="12.0" fill="#2171b5"/>
<text x="61.0" y="274.0">Visit rate (K1)</text>
<rect x="263.0" y="264.0" width="12.0" height="12.0" fill="#238b45"/>
<text x="280.0" y="274.0">Satisfaction rate (K2)</text>
<rect x="44.0" y="282.0" width="12.0" height="12.0" fill="#e6550d"/>
<text x="61.0" y="292.0">Touched rate (K3)</text>
<rect x="263.0" y="282.0" width="12.0" height="12.0" fill="#756bb1"/>
<text x="280.0" y="292.0">Deadlines met</text>
</svg>
</figure>
<figure><figcaption>Visits due: trend</figcaption>
<svg class="chart" viewBox="0 0 540 210" width="540" height="210" role="img" aria-label="Visits due: trend" font-size="12">
<line x1="44.0" y1="182.0" x2="516.0" y2="182.0" stroke="#8c959f" stroke-width="1"/>
<text x="38.0" y="186.0" text-anchor="end" class="ax" font-size="11">0</text>
<line x1="44.0" y1="128.0" x2="516.0" y2="128.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="132.0" text-anchor="end" class="ax" font-size="11">2</text>
<line x1="44.0" y1="74.0" x2="516.0" y2="74.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="78.0" text-anchor="end" class="ax" font-size="11">4</text>
<line x1="44.0" y1="20.0" x2="516.0" y2="20.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="24.0" text-anchor="end" class="ax" font-size="11">6</text>
<text x="60.0" y="198.0" text-anchor="middle" class="ax" font-size="11">2026-10</text>
<text x="500.0" y="198.0" text-anchor="middle" class="ax" font-size="11">2026-11</text>
<path fill="none" stroke="#2171b5" stroke-width="2" d="M60.0 101.0 L500.0 47.0"/>
<circle cx="60.0" cy="101.0" r="3" fill="#2171b5"><title>2026-10 Visits due: 3</title></circle>
<text x="60.0" y="93.0" text-anchor="middle" font-size="10.5">3</text>
<circle cx="500.0" cy="47.0" r="3" fill="#2171b5"><title>2026-11 Visits due: 5</title></circle>
<text x="500.0" y="39.0" text-anchor="middle" font-size="10.5">5</text>
</svg>
</figure>
<figure><figcaption>Complaints opened: trend</figcaption>
<svg class="chart" viewBox="0 0 540 210" width="540" height="210" role="img" aria-label="Complaints opened: trend" font-size="12">
<line x1="44.0" y1="182.0" x2="516.0" y2="182.0" stroke="#8c959f" stroke-width="1"/>
<text x="38.0" y="186.0" text-anchor="end" class="ax" font-size="11">0</text>
<line x1="44.0" y1="128.0" x2="516.0" y2="128.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="132.0" text-anchor="end" class="ax" font-size="11">1</text>
<line x1="44.0" y1="74.0" x2="516.0" y2="74.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="78.0" text-anchor="end" class="ax" font-size="11">2</text>
<line x1="44.0" y1="20.0" x2="516.0" y2="20.0" stroke="#e1e4e8" stroke-width="1"/>
<text x="38.0" y="24.0" text-anchor="end" class="ax" font-size="11">3</text>
<text x="60.0" y="198.0" text-anchor="middle" class="ax" font-size="11">2026-10</text>
<text x="500.0" y="198.0" text-anchor="middle" class="ax" font-size="11">2026-11</text>
<path fill="none" stroke="#2171b5" stroke-width="2" d="M60.0 128.0 L500.0 20.0"/>
<circle cx="60.0" cy="128.0" r="3" fill="#2171b5"><title>2026-10 Complaints opened: 1</title></circle>
<text x="60.0" y="120.0" text-anchor="middle" font-size="10.5">1</text>
<circle cx="500.0" cy="20.0" r="3" fill="#2171b5"><title>2026-11 Complaints opened: 3</title></circle>
<text x="500.0" y="12.0" text-anchor="middle" font-size="10.5">3</text>
</svg>
</figure>
</section>
<div class="tables">
<section id="t-visits">
<h2>Visits</h2>
<table>
<thead><tr><th>Staff</th><th class="n">Due</th><th class="n">Done</th><th class="n">On time</th><th class="n">Late</th><th class="n">Missed</th><th class="n">Pending</th><th class="n">Visit rate</th><th class="n">On time</th><th class="n">Logged</th><th class="n">Reached</th><th class="n">Reach rate</th></tr></thead>
<tbody>
<tr><td>S01 Alice</td><td class="n">2</td><td class="n">2</td><td class="n">2</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">100.0%</td><td class="n">100.0%</td><td class="n">3</td><td class="n">2</td><td class="n">66.7%</td></tr>
<tr><td>S02 Bob</td><td class="n">3</td><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">2</td><td class="n">0</td><td class="n">33.3%</td><td class="n">0.0%</td><td class="n">3</td><td class="n">2</td><td class="n">66.7%</td></tr>
<tr class="total"><td>Total</td><td class="n">5</td><td class="n">3</td><td class="n">2</td><td class="n">1</td><td class="n">2</td><td class="n">0</td><td class="n">60.0%</td><td class="n">40.0%</td><td class="n">6</td><td class="n">4</td><td class="n">66.7%</td></tr>
</tbody>
</table>
</section>
<section id="t-visits_by_method">
<h2>Logged visits by method and outcome</h2>
<table>
<thead><tr><th>Method</th><th class="n">Logged</th><th class="n">Reached</th><th class="n">Unreached</th><th class="n">Refused</th><th class="n">Rescheduled</th><th class="n">Reach rate</th></tr></thead>
<tbody>
<tr><td>Phone</td><td class="n">4</td><td class="n">3</td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">75.0%</td></tr>
<tr><td>On-site</td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">100.0%</td></tr>
<tr><td>WeChat</td><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">1</td><td class="n">0</td><td class="n">0.0%</td></tr>
<tr class="total"><td>Total</td><td class="n">6</td><td class="n">4</td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">66.7%</td></tr>
</tbody>
</table>
</section>
<section id="t-satisfaction">
<h2>Satisfaction</h2>
<table>
<thead><tr><th>Staff</th><th class="n">Surveyed</th><th class="n">Satisfied</th><th class="n">Satisfaction</th><th class="n">Served</th><th class="n">Touched</th><th class="n">Touched rate</th><th class="n">Returning</th><th class="n">Return rate</th><th class="n">Dissatisfied</th><th class="n">Followed up</th></tr></thead>
<tbody>
<tr><td>S01 Alice</td><td class="n">2</td><td class="n">1</td><td class="n">50.0%</td><td class="n">2</td><td class="n">1</td><td class="n">50.0%</td><td class="n">1</td><td class="n">50.0%</td><td class="n">1</td><td class="n">1</td></tr>
<tr><td>S02 Bob</td><td class="n">2</td><td class="n">2</td><td class="n">100.0%</td><td class="n">2</td><td class="n">1</td><td class="n">50.0%</td><td class="n">0</td><td class="n">0.0%</td><td class="n">0</td><td class="n">0</td></tr>
<tr class="total"><td>Total</td><td class="n">4</td><td class="n">3</td><td class="n">75.0%</td><td class="n">3</td><td class="n">2</td><td class="n">66.7%</td><td class="n">1</td><td class="n">33.3%</td><td class="n">1</td><td class="n">1</td></tr>
</tbody>
</table>
</section>
<section id="t-scores">
<h2>Average scores</h2>
<table>
<thead><tr><th>Staff</th><th class="n">Attitude</th><th class="n">Skill</th><th class="n">Timeliness</th><th class="n">Promise</th><th class="n">All items</th></tr></thead>
<tbody>
<tr><td>S01 Alice</td><td class="n">3.50</td><td class="n">3.00</td><td class="n">4.00</td><td class="n">4.00</td><td class="n">3.63</td></tr>
<tr><td>S02 Bob</td><td class="n">4.00</td><td class="n">4.00</td><td class="n">3.50</td><td class="n">4.00</td><td class="n">3.86</td></tr>
<tr class="total"><td>Total</td><td class="n">3.75</td><td class="n">3.50</td><td class="n">3.75</td><td class="n">4.00</td><td class="n">3.73</td></tr>
</tbody>
</table>
</section>
<section id="t-satisfaction_items">
<h2>Satisfaction by item and level</h2>
<table>
<thead><tr><th>Item</th><th class="n">1 Very dissatisfied</th><th class="n">2 Dissatisfied</th><th class="n">3 Satisfied</th><th class="n">4 Very satisfied</th><th class="n">Answered</th><th class="n">Average</th></tr></thead>
<tbody>
<tr><td>Attitude</td><td class="n">0</td><td class="n">0</td><td class="n">1</td><td class="n">3</td><td class="n">4</td><td class="n">3.75</td></tr>
<tr><td>Skill</td><td class="n">0</td><td class="n">1</td><td class="n">0</td><td class="n">3</td><td class="n">4</td><td class="n">3.50</td></tr>
<tr><td>Timeliness</td><td class="n">0</td><td class="n">0</td><td class="n">1</td><td class="n">3</td><td class="n">4</td><td class="n">3.75</td></tr>
<tr><td>Promise</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">3</td><td class="n">3</td><td class="n">4.00</td></tr>
<tr class="total"><td>All items</td><td class="n">0</td><td class="n">1</td><td class="n">2</td><td class="n">12</td><td class="n">15</td><td class="n">3.73</td></tr>
</tbody>
</table>
</section>
<section id="t-dissatisfied">
<h2>Dissatisfied visits</h2>
<table>
<thead><tr><th>Visit</th><th>Time</th><th>Customer</th><th>Name</th><th>Phone</th><th>Staff</th><th>Scores</th><th>Followed up</th></tr></thead>
<tbody>
<tr><td>V000004</td><td>2026-11-06 10:00</td><td>KH02</td><td>Ben</td><td>13800000002</td><td>S01 Alice</td><td>3,2,4,4</td><td>2026-11-16 10:00</td></tr>
</tbody>
</table>
</section>
<section id="t-complaints">
<h2>Complaints</h2>
<table>
<thead><tr><th>Staff</th><th class="n">Opened</th><th class="n">Closed</th><th class="n">Open at end</th><th class="n">Deadlines</th><th class="n">Met</th><th class="n">Missed</th><th class="n">Met rate</th></tr></thead>
<tbody>
<tr><td>S01 Alice</td><td class="n">2</td><td class="n">1</td><td class="n">1</td><td class="n">5</td><td class="n">4</td><td class="n">1</td><td class="n">80.0%</td></tr>
<tr><td>S02 Bob</td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">2</td><td class="n">0</td><td class="n">2</td><td class="n">0.0%</td></tr>
<tr><td>S03 Carol</td><td class="n">0</td><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">100.0%</td></tr>
<tr class="total"><td>Total</td><td class="n">3</td><td class="n">3</td><td class="n">1</td><td class="n">8</td><td class="n">5</td><td class="n">3</td><td class="n">62.5%</td></tr>
</tbody>
</table>
</section>
<section id="t-complaints_by_category">
<h2>Complaints by category</h2>
<table>
<thead><tr><th>Category</th><th class="n">Opened</th><th class="n">Open at end</th></tr></thead>
<tbody>
<tr><td>product</td><td class="n">2</td><td class="n">1</td></tr>
<tr><td>service</td><td class="n">1</td><td class="n">0</td></tr>
<tr class="total"><td>Total</td><td class="n">3</td><td class="n">1</td></tr>
</tbody>
</table>
</section>
<section id="t-complaints_by_severity">
<h2>Complaints by severity</h2>
<table>
<thead><tr><th>Severity</th><th class="n">Opened</th><th class="n">Open at end</th></tr></thead>
<tbody>
<tr><td>general</td><td class="n">3</td><td class="n">1</td></tr>
<tr><td>serious</td><td class="n">0</td><td class="n">0</td></tr>
<tr class="total"><td>Total</td><td class="n">3</td><td class="n">1</td></tr>
</tbody>
</table>
</section>
<section id="t-complaints_by_channel">
<h2>Complaints by channel</h2>
<table>
<thead><tr><th>Channel</th><th class="n">Opened</th><th class="n">Open at end</th></tr></thead>
<tbody>
<tr><td>phone</td><td class="n">2</td><td class="n">1</td></tr>
<tr><td>onsite</td><td class="n">1</td><td class="n">0</td></tr>
<tr class="total"><td>Total</td><td class="n">3</td><td class="n">1</td></tr>
</tbody>
</table>
</section>
<section id="t-milestones">
<h2>Complaint deadlines</h2>
<table>
<thead><tr><th>Step</th><th class="n">Due</th><th class="n">Met</th><th class="n">Missed</th><th class="n">Met rate</th></tr></thead>
<tbody>
<tr><td>reply</td><td class="n">3</td><td class="n">2</td><td class="n">1</td><td class="n">66.7%</td></tr>
<tr><td>answer</td><td class="n">3</td><td class="n">1</td><td class="n">2</td><td class="n">33.3%</td></tr>
<tr><td>revisit</td><td class="n">2</td><td class="n">2</td><td class="n">0</td><td class="n">100.0%</td></tr>
<tr class="total"><td>Total</td><td class="n">8</td><td class="n">5</td><td class="n">3</td><td class="n">62.5%</td></tr>
</tbody>
</table>
</section>
<section id="t-complaint_times">
<h2>Working hours to reply, answer and close</h2>
<table>
<thead><tr><th>Step</th><th class="n">Complaints</th><th class="n">Median</th><th class="n">90th percentile</th></tr></thead>
<tbody>
<tr><td>Reply</td><td class="n">3</td><td class="n">1.0h</td><td class="n">2.5h</td></tr>
<tr><td>Answer</td><td class="n">2</td><td class="n">8.8h</td><td class="n">10.5h</td></tr>
<tr><td>Close</td><td class="n">3</td><td class="n">22.0h</td><td class="n">67.0h</td></tr>
</tbody>
</table>
</section>
<section id="t-escalations">
<h2>Escalations by rung</h2>
<table>
<thead><tr><th>Rung</th><th class="n">Escalations</th></tr></thead>
<tbody>
<tr><td>specialist</td><td class="n">0</td></tr>
<tr><td>supervisor</td><td class="n">1</td></tr>
<tr><td>manager</td><td class="n">0</td></tr>
<tr class="total"><td>Total</td><td class="n">1</td></tr>
</tbody>
</table>
</section>
<section id="t-review">
<h2>Review of the month&#39;s closed complaints (C7)</h2>
<table>
<thead><tr><th>Complaint</th><th>Customer</th><th>Step</th><th>Due</th><th>Done</th><th>Result</th><th class="n">Late by</th><th>Responsible</th></tr></thead>
<tbody>
<tr><td>C2026-0001</td><td>KH04 Dee</td><td>reply</td><td>2026-10-20 12:00</td><td>2026-10-20 11:00</td><td>met</td><td class="n na">-</td><td>-</td></tr>
<tr><td>C2026-0001</td><td>KH04 Dee</td><td>answer</td><td>2026-10-21 10:00</td><td>2026-10-21 09:00</td><td>met</td><td class="n na">-</td><td>-</td></tr>
<tr class="late"><td>C2026-0001</td><td>KH04 Dee</td><td>revisit</td><td>2026-10-22 10:00</td><td>2026-10-23 10:00</td><td>late</td><td class="n">7.5h</td><td>S02 Bob</td></tr>
<tr><td>C2026-0002</td><td>KH01 Ann</td><td>reply</td><td>2026-11-02 12:00</td><td>2026-11-02 11:00</td><td>met</td><td class="n na">-</td><td>-</td></tr>
<tr><td>C2026-0002</td><td>KH01 Ann</td><td>answer</td><td>2026-11-03 10:00</td><td>2026-11-03 09:30</td><td>met</td><td class="n na">-</td><td>-</td></tr>
<tr><td>C2026-0002</td><td>KH01 Ann</td><td>revisit</td><td>2026-11-04 11:00</td><td>2026-11-04 10:00</td><td>met</td><td class="n na">-</td><td>-</td></tr>
<tr class="late"><td>C2026-0003</td><td>KH03 Cat</td><td>reply</td><td>2026-11-19 18:00</td><td>2026-11-20 09:30</td><td>late</td><td class="n">0.5h</td><td>S02 Bob</td></tr>
<tr class="late"><td>C2026-0003</td><td>KH03 Cat</td><td>answer</td><td>2026-11-20 16:00</td><td>2026-11-23 10:00</td><td>late</td><td class="n">3.0h</td><td>S02 Bob</td></tr>
<tr><td>C2026-0003</td><td>KH03 Cat</td><td>revisit</td><td>2026-11-25 10:00</td><td>2026-11-24 15:00</td><td>met</td><td class="n na">-</td><td>-</td></tr>
</tbody>
</table>
</section>
<section id="t-trend">
<h2>Trend</h2>
<table>
<thead><tr><th>Month</th><th class="n">Visits due</th><th class="n">Visit rate (K1)</th><th class="n">Satisfaction rate (K2)</th><th class="n">Touched rate (K3)</th><th class="n">Complaints opened</th><th class="n">Deadlines met</th></tr></thead>
<tbody>
<tr><td>2026-10</td><td class="n">3</td><td class="n">33.3%</td><td class="n">100.0%</td><td class="n">100.0%</td><td class="n">1</td><td class="n">66.7%</td></tr>
<tr><td>2026-11</td><td class="n">5</td><td class="n">60.0%</td><td class="n">75.0%</td><td class="n">66.7%</td><td class="n">3</td><td class="n">62.5%</td></tr>
</tbody>
</table>
</section>
</div>
</body>
</html>
>>> exit 0
