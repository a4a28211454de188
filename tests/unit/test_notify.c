/* test_notify.c - notify.c: one run of the command per notice, the notice
 * on its stdin however long, the environment, notices.csv, failures and
 * the timeout. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"
#include "unit.h"

static void
put(const char *dir, const char *name, const char *text)
{
	char *p = path_join(dir, name);
	FILE *fp = fopen(p, "w");

	if (fp) {
		fputs(text, fp);
		fclose(fp);
	}
	free(p);
}

/* the whole of DIR/name, or NULL */
static char *
slurp(const char *dir, const char *name, size_t *len)
{
	char *p = path_join(dir, name), *s = NULL;
	FILE *fp = fopen(p, "r");
	struct sbuf b = {0};
	char buf[4096];
	size_t n;

	free(p);
	*len = 0;
	if (!fp)
		return NULL;
	sb_add(&b, "", 0);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(&b, buf, n);
	fclose(fp);
	*len = b.len;
	s = b.s;
	return s;
}

int
main(void)
{
	char dir[] = "/tmp/test_notify.XXXXXX";
	struct cs_ctx x;
	struct notify n;
	const char *k1[] = { "due:S01:2026-11-23:aaaa" };
	const char *k2[] = { "remind:S01:C1:0:1", "remind:S01:C2:0:1" };
	const char *k3[] = { "due:S01:2026-11-24:bbbb" };
	char *big, *cmd, *got, *env;
	size_t len = 300000, glen, elen;
	int rc;

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	put(dir, "customers.csv", "id,name,class,phone,owner,region,since\n");
	put(dir, "staff.csv", "id,name,role,team,capacity,active,wecom-id\n"
	    "S01,陈一浩,specialist,一组,12,yes,wx.01\n");
	memset(&x, 0, sizeof x);
	x.dir = dir;
	x.opt.wait = 1;
	x.rules.cal.tz_offset = 480; /* minutes east of UTC */
	CHECK_INT(time_parse("2026-11-23T08:30", x.rules.cal.tz_offset, &x.now),
	    0, "now");
	CHECK_INT(store_load(&x.store, dir, x.rules.cal.tz_offset), 0,
	    "staff.csv loads");

	/* a notice longer than a pipe holds, read whole */
	big = xmalloc(len);
	for (size_t i = 0; i < len; i++)
		big[i] = i % 80 == 79 ? '\n' : (char)('a' + i % 26);
	cmd = xasprintf("cat >'%s/out'; env >'%s/env'", dir, dir);
	unsetenv("CS_NOTIFY_TIMEOUT");
	setenv("CS_STAFF_STALE", "x", 1);
	CHECK_INT(notify_open(&n, &x, cmd), 0, "notices.csv opens");
	CHECK(n.timeout == 60, "the timeout is 60 s by default");
	rc = notify_send(&n, "due", 0, k1, 1, "主题 subject", big, len);
	CHECK_INT(rc, 0, "a notifier that exits 0: sent");
	got = slurp(dir, "out", &glen);
	CHECK(got && glen == len && memcmp(got, big, len) == 0,
	    "it read the whole notice (%zu bytes)", len);
	env = slurp(dir, "env", &elen);
	CHECK(env && strstr(env, "\nCS_NOTICE_TO=S01\n"), "CS_NOTICE_TO");
	CHECK(env && strstr(env, "\nCS_NOTICE_NAME=陈一浩\n"), "CS_NOTICE_NAME");
	CHECK(env && strstr(env, "\nCS_NOTICE_SUBJECT=主题 subject\n"),
	    "CS_NOTICE_SUBJECT");
	CHECK(env && strstr(env, "\nCS_NOTICE_KEY=due:S01:2026-11-23:aaaa\n"),
	    "CS_NOTICE_KEY");
	CHECK(env && strstr(env, "\nCS_STAFF_WECOM_ID=wx.01\n"),
	    "a column wecom-id is CS_STAFF_WECOM_ID");
	CHECK(env && strstr(env, "\nCS_STAFF_TEAM=一组\n"), "CS_STAFF_TEAM");
	CHECK(env && !strstr(env, "CS_STAFF_STALE"),
	    "the caller's CS_STAFF_* are not passed on");
	free(got);
	free(env);

	/* one that reads nothing of a long notice and exits 0 */
	n.cmd = "exit 0";
	CHECK_INT(notify_send(&n, "remind", 0, k2, 2, "s", big, len), 0,
	    "a notifier that reads nothing: sent");
	/* one that fails, one that hangs */
	n.cmd = "cat >/dev/null; exit 3";
	CHECK_INT(notify_send(&n, "due", 0, k3, 1, "s", "x\n", 2),
	    CS_EX_TEMPFAIL, "exit 3: failed");
	n.cmd = "sleep 30";
	n.timeout = 0.2;
	CHECK_INT(notify_send(&n, "due", 0, k3, 1, "s", "x\n", 2),
	    CS_EX_TEMPFAIL, "a notifier that hangs: killed, failed");
	n.cmd = "/nonexistent/notifier";
	CHECK_INT(notify_send(&n, "due", 0, k3, 1, "s", "x\n", 2),
	    CS_EX_TEMPFAIL, "a notifier that is not there: failed");
	CHECK_INT(n.nsent, 2, "2 sent");
	CHECK_INT(n.nfailed, 3, "3 failed");
	notify_close(&n);

	/* what notices.csv says, read again */
	CHECK_INT(notify_open(&n, &x, "true"), 0, "notices.csv opens again");
	CHECK(notify_was_sent(&n, k1[0]), "the due list was sent");
	CHECK(notify_was_sent(&n, k2[0]) && notify_was_sent(&n, k2[1]),
	    "both keys of the reminder were sent");
	CHECK(!notify_was_sent(&n, k3[0]), "the failed one was not");
	notify_close(&n);
	got = slurp(dir, "notices.csv", &glen);
	CHECK_STR(got,
	    "at,kind,recipient,key,status,detail\n"
	    "2026-11-23T08:30:00+08:00,due,S01,due:S01:2026-11-23:aaaa,sent,\n"
	    "2026-11-23T08:30:00+08:00,remind,S01,remind:S01:C1:0:1,sent,\n"
	    "2026-11-23T08:30:00+08:00,remind,S01,remind:S01:C2:0:1,sent,\n"
	    "2026-11-23T08:30:00+08:00,due,S01,due:S01:2026-11-24:bbbb,failed,exit 3\n"
	    "2026-11-23T08:30:00+08:00,due,S01,due:S01:2026-11-24:bbbb,failed,"
	    "no exit within 0.2s: killed\n"
	    "2026-11-23T08:30:00+08:00,due,S01,due:S01:2026-11-24:bbbb,failed,exit 127\n",
	    "notices.csv");
	free(got);

	setenv("CS_NOTIFY_TIMEOUT", "0", 1);
	CHECK_INT(notify_open(&n, &x, "true"), CS_EX_USAGE,
	    "CS_NOTIFY_TIMEOUT=0 is refused");
	unsetenv("CS_NOTIFY_TIMEOUT");

	free(big);
	free(cmd);
	store_free(&x.store);
	{
		char *rm = xasprintf("rm -rf '%s'", dir);
		if (system(rm) != 0)
			fprintf(stderr, "cannot remove %s\n", dir);
		free(rm);
	}
	return UNIT_DONE();
}
