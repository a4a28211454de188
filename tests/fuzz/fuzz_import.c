/* fuzz_import.c - the batch import behind cs-log --import (visit_import),
 * as UTF-8 and as GB18030, against a small ledger directory made in a
 * temporary directory at start (auto-dealer.yaml rules, four customers,
 * eight staff, two visits, one complaint).
 *
 * Properties, for any input file:
 *  - the import returns 0, CS_EX_DATAERR or CS_EX_NOINPUT, never more;
 *  - refused: visits.csv is byte for byte what it was;
 *  - accepted: visits.csv is what it was plus whole rows, and it reads
 *    back (visits_load) with every imported row: what the import accepts,
 *    the readers accept. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"
#include "fuzz.h"

static const char customers_csv[] =
"id,name,class,phone,owner,region,since\n"
"KH0001,王建国,routine,13800000001,S01,urban,2025-03-01\n"
"KH0002,上海华东机械有限公司,key,02160000002,S02,urban,2024-06-15\n"
"KH0003,李秀英,vip,13900000003,S01,suburban,2025-09-10\n"
"KH0004,赵六,routine,13700000004,S08,urban,2025-01-01\n";
static const char staff_csv[] =
"id,name,role,team,capacity,active\n"
"S01,李娜,specialist,A,8,yes\n"
"S02,王芳,specialist,B,8,yes\n"
"S03,张伟,advisor,A,6,yes\n"
"S04,刘洋,advisor,B,6,yes\n"
"S05,陈静,supervisor,A,4,yes\n"
"S06,杨磊,manager,A,2,yes\n"
"S07,赵敏,gm,A,1,yes\n"
"S08,周强,specialist,A,8,no\n";
static const char events_csv[] =
"at,customer,kind,note\n"
"2026-02-10T10:00:00+08:00,KH0001,repair,更换刹车片\n";
static const char complaints_csv[] =
"seq,complaint,event,at,by,customer,holder,severity,category,channel,"
"milestone,rung,scores,note,recorded_at\n"
"1,C2026-0001,open,2026-02-10T10:00:00+08:00,,KH0001,S01,general,other,"
"phone,,specialist,,刹车异响,2026-02-10T10:00:00+08:00\n";
static const char visits_csv[] =
"id,at,customer,staff,method,outcome,attitude,skill,timeliness,promise,"
"rule,complaint,note,amends,recorded_at,recorded_by\n"
"V000001,2026-02-12T11:00:00+08:00,KH0001,S01,phone,done,4,4,3,2,,"
"C2026-0001,\"hi, \"\"there\"\"\",,2026-02-13T17:00:00+08:00,S01\n"
"V000002,2026-02-12T15:00:00+08:00,KH0002,S02,wechat,unreached,,,,,,,,,"
"2026-02-13T17:00:00+08:00,S02\n";

static char dir[64];
static char *visits_path, *input_path;
static struct cs_ctx x;

static void
put(const char *name, const char *data, size_t n)
{
	char *p = path_join(dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0640);

	if (fd < 0 || write(fd, data, n) != (ssize_t)n || close(fd) != 0)
		fuzz_fail("cannot write %s", p);
	free(p);
}

static char *
slurp(const char *path, size_t *n)
{
	struct sbuf b = {0};
	char buf[8192];
	ssize_t k;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		fuzz_fail("cannot open %s", path);
	while ((k = read(fd, buf, sizeof buf)) > 0)
		sb_add(&b, buf, (size_t)k);
	close(fd);
	sb_add(&b, "", 0);
	*n = b.len;
	return b.s;
}

static void
cleanup(void)
{
	static const char *const names[] = {
		"customers.csv", "staff.csv", "events.csv", "complaints.csv",
		"visits.csv", "visits.csv.torn", "import.csv", NULL
	};

	for (int i = 0; names[i]; i++) {
		char *p = path_join(dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	cs_ctx_free(&x);
	free(visits_path);
	free(input_path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *rp = getenv("CS_RULES_PATH");
	const char *tmp = getenv("TMPDIR");
	int st;

	(void)argc;
	(void)argv;
	cs_quiet = true;
	snprintf(dir, sizeof dir, "%s/cs-fuzz.XXXXXX",
	    tmp && *tmp && strlen(tmp) < 40 ? tmp : "/tmp");
	if (!mkdtemp(dir))
		fuzz_fail("mkdtemp %s", dir);
	put("customers.csv", customers_csv, sizeof customers_csv - 1);
	put("staff.csv", staff_csv, sizeof staff_csv - 1);
	put("events.csv", events_csv, sizeof events_csv - 1);
	put("complaints.csv", complaints_csv, sizeof complaints_csv - 1);
	visits_path = path_join(dir, "visits.csv");
	input_path = path_join(dir, "import.csv");
	memset(&x, 0, sizeof x);
	cs_opts_init(&x.opt);
	x.opt.wait = 0;
	x.dir = xstrdup(dir);
	x.rules_path = path_join(rp && *rp && !strchr(rp, ':') ? rp : "rules",
	    "auto-dealer.yaml");
	if ((st = rules_load(x.rules_path, &x.rules)) != 0)
		fuzz_fail("cannot load %s: %d", x.rules_path, st);
	if ((st = store_load(&x.store, x.dir, x.rules.cal.tz_offset)) != 0)
		fuzz_fail("cannot load the store: %d", st);
	if (time_parse("2026-02-13T17:00:00+08:00", 0, &x.now) != 0)
		fuzz_fail("now");
	/* the ids the import prints */
	if (!freopen("/dev/null", "w", stdout))
		fuzz_fail("/dev/null");
	atexit(cleanup);
	return 0;
}

static void
import_once(const char *encoding)
{
	struct visit_log log;
	size_t n;
	char *after;
	int st;

	put("visits.csv", visits_csv, sizeof visits_csv - 1);
	st = visit_import(&x, input_path, encoding, NULL);
	after = slurp(visits_path, &n);
	if (st != 0) {
		if (st != CS_EX_DATAERR && st != CS_EX_NOINPUT)
			fuzz_fail("import status %d", st);
		if (n != sizeof visits_csv - 1 ||
		    memcmp(after, visits_csv, n) != 0)
			fuzz_fail("a refused import changed visits.csv");
		free(after);
		return;
	}
	if (n < sizeof visits_csv - 1 ||
	    memcmp(after, visits_csv, sizeof visits_csv - 1) != 0 ||
	    after[n - 1] != '\n')
		fuzz_fail("an import did not just append whole rows");
	free(after);
	if ((st = visits_load(&log, &x.store, visits_path, CS_NOTIME,
	    x.rules.low_score)) != 0) {
		cs_quiet = false; /* say why */
		visits_load(&log, &x.store, visits_path, CS_NOTIME, 2);
		fuzz_fail("imported rows do not read back: %d", st);
	}
	if (log.nrows < 2)
		fuzz_fail("rows lost");
	visits_free(&log);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 64 * 1024)
		return 0;
	put("import.csv", (const char *)data, size);
	import_once(NULL);
	import_once("gb18030");
	return 0;
}
