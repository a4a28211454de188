/* report_xlsx.c - cs-report's XLSX renderer: a workbook via libxlsxwriter.
 *
 * Sheets, in this order:
 *   the summary: each headline figure with this month, the month before
 *   and the change (green when it moved the good way, red the bad way);
 *   the charts: native Excel charts over the cells of the other sheets
 *   (visits due and done per group: columns; the survey items over the
 *   four levels: 100% stacked bars; the trend of the rates: lines; each
 *   count of the trend: a line);
 *   one sheet per other table of the report, in the report's order.
 * Every sheet: a title, a line saying what the report is, the heading
 * row frozen (with the row labels), an autofilter over the rows (the
 * total row left out of it, so that sorting keeps it last), column
 * widths that fit the longest cell (display width, Chinese counting two),
 * A4 page setup one page wide with the heading repeated.
 * Numbers are numbers with formats: counts 0, rates 0.0%, hours 0.0,
 * scores 0.00; a figure with no value is the text "-" (in the trend, an
 * empty cell: a gap in the chart's line).  Labels, ids,
 * phones and times are text cells, never numbers.
 * The workbook's creation time is the report's --now, not the clock.
 *
 * Also output.c's OUT_XLSX (cs-due, cs-plan --format xlsx), with the same
 * formats and column widths: one sheet named after the command, the
 * headings for people in row 1, frozen, an autofilter over the rows;
 * OUT_NUM values that are numbers as numbers, OUT_DATE values that are
 * dates as dates (yyyy-mm-dd, yyyy-mm-dd hh:mm), everything else a text
 * cell (never a formula). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "cs.h"

enum { UNITS = RU_TEXT + 1 };
enum { ROW_TITLE, ROW_SUB, ROW_HEAD, ROW_FIRST };
enum { PLAIN, TOTAL, LATE, LOOKS };  /* a row's look */
enum { NEUTRAL, GOOD, BAD };         /* a change's colour */

struct book {
	const struct report *rep;
	lxw_workbook *wb;
	lxw_error err;                   /* the first error */
	struct sbuf title, sub;
	struct strmap names;             /* sheet names taken (lower case) */
	char **sheet;                    /* per table: its sheet name */
	lxw_format *f_title, *f_sub, *f_head, *f_head_n, *f_head_t;
	lxw_format *f_label[LOOKS], *f_text[LOOKS], *f_na[LOOKS];
	lxw_format *f_num[UNITS][LOOKS];
	lxw_format *f_change[UNITS][3];
	lxw_format *f_general, *f_date, *f_datetime;  /* out_write_xlsx */
};

static const char *
L(const struct book *b, const char *en, const char *zh)
{
	return report_lang(b->rep, en, zh);
}

static void
check(struct book *b, lxw_error e)
{
	if (e != LXW_NO_ERROR && b->err == LXW_NO_ERROR)
		b->err = e;
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

/* ---- formats ------------------------------------------------------------ */

static const char *const num_format[UNITS] = {
	[RU_COUNT] = "0", [RU_RATE] = "0.0%", [RU_HOURS] = "0.0",
	[RU_SCORE] = "0.00", [RU_TEXT] = "@",
};
static const char *const change_format[UNITS] = {
	[RU_COUNT] = "+0;-0;0", [RU_RATE] = "+0.0%;-0.0%;0.0%",
	[RU_HOURS] = "+0.0;-0.0;0.0", [RU_SCORE] = "+0.00;-0.00;0.00",
	[RU_TEXT] = "@",
};

#define C_LINE   0x8C959F
#define C_RULE   0xD8DEE4
#define C_HEAD   0xDDEBF7
#define C_TOTAL  0xF2F2F2
#define C_LATE   0xFDE7E7
#define C_GOOD   0x1A7F37
#define C_BAD    0xCF222E
#define C_GREY   0x6E7781

static lxw_format *
cell_format(struct book *b, int look)
{
	lxw_format *f = workbook_add_format(b->wb);

	format_set_bottom(f, LXW_BORDER_THIN);
	format_set_bottom_color(f, C_RULE);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	if (look == TOTAL) {
		format_set_bold(f);
		format_set_top(f, LXW_BORDER_THIN);
		format_set_top_color(f, C_LINE);
		format_set_bottom_color(f, C_LINE);
		format_set_bg_color(f, C_TOTAL);
	} else if (look == LATE)
		format_set_bg_color(f, C_LATE);
	return f;
}

static void
formats_make(struct book *b)
{
	lxw_format *f;

	b->f_title = f = workbook_add_format(b->wb);
	format_set_bold(f);
	format_set_font_size(f, 14);
	b->f_sub = f = workbook_add_format(b->wb);
	format_set_font_color(f, C_GREY);
	for (int n = 0; n < 3; n++) {
		f = workbook_add_format(b->wb);
		format_set_bold(f);
		format_set_bg_color(f, C_HEAD);
		format_set_bottom(f, LXW_BORDER_THIN);
		format_set_bottom_color(f, C_LINE);
		format_set_text_wrap(f);
		format_set_align(f, LXW_ALIGN_VERTICAL_BOTTOM);
		format_set_align(f, n == 1 ? LXW_ALIGN_RIGHT : LXW_ALIGN_LEFT);
		if (n == 2)
			format_set_indent(f, 1);
		*(n == 0 ? &b->f_head : n == 1 ? &b->f_head_n : &b->f_head_t) = f;
	}
	for (int look = PLAIN; look < LOOKS; look++) {
		b->f_label[look] = f = cell_format(b, look);
		format_set_num_format(f, "@");
		/* text after a number: set off from it */
		b->f_text[look] = f = cell_format(b, look);
		format_set_num_format(f, "@");
		format_set_indent(f, 1);
		b->f_na[look] = f = cell_format(b, look);
		format_set_align(f, LXW_ALIGN_RIGHT);
		format_set_font_color(f, C_GREY);
		for (int u = 0; u < UNITS; u++) {
			b->f_num[u][look] = f = cell_format(b, look);
			format_set_num_format(f, num_format[u]);
		}
	}
	for (int u = 0; u < UNITS; u++)
		for (int c = NEUTRAL; c <= BAD; c++) {
			b->f_change[u][c] = f = cell_format(b, PLAIN);
			format_set_num_format(f, change_format[u]);
			if (c != NEUTRAL) {
				format_set_bold(f);
				format_set_font_color(f, c == GOOD ? C_GOOD : C_BAD);
			}
		}
}

/* ---- sheet names ---------------------------------------------------------- */

/* Short names: Excel allows 31 characters. */
static const struct { const char *key, *en, *zh; } short_names[] = {
	{"summary", "Summary", "概要"},
	{"charts", "Charts", "图表"},
	{"visits", "Visits", "回访"},
	{"visits_by_method", "Methods", "回访方式"},
	{"satisfaction", "Satisfaction", "满意度"},
	{"scores", "Scores", "平均得分"},
	{"satisfaction_items", "Items", "满意度分项"},
	{"dissatisfied", "Dissatisfied", "不满意回访"},
	{"complaints", "Complaints", "投诉"},
	{"complaints_by_category", "By category", "投诉类别"},
	{"complaints_by_severity", "By severity", "投诉严重程度"},
	{"complaints_by_channel", "By channel", "投诉渠道"},
	{"milestones", "Deadlines", "处理时限"},
	{"complaint_times", "Times", "处理用时"},
	{"escalations", "Escalations", "升级"},
	{"review", "Review (C7)", "时效复核 (C7)"},
	{"trend", "Trend", "趋势"},
};

/* At most max characters of s (UTF-8), as a new string. */
static char *
utf8_cut(const char *s, size_t max)
{
	size_t i = 0, n = 0;

	while (s[i] && n < max) {
		uint32_t cp;
		i += (size_t)utf8_decode(s + i, &cp);
		n++;
	}
	return xstrndup(s, i);
}

/* A sheet name Excel takes: no []:*?/\, no ' first or last, 31
 * characters at most, unique (Excel ignores ASCII case). */
static char *
sheet_name(struct book *b, const char *key, const char *title)
{
	const char *want = title;
	struct sbuf s = {0};
	char *name = NULL, *lower;

	for (size_t i = 0; i < sizeof short_names / sizeof *short_names; i++)
		if (strcmp(short_names[i].key, key) == 0)
			want = L(b, short_names[i].en, short_names[i].zh);
	for (const char *p = want; *p; p++)
		sb_addc(&s, strchr("[]:*?/\\", *p) ||
		    (unsigned char)*p < 0x20 ? ' ' : *p);
	while (s.len > 0 && (s.s[s.len - 1] == '\'' || s.s[s.len - 1] == ' '))
		s.s[--s.len] = '\0';
	for (int n = 1; ; n++) {
		const char *base = sb_str(&s);
		char *cut;
		while (*base == '\'' || *base == ' ')
			base++;
		if (!*base)
			base = "Sheet";
		free(name);
		if (n == 1) {
			name = utf8_cut(base, LXW_SHEETNAME_MAX);
		} else {
			char suffix[16];
			snprintf(suffix, sizeof suffix, " (%d)", n);
			cut = utf8_cut(base, LXW_SHEETNAME_MAX - strlen(suffix));
			name = xasprintf("%s%s", cut, suffix);
			free(cut);
		}
		lower = xstrdup(name);
		for (char *p = lower; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		if (strmap_get(&b->names, lower) < 0 &&
		    workbook_validate_sheet_name(b->wb, name) == LXW_NO_ERROR) {
			strmap_put(&b->names, lower, 1);
			free(lower);
			break;
		}
		free(lower);
	}
	sb_free(&s);
	return name;
}

/* ---- sheets ---------------------------------------------------------------- */

/* Column widths: the display width of the longest cell, x1.1 + 2. */
struct widths {
	double *w;
	int n;
};

/* pad: columns taken by an indent */
static void
width_see_pad(struct widths *w, int col, const char *s, int pad)
{
	double x = (double)(utf8_width(s, 2) + (size_t)pad) * 1.1 + 2;

	if (col < w->n && x > w->w[col])
		w->w[col] = x > 60 ? 60 : x;
}

static void
width_see(struct widths *w, int col, const char *s)
{
	width_see_pad(w, col, s, 0);
}

static void
widths_apply(struct book *b, lxw_worksheet *ws, struct widths *w)
{
	for (int c = 0; c < w->n; c++)
		check(b, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
		    w->w[c], NULL));
	free(w->w);
}

/* A header or footer text: & doubled, at most max bytes of whole
 * characters. */
static void
hf_add(struct sbuf *s, const char *text, size_t max)
{
	for (const char *p = text; *p && s->len < max; ) {
		uint32_t cp;
		int n = utf8_decode(p, &cp);
		if (s->len + (size_t)n + 1 > max)
			break;
		if (*p == '&')
			sb_addc(s, '&');
		sb_add(s, p, (size_t)n);
		p += n;
	}
}

static lxw_worksheet *
sheet_new(struct book *b, const char *name, const char *title,
          double width)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	struct sbuf h = {0};

	if (!ws) {
		check(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return NULL;
	}
	check(b, worksheet_write_string(ws, ROW_TITLE, 0, title, b->f_title));
	check(b, worksheet_write_string(ws, ROW_SUB, 0, sb_str(&b->sub),
	    b->f_sub));
	check(b, worksheet_set_row(ws, ROW_TITLE, 21, NULL));
	worksheet_set_paper(ws, 9);
	if (width > 95)
		worksheet_set_landscape(ws);
	worksheet_set_margins(ws, 0.5, 0.5, 0.7, 0.7);
	worksheet_fit_to_pages(ws, 1, 0);
	check(b, worksheet_repeat_rows(ws, ROW_HEAD, ROW_HEAD));
	sb_adds(&h, "&L");
	hf_add(&h, sb_str(&b->title), 120);
	sb_adds(&h, "&R");
	hf_add(&h, name, 200);
	check(b, worksheet_set_header(ws, sb_str(&h)));
	check(b, worksheet_set_footer(ws, "&C&P / &N"));
	sb_free(&h);
	return ws;
}

static const char *
unit_suffix(const struct book *b, const struct report_metric *m)
{
	return m->unit == RU_HOURS ? L(b, " (h)", "（小时）") : "";
}

static void
summary_sheet(struct book *b, const struct report_table *t, const char *name)
{
	lxw_worksheet *ws;
	struct widths w = {xcalloc(4, sizeof(double)), 4};
	const char *head[4];
	char buf[40];
	double total = 0;

	head[0] = L(b, t->group_en, t->group_zh);
	head[1] = b->rep->month_key;
	head[2] = b->rep->prev_key;
	head[3] = L(b, "Change", "变化");
	for (int c = 0; c < 4; c++) {
		width_see(&w, c, head[c]);
		if (c > 0)
			width_see(&w, c, "+100.0%");
	}
	for (int k = 0; k < t->nmetrics; k++) {
		struct sbuf l = {0};
		sb_addf(&l, "%s%s", L(b, t->metrics[k].en, t->metrics[k].zh),
		    unit_suffix(b, &t->metrics[k]));
		width_see(&w, 0, sb_str(&l));
		sb_free(&l);
	}
	for (int c = 0; c < 4; c++)
		total += w.w[c];
	if (!(ws = sheet_new(b, name, L(b, t->en, t->zh), total))) {
		free(w.w);
		return;
	}
	for (int c = 0; c < 4; c++)
		check(b, worksheet_write_string(ws, ROW_HEAD, (lxw_col_t)c,
		    head[c], c ? b->f_head_n : b->f_head));
	for (int k = 0; k < t->nmetrics && t->nrows > 0; k++) {
		const struct report_metric *m = &t->metrics[k];
		const struct report_cell *c = &t->rows[0].cells[k];
		lxw_row_t r = (lxw_row_t)(ROW_FIRST + k);
		struct sbuf l = {0};
		bool prev_na = c->prev_na || !t->has_prev;

		sb_addf(&l, "%s%s", L(b, m->en, m->zh), unit_suffix(b, m));
		check(b, worksheet_write_string(ws, r, 0, sb_str(&l),
		    b->f_label[PLAIN]));
		sb_free(&l);
		if (c->na)
			check(b, worksheet_write_string(ws, r, 1, "-",
			    b->f_na[PLAIN]));
		else
			check(b, worksheet_write_number(ws, r, 1, c->value,
			    b->f_num[m->unit][PLAIN]));
		if (prev_na)
			check(b, worksheet_write_string(ws, r, 2, "-",
			    b->f_na[PLAIN]));
		else
			check(b, worksheet_write_number(ws, r, 2, c->prev,
			    b->f_num[m->unit][PLAIN]));
		if (c->na || prev_na) {
			check(b, worksheet_write_blank(ws, r, 3,
			    b->f_change[m->unit][NEUTRAL]));
		} else {
			double d = c->value - c->prev;
			int dir = better(m), colour = NEUTRAL;
			/* a change that rounds to nothing did not move */
			report_change_text(m, c, buf);
			if (dir != 0 && strpbrk(buf, "123456789"))
				colour = (d > 0) == (dir > 0) ? GOOD : BAD;
			check(b, worksheet_write_number(ws, r, 3, d,
			    b->f_change[m->unit][colour]));
		}
	}
	worksheet_freeze_panes(ws, ROW_FIRST, 1);
	widths_apply(b, ws, &w);
}

/* The rows [first, last] of the table's sheet that hold its groups
 * (the total row left out); false if there are none.  first may be
 * NULL. */
static bool
group_rows(const struct report_table *t, lxw_row_t *first, lxw_row_t *last)
{
	size_t n = t->nrows;

	while (n > 0 && t->rows[n - 1].total)
		n--;
	if (n == 0)
		return false;
	if (first)
		*first = ROW_FIRST;
	*last = (lxw_row_t)(ROW_FIRST + n - 1);
	return true;
}

static void
table_sheet(struct book *b, const struct report_table *t, const char *name)
{
	int ncols = t->nmetrics + 1;
	struct widths w = {xcalloc((size_t)ncols, sizeof(double)), ncols};
	lxw_worksheet *ws;
	struct sbuf h = {0};
	lxw_row_t last;
	char buf[40];
	double total = 0;
	int late = strcmp(t->key, "review") == 0 ? metric_ix(t, "late_by") : -1;
	/* the trend's lines: a gap where a month has no value (a text "-"
	 * would be drawn as 0) */
	bool blank_na = strcmp(t->key, "trend") == 0;

	width_see(&w, 0, L(b, t->group_en, t->group_zh));
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		sb_reset(&h);
		sb_addf(&h, "%s%s", L(b, m->en, m->zh), unit_suffix(b, m));
		width_see_pad(&w, k + 1, sb_str(&h), m->unit == RU_TEXT ? 2 : 0);
	}
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		width_see(&w, 0, r->label);
		for (int k = 0; k < t->nmetrics; k++) {
			const struct report_metric *m = &t->metrics[k];
			const struct report_cell *c = &r->cells[k];
			if (m->unit == RU_TEXT)
				width_see_pad(&w, k + 1, c->text ? c->text : "", 2);
			else
				width_see(&w, k + 1, report_value_text(m, c->value,
				    c->na, buf));
		}
	}
	if (t->nrows == 0)
		width_see(&w, 0, L(b, "(none)", "(无)"));
	for (int c = 0; c < ncols; c++)
		total += w.w[c];
	if (!(ws = sheet_new(b, name, L(b, t->en, t->zh), total))) {
		free(w.w);
		sb_free(&h);
		return;
	}
	check(b, worksheet_write_string(ws, ROW_HEAD, 0,
	    L(b, t->group_en, t->group_zh), b->f_head));
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		sb_reset(&h);
		sb_addf(&h, "%s%s", L(b, m->en, m->zh), unit_suffix(b, m));
		check(b, worksheet_write_string(ws, ROW_HEAD, (lxw_col_t)(k + 1),
		    sb_str(&h), m->unit == RU_TEXT ? b->f_head_t : b->f_head_n));
	}
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *r = &t->rows[i];
		lxw_row_t row = (lxw_row_t)(ROW_FIRST + i);
		int look = r->total ? TOTAL : late >= 0 && !r->cells[late].na ?
		    LATE : PLAIN;
		check(b, worksheet_write_string(ws, row, 0, r->label,
		    b->f_label[look]));
		for (int k = 0; k < t->nmetrics; k++) {
			const struct report_metric *m = &t->metrics[k];
			const struct report_cell *c = &r->cells[k];
			lxw_col_t col = (lxw_col_t)(k + 1);
			if (m->unit == RU_TEXT)
				check(b, worksheet_write_string(ws, row, col,
				    c->text ? c->text : "", b->f_text[look]));
			else if (c->na && blank_na)
				check(b, worksheet_write_blank(ws, row, col,
				    b->f_num[m->unit][look]));
			else if (c->na)
				check(b, worksheet_write_string(ws, row, col, "-",
				    b->f_na[look]));
			else
				check(b, worksheet_write_number(ws, row, col,
				    c->value, b->f_num[m->unit][look]));
		}
	}
	if (t->nrows == 0)
		check(b, worksheet_write_string(ws, ROW_FIRST, 0,
		    L(b, "(none)", "(无)"), b->f_sub));
	worksheet_freeze_panes(ws, ROW_FIRST, 1);
	if (group_rows(t, NULL, &last))
		check(b, worksheet_autofilter(ws, ROW_HEAD, 0, last,
		    (lxw_col_t)(ncols - 1)));
	widths_apply(b, ws, &w);
	sb_free(&h);
}

/* ---- charts ------------------------------------------------------------------ */

static const lxw_color_t level_color[4] = {0xD73027, 0xFC8D59, 0x91CF60,
    0x1A9850};
static const lxw_color_t trend_color[] = {0x2171B5, 0x238B45, 0xE6550D,
    0x756BB1, 0xC51B8A, 0x636363};

static void
series_fill(lxw_chart_series *s, lxw_color_t color)
{
	lxw_chart_fill fill = {.color = color};

	chart_series_set_fill(s, &fill);
}

static void
series_line(lxw_chart_series *s, lxw_color_t color)
{
	lxw_chart_line line = {.color = color, .width = 2.25};
	lxw_chart_fill fill = {.color = color};
	lxw_chart_line edge = {.color = color};

	chart_series_set_line(s, &line);
	chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
	chart_series_set_marker_size(s, 5);
	chart_series_set_marker_fill(s, &fill);
	chart_series_set_marker_line(s, &edge);
}

static void
chart_title(lxw_chart *c, const char *name)
{
	lxw_chart_font font = {.size = 12, .bold = true};

	chart_title_set_name(c, name);
	chart_title_set_name_font(c, &font);
}

/* Where the next chart goes on the charts sheet: two to a row. */
struct place {
	lxw_worksheet *ws;
	lxw_row_t row;
	int col;          /* 0 or 1 */
	lxw_row_t next;   /* the row below the tallest of this row */
};

static void
place_chart(struct book *b, struct place *p, lxw_chart *c, bool wide,
            double height)
{
	lxw_chart_options o = {.x_scale = wide ? 2.1 : 1.05,
	    .y_scale = height / 288, .object_position = LXW_OBJECT_MOVE_DONT_SIZE};
	lxw_row_t rows = (lxw_row_t)(height / 20) + 2;

	if (wide && p->col == 1) {
		p->row = p->next;
		p->col = 0;
	}
	check(b, worksheet_insert_chart_opt(p->ws, p->row, p->col ? 9 : 1, c,
	    &o));
	if (p->row + rows > p->next)
		p->next = p->row + rows;
	if (wide || p->col == 1) {
		p->row = p->next;
		p->col = 0;
	} else
		p->col = 1;
}

/* Visits due and done per group of the breakdown. */
static bool
chart_visits(struct book *b, struct place *p)
{
	const struct report_table *t = report_table(b->rep, "visits");
	int due = metric_ix(t, "due"), done = metric_ix(t, "done");
	lxw_row_t first, last;
	const char *sheet;
	struct sbuf cap = {0};
	lxw_chart *c;

	if (due < 0 || done < 0 || !group_rows(t, &first, &last))
		return false;
	sheet = b->sheet[t - b->rep->tables];
	c = workbook_add_chart(b->wb, LXW_CHART_COLUMN);
	for (int s = 0; s < 2; s++) {
		lxw_col_t col = (lxw_col_t)((s ? done : due) + 1);
		lxw_chart_series *se = chart_add_series(c, NULL, NULL);
		chart_series_set_categories(se, sheet, first, 0, last, 0);
		chart_series_set_values(se, sheet, first, col, last, col);
		chart_series_set_name_range(se, sheet, ROW_HEAD, col);
		series_fill(se, s ? 0x2171B5 : 0x9ECAE1);
		chart_series_set_labels(se);
	}
	if (b->rep->zh)
		sb_addf(&cap, "应回访与已回访（按%s）", t->group_zh);
	else
		sb_addf(&cap, "Visits due and done by %s", t->group);
	chart_title(c, sb_str(&cap));
	sb_free(&cap);
	chart_axis_set_num_format(c->y_axis, "0");
	chart_axis_set_min(c->y_axis, 0);
	chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
	chart_set_series_gap(c, 80);
	place_chart(b, p, c, true, 320);
	return true;
}

/* The survey items over the four levels, 100% stacked. */
static bool
chart_items(struct book *b, struct place *p)
{
	const struct report_table *t = report_table(b->rep, "satisfaction_items");
	lxw_row_t first, last;
	const char *sheet;
	lxw_chart *c;
	int lv[4];

	for (int k = 0; k < 4; k++) {
		if ((lv[k] = metric_ix(t, level_key[k])) < 0)
			return false;
	}
	if (!group_rows(t, &first, &last))
		return false;
	sheet = b->sheet[t - b->rep->tables];
	c = workbook_add_chart(b->wb, LXW_CHART_BAR_STACKED_PERCENT);
	for (int k = 0; k < 4; k++) {
		lxw_col_t col = (lxw_col_t)(lv[k] + 1);
		lxw_chart_series *se = chart_add_series(c, NULL, NULL);
		chart_series_set_categories(se, sheet, first, 0, last, 0);
		chart_series_set_values(se, sheet, first, col, last, col);
		chart_series_set_name_range(se, sheet, ROW_HEAD, col);
		series_fill(se, level_color[k]);
		if (k >= 2) {
			lxw_chart_font font = {.color = k == 3 ? 0xFFFFFF :
			    0x1F2328};
			chart_series_set_labels(se);
			chart_series_set_labels_font(se, &font);
		}
	}
	chart_title(c, L(b, "Satisfaction by item and level",
	    "满意度分项分布"));
	/* the first item on top */
	chart_axis_set_reverse(c->y_axis);
	chart_axis_set_crossing_max(c->y_axis);
	chart_axis_set_num_format(c->x_axis, "0%");
	chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
	chart_set_series_overlap(c, 100);
	chart_set_series_gap(c, 60);
	place_chart(b, p, c, false, 300);
	return true;
}

/* The rates of the trend as lines, 0 to 100%. */
static bool
chart_trend_rates(struct book *b, struct place *p)
{
	const struct report_table *t = report_table(b->rep, "trend");
	const char *sheet;
	lxw_chart *c;
	int n = 0;
	lxw_row_t last;

	if (!t || t->nrows == 0)
		return false;
	sheet = b->sheet[t - b->rep->tables];
	last = (lxw_row_t)(ROW_FIRST + t->nrows - 1);
	c = workbook_add_chart(b->wb, LXW_CHART_LINE);
	for (int k = 0; k < t->nmetrics; k++) {
		lxw_col_t col = (lxw_col_t)(k + 1);
		lxw_chart_series *se;
		if (t->metrics[k].unit != RU_RATE)
			continue;
		se = chart_add_series(c, NULL, NULL);
		chart_series_set_categories(se, sheet, ROW_FIRST, 0, last, 0);
		chart_series_set_values(se, sheet, ROW_FIRST, col, last, col);
		chart_series_set_name_range(se, sheet, ROW_HEAD, col);
		series_line(se, trend_color[n++ % 6]);
	}
	if (n == 0)
		return false;
	chart_title(c, L(b, "Trend of the rates", "各项比率趋势"));
	chart_axis_set_num_format(c->y_axis, "0%");
	chart_axis_set_min(c->y_axis, 0);
	chart_axis_set_max(c->y_axis, 1);
	chart_show_blanks_as(c, LXW_CHART_BLANKS_AS_GAP);
	chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
	place_chart(b, p, c, false, 300);
	return true;
}

/* Each count of the trend as a line of its own. */
static void
chart_trend_counts(struct book *b, struct place *p)
{
	const struct report_table *t = report_table(b->rep, "trend");
	const char *sheet;
	lxw_row_t last;

	if (!t || t->nrows == 0)
		return;
	sheet = b->sheet[t - b->rep->tables];
	last = (lxw_row_t)(ROW_FIRST + t->nrows - 1);
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		lxw_col_t col = (lxw_col_t)(k + 1);
		struct sbuf cap = {0};
		lxw_chart_series *se;
		lxw_chart *c;
		if (m->unit == RU_RATE || m->unit == RU_TEXT)
			continue;
		c = workbook_add_chart(b->wb, LXW_CHART_LINE);
		se = chart_add_series(c, NULL, NULL);
		chart_series_set_categories(se, sheet, ROW_FIRST, 0, last, 0);
		chart_series_set_values(se, sheet, ROW_FIRST, col, last, col);
		chart_series_set_name_range(se, sheet, ROW_HEAD, col);
		series_line(se, 0x2171B5);
		chart_series_set_labels(se);
		chart_series_set_labels_position(se, LXW_CHART_LABEL_POSITION_ABOVE);
		sb_addf(&cap, "%s%s", L(b, m->en, m->zh), L(b, ": trend", "趋势"));
		chart_title(c, sb_str(&cap));
		sb_free(&cap);
		chart_axis_set_min(c->y_axis, 0);
		chart_axis_set_num_format(c->y_axis, num_format[m->unit]);
		chart_legend_set_position(c, LXW_CHART_LEGEND_NONE);
		place_chart(b, p, c, false, 260);
	}
}

static void
charts_sheet(struct book *b, lxw_worksheet *ws)
{
	struct place p = {ws, ROW_HEAD, 0, ROW_HEAD};

	chart_visits(b, &p);
	chart_items(b, &p);
	chart_trend_rates(b, &p);
	chart_trend_counts(b, &p);
	if (p.col == 1)
		p.row = p.next;
	worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
	worksheet_set_landscape(ws);
	check(b, worksheet_print_area(ws, 0, 0, p.row, 17));
}

/* Whether the report has anything to chart. */
static bool
has_charts(const struct report *rep)
{
	static const char *const keys[] = {"visits", "satisfaction_items",
	    "trend"};

	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		const struct report_table *t = report_table(rep, keys[k]);
		for (size_t i = 0; t && i < t->nrows; i++)
			if (!t->rows[i].total)
				return true;
	}
	return false;
}

static void
heading(const struct report *rep, struct sbuf *title, struct sbuf *sub)
{
	static const char *const by_zh[] = {"员工", "班组", "区域", "客户类别"};
	char buf[40];

	sb_addf(title, "%s %s", report_lang(rep, "Return-visit report",
	    "客户回访报告"), rep->month_key);
	if (rep->staff)
		sb_addf(title, " - %s %s", rep->staff, rep->staff_name);
	time_format_short(rep->asof, rep->tz_offset, buf);
	if (rep->zh) {
		sb_addf(sub, "%s；数据截至 %s；", sb_str(title), buf);
		if (rep->rules_name)
			sb_addf(sub, "规则 %s；", rep->rules_name);
		sb_addf(sub, "按%s分列；与上月 %s 比较", by_zh[rep->by],
		    rep->prev_key);
	} else {
		sb_addf(sub, "%s; ledgers as of %s; ", sb_str(title), buf);
		if (rep->rules_name)
			sb_addf(sub, "rules %s; ", rep->rules_name);
		sb_addf(sub, "by %s; change against %s",
		    report_by_names[rep->by], rep->prev_key);
	}
}

int
report_write_xlsx(const struct report *rep, const char *path)
{
	struct book b = {.rep = rep};
	lxw_workbook_options opt = {0};
	lxw_doc_properties props = {0};
	const struct report_table *summary = report_table(rep, "summary");
	char *tmpdir = path_dir(path), *charts_name = NULL;
	lxw_worksheet *charts = NULL;
	lxw_error err;

	heading(rep, &b.title, &b.sub);
	opt.tmpdir = tmpdir;
	if (!(b.wb = workbook_new_opt(path, &opt))) {
		cs_warn("%s: cannot create: out of memory", path);
		free(tmpdir);
		sb_free(&b.title);
		sb_free(&b.sub);
		return CS_EX_CANTCREAT;
	}
	props.title = (char *)sb_str(&b.title);
	props.subject = (char *)report_lang(rep, "Return-visit report",
	    "客户回访报告");
	props.author = (char *)"cs-report";
	props.comments = (char *)sb_str(&b.sub);
	props.created = (time_t)rep->asof;
	check(&b, workbook_set_properties(b.wb, &props));
	formats_make(&b);

	/* the names first: the charts refer to the tables' sheets */
	b.sheet = xcalloc(rep->ntables, sizeof *b.sheet);
	for (size_t k = 0; k < rep->ntables; k++)
		b.sheet[k] = sheet_name(&b, rep->tables[k].key,
		    report_lang(rep, rep->tables[k].en, rep->tables[k].zh));
	if (has_charts(rep))
		charts_name = sheet_name(&b, "charts", "Charts");
	if (summary)
		summary_sheet(&b, summary, b.sheet[summary - rep->tables]);
	if (charts_name && (charts = workbook_add_worksheet(b.wb, charts_name))) {
		struct sbuf t = {0};
		sb_adds(&t, L(&b, "Charts", "图表"));
		check(&b, worksheet_write_string(charts, ROW_TITLE, 0, sb_str(&t),
		    b.f_title));
		check(&b, worksheet_write_string(charts, ROW_SUB, 0,
		    sb_str(&b.sub), b.f_sub));
		worksheet_set_paper(charts, 9);
		worksheet_fit_to_pages(charts, 1, 1);
		sb_free(&t);
	}
	for (size_t k = 0; k < rep->ntables; k++)
		if (&rep->tables[k] != summary)
			table_sheet(&b, &rep->tables[k], b.sheet[k]);
	if (charts)
		charts_sheet(&b, charts);

	err = workbook_close(b.wb);
	if (err == LXW_NO_ERROR)
		err = b.err;
	if (err != LXW_NO_ERROR)
		cs_warn("%s: cannot create: %s", path, lxw_strerror(err));
	for (size_t k = 0; k < rep->ntables; k++)
		free(b.sheet[k]);
	free(b.sheet);
	free(charts_name);
	strmap_free(&b.names);
	sb_free(&b.title);
	sb_free(&b.sub);
	free(tmpdir);
	return err == LXW_NO_ERROR ? 0 : CS_EX_CANTCREAT;
}

/* ---- output.c's OUT_XLSX ---------------------------------------------------- */

int
xlsx_to_stream(FILE *fp, int (*write)(void *ctx, const char *path),
               void *ctx)
{
	const char *tmpdir = getenv("TMPDIR");
	char *tmp = xasprintf("%s/cs-xlsx.XXXXXX", tmpdir && *tmpdir ?
	    tmpdir : "/tmp");
	char buf[65536];
	ssize_t n;
	int fd, rc;

	if ((fd = mkstemp(tmp)) < 0) {
		cs_warn("%s: cannot create: %s", tmp, strerror(errno));
		free(tmp);
		return CS_EX_CANTCREAT;
	}
	close(fd);
	if ((rc = write(ctx, tmp)) == 0) {
		errno = 0;
		if ((fd = open(tmp, O_RDONLY)) < 0)
			rc = CS_EX_IOERR;
		while (rc == 0 && (n = read(fd, buf, sizeof buf)) != 0)
			if (n < 0 || fwrite(buf, 1, (size_t)n, fp) != (size_t)n)
				rc = CS_EX_IOERR;
		if (fd >= 0)
			close(fd);
		if (rc == 0 && (fflush(fp) == EOF || ferror(fp)))
			rc = CS_EX_IOERR;
		if (rc)
			cs_warn("cannot write the workbook: %s",
			    strerror(errno ? errno : EIO));
	}
	unlink(tmp);
	free(tmp);
	return rc;
}

/* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (a real day): true, *time whether
 * there is a time. */
static bool
out_date(const char *s, lxw_datetime *d, bool *time)
{
	int used = 0;

	memset(d, 0, sizeof *d);
	*time = false;
	if (strlen(s) == 16 && sscanf(s, "%4d-%2d-%2d %2d:%2d%n", &d->year,
	    &d->month, &d->day, &d->hour, &d->min, &used) == 5 && used == 16)
		*time = true;
	else if (!(strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%n", &d->year,
	    &d->month, &d->day, &used) == 3 && used == 10))
		return false;
	for (const char *p = s; *p; p++)	/* digits, not " 1" or "+1" */
		if (!(*p >= '0' && *p <= '9') && p - s != 4 && p - s != 7 &&
		    p - s != 10 && p - s != 13)
			return false;
	return d->year >= 1900 && date_from_ymd(d->year, d->month, d->day) !=
	    CS_NODATE && d->hour < 24 && d->min < 60;
}

/* A number as JSON writes it (RFC 8259), and its value. */
static bool
out_number(const char *s, double *v)
{
	if (!out_is_number(s))
		return false;
	*v = strtod(s, NULL);
	return true;
}

/* Excel's limit: 32767 characters in a cell. */
enum { CELL_MAX = 32767 };

static int
out_sheet(void *ctx, const char *path)
{
	const struct out *o = ctx;
	struct book b = {0};
	lxw_workbook_options opt = {0};
	lxw_doc_properties props = {0};
	struct widths w = {xcalloc((size_t)o->ncols, sizeof(double)), o->ncols};
	char *tmpdir = path_dir(path), *name;
	lxw_worksheet *ws;
	lxw_error err;

	opt.tmpdir = tmpdir;
	if (!(b.wb = workbook_new_opt(path, &opt))) {
		cs_warn("%s: cannot create: out of memory", path);
		free(tmpdir);
		free(w.w);
		return CS_EX_CANTCREAT;
	}
	props.author = (char *)cs_progname;
	props.created = (time_t)o->created;
	check(&b, workbook_set_properties(b.wb, &props));
	formats_make(&b);
	b.f_general = cell_format(&b, PLAIN);
	b.f_date = cell_format(&b, PLAIN);
	format_set_num_format(b.f_date, "yyyy-mm-dd");
	format_set_align(b.f_date, LXW_ALIGN_LEFT);
	b.f_datetime = cell_format(&b, PLAIN);
	format_set_num_format(b.f_datetime, "yyyy-mm-dd hh:mm");
	format_set_align(b.f_datetime, LXW_ALIGN_LEFT);
	name = sheet_name(&b, "", cs_progname);
	if (!(ws = workbook_add_worksheet(b.wb, name)))
		check(&b, LXW_ERROR_MEMORY_MALLOC_FAILED);
	for (int i = 0; ws && i < o->ncols; i++) {
		const struct out_col *c = &o->cols[i];
		/* as the table's heading: translated */
		const char *h = cs_tr(c->head ? c->head : c->key);

		width_see(&w, i, h);
		check(&b, worksheet_write_string(ws, 0, (lxw_col_t)i, h,
		    c->flags & OUT_NUM ? b.f_head_n : b.f_head));
	}
	for (size_t r = 0; ws && r < o->nrows; r++) {
		lxw_row_t row = (lxw_row_t)(r + 1);

		for (int i = 0; i < o->ncols; i++) {
			const char *v = o->rows[r][i];
			lxw_col_t col = (lxw_col_t)i;
			lxw_datetime dt;
			double num;
			bool time;

			if (!*v)
				continue;
			width_see(&w, i, v);
			if ((o->cols[i].flags & OUT_NUM) && out_number(v, &num)) {
				check(&b, worksheet_write_number(ws, row, col, num,
				    b.f_general));
			} else if ((o->cols[i].flags & OUT_DATE) &&
			    out_date(v, &dt, &time)) {
				check(&b, worksheet_write_datetime(ws, row, col, &dt,
				    time ? b.f_datetime : b.f_date));
			} else if (strlen(v) > CELL_MAX) {
				char *cut = utf8_cut(v, CELL_MAX);
				check(&b, worksheet_write_string(ws, row, col, cut,
				    b.f_label[PLAIN]));
				free(cut);
			} else {
				check(&b, worksheet_write_string(ws, row, col, v,
				    b.f_label[PLAIN]));
			}
		}
	}
	if (ws) {
		worksheet_freeze_panes(ws, 1, 0);
		check(&b, worksheet_autofilter(ws, 0, 0, (lxw_row_t)o->nrows,
		    (lxw_col_t)(o->ncols - 1)));
		worksheet_set_paper(ws, 9);
		worksheet_set_landscape(ws);
		worksheet_fit_to_pages(ws, 1, 0);
		check(&b, worksheet_repeat_rows(ws, 0, 0));
		widths_apply(&b, ws, &w);
	} else
		free(w.w);
	err = workbook_close(b.wb);
	if (err == LXW_NO_ERROR)
		err = b.err;
	if (err != LXW_NO_ERROR)
		cs_warn("cannot make the workbook: %s", lxw_strerror(err));
	free(name);
	strmap_free(&b.names);
	free(tmpdir);
	return err == LXW_NO_ERROR ? 0 : CS_EX_SOFTWARE;
}

int
out_write_xlsx(const struct out *o)
{
	return xlsx_to_stream(o->fp, out_sheet, (void *)o);
}
