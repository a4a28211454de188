/* init.c - a new ledger directory, ready to use (cs-init): the five
 * ledgers with their headers only, and rules.yaml, a copy of a rule set. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cs.h"

enum { MAX_RULES_SIZE = 16 << 20 };

/* Required columns of the ledgers people keep (cs-ledger(5)); visits.csv
 * and complaints.csv take visit_cols and complaint_cols. */
static const char *const customer_cols[] = {
	"id", "name", "class", "phone", "owner", "region", "since", NULL
};
static const char *const staff_cols[] = {
	"id", "name", "role", "team", "capacity", "active", NULL
};
static const char *const event_cols[] = {
	"at", "customer", "kind", "note", NULL
};

const char *const init_files[] = {
	"customers.csv", "staff.csv", "events.csv", "visits.csv",
	"complaints.csv", "rules.yaml", NULL
};
enum { F_CUSTOMERS, F_STAFF, F_EVENTS, F_VISITS, F_COMPLAINTS, F_RULES,
       F_N };

/* A NULL-terminated list of column names, growing; names are matched
 * without regard to ASCII case, as the CSV reader matches headers. */
struct colset {
	const char **v;
	size_t n, cap;
};

static void
colset_add(struct colset *s, const char *name)
{
	if (!name || !*name)
		return;
	for (size_t i = 0; i < s->n; i++)
		if (strcasecmp(s->v[i], name) == 0)
			return;
	xgrow(&s->v, &s->cap, s->n + 2, sizeof *s->v);
	s->v[s->n++] = name;
	s->v[s->n] = NULL;
}

static void
colset_add_matches(struct colset *s, const struct cs_match *m, int n)
{
	for (int i = 0; i < n; i++)
		colset_add(s, m[i].column);
}

const char **
init_customer_cols(const struct cs_rules *r)
{
	struct colset s = {0};

	for (int i = 0; customer_cols[i]; i++)
		colset_add(&s, customer_cols[i]);
	for (int i = 0; i < r->nvisits; i++) {
		const struct visit_rule *v = &r->visits[i];

		colset_add_matches(&s, v->match, v->nmatch);
		colset_add(&s, v->anchor);
		colset_add(&s, v->column);
		colset_add(&s, v->from_column);
		colset_add(&s, v->until_column);
	}
	for (int i = 0; i < r->complaints.nmilestones; i++)
		colset_add_matches(&s, r->complaints.milestones[i].match,
		    r->complaints.milestones[i].nmatch);
	return s.v;
}

/* The whole rules file, at most MAX_RULES_SIZE bytes. */
static int
slurp(const char *path, char **out, size_t *len)
{
	struct sbuf b = {0};
	char chunk[8192];
	size_t n;
	FILE *fp;
	int st = 0;

	if ((fp = fopen(path, "rb")) == NULL) {
		cs_warn("%s: cannot open: %s", path, strerror(errno));
		return errno == ENOENT ? CS_EX_NOINPUT : CS_EX_IOERR;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		sb_add(&b, chunk, n);
		if (b.len > MAX_RULES_SIZE) {
			cs_warn("%s: larger than %d MiB", path,
			    MAX_RULES_SIZE >> 20);
			st = CS_EX_DATAERR;
			break;
		}
	}
	if (!st && ferror(fp)) {
		cs_warn("%s: cannot read: %s", path, strerror(errno));
		st = CS_EX_IOERR;
	}
	fclose(fp);
	if (st) {
		sb_free(&b);
		return st;
	}
	*out = b.s ? b.s : xstrdup("");
	*len = b.len;
	return 0;
}

/* mkdir -p: the parents with 0777, dir itself with 0750 (less the umask).
 * *made: whether dir itself was created. */
static int
make_dir(const char *dir, bool *made)
{
	struct stat st;
	char *p, *s;

	*made = false;
	if (stat(dir, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return 0;
		cs_warn("%s: not a directory", dir);
		return CS_EX_CANTCREAT;
	}
	p = xstrdup(dir);
	for (s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			cs_warn("%s: cannot create: %s", p, strerror(errno));
			free(p);
			return CS_EX_CANTCREAT;
		}
		*s = '/';
	}
	free(p);
	if (mkdir(dir, 0750) != 0) {
		cs_warn("%s: cannot create: %s", dir, strerror(errno));
		return CS_EX_CANTCREAT;
	}
	*made = true;
	return 0;
}

/* A new ledger: created here (O_EXCL, never through a symbolic link),
 * then given its header by the ledger layer (written, synced). */
static int
make_ledger(const char *path, const char *const cols[], bool *created)
{
	struct ledger_w w;
	int fd, st;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0640);
	if (fd < 0) {
		cs_warn("%s: cannot create: %s", path, strerror(errno));
		return CS_EX_CANTCREAT;
	}
	*created = true;
	close(fd);
	if ((st = ledger_open(&w, path, cols, 10)) != 0)
		return st;
	ledger_close(&w);
	return 0;
}

static int
make_rules(const char *path, const char *buf, size_t n, bool *created)
{
	size_t off = 0;
	ssize_t k;
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	if (fd < 0) {
		cs_warn("%s: cannot create: %s", path, strerror(errno));
		return CS_EX_CANTCREAT;
	}
	*created = true;
	while (off < n) {
		if ((k = write(fd, buf + off, n - off)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		off += (size_t)k;
	}
	if (off < n || fsync(fd) != 0) {
		cs_warn("%s: cannot write: %s", path, strerror(errno));
		close(fd);
		return CS_EX_IOERR;
	}
	if (close(fd) != 0) {
		cs_warn("%s: cannot write: %s", path, strerror(errno));
		return CS_EX_IOERR;
	}
	return 0;
}

int
init_dir(const char *dir, const char *rules_path)
{
	struct cs_rules r, copy;
	struct sbuf there = {0};	/* the files already there */
	const char **cust = NULL;
	char *path[F_N], *buf = NULL;
	size_t n = 0;
	bool loaded = false, made = false, created[F_N] = {false};
	int i, nthere = 0, st;

	for (i = 0; i < F_N; i++)
		path[i] = path_join(dir, init_files[i]);
	/* Everything that can be checked is checked before anything is
	 * created: the rules, the copy's includes, files already there. */
	if ((st = rules_load(rules_path, &r)) != 0)
		goto out;
	loaded = true;
	cust = init_customer_cols(&r);
	if ((st = slurp(rules_path, &buf, &n)) != 0)
		goto out;
	if ((st = rules_load_mem(path[F_RULES], dir, buf, n, &copy)) != 0) {
		cs_warn("%s, a copy of %s, would not find what it includes "
		    "(set CS_RULES_PATH to the directory that holds it)",
		    path[F_RULES], rules_path);
		goto out;
	}
	rules_free(&copy);
	for (i = 0; i < F_N; i++) {
		struct stat sb;

		if (lstat(path[i], &sb) == 0) {
			if (there.len)
				sb_adds(&there, ", ");
			sb_adds(&there, init_files[i]);
			nthere++;
		}
	}
	if (nthere) {
		cs_warn("%s: %s already %s; cs-init never overwrites a file",
		    dir, sb_str(&there), nthere > 1 ? "exist" : "exists");
		st = CS_EX_CANTCREAT;
		goto out;
	}
	if ((st = make_dir(dir, &made)) != 0)
		goto out;
	for (i = 0; i < F_N && st == 0; i++) {
		switch (i) {
		case F_CUSTOMERS:
			st = make_ledger(path[i], cust, &created[i]);
			break;
		case F_STAFF:
			st = make_ledger(path[i], staff_cols, &created[i]);
			break;
		case F_EVENTS:
			st = make_ledger(path[i], event_cols, &created[i]);
			break;
		case F_VISITS:
			st = make_ledger(path[i], visit_cols, &created[i]);
			break;
		case F_COMPLAINTS:
			st = make_ledger(path[i], complaint_cols, &created[i]);
			break;
		default:
			if ((st = make_rules(path[i], buf, n, &created[i])) == 0)
				st = dir_sync(dir, true);
			break;
		}
	}
	if (st) {
		/* Leave nothing half made: the files created here (with
		 * O_EXCL, so ours), and dir if it was made here. */
		for (i = 0; i < F_N; i++)
			if (created[i])
				unlink(path[i]);
		if (made)
			rmdir(dir);
	}
out:
	if (loaded)
		rules_free(&r);
	for (i = 0; i < F_N; i++)
		free(path[i]);
	free(cust);
	free(buf);
	sb_free(&there);
	return st;
}
