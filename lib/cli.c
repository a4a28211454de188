/* cli.c - the options every command shares, and loading what a command
 * works with (ledger directory, rules, "now"). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

void
cs_init(char *argv[])
{
	cs_setprogname(argv[0]);
	if (argv[0])
		argv[0] = (char *)cs_progname;
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		/* open returns the lowest free number: fd itself */
		int n = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (n >= 0 && n != fd)
			close(n);
	}
}

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
		fprintf(stderr, _("Try '%s --help'.\n"), cs_progname);
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

/* the -d list, reachable to the end (leak checkers) */
static const char **volatile dirs_kept;

int
cs_opts_handle(struct cs_opts *o, int c, const char *arg, const char *usage)
{
	switch (c) {
	case 'd':
		/* each -d is a branch (cs_opts_one_dir refuses several where
		 * one directory is meant); the list lives until exit */
		dirs_kept = o->dirs = xrealloc(o->dirs,
		    (o->ndirs + 1) * sizeof *o->dirs);
		o->dirs[o->ndirs++] = arg;
		o->dir = o->dirs[0];
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
		if (out_format_parse(arg, &o->fmt) != 0 ||
		    (o->fmt == OUT_XLSX && !o->xlsx_ok)) {
			if (o->xlsx_ok)
				cs_usage_error("bad --format \"%s\" (expected "
				    "table, csv, tsv, json or xlsx)", arg);
			cs_usage_error("bad --format \"%s\" "
			    "(expected table, csv, tsv or json)", arg);
		}
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
	case OPT_CSV_BOM:
		o->csv |= OUT_CSV_BOM;
		return 1;
	case OPT_CSV_EXCEL:
		o->csv |= OUT_CSV_EXCEL;
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

/* The descriptor a name stands for: 1 for "-", /dev/stdout, /dev/fd/1,
 * /proc/self/fd/1 (and so on), else -1.  Such a name is written through
 * the descriptor the command was given, never reopened: reopening would
 * truncate a file opened for appending (`>> log`). */
static int
std_fd(const char *path)
{
	static const char *const prefix[] = {"/dev/fd/", "/proc/self/fd/"};
	char *end;
	long n;

	if (strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
		return STDOUT_FILENO;
	if (strcmp(path, "/dev/stderr") == 0)
		return STDERR_FILENO;
	for (size_t i = 0; i < 2; i++) {
		size_t len = strlen(prefix[i]);
		if (strncmp(path, prefix[i], len) != 0 || path[len] < '0' ||
		    path[len] > '9')
			continue;
		errno = 0;
		n = strtol(path + len, &end, 10);
		if (*end == '\0' && errno == 0 && n <= 1024)
			return (int)n;
	}
	return -1;
}

/* A FILE on a copy of descriptor fd (stdout itself for 1). */
static FILE *
fd_stream(const char *path, int fd)
{
	FILE *fp;
	int d;

	if (fd == STDOUT_FILENO)
		return stdout;
	fflush(NULL);
	if ((d = dup(fd)) < 0 || (fp = fdopen(d, "w")) == NULL) {
		cs_warn("%s: cannot write: %s", path, strerror(errno));
		if (d >= 0)
			close(d);
		return NULL;
	}
	return fp;
}

int
cs_print_new_id(const char *what, const char *id, bool plural)
{
	errno = 0;
	if (printf("%s\n", id) < 0 || fflush(stdout) == EOF || ferror(stdout)) {
		int e = errno ? errno : EIO;
		if (plural)
			cs_warn("%s %s were recorded but their ids could not be "
			    "printed: %s", what, id, strerror(e));
		else
			cs_warn("%s %s was recorded but its id could not be "
			    "printed: %s", what, id, strerror(e));
		return CS_EX_IOERR;
	}
	return 0;
}

bool
cs_output_named(const char *path)
{
	return path && strcmp(path, "-") != 0;
}

int
cs_outfile_open(struct cs_outfile *f, const char *path)
{
	struct stat st;
	mode_t mode, mask = umask(0);
	char *dir;
	int fd;

	umask(mask);
	memset(f, 0, sizeof *f);
	f->path = path;
	if (path == NULL) {
		f->fp = stdout;
		return 0;
	}
	if ((fd = std_fd(path)) >= 0)
		return (f->fp = fd_stream(path, fd)) ? 0 : CS_EX_CANTCREAT;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT) {
			cs_warn("%s: cannot create: %s", path, strerror(errno));
			return CS_EX_CANTCREAT;
		}
		st.st_mode = S_IFREG | (0666 & ~mask);	/* a new file */
		f->target = xstrdup(path);
	} else if (S_ISLNK(st.st_mode)) {
		/* written through to the target; the link stays */
		if ((f->target = realpath(path, NULL)) == NULL ||
		    stat(f->target, &st) != 0) {
			if (errno == ENOENT)
				cs_warn("%s: a symbolic link to a missing file: "
				    "not created", path);
			else
				cs_warn("%s: cannot write through the symbolic "
				    "link: %s", path, strerror(errno));
			free(f->target);
			f->target = NULL;
			return CS_EX_CANTCREAT;
		}
	} else {
		f->target = xstrdup(path);
	}
	if (S_ISDIR(st.st_mode)) {
		cs_warn("%s: cannot create: %s", path, strerror(EISDIR));
		free(f->target);
		f->target = NULL;
		return CS_EX_CANTCREAT;
	}
	if (!S_ISREG(st.st_mode)) {
		/* a device, FIFO or socket: there is nothing to replace */
		if ((f->fp = fopen(f->target, "w")) == NULL) {
			cs_warn("%s: cannot write: %s", path, strerror(errno));
			free(f->target);
			f->target = NULL;
			return CS_EX_CANTCREAT;
		}
		return 0;
	}
	mode = st.st_mode & 07777;
	/* a file size limit (ulimit -f) makes a write fail with EFBIG: the
	 * temporary file is removed and the old one kept, not the process
	 * killed with SIGXFSZ and its temporary file left behind */
	signal(SIGXFSZ, SIG_IGN);
	dir = path_dir(f->target);
	f->tmp = xasprintf("%s/.%s.XXXXXX", dir, path_base(f->target));
	free(dir);
	if ((fd = mkstemp(f->tmp)) < 0 || fchmod(fd, mode) != 0 ||
	    (f->fp = fdopen(fd, "w")) == NULL) {
		cs_warn("%s: cannot create: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(f->tmp);
		}
		free(f->tmp);
		free(f->target);
		memset(f, 0, sizeof *f);
		return CS_EX_CANTCREAT;
	}
	return 0;
}

static void
sync_dir(const char *path)
{
	char *dir = path_dir(path);

	dir_sync(dir, false);
	free(dir);
}

int
cs_outfile_close(struct cs_outfile *f, int status)
{
	int fd, err = 0;

	if (f->fp) {
		errno = 0;
		if (fflush(f->fp) == EOF || ferror(f->fp))
			err = errno ? errno : EIO;
		/* the data on disk before the name points to it (xlsx is
		 * written by name: fsync the file the name holds) */
		if (!err && status == 0 && f->tmp) {
			if ((fd = open(f->tmp, O_RDONLY)) < 0 || fsync(fd) != 0)
				err = errno;
			if (fd >= 0)
				close(fd);
		}
		if (f->fp != stdout) {
			if (fclose(f->fp) != 0 && !err)
				err = errno ? errno : EIO;
		}
		f->fp = NULL;
	}
	if (status == 0 && err) {
		if (f->path == NULL || std_fd(f->path) == STDOUT_FILENO)
			cs_warn("write error: %s", strerror(err));
		else
			cs_warn("%s: cannot write: %s", f->path, strerror(err));
		status = CS_EX_IOERR;
	}
	if (status == 0 && f->tmp && rename(f->tmp, f->target) != 0) {
		cs_warn("%s: cannot create: %s", f->path, strerror(errno));
		status = CS_EX_CANTCREAT;
	}
	if (f->tmp) {
		if (status)
			unlink(f->tmp);
		else
			sync_dir(f->target);
	}
	free(f->tmp);
	free(f->target);
	f->tmp = f->target = NULL;
	return status;
}

void
cs_opts_xlsx(struct cs_opts *o)
{
	const char *out = o->output;
	bool to_stdout = !out || strcmp(out, "-") == 0;
	size_t n = out ? strlen(out) : 0;

	if (o->fmt == OUT_AUTO && !to_stdout && n > 5 &&
	    strcasecmp(out + n - 5, ".xlsx") == 0)
		o->fmt = OUT_XLSX;
	if (o->fmt == OUT_XLSX && to_stdout && isatty(STDOUT_FILENO))
		cs_usage_error("--format xlsx writes a workbook: give -o FILE "
		    "or redirect the output");
}

void
cs_opts_one_dir(const struct cs_opts *o, const char *cmd, bool writes)
{
	if (o->ndirs <= 1)
		return;
	if (writes)
		cs_usage_error("-d was given %zu times: %s writes one ledger "
		    "directory", o->ndirs, cmd);
	cs_usage_error("-d was given %zu times: %s reads one ledger directory",
	    o->ndirs, cmd);
}

bool
cs_ledger_dir_ok(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) != 0) {
		if (errno == ENOENT)
			cs_warn("%s: no such directory (use -d DIR or CS_DIR, "
			    "or create one with cs-init)", dir);
		else
			cs_warn("%s: cannot open: %s", dir, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		cs_warn("%s: not a directory (use -d DIR or CS_DIR, "
		    "or create one with cs-init)", dir);
		return false;
	}
	return true;
}

/* The directory's own rules.yaml is there (else says so with its full
 * path and a hint: the usual mistake is running in the wrong directory). */
static bool
ledger_rules_ok(const char *path)
{
	char *dir, *real, *full;

	if (access(path, F_OK) == 0 || errno != ENOENT)
		return true;	/* rules_load reports anything else */
	dir = path_dir(path);
	real = realpath(dir, NULL);
	full = real ? path_join(real, path_base(path)) : xstrdup(path);
	cs_warn("%s: cannot open: %s (not a ledger directory? use -d DIR or "
	    "CS_DIR, or create one with cs-init)", full, strerror(ENOENT));
	free(full);
	free(real);
	free(dir);
	return false;
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
	/* --bom and --excel are about CSV: they ask for it */
	if (o->csv && o->fmt == OUT_AUTO)
		x->opt.fmt = OUT_CSV;
	else if (o->csv && o->fmt != OUT_CSV)
		cs_usage_error("--%s writes csv, not --format %s",
		    o->csv & OUT_CSV_EXCEL ? "excel" : "bom",
		    o->fmt == OUT_TABLE ? "table" : o->fmt == OUT_TSV ? "tsv" :
		    o->fmt == OUT_JSON ? "json" : "xlsx");
	cs_opts_one_dir(o, cs_progname, false);
	x->dir = xstrdup(store_dir(o->dir));
	if (!cs_ledger_dir_ok(x->dir))
		ctx_fail(x, CS_EX_NOINPUT);
	/* rules_find has printed why when it finds nothing */
	if ((x->rules_path = rules_find(o->rules, x->dir)) == NULL)
		ctx_fail(x, CS_EX_NOINPUT);
	if (!o->rules && !ledger_rules_ok(x->rules_path))
		ctx_fail(x, CS_EX_NOINPUT);
	if ((status = rules_load(x->rules_path, &x->rules)) != 0)
		ctx_fail(x, status);
	cs_i18n_init(&x->rules);
	x->now = cs_now_resolve(o->now, x->rules.cal.tz_offset);
	if ((status = store_open(&x->store, x->dir,
	    x->rules.cal.tz_offset, o->store)) != 0)
		ctx_fail(x, status);
	rules_check_columns(&x->rules, path_base(x->rules_path),
	    &x->store.customers_t);
	/* days past the calendar's years up to today are said (cs_ctx_free);
	 * commands that look further (cs-plan's period) say so */
	cal_watch(&x->rules.cal, time_date(x->now, x->rules.cal.tz_offset));
}

void
cs_ctx_free(struct cs_ctx *x)
{
	if (x->rules_path) {	/* rules_load ran */
		cal_warn_beyond(&x->rules.cal, path_base(x->rules_path));
		rules_free(&x->rules);
	}
	store_free(&x->store);
	free(x->dir);
	free(x->rules_path);
	memset(x, 0, sizeof *x);
}
