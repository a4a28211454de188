/* report_html.c - cs-report's HTML renderer: one self-contained page.
 *
 * No network: the style sheet is inline, the charts are inline SVG, the
 * fonts are the reader's own (a list of CJK families, then sans-serif).
 * The page is:
 *   a heading (the month, the time of the ledgers, the rules, the
 *   breakdown);
 *   the summary as cards: each headline figure, the month before and the
 *   change, green when it moved the good way, red when the bad way;
 *   the charts: visits due and done per group of the breakdown (grouped
 *   bars), the four survey items over the four levels (100% stacked
 *   bars), the trend of the rates (lines) and of each count (a line
 *   each);
 *   every other table, numbers right-aligned, the total row in bold.
 * Printable on A4 (@media print).  Every text is escaped; the output
 * depends only on the report (coordinates with one decimal, C locale). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static const char *
L(const struct report *rep, const char *en, const char *zh)
{
	return report_lang(rep, en, zh);
}

/* Text into HTML (element content and quoted attributes alike); control
 * characters become spaces. */
static void
esc(FILE *fp, const char *s)
{
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		switch (ch) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&#39;", fp);
			break;
		default:
			putc(ch < 0x20 || ch == 0x7f ? ' ' : ch, fp);
		}
	}
}

static const char *const level_key[4] = {"level_1", "level_2", "level_3",
    "level_4"};

static int
metric_ix(const struct report_table *t, const char *key)
{
	for (int k = 0; t && k < t->nmetrics; k++)
		if (strcmp(t->metrics[k].key, key) == 0)
			return k;
	return -1;
}

/* +1: the higher the better; -1: the lower the better; 0: neither. */
static int
better(const struct report_metric *m)
{
	static const char *const lower[] = {"dissatisfied",
	    "complaints_opened", "complaints_open", "reply_median_hours",
	    "escalations"};

	for (size_t i = 0; i < sizeof lower / sizeof *lower; i++)
		if (strcmp(m->key, lower[i]) == 0)
			return -1;
	return m->unit == RU_RATE || m->unit == RU_SCORE ? 1 : 0;
}

/* ---- page ------------------------------------------------------------- */

static const char style[] =
"@page{size:A4;margin:12mm 11mm 14mm}\n"
"@page{@bottom-center{content:counter(page) \" / \" counter(pages);"
"font-size:8pt;color:#666}}\n"
"*{box-sizing:border-box}\n"
"html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"body{margin:0 auto;max-width:1180px;padding:24px 28px 40px;color:#1f2328;"
"background:#fff;font:14px/1.45 \"Noto Sans CJK SC\",\"Source Han Sans SC\","
"\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",\"Noto Sans\","
"\"DejaVu Sans\",sans-serif}\n"
"h1{font-size:24px;margin:0 0 2px}\n"
"h2{font-size:16px;margin:0 0 6px;padding-bottom:3px;"
"border-bottom:2px solid #2171b5}\n"
".sub{color:#57606a;margin:0 0 18px}\n"
".cards{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;"
"margin:0 0 22px}\n"
".card{border:1px solid #d0d7de;border-left:4px solid #8c959f;"
"border-radius:4px;padding:6px 10px 7px;break-inside:avoid}\n"
".card.good{border-left-color:#1a7f37}.card.bad{border-left-color:#cf222e}\n"
".card .k{color:#57606a;font-size:12.5px}\n"
".card .v{font-size:22px;font-weight:600;"
"font-variant-numeric:tabular-nums;line-height:1.25}\n"
".card .d{font-size:12px;color:#57606a}\n"
".card .c{font-weight:600;margin-right:6px}\n"
".good .c{color:#1a7f37}.bad .c{color:#cf222e}\n"
".charts{display:grid;grid-template-columns:1fr 1fr;gap:14px 24px;"
"margin:0 0 22px}\n"
"figure{margin:0;break-inside:avoid}\n"
"figure.wide{grid-column:1/-1}\n"
"figcaption{font-weight:600;margin:0 0 4px}\n"
"svg.chart{display:block;max-width:100%;height:auto}\n"
"svg text{fill:#1f2328}\n"
"svg .ax{fill:#57606a}\n"
"svg .in{fill:#fff}\n"
".tables{display:flex;flex-wrap:wrap;gap:18px 36px;align-items:flex-start}\n"
".tables section{max-width:100%}\n"
"table{border-collapse:collapse;font-size:13px;"
"font-variant-numeric:tabular-nums}\n"
"th,td{padding:3px 8px;border-bottom:1px solid #d8dee4;text-align:left;"
"white-space:nowrap}\n"
"th{background:#eef3f8;border-bottom:1px solid #8c959f;font-weight:600;"
"vertical-align:bottom}\n"
".n{text-align:right}\n"
"td.na{color:#8c959f}\n"
"tr.total td{font-weight:600;border-top:1px solid #8c959f;"
"background:#f6f8fa}\n"
"tr.late td{background:#fff1f0}\n"
".none{color:#57606a;margin:0}\n"
"@media print{\n"
"body{max-width:none;padding:0;font-size:10pt}\n"
"h1{font-size:17pt}h2{font-size:11.5pt;break-after:avoid}\n"
".cards{gap:5px}.card{padding:4px 8px 5px}.card .v{font-size:15pt}\n"
".charts{gap:10px 16px}\n"
"table{font-size:8.5pt}th,td{padding:2px 5px}\n"
"tr{break-inside:avoid}\n"
".tables section{break-inside:auto}\n"
"}\n";

static void
heading(const struct report *rep, struct sbuf *title, struct sbuf *sub)
{
	static const char *const by_zh[] = {"员工", "班组", "区域", "客户类别"};
	char buf[40];

	sb_addf(title, "%s %s", L(rep, "Return-visit report", "客户回访报告"),
	    rep->month_key);
	if (rep->staff)
		sb_addf(title, " - %s %s", rep->staff, rep->staff_name);
	time_format_short(rep->asof, rep->tz_offset, buf);
	if (rep->zh) {
		sb_addf(sub, "数据截至 %s；", buf);
		if (rep->rules_name)
			sb_addf(sub, "规则 %s；", rep->rules_name);
		sb_addf(sub, "按%s分列；与上月 %s 比较", by_zh[rep->by],
		    rep->prev_key);
	} else {
		sb_addf(sub, "Ledgers as of %s; ", buf);
		if (rep->rules_name)
			sb_addf(sub, "rules %s; ", rep->rules_name);
		sb_addf(sub, "by %s; change against %s",
		    report_by_names[rep->by], rep->prev_key);
	}
}

/* ---- the summary as cards --------------------------------------------- */

static void
cards(const struct report *rep, const struct report_table *t, FILE *fp)
{
	char v[40], p[40], d[40];

	if (!t || t->nrows == 0)
		return;
	fputs("<section class=\"cards\">\n", fp);
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		const struct report_cell *c = &t->rows[0].cells[k];
		double delta = c->value - c->prev;
		const char *cls = "", *arrow = "";
		bool moved = !c->na && !c->prev_na && t->has_prev;

		report_change_text(m, c, d);
		/* a change that rounds to nothing did not move */
		if (moved && strpbrk(d, "123456789")) {
			int b = better(m);
			arrow = delta > 0 ? "▲ " : "▼ ";
			if (b != 0)
				cls = (delta > 0) == (b > 0) ? " good" : " bad";
		}
		fprintf(fp, "<div class=\"card%s\"><div class=\"k\">", cls);
		esc(fp, L(rep, m->en, m->zh));
		fputs("</div><div class=\"v\">", fp);
		esc(fp, report_value_text(m, c->value, c->na, v));
		fputs("</div><div class=\"d\">", fp);
		if (moved) {
			fprintf(fp, "<span class=\"c\">%s", arrow);
			esc(fp, d);
			fputs("</span> ", fp);
		}
		esc(fp, L(rep, "previous ", "上月 "));
		esc(fp, report_value_text(m, c->prev, c->prev_na || !t->has_prev,
		    p));
		fputs("</div></div>\n", fp);
	}
	fputs("</section>\n", fp);
}

/* ---- SVG helpers ------------------------------------------------------- */

/* The width of s in pixels at size px: wide characters are about 1em,
 * the others about 0.58em. */
static double
text_px(const char *s, double size)
{
	return (double)utf8_width(s, 1) * size * 0.58;
}

static void
svg_open(FILE *fp, double w, double h, const char *label)
{
	fprintf(fp, "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" "
	    "width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"",
	    w, h, w, h);
	esc(fp, label);
	fputs("\" font-size=\"12\">\n", fp);
}

static void
svg_text(FILE *fp, double x, double y, const char *anchor, const char *cls,
         double size, const char *s)
{
	fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\"", x, y);
	if (anchor)
		fprintf(fp, " text-anchor=\"%s\"", anchor);
	if (cls)
		fprintf(fp, " class=\"%s\"", cls);
	if (size > 0)
		fprintf(fp, " font-size=\"%g\"", size);
	putc('>', fp);
	esc(fp, s);
	fputs("</text>\n", fp);
}

static void
svg_rect(FILE *fp, double x, double y, double w, double h, const char *fill,
         const char *tip)
{
	fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
	    "fill=\"%s\"", x, y, w, h, fill);
	if (tip) {
		fputs("><title>", fp);
		esc(fp, tip);
		fputs("</title></rect>\n", fp);
	} else
		fputs("/>\n", fp);
}

static void
svg_line(FILE *fp, double x1, double y1, double x2, double y2,
         const char *stroke)
{
	fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
	    "stroke=\"%s\" stroke-width=\"1\"/>\n", x1, y1, x2, y2, stroke);
}

/* A legend swatch and its label at (x, y); returns the x after it. */
static double
svg_key(FILE *fp, double x, double y, const char *color, const char *label)
{
	svg_rect(fp, x, y - 10, 12, 12, color, NULL);
	svg_text(fp, x + 17, y, NULL, NULL, 0, label);
	return x + 17 + text_px(label, 12) + 18;
}

/* A round step of about v (1, 2, 2.5 or 5 times a power of ten; whole
 * numbers only when whole is set). */
static double
nice_step(double v, bool whole)
{
	static const double m[] = {1, 2, 2.5, 5};
	double p = 1;

	if (v <= 0)
		return 1;
	while (p * 10 <= v)
		p *= 10;
	while (p > v && (!whole || p > 1))
		p /= 10;
	for (;;) {
		for (size_t i = 0; i < sizeof m / sizeof *m; i++) {
			if (whole && p * m[i] != (double)(long long)(p * m[i]))
				continue;
			if (p * m[i] >= v)
				return p * m[i];
		}
		p *= 10;
	}
}

/* The y axis of counts from 0 to *top: horizontal grid lines and their
 * labels left of x0. */
static void
count_axis(FILE *fp, double max, double x0, double x1, double y0, double ph,
           double *top)
{
	double step = nice_step(max / 4, true);
	char buf[40];
	int n;

	n = (int)(max / step + 0.999999);
	if (n < 1)
		n = 1;
	*top = step * n;
	for (int i = 0; i <= n; i++) {
		double y = y0 + ph - ph * i / n;
		svg_line(fp, x0, y, x1, y, i == 0 ? "#8c959f" : "#e1e4e8");
		snprintf(buf, sizeof buf, "%.0f", step * i);
		svg_text(fp, x0 - 6, y + 4, "end", "ax", 11, buf);
	}
}

static void
figure_open(FILE *fp, bool wide, const char *caption)
{
	fprintf(fp, "<figure%s><figcaption>", wide ? " class=\"wide\"" : "");
	esc(fp, caption);
	fputs("</figcaption>\n", fp);
}

/* ---- chart: visits due and done per group ------------------------------ */

static void
chart_visits(const struct report *rep, FILE *fp)
{
	const struct report_table *t = report_table(rep, "visits");
	int due = metric_ix(t, "due"), done = metric_ix(t, "done");
	const double W = 1100, H = 290, left = 44, right = 8, top = 34;
	const double bottom = 44, pw = W - left - right, ph = H - top - bottom;
	struct sbuf cap = {0}, tip = {0};
	size_t n = 0;
	double max = 0, ytop, gw, bw;
	char buf[40];

	if (due < 0 || done < 0)
		return;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		if (r->total)
			continue;
		n++;
		if (r->cells[due].value > max)
			max = r->cells[due].value;
		if (r->cells[done].value > max)
			max = r->cells[done].value;
	}
	if (n == 0)
		return;
	if (rep->zh)
		sb_addf(&cap, "应回访与已回访（按%s）", t->group_zh);
	else
		sb_addf(&cap, "Visits due and done by %s", t->group);
	figure_open(fp, true, sb_str(&cap));
	svg_open(fp, W, H, sb_str(&cap));
	svg_key(fp, svg_key(fp, left, 16, "#9ecae1",
	    L(rep, t->metrics[due].en, t->metrics[due].zh)), 16, "#2171b5",
	    L(rep, t->metrics[done].en, t->metrics[done].zh));
	count_axis(fp, max, left, W - right, top, ph, &ytop);
	gw = pw / (double)n;
	bw = gw * 0.34 < 30 ? gw * 0.34 : 30;
	n = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		double cx, v[2];
		const char *sp;
		if (r->total)
			continue;
		cx = left + gw * ((double)n++ + 0.5);
		v[0] = r->cells[due].value;
		v[1] = r->cells[done].value;
		for (int s = 0; s < 2; s++) {
			const struct report_metric *m = &t->metrics[s ? done : due];
			double h = ph * v[s] / ytop, x = s ? cx + 1 : cx - bw - 1;
			report_value_text(m, v[s], false, buf);
			sb_reset(&tip);
			sb_addf(&tip, "%s %s: %s", r->label, L(rep, m->en, m->zh),
			    buf);
			svg_rect(fp, x, top + ph - h, bw, h, s ? "#2171b5" : "#9ecae1",
			    sb_str(&tip));
			if (gw >= 34)
				svg_text(fp, x + bw / 2, top + ph - h - 4, "middle", NULL,
				    10, buf);
		}
		/* "S01 陈一浩": the id over the name */
		if ((sp = strchr(r->label, ' ')) != NULL) {
			char *id = xstrndup(r->label, (size_t)(sp - r->label));
			svg_text(fp, cx, top + ph + 16, "middle", NULL, 11, id);
			svg_text(fp, cx, top + ph + 31, "middle", NULL, 11, sp + 1);
			free(id);
		} else
			svg_text(fp, cx, top + ph + 16, "middle", NULL, 11, r->label);
	}
	fputs("</svg>\n</figure>\n", fp);
	sb_free(&cap);
	sb_free(&tip);
}

/* ---- chart: the survey items over the four levels ------------------------ */

static void
chart_items(const struct report *rep, FILE *fp)
{
	static const char *const color[4] = {"#d73027", "#fc8d59", "#91cf60",
	    "#1a9850"};
	static const bool light[4] = {false, true, true, false};
	const struct report_table *t = report_table(rep, "satisfaction_items");
	int lv[4], answered = metric_ix(t, "answered");
	int avg = metric_ix(t, "average");
	const double W = 540, barh = 26, gap = 12, right = 64;
	double lw = 0, x0, pw, H, y, top, kx[4], ky[4], lx;
	struct sbuf tip = {0};
	const char *cap;
	char buf[40], pct[40];
	size_t n = 0;

	for (int k = 0; k < 4; k++)
		if ((lv[k] = metric_ix(t, level_key[k])) < 0)
			return;
	for (size_t i = 0; i < t->nrows; i++) {
		if (t->rows[i].total)
			continue;
		n++;
		if (text_px(t->rows[i].label, 12) > lw)
			lw = text_px(t->rows[i].label, 12);
	}
	if (n == 0)
		return;
	x0 = lw + 14;
	pw = W - x0 - right;
	/* the legend over the bars, on as many lines as it takes */
	lx = x0;
	y = 14;
	for (int k = 0; k < 4; k++) {
		const struct report_metric *m = &t->metrics[lv[k]];
		double w = 17 + text_px(L(rep, m->en, m->zh), 12) + 18;
		if (k > 0 && lx + w - 18 > W) {
			lx = x0;
			y += 18;
		}
		kx[k] = lx;
		ky[k] = y;
		lx += w;
	}
	top = y + 36;
	H = top + (double)n * (barh + gap) + 14;
	cap = L(rep, "Satisfaction by item and level",
	    "满意度分项分布");
	figure_open(fp, false, cap);
	svg_open(fp, W, H, cap);
	for (int k = 0; k < 4; k++) {
		const struct report_metric *m = &t->metrics[lv[k]];
		svg_key(fp, kx[k], ky[k], color[k], L(rep, m->en, m->zh));
	}
	for (int i = 0; i <= 4; i++) {
		double x = x0 + pw * i / 4;
		snprintf(buf, sizeof buf, "%d%%", i * 25);
		svg_line(fp, x, top - 8, x, H - 10, "#e1e4e8");
		svg_text(fp, x, top - 12, "middle", "ax", 10, buf);
	}
	if (avg >= 0)
		svg_text(fp, W - 4, top - 12, "end", "ax", 10,
		    L(rep, t->metrics[avg].en, t->metrics[avg].zh));
	y = top;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		double total = 0, x = x0;
		if (r->total)
			continue;
		for (int k = 0; k < 4; k++)
			total += r->cells[lv[k]].value;
		if (answered >= 0 && !r->cells[answered].na &&
		    r->cells[answered].value > 0)
			total = r->cells[answered].value;
		svg_text(fp, x0 - 8, y + barh / 2 + 4.5, "end", NULL, 12,
		    r->label);
		if (total <= 0)
			svg_rect(fp, x0, y, pw, barh, "#eaeef2", NULL);
		for (int k = 0; total > 0 && k < 4; k++) {
			const struct report_metric *m = &t->metrics[lv[k]];
			double v = r->cells[lv[k]].value, w = pw * v / total;
			snprintf(pct, sizeof pct, "%.1f%%", 100 * v / total + 1e-9);
			report_value_text(m, v, false, buf);
			sb_reset(&tip);
			sb_addf(&tip, "%s · %s: %s (%s)", r->label,
			    L(rep, m->en, m->zh), buf, pct);
			if (w > 0)
				svg_rect(fp, x, y, w, barh, color[k], sb_str(&tip));
			if (w >= 40)
				svg_text(fp, x + w / 2, y + barh / 2 + 4, "middle",
				    light[k] ? NULL : "in", 10.5, pct);
			x += w;
		}
		if (avg >= 0)
			svg_text(fp, W - 4, y + barh / 2 + 4.5, "end", NULL, 12,
			    report_value_text(&t->metrics[avg],
			    r->cells[avg].value, r->cells[avg].na, buf));
		y += barh + gap;
	}
	fputs("</svg>\n</figure>\n", fp);
	sb_free(&tip);
}

/* ---- charts: the trend ------------------------------------------------------ */

struct trend_plot {
	const struct report *rep;
	const struct report_table *t;
	double left, top, pw, ph;
	size_t n;
};

/* The points stand 16px in from the ends, clear of the y axis labels. */
static double
trend_x(const struct trend_plot *p, size_t i)
{
	if (p->n == 1)
		return p->left + p->pw / 2;
	return p->left + 16 + (p->pw - 32) * (double)i / (double)(p->n - 1);
}

/* The months under the x axis, every one that fits. */
static void
trend_months(FILE *fp, const struct trend_plot *p)
{
	size_t every = 1;

	while (p->n > 1 && (p->pw - 32) / (double)(p->n - 1) * (double)every < 52)
		every++;
	for (size_t i = 0; i < p->n; i++)
		if ((p->n - 1 - i) % every == 0)
			svg_text(fp, trend_x(p, i), p->top + p->ph + 16, "middle",
			    "ax", 11, p->t->rows[i].label);
}

/* One metric as a line with dots (a gap where it has no value). */
static void
trend_line(FILE *fp, const struct trend_plot *p, int k, double lo, double hi,
           const char *color, bool labels)
{
	const struct report_metric *m = &p->t->metrics[k];
	bool pen = false;
	char buf[40];

	fprintf(fp, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" d=\"",
	    color);
	for (size_t i = 0; i < p->n; i++) {
		const struct report_cell *c = &p->t->rows[i].cells[k];
		if (c->na) {
			pen = false;
			continue;
		}
		fprintf(fp, "%s%.1f %.1f", pen ? " L" : (i ? " M" : "M"),
		    trend_x(p, i), p->top + p->ph - p->ph * (c->value - lo) /
		    (hi - lo));
		pen = true;
	}
	fputs("\"/>\n", fp);
	for (size_t i = 0; i < p->n; i++) {
		const struct report_cell *c = &p->t->rows[i].cells[k];
		double x = trend_x(p, i), y;
		if (c->na)
			continue;
		y = p->top + p->ph - p->ph * (c->value - lo) / (hi - lo);
		report_value_text(m, c->value, false, buf);
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\">"
		    "<title>", x, y, color);
		esc(fp, p->t->rows[i].label);
		fputs(" ", fp);
		esc(fp, L(p->rep, m->en, m->zh));
		fputs(": ", fp);
		esc(fp, buf);
		fputs("</title></circle>\n", fp);
		if (labels)
			svg_text(fp, x, y - 8, "middle", NULL, 10.5, buf);
	}
}

static const char *const trend_color[] = {"#2171b5", "#238b45", "#e6550d",
    "#756bb1", "#c51b8a", "#636363"};

/* The rates of the trend together, 0 to 100%. */
static void
chart_trend_rates(const struct report *rep, const struct report_table *t,
                  FILE *fp)
{
	const double W = 540, H = 300, left = 44, right = 58, top = 12;
	struct trend_plot p = {rep, t, left, top, W - left - right, 0, t->nrows};
	int ks[8], nk = 0, order[8], no = 0;
	double endy[8], kx = left, ky;
	const char *cap = L(rep, "Trend of the rates", "各项比率趋势");
	char buf[40];

	for (int k = 0; k < t->nmetrics && nk < 8; k++)
		if (t->metrics[k].unit == RU_RATE)
			ks[nk++] = k;
	if (nk == 0)
		return;
	p.ph = H - top - 30 - 18 * ((nk + 1) / 2);
	figure_open(fp, false, cap);
	svg_open(fp, W, H, cap);
	for (int i = 0; i <= 5; i++) {
		double y = top + p.ph - p.ph * i / 5;
		svg_line(fp, left, y, left + p.pw, y, i ? "#e1e4e8" : "#8c959f");
		snprintf(buf, sizeof buf, "%d%%", i * 20);
		svg_text(fp, left - 6, y + 4, "end", "ax", 11, buf);
	}
	trend_months(fp, &p);
	/* the lines, and the last month's values at their right ends, in
	 * order from the top, at least 13px apart */
	for (int j = 0; j < nk; j++) {
		const struct report_cell *last = &t->rows[t->nrows - 1].cells[ks[j]];
		int at;
		trend_line(fp, &p, ks[j], 0, 1, trend_color[j % 6], false);
		if (last->na)
			continue;
		endy[j] = top + p.ph - p.ph * last->value;
		for (at = no; at > 0 && endy[order[at - 1]] > endy[j]; at--)
			order[at] = order[at - 1];
		order[at] = j;
		no++;
	}
	for (int i = 1; i < no; i++)
		if (endy[order[i]] < endy[order[i - 1]] + 13)
			endy[order[i]] = endy[order[i - 1]] + 13;
	for (int i = no - 1; i >= 0; i--) {
		double max = i == no - 1 ? top + p.ph : endy[order[i + 1]] - 13;
		if (endy[order[i]] > max)
			endy[order[i]] = max;
	}
	for (int i = 0; i < no; i++) {
		int j = order[i];
		const struct report_cell *last = &t->rows[t->nrows - 1].cells[ks[j]];
		report_value_text(&t->metrics[ks[j]], last->value, false, buf);
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
		    "fill=\"%s\">", left + p.pw + 7, endy[j] + 4,
		    trend_color[j % 6]);
		esc(fp, buf);
		fputs("</text>\n", fp);
	}
	/* the legend, two to a line */
	ky = top + p.ph + 40;
	for (int j = 0; j < nk; j++) {
		const struct report_metric *m = &t->metrics[ks[j]];
		kx = j % 2 ? left + p.pw / 2 : left;
		svg_key(fp, kx, ky, trend_color[j % 6], L(rep, m->en, m->zh));
		if (j % 2)
			ky += 18;
	}
	fputs("</svg>\n</figure>\n", fp);
}

/* One count of the trend, from 0, its value over every point. */
static void
chart_trend_count(const struct report *rep, const struct report_table *t,
                  int k, FILE *fp)
{
	const struct report_metric *m = &t->metrics[k];
	const double W = 540, H = 210, left = 44, right = 24, top = 20;
	struct trend_plot p = {rep, t, left, top, W - left - right, H - top - 28,
	    t->nrows};
	struct sbuf cap = {0};
	double max = 0, ytop;

	for (size_t i = 0; i < t->nrows; i++)
		if (!t->rows[i].cells[k].na && t->rows[i].cells[k].value > max)
			max = t->rows[i].cells[k].value;
	sb_addf(&cap, "%s%s", L(rep, m->en, m->zh), L(rep, ": trend", "趋势"));
	figure_open(fp, false, sb_str(&cap));
	svg_open(fp, W, H, sb_str(&cap));
	count_axis(fp, max, left, left + p.pw, top, p.ph, &ytop);
	trend_months(fp, &p);
	trend_line(fp, &p, k, 0, ytop, "#2171b5", true);
	fputs("</svg>\n</figure>\n", fp);
	sb_free(&cap);
}

static void
charts(const struct report *rep, FILE *fp)
{
	const struct report_table *t = report_table(rep, "trend");

	fputs("<section class=\"charts\">\n", fp);
	chart_visits(rep, fp);
	chart_items(rep, fp);
	if (t && t->nrows > 0) {
		chart_trend_rates(rep, t, fp);
		for (int k = 0; k < t->nmetrics; k++)
			if (t->metrics[k].unit != RU_RATE &&
			    t->metrics[k].unit != RU_TEXT)
				chart_trend_count(rep, t, k, fp);
	}
	fputs("</section>\n", fp);
}

/* ---- tables ------------------------------------------------------------ */

static void
table(const struct report *rep, const struct report_table *t, FILE *fp)
{
	int late = strcmp(t->key, "review") == 0 ? metric_ix(t, "late_by") : -1;
	char buf[40];

	fprintf(fp, "<section id=\"t-%s\">\n<h2>", t->key);
	esc(fp, L(rep, t->en, t->zh));
	fputs("</h2>\n", fp);
	if (t->nrows == 0) {
		fputs("<p class=\"none\">", fp);
		esc(fp, L(rep, "(none)", "(无)"));
		fputs("</p>\n</section>\n", fp);
		return;
	}
	fputs("<table>\n<thead><tr><th>", fp);
	esc(fp, L(rep, t->group_en, t->group_zh));
	fputs("</th>", fp);
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		fputs(m->unit == RU_TEXT ? "<th>" : "<th class=\"n\">", fp);
		esc(fp, L(rep, m->en, m->zh));
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		if (r->total)
			fputs("<tr class=\"total\">", fp);
		else if (late >= 0 && !r->cells[late].na)
			fputs("<tr class=\"late\">", fp);
		else
			fputs("<tr>", fp);
		fputs("<td>", fp);
		esc(fp, r->label);
		fputs("</td>", fp);
		for (int k = 0; k < t->nmetrics; k++) {
			const struct report_metric *m = &t->metrics[k];
			const struct report_cell *c = &r->cells[k];
			if (m->unit == RU_TEXT) {
				fputs("<td>", fp);
				esc(fp, c->text ? c->text : "");
			} else {
				fputs(c->na ? "<td class=\"n na\">" : "<td class=\"n\">",
				    fp);
				esc(fp, report_value_text(m, c->value, c->na, buf));
			}
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

int
report_write_html(const struct report *rep, FILE *fp)
{
	struct sbuf title = {0}, sub = {0};

	heading(rep, &title, &sub);
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n<meta name=\"generator\" content=\"cs-report\">\n"
	    "<title>", rep->zh ? "zh-CN" : "en");
	esc(fp, sb_str(&title));
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<header>\n<h1>", style);
	esc(fp, sb_str(&title));
	fputs("</h1>\n<p class=\"sub\">", fp);
	esc(fp, sb_str(&sub));
	fputs("</p>\n</header>\n", fp);
	cards(rep, report_table(rep, "summary"), fp);
	charts(rep, fp);
	fputs("<div class=\"tables\">\n", fp);
	for (size_t k = 0; k < rep->ntables; k++)
		if (strcmp(rep->tables[k].key, "summary") != 0)
			table(rep, &rep->tables[k], fp);
	fputs("</div>\n</body>\n</html>\n", fp);
	sb_free(&title);
	sb_free(&sub);
	if (fflush(fp) == EOF || ferror(fp)) {
		cs_warn("cannot write the report: %s",
		    strerror(errno ? errno : EIO));
		return CS_EX_IOERR;
	}
	return 0;
}
