/* notify.c - notices handed to a command (--notify of cs-due and
 * cs-complain escalate), each recorded once in DIR/notices.csv.
 *
 * A notice is run through `/bin/sh -c CMD` (fork and exec, no system()),
 * its text on the command's standard input, what it is about in the
 * environment (CS_NOTICE_*, and CS_STAFF_<COLUMN> for every column of the
 * recipient's row of staff.csv).  Exit 0: handed on, recorded `sent` and
 * never handed on again; anything else (or no exit within the timeout):
 * recorded `failed`, and the caller makes it again on the next run. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cs.h"

extern char **environ;

const char *const notice_cols[] = {
	"at", "kind", "recipient", "key", "status", "detail", NULL
};
enum { N_AT, N_KIND, N_RECIPIENT, N_KEY, N_STATUS, N_DETAIL, N_NCOLS };

#define DEFAULT_TIMEOUT 60.0

int
notify_open(struct notify *n, const struct cs_ctx *x, const char *cmd)
{
	struct csv_table t;
	const char *e;
	char *end;
	int rc, ik, is;

	memset(n, 0, sizeof *n);
	n->x = x;
	n->cmd = cmd;
	n->timeout = DEFAULT_TIMEOUT;
	if ((e = getenv("CS_NOTIFY_TIMEOUT")) != NULL && *e) {
		double v = strtod(e, &end);
		if (*end || !(v > 0) || v > 86400) {
			cs_warn("bad CS_NOTIFY_TIMEOUT \"%s\" (expected seconds, "
			    "more than 0)", e);
			return CS_EX_USAGE;
		}
		n->timeout = v;
	}
	n->path = path_join(x->dir, "notices.csv");
	if ((rc = ledger_open(&n->w, n->path, notice_cols, x->opt.wait)) != 0) {
		free(n->path);
		n->path = NULL;
		return rc;
	}
	if ((rc = csv_table_load(n->path, CSV_READ_MISSING_OK, &t)) != 0) {
		notify_close(n);
		return rc;
	}
	ik = csv_col(&t, "key");
	is = csv_col(&t, "status");
	for (size_t i = 0; ik >= 0 && is >= 0 && i < t.nrows; i++)
		if (strcmp(t.rows[i].f[is], "sent") == 0)
			strmap_put(&n->sent, t.rows[i].f[ik], 1);
	csv_table_free(&t);
	return 0;
}

bool
notify_was_sent(const struct notify *n, const char *key)
{
	return strmap_get(&n->sent, key) >= 0;
}

/* "NAME=value" for the environment: CS_STAFF_ and the column name in
 * capitals, every other byte but letters and digits as _. */
static char *
staff_var(const char *col, const char *val)
{
	struct sbuf b = {0};

	sb_adds(&b, "CS_STAFF_");
	for (const char *p = col; *p; p++)
		sb_addc(&b, isalnum((unsigned char)*p) ? (char)toupper(
		    (unsigned char)*p) : '_');
	sb_addc(&b, '=');
	sb_adds(&b, val);
	return b.s;
}

/* The environment of a notifier: ours without CS_NOTICE_* and
 * CS_STAFF_* (a cron job's own would mislead it), then the notice's. */
static char **
notice_env(const struct notify *n, const char *kind, int staff,
           const char *key, const char *subject)
{
	const struct cs_store *s = &n->x->store;
	const struct staffer *p = &s->staff[staff];
	size_t ne = 0, cap = 0;
	char **env = NULL;

	for (char **e = environ; e && *e; e++) {
		if (strncmp(*e, "CS_NOTICE_", 10) == 0 ||
		    strncmp(*e, "CS_STAFF_", 9) == 0)
			continue;
		xgrow(&env, &cap, ne + 1, sizeof *env);
		env[ne++] = xstrdup(*e);
	}
	xgrow(&env, &cap, ne + 6 + (size_t)s->staff_t.ncols, sizeof *env);
	env[ne++] = xasprintf("CS_NOTICE_TO=%s", p->id);
	env[ne++] = xasprintf("CS_NOTICE_NAME=%s", p->name);
	env[ne++] = xasprintf("CS_NOTICE_SUBJECT=%s", subject);
	env[ne++] = xasprintf("CS_NOTICE_KIND=%s", kind);
	env[ne++] = xasprintf("CS_NOTICE_KEY=%s", key);
	for (int i = 0; i < s->staff_t.ncols; i++)
		env[ne++] = staff_var(s->staff_t.cols[i], p->f[i]);
	env[ne] = NULL;
	return env;
}

static void
free_env(char **env)
{
	for (char **e = env; *e; e++)
		free(*e);
	free(env);
}

static double
clock_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs the command on text; 0 if it exited 0, else -1 with why in
 * detail (64 bytes). */
static int
run_notifier(const struct notify *n, char **env, const char *text,
             size_t len, char *detail)
{
	double deadline = clock_s() + n->timeout;
	size_t off = 0;
	int fd[2], status = 0;
	bool done = false, killed = false;
	pid_t pid;
	void (*old)(int);

	if (pipe(fd) != 0) {
		snprintf(detail, 64, "cannot make a pipe: %s", strerror(errno));
		return -1;
	}
	fflush(NULL);
	if ((pid = fork()) < 0) {
		snprintf(detail, 64, "cannot fork: %s", strerror(errno));
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		/* its own process group, so that a timeout ends what it
		 * started too; what it prints goes to our stderr */
		char *argv[] = { "sh", "-c", (char *)n->cmd, NULL };
		setpgid(0, 0);
		close(fd[1]);
		if (fd[0] != 0) {
			dup2(fd[0], 0);
			close(fd[0]);
		}
		dup2(2, 1);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGXFSZ, SIG_DFL); /* ledger_open ignores it */
		execve("/bin/sh", argv, env);
		_exit(127);
	}
	setpgid(pid, pid);
	close(fd[0]);
	old = signal(SIGPIPE, SIG_IGN);
	fcntl(fd[1], F_SETFL, fcntl(fd[1], F_GETFL) | O_NONBLOCK);
	/* feed it the notice, then wait for it, both within the timeout */
	while (!done) {
		double left = deadline - clock_s();
		pid_t w;
		if (left <= 0) {
			kill(-pid, SIGTERM);
			kill(pid, SIGTERM);
			killed = true;
			break;
		}
		if (fd[1] >= 0 && off < len) {
			struct pollfd p = { fd[1], POLLOUT, 0 };
			ssize_t k;
			poll(&p, 1, left > 0.05 ? 50 : (int)(left * 1000) + 1);
			k = write(fd[1], text + off, len - off);
			if (k > 0)
				off += (size_t)k;
			else if (k < 0 && errno != EAGAIN && errno != EINTR) {
				close(fd[1]); /* it stopped reading */
				fd[1] = -1;
			}
		} else {
			if (fd[1] >= 0) {
				close(fd[1]);
				fd[1] = -1;
			}
			nanosleep(&(struct timespec){ 0, 5000000 }, NULL);
		}
		if ((w = waitpid(pid, &status, WNOHANG)) == pid)
			done = true;
		else if (w < 0 && errno != EINTR) {
			snprintf(detail, 64, "cannot wait: %s", strerror(errno));
			break;
		}
	}
	if (fd[1] >= 0)
		close(fd[1]);
	signal(SIGPIPE, old);
	if (killed) {
		double grace = clock_s() + 2;
		while (waitpid(pid, &status, WNOHANG) == 0) {
			if (clock_s() > grace) {
				kill(-pid, SIGKILL);
				kill(pid, SIGKILL);
				waitpid(pid, &status, 0);
				break;
			}
			nanosleep(&(struct timespec){ 0, 5000000 }, NULL);
		}
		kill(-pid, SIGKILL); /* what it left behind */
		snprintf(detail, 64, "no exit within %gs: killed", n->timeout);
		return -1;
	}
	if (!done)
		return -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		snprintf(detail, 64, "exit %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(detail, 64, "killed by signal %d", WTERMSIG(status));
	else
		snprintf(detail, 64, "status %d", status);
	return -1;
}

int
notify_send(struct notify *n, const char *kind, int staff,
            const char *const keys[], size_t nkeys, const char *subject,
            const char *text, size_t len)
{
	const struct staffer *p = &n->x->store.staff[staff];
	struct sbuf rows = {0};
	char at[40], detail[64] = "", **env;
	const char *key = nkeys ? keys[0] : "";
	int ok, rc;

	env = notice_env(n, kind, staff, key, subject);
	ok = run_notifier(n, env, text, len, detail) == 0;
	free_env(env);
	time_format_iso(n->x->now, n->x->rules.cal.tz_offset, at);
	for (size_t i = 0; i < nkeys; i++) {
		const char *vals[N_NCOLS] = {
			at, kind, p->id, keys[i], ok ? "sent" : "failed", detail,
		};
		ledger_row(&n->w, &rows, vals);
		if (ok)
			strmap_put(&n->sent, keys[i], 1);
	}
	rc = ledger_write(&n->w, &rows);
	sb_free(&rows);
	if (ok) {
		n->nsent++;
		return rc;
	}
	n->nfailed++;
	cs_warn("%s for %s (%s): the notifier failed (%s); it is tried again "
	    "on the next run", kind, p->id, key, detail);
	return rc ? rc : CS_EX_TEMPFAIL;
}

void
notify_close(struct notify *n)
{
	if (n->path)
		ledger_close(&n->w);
	strmap_free(&n->sent);
	free(n->path);
	n->path = NULL;
}

char *
notify_hash(const char *s)
{
	return xasprintf("%016llx",
	    (unsigned long long)cache_hash_str(s, 0x6e6f74696365ULL));
}
