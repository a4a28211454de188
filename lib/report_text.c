/* report_text.c - cs-report's renderers for text, Markdown, CSV and JSON.
 * They walk the report's tables generically (cs.h, report.c).
 *
 * text  For a terminal and for printing: a heading, then each table under
 *       its title, columns aligned by display width (utf8_width), numbers
 *       right-aligned, ASCII rules only.  The summary (a table whose group
 *       is "total") is shown as a list: figure, this month, the month
 *       before, change.  Other tables show this month's values.
 * md    The same tables in Markdown.
 * csv   One row per (table, row, metric): month, table, group, key,
 *       metric, value, previous, change; values for machines (rates as
 *       fractions 0..1, hours as numbers, "" for none).
 * json  The same rows as JSON Lines. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

static int
finish(FILE *fp)
{
	if (fflush(fp) == EOF || ferror(fp)) {
		cs_warn("cannot write the report: %s",
		    strerror(errno ? errno : EIO));
		return CS_EX_IOERR;
	}
	return 0;
}

/* A copy with control characters (newlines in a note) as spaces. */
static char *
one_line(const char *s)
{
	char *d = xstrdup(s);

	for (char *p = d; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return d;
}

static const char *
L(const struct report *rep, const char *en, const char *zh)
{
	return report_lang(rep, en, zh);
}

static bool
is_list(const struct report_table *t)
{
	return strcmp(t->group, "total") == 0;
}

/* The heading lines, in the report's language. */
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

/* ---- a grid of strings ---------------------------------------------- */

struct grid {
	int ncols;
	size_t nrows;        /* row 0 is the heading */
	char **cell;         /* nrows x ncols, owned */
	bool *right;         /* per column */
};

static void
grid_init(struct grid *g, int ncols, size_t nrows)
{
	g->ncols = ncols;
	g->nrows = nrows;
	g->cell = xcalloc((size_t)ncols * nrows, sizeof *g->cell);
	g->right = xcalloc((size_t)ncols, sizeof *g->right);
}

static void
grid_set(struct grid *g, size_t r, int c, const char *s)
{
	free(g->cell[r * (size_t)g->ncols + (size_t)c]);
	g->cell[r * (size_t)g->ncols + (size_t)c] = one_line(s);
}

static const char *
grid_get(const struct grid *g, size_t r, int c)
{
	const char *s = g->cell[r * (size_t)g->ncols + (size_t)c];

	return s ? s : "";
}

static void
grid_free(struct grid *g)
{
	for (size_t i = 0; i < (size_t)g->ncols * g->nrows; i++)
		free(g->cell[i]);
	free(g->cell);
	free(g->right);
}

/* Aligned, two spaces between columns, a rule of '-' under the heading,
 * no trailing spaces. */
static void
grid_print_text(const struct grid *g, FILE *fp, int ambiwidth)
{
	size_t *w = xcalloc((size_t)g->ncols, sizeof *w);
	struct sbuf line = {0};

	for (size_t r = 0; r < g->nrows; r++)
		for (int c = 0; c < g->ncols; c++) {
			size_t x = utf8_width(grid_get(g, r, c), ambiwidth);
			if (x > w[c])
				w[c] = x;
		}
	for (size_t r = 0; r < g->nrows; r++) {
		for (int rule = 0; rule < (r == 0 ? 2 : 1); rule++) {
			sb_reset(&line);
			for (int c = 0; c < g->ncols; c++) {
				const char *s = grid_get(g, r, c);
				size_t x = utf8_width(s, ambiwidth);
				if (c > 0)
					sb_adds(&line, "  ");
				if (rule) {
					for (size_t k = 0; k < w[c]; k++)
						sb_addc(&line, '-');
					continue;
				}
				for (size_t k = x; g->right[c] && k < w[c]; k++)
					sb_addc(&line, ' ');
				sb_adds(&line, s);
				for (size_t k = x; !g->right[c] && k < w[c]; k++)
					sb_addc(&line, ' ');
			}
			while (line.len > 0 && line.s[line.len - 1] == ' ')
				line.s[--line.len] = '\0';
			fprintf(fp, "%s\n", sb_str(&line));
		}
	}
	sb_free(&line);
	free(w);
}

static void
md_cell(FILE *fp, const char *s)
{
	fputs(" ", fp);
	for (; *s; s++) {
		if (*s == '|')
			fputs("\\|", fp);
		else
			putc(*s, fp);
	}
	fputs(" |", fp);
}

static void
grid_print_md(const struct grid *g, FILE *fp)
{
	for (size_t r = 0; r < g->nrows; r++) {
		putc('|', fp);
		for (int c = 0; c < g->ncols; c++)
			md_cell(fp, grid_get(g, r, c));
		putc('\n', fp);
		if (r == 0) {
			putc('|', fp);
			for (int c = 0; c < g->ncols; c++)
				fputs(g->right[c] ? " --: |" : " --- |", fp);
			putc('\n', fp);
		}
	}
}

/* The table as a grid for people: the summary as a list (figure, this
 * month, the month before, change), the others one line per row. */
static void
table_grid(const struct report *rep, const struct report_table *t,
           struct grid *g)
{
	char buf[40];

	if (is_list(t)) {
		const struct report_row *row = &t->rows[0];
		grid_init(g, 4, (size_t)t->nmetrics + 1);
		grid_set(g, 0, 0, L(rep, t->group_en, t->group_zh));
		grid_set(g, 0, 1, rep->month_key);
		grid_set(g, 0, 2, rep->prev_key);
		grid_set(g, 0, 3, L(rep, "Change", "变化"));
		g->right[1] = g->right[2] = g->right[3] = true;
		for (int k = 0; k < t->nmetrics && t->nrows > 0; k++) {
			const struct report_metric *m = &t->metrics[k];
			const struct report_cell *c = &row->cells[k];
			grid_set(g, (size_t)k + 1, 0, L(rep, m->en, m->zh));
			grid_set(g, (size_t)k + 1, 1,
			    report_value_text(m, c->value, c->na, buf));
			grid_set(g, (size_t)k + 1, 2,
			    report_value_text(m, c->prev, c->prev_na, buf));
			grid_set(g, (size_t)k + 1, 3,
			    report_change_text(m, c, buf));
		}
		return;
	}
	grid_init(g, t->nmetrics + 1, t->nrows + 1);
	grid_set(g, 0, 0, L(rep, t->group_en, t->group_zh));
	for (int k = 0; k < t->nmetrics; k++) {
		const struct report_metric *m = &t->metrics[k];
		grid_set(g, 0, k + 1, L(rep, m->en, m->zh));
		g->right[k + 1] = m->unit != RU_TEXT;
	}
	for (size_t i = 0; i < t->nrows; i++) {
		const struct report_row *row = &t->rows[i];
		grid_set(g, i + 1, 0, row->label);
		for (int k = 0; k < t->nmetrics; k++) {
			const struct report_metric *m = &t->metrics[k];
			const struct report_cell *c = &row->cells[k];
			grid_set(g, i + 1, k + 1, m->unit == RU_TEXT ?
			    (c->text ? c->text : "") :
			    report_value_text(m, c->value, c->na, buf));
		}
	}
}

int
report_write_text(const struct report *rep, FILE *fp, int ambiwidth)
{
	struct sbuf title = {0}, sub = {0};

	heading(rep, &title, &sub);
	fprintf(fp, "%s\n%s\n", sb_str(&title), sb_str(&sub));
	for (size_t k = 0; k < rep->ntables; k++) {
		const struct report_table *t = &rep->tables[k];
		const char *name = L(rep, t->en, t->zh);
		struct grid g;

		fprintf(fp, "\n%s\n", name);
		for (size_t i = utf8_width(name, ambiwidth); i > 0; i--)
			putc('=', fp);
		putc('\n', fp);
		if (t->nrows == 0) {
			fprintf(fp, "%s\n", L(rep, "(none)", "(无)"));
			continue;
		}
		table_grid(rep, t, &g);
		grid_print_text(&g, fp, ambiwidth);
		grid_free(&g);
	}
	sb_free(&title);
	sb_free(&sub);
	return finish(fp);
}

int
report_write_md(const struct report *rep, FILE *fp)
{
	struct sbuf title = {0}, sub = {0};

	heading(rep, &title, &sub);
	fprintf(fp, "# %s\n\n%s\n", sb_str(&title), sb_str(&sub));
	for (size_t k = 0; k < rep->ntables; k++) {
		const struct report_table *t = &rep->tables[k];
		struct grid g;

		fprintf(fp, "\n## %s\n\n", L(rep, t->en, t->zh));
		if (t->nrows == 0) {
			fprintf(fp, "%s\n", L(rep, "(none)", "(无)"));
			continue;
		}
		table_grid(rep, t, &g);
		grid_print_md(&g, fp);
		grid_free(&g);
	}
	sb_free(&title);
	sb_free(&sub);
	return finish(fp);
}

/* ---- rows for machines ----------------------------------------------- */

enum { F_MONTH, F_TABLE, F_GROUP, F_KEY, F_METRIC, F_VALUE, F_PREVIOUS,
       F_CHANGE, F_N };
static const char *const fields[F_N] = {
	"month", "table", "group", "key", "metric", "value", "previous",
	"change"
};

/* Calls fn for every (table, row, metric) with its eight fields; text
 * says whether the value is text (else a number or ""). */
static void
each_row(const struct report *rep,
         void (*fn)(const char *const f[F_N], bool text, void *ctx),
         void *ctx)
{
	char v[40], p[40], d[40];
	const char *f[F_N];

	f[F_MONTH] = rep->month_key;
	for (size_t k = 0; k < rep->ntables; k++) {
		const struct report_table *t = &rep->tables[k];
		f[F_TABLE] = t->key;
		f[F_GROUP] = t->group;
		for (size_t i = 0; i < t->nrows; i++) {
			const struct report_row *row = &t->rows[i];
			f[F_KEY] = row->key;
			for (int m = 0; m < t->nmetrics; m++) {
				const struct report_cell *c = &row->cells[m];
				bool text = t->metrics[m].unit == RU_TEXT;
				f[F_METRIC] = t->metrics[m].key;
				if (text) {
					f[F_VALUE] = c->text ? c->text : "";
					f[F_PREVIOUS] = f[F_CHANGE] = "";
				} else {
					f[F_VALUE] = report_number(c->value, c->na, v);
					f[F_PREVIOUS] = report_number(c->prev,
					    c->prev_na || !t->has_prev, p);
					f[F_CHANGE] = report_number(c->value - c->prev,
					    c->na || c->prev_na || !t->has_prev, d);
				}
				fn(f, text, ctx);
			}
		}
	}
}

struct csv_ctx {
	FILE *fp;
	unsigned flags;
	struct sbuf b;
};

static void
csv_put(struct csv_ctx *x, const char *const f[F_N], bool text, bool first)
{
	/* month .. metric are text; value only when text; previous and
	 * change are numbers */
	const bool num[F_N] = {[F_VALUE] = !text, [F_PREVIOUS] = true,
	    [F_CHANGE] = true};

	sb_reset(&x->b);
	out_csv_line(&x->b, f, num, F_N, x->flags, first);
	fwrite(x->b.s, 1, x->b.len, x->fp);
}

static void
csv_row_fn(const char *const f[F_N], bool text, void *ctx)
{
	csv_put(ctx, f, text, false);
}

int
report_write_csv(const struct report *rep, FILE *fp, unsigned flags)
{
	struct csv_ctx x = {fp, flags, {0}};

	csv_put(&x, fields, true, true);
	each_row(rep, csv_row_fn, &x);
	sb_free(&x.b);
	return finish(fp);
}

static void
json_str(FILE *fp, const char *s)
{
	putc('"', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(fp, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", fp);
		else if (ch == '\t')
			fputs("\\t", fp);
		else if (ch == '\r')
			fputs("\\r", fp);
		else if (ch < 0x20 || ch == 0x7f)
			fprintf(fp, "\\u%04x", ch);
		else
			putc(ch, fp);
	}
	putc('"', fp);
}

static void
json_row_fn(const char *const f[F_N], bool text, void *ctx)
{
	FILE *fp = ctx;

	putc('{', fp);
	for (int i = 0; i < F_N; i++) {
		if (i > 0)
			putc(',', fp);
		json_str(fp, fields[i]);
		putc(':', fp);
		if (i < F_VALUE || (i == F_VALUE && text))
			json_str(fp, f[i]);
		else if (*f[i])
			fputs(f[i], fp);
		else
			fputs("null", fp);
	}
	fputs("}\n", fp);
}

int
report_write_json(const struct report *rep, FILE *fp)
{
	each_row(rep, json_row_fn, fp);
	return finish(fp);
}
