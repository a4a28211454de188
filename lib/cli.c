/* cli.c - the options every command shares, and loading what a command
 * works with (ledger directory, rules, "now"). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

void
cs_opts_init(struct cs_opts *o)
{
	memset(o, 0, sizeof *o);
	o->fmt = OUT_AUTO;
	o->ambiwidth = 1;
	o->wait = 10;
}

static _Noreturn void
try_help(void)
{
	if (!cs_quiet)
		fprintf(stderr, "Try '%s --help'.\n", cs_progname);
	exit(CS_EX_USAGE);
}

_Noreturn void
cs_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cs_vwarn(fmt, ap);
	va_end(ap);
	try_help();
}

/* A non-negative number of seconds: digits with an optional fraction
 * ("10", "2.5", ".5").  Parsed by hand: strtod would follow LC_NUMERIC. */
static int
parse_seconds(const char *s, double *out)
{
	double v = 0, scale = 1;
	bool digits = false;

	for (; *s >= '0' && *s <= '9'; s++, digits = true)
		v = v * 10 + (*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, digits = true)
			v += (*s - '0') * (scale /= 10);
	if (!digits || *s != '\0' || v > 1e9)
		return -1;
	*out = v;
	return 0;
}

static _Noreturn void
print_usage(const char *usage)
{
	size_t n = usage ? strlen(usage) : 0;

	if (n > 0) {
		fputs(usage, stdout);
		if (usage[n - 1] != '\n')
			putchar('\n');
	}
	errno = 0;
	if (fflush(stdout) == EOF || ferror(stdout))
		cs_die(CS_EX_IOERR, "write error: %s",
		    strerror(errno ? errno : EIO));
	exit(CS_EX_OK);
}

int
cs_opts_handle(struct cs_opts *o, int c, const char *arg, const char *usage)
{
	switch (c) {
	case 'd':
		o->dir = arg;
		return 1;
	case 'r':
		o->rules = arg;
		return 1;
	case 'o':
		o->output = arg;
		return 1;
	case OPT_NOW:
		o->now = arg;	/* parsed by cs_ctx_load, in the rules' zone */
		return 1;
	case OPT_FORMAT:
		if (out_format_parse(arg, &o->fmt) != 0)
			cs_usage_error("bad --format \"%s\" "
			    "(expected table, csv, tsv or json)", arg);
		return 1;
	case OPT_AMBIWIDTH:
		if (strcmp(arg, "1") == 0)
			o->ambiwidth = 1;
		else if (strcmp(arg, "2") == 0)
			o->ambiwidth = 2;
		else
			cs_usage_error("bad --ambiwidth \"%s\" (expected 1 or 2)",
			    arg);
		return 1;
	case OPT_WAIT:
		if (parse_seconds(arg, &o->wait) != 0)
			cs_usage_error("bad --wait \"%s\" "
			    "(expected a number of seconds, e.g. 2.5)", arg);
		return 1;
	case 'h':
	case OPT_HELP:
		print_usage(usage);
	case '?':
	case ':':
		/* getopt_long has said what was wrong. */
		try_help();
	default:
		return 0;
	}
}

FILE *
cs_open_output(const char *path)
{
	FILE *fp;

	if (path == NULL || strcmp(path, "-") == 0)
		return stdout;
	if ((fp = fopen(path, "w")) == NULL)
		cs_die(CS_EX_CANTCREAT, "%s: cannot create: %s", path,
		    strerror(errno));
	return fp;
}

static _Noreturn void
ctx_fail(struct cs_ctx *x, int status)
{
	cs_ctx_free(x);
	exit(status);
}

void
cs_ctx_load(struct cs_ctx *x, const struct cs_opts *o)
{
	int status;

	memset(x, 0, sizeof *x);
	x->opt = *o;
	x->dir = xstrdup(store_dir(o->dir));
	/* rules_find has printed why when it finds nothing */
	if ((x->rules_path = rules_find(o->rules, x->dir)) == NULL)
		ctx_fail(x, CS_EX_NOINPUT);
	if ((status = rules_load(x->rules_path, &x->rules)) != 0)
		ctx_fail(x, status);
	x->now = cs_now_resolve(o->now, x->rules.cal.tz_offset);
	if ((status = store_load(&x->store, x->dir,
	    x->rules.cal.tz_offset)) != 0)
		ctx_fail(x, status);
}

void
cs_ctx_free(struct cs_ctx *x)
{
	if (x->rules_path)	/* rules_load ran */
		rules_free(&x->rules);
	store_free(&x->store);
	free(x->dir);
	free(x->rules_path);
	memset(x, 0, sizeof *x);
}
