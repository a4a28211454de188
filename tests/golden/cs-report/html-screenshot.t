# The October page of the samples in a real browser (headless Chromium,
# no network): a screenshot 1200 wide is a PNG of the window's size, and
# a picture, not a blank page (pngstat: many colours, 1% or more of it
# not background); printed, it is A4, several pages, and the page shows
# the report's text (Chinese glyphs included)
. "$TOP/tests/report/readers.sh"
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format html >oct.html
chromium_shot oct.html oct.png 1200 2400
file oct.png | sed 's/^[^:]*: //'
pngstat oct.png
chromium_pdf oct.html oct.pdf
pdfinfo oct.pdf | grep '^Page size:' | tr -s ' '
pdfinfo oct.pdf | awk '/^Pages:/ { print ($2 >= 3 ? "3 pages or more" : "only " $2 " pages") }'
fc-list :lang=zh family | grep -q . && echo "a font with Chinese glyphs is installed"
pdftotext -f 1 -l 1 oct.pdf - | grep -m 4 -E '^(客户回访报告|回访率|71\.1%|应回访与已回访)'
pdftoppm -r 40 -f 1 -l 1 -png oct.pdf page
pngstat page-1.png
>>> stdout
PNG image data, 1200 x 2400, 8-bit/color RGB, non-interlaced
1200x2400 picture
Page size: 594.96 x 841.92 pts (A4)
3 pages or more
a font with Chinese glyphs is installed
客户回访报告 2026-10
回访率 (K1)
71.1%
应回访与已回访（按员工）
331x468 picture
>>> exit 0
