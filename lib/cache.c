/* cache.c - derived state kept beside the append-only ledgers, in
 * DIR/.cs-cache/: checkpoints that readers resume from, and indexes that
 * writers look rows up in.
 *
 * Both are keyed to the ledger they were made from: its device and inode,
 * the byte offset they cover, hashes of the first 4 KiB of the file and of
 * the 4 KiB before that offset, and everything else the derived state
 * depends on (the program's cache version, the rules, customers.csv and
 * staff.csv).  A ledger only grows, so a key that still holds means the
 * state is that of the ledger's first `offset` bytes, and only the rows
 * after it need reading.  Anything that does not hold (another file, a
 * shorter or rewritten one, another version or rules, a checkpoint whose
 * bytes do not hash to what its header says) is not used: the caller reads
 * the ledger from the start and writes a new one.  A cache that cannot be
 * read or written is silently not used. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cs.h"

/* Bump when the meaning or layout of any cached state changes.  2: writers
 * start checking a ledger at a mark, so a mark must not lie after a quote
 * left open (as one made by an older writer could).  3: the due
 * checkpoint's occurrences come last (read as they are used); payloads
 * summed by payload_sum. */
#define CACHE_VERSION "cs-cache 3"
#define CACHE_DIR     ".cs-cache"
#define MARK_BYTES    4096
#define IX_HEAD       4096          /* an index's header; slots follow */

static const uint32_t endian_mark = 0x01020304;

bool cache_off;

void
cache_trace(const char *fmt, ...)
{
	static int on = -1;
	va_list ap;

	if (on < 0) {
		const char *e = getenv("CS_CACHE_TRACE");
		on = e && *e && strcmp(e, "0") != 0;
	}
	if (!on)
		return;
	fflush(stdout);
	fprintf(stderr, "%s: cache: ", cs_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- hashing ----------------------------------------------------------- */

static uint64_t
rotl64(uint64_t v, int r)
{
	return v << r | v >> (64 - r);
}

static uint64_t
fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64_C(0xc4ceb9fe1a85ec53);
	h ^= h >> 33;
	return h;
}

uint64_t
cache_hash(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = fmix(seed ^ (n * UINT64_C(0x9E3779B97F4A7C15))), w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 31;
	}
	w = 0;
	if (n)
		memcpy(&w, s, n);
	h = (h ^ w ^ ((uint64_t)n << 56)) * UINT64_C(0x9E3779B97F4A7C15);
	return fmix(h);
}

uint64_t
cache_hash_str(const char *s, uint64_t seed)
{
	return cache_hash(s, strlen(s) + 1, seed);
}

/* The sum of a checkpoint's payload: four lanes of cache_hash's step
 * side by side (each waits on its multiply; four at once go four times as
 * fast), n bytes given in pieces (begin, add..., end). */
void
cache_hash_begin(struct cache_hasher *x, size_t n, uint64_t seed)
{
	memset(x, 0, sizeof *x);
	x->n = n;
	for (int i = 0; i < 4; i++)
		x->v[i] = fmix(seed ^ (n * UINT64_C(0x9E3779B97F4A7C15)) ^
		    ((uint64_t)(i + 1) * UINT64_C(0xC2B2AE3D27D4EB4F)));
}

static void
hash_block(struct cache_hasher *x, const unsigned char *s)
{
	for (int i = 0; i < 4; i++) {
		uint64_t w;
		memcpy(&w, s + 8 * i, 8);
		x->v[i] = (x->v[i] ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		x->v[i] ^= x->v[i] >> 31;
	}
}

void
cache_hash_add(struct cache_hasher *x, const void *p, size_t n)
{
	const unsigned char *s = p;

	if (x->ncarry > 0) {
		size_t k = 32 - x->ncarry < n ? 32 - x->ncarry : n;
		memcpy(x->carry + x->ncarry, s, k);
		x->ncarry += k;
		s += k;
		n -= k;
		if (x->ncarry < 32)
			return;
		hash_block(x, x->carry);
		x->ncarry = 0;
	}
	for (; n >= 32; s += 32, n -= 32)
		hash_block(x, s);
	memcpy(x->carry, s, n);
	x->ncarry = n;
}

uint64_t
cache_hash_end(struct cache_hasher *x)
{
	uint64_t h;

	if (x->ncarry > 0) {
		memset(x->carry + x->ncarry, 0, 32 - x->ncarry);
		hash_block(x, x->carry);
	}
	h = fmix(x->v[0]) ^ rotl64(fmix(x->v[1]), 17) ^
	    rotl64(fmix(x->v[2]), 31) ^ rotl64(fmix(x->v[3]), 47);
	return fmix(h ^ x->n);
}

static uint64_t
payload_sum(const void *p, size_t n, uint64_t seed)
{
	struct cache_hasher x;

	cache_hash_begin(&x, n, seed);
	cache_hash_add(&x, p, n);
	return cache_hash_end(&x);
}

/* ---- where caches go, and when ---------------------------------------- */

char *
cache_path(const char *dir, const char *name)
{
	char *d = path_join(dir, CACHE_DIR);
	char *p = path_join(d, name);

	free(d);
	return p;
}

int64_t
cache_min_bytes(void)
{
	const char *s = getenv("CS_CACHE_MIN");
	char *end;
	long long v;

	if (!s || !*s)
		return 1024 * 1024;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v < 0)
		return 1024 * 1024;
	return v;
}

/* The program's cache version; CS_CACHE_VERSION stands in for another
 * version of the program (tests). */
static uint64_t
cache_version(void)
{
	const char *v = getenv("CS_CACHE_VERSION");
	uint64_t h = cache_hash_str(CACHE_VERSION, 1);

	if (v && *v)
		h = cache_hash_str(v, h);
	/* a cache made where ints or the byte order differ is not ours */
	return cache_hash(&endian_mark, sizeof endian_mark,
	    h ^ (sizeof(long) << 8 | sizeof(size_t)));
}

/* What a file is without reading it: device, inode, size, and the
 * modification and change times (any write moves ctime, which cannot be
 * set back). */
static uint64_t
file_sig(const char *path, uint64_t seed)
{
	struct stat sb;
	int64_t v[7];

	if (stat(path, &sb) != 0)
		return cache_hash_str("missing", seed ^ (uint64_t)errno);
	v[0] = (int64_t)sb.st_dev;
	v[1] = (int64_t)sb.st_ino;
	v[2] = (int64_t)sb.st_size;
	v[3] = (int64_t)sb.st_mtim.tv_sec;
	v[4] = (int64_t)sb.st_mtim.tv_nsec;
	v[5] = (int64_t)sb.st_ctim.tv_sec;
	v[6] = (int64_t)sb.st_ctim.tv_nsec;
	return cache_hash(v, sizeof v, seed);
}

/* The rules as far as derived state can depend on them: the rules file's
 * bytes, and the calendar (which may come from included files). */
static uint64_t
rules_sig(const struct cs_rules *r, uint64_t h)
{
	const struct cs_calendar *c = &r->cal;
	char buf[8192];
	ssize_t k;
	int fd;

	if (r->path && (fd = open(r->path, O_RDONLY | O_CLOEXEC)) >= 0) {
		while ((k = read(fd, buf, sizeof buf)) > 0)
			h = cache_hash(buf, (size_t)k, h);
		close(fd);
	}
	h = cache_hash(&c->tz_offset, sizeof c->tz_offset, h);
	h = cache_hash(&c->week, sizeof c->week, h);
	for (int i = 0; i < c->nhours && i < 8; i++)
		h = cache_hash(&c->hours[i], sizeof c->hours[i], h);
	for (size_t i = 0; i < c->nholidays; i++)
		h = cache_hash(&c->holidays[i].date, sizeof(cs_date), h);
	h = cache_hash("|", 1, h);
	for (size_t i = 0; i < c->nextra; i++)
		h = cache_hash(&c->extra[i].date, sizeof(cs_date), h);
	h = cache_hash(&r->low_score, sizeof r->low_score, h);
	return h;
}

uint64_t
cache_deps(const char *dir, const struct cs_rules *r, uint32_t kind)
{
	uint64_t h = cache_version();
	char *p;

	h = cache_hash(&kind, sizeof kind, h);
	h = rules_sig(r, h);
	p = path_join(dir, "customers.csv");
	h = file_sig(p, h);
	free(p);
	p = path_join(dir, "staff.csv");
	h = file_sig(p, h);
	free(p);
	return h;
}

/* ---- marks: how far a ledger was read ---------------------------------- */

static int
read_full(int fd, void *buf, size_t n, int64_t off)
{
	size_t done = 0;

	while (done < n) {
		ssize_t k = pread(fd, (char *)buf + done, n - done,
		    (off_t)(off + (int64_t)done));
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		done += (size_t)k;
	}
	return 0;
}

static int
write_full(int fd, const void *buf, size_t n, int64_t off)
{
	size_t done = 0;

	while (done < n) {
		ssize_t k = pwrite(fd, (const char *)buf + done, n - done,
		    (off_t)(off + (int64_t)done));
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		done += (size_t)k;
	}
	return 0;
}

static int
range_sum(int fd, int64_t from, int64_t to, uint64_t *sum)
{
	char buf[MARK_BYTES];
	size_t n = (size_t)(to - from);

	if (read_full(fd, buf, n, from) != 0)
		return -1;
	*sum = cache_hash(buf, n, (uint64_t)from);
	return 0;
}

int
cache_mark_make(int fd, int64_t offset, long line, struct cache_mark *m)
{
	struct stat sb;

	memset(m, 0, sizeof *m);
	if (fstat(fd, &sb) != 0 || (int64_t)sb.st_size < offset)
		return -1;
	m->dev = (uint64_t)sb.st_dev;
	m->ino = (uint64_t)sb.st_ino;
	m->offset = offset;
	m->line = line;
	if (range_sum(fd, 0, offset < MARK_BYTES ? offset : MARK_BYTES,
	    &m->sum_head) != 0 ||
	    range_sum(fd, offset > MARK_BYTES ? offset - MARK_BYTES : 0,
	    offset, &m->sum_tail) != 0)
		return -1;
	return 0;
}

bool
cache_mark_holds(int fd, const struct cache_mark *m)
{
	struct cache_mark now;

	if (m->offset < 0 || m->line < 1 ||
	    cache_mark_make(fd, m->offset, m->line, &now) != 0)
		return false;
	return now.dev == m->dev && now.ino == m->ino &&
	    now.sum_head == m->sum_head && now.sum_tail == m->sum_tail;
}

/* ---- writing a cache file --------------------------------------------- */

/* A temp file in DIR/.cs-cache for NAME (creating the directory). */
static int
temp_open(const char *dir, const char *name, char **tmp)
{
	char *cdir = path_join(dir, CACHE_DIR);
	int fd;

	*tmp = NULL;
	if (mkdir(cdir, 0750) != 0 && errno != EEXIST) {
		free(cdir);
		return -1;
	}
	free(cdir);
	*tmp = cache_path(dir, name);
	{
		char *t = xasprintf("%s.%ld.tmp", *tmp, (long)getpid());
		free(*tmp);
		*tmp = t;
	}
	fd = open(*tmp, O_RDWR | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0640);
	if (fd < 0) {
		free(*tmp);
		*tmp = NULL;
	}
	return fd;
}

/* fsync the temp file, rename it to NAME, fsync the directory. */
static int
temp_commit(const char *dir, const char *name, int fd, char *tmp)
{
	char *path = cache_path(dir, name), *cdir = path_join(dir, CACHE_DIR);
	int st = -1;

	if (fsync(fd) == 0 && close(fd) == 0) {
		fd = -1;
		if (rename(tmp, path) == 0) {
			dir_sync(cdir, false);
			st = 0;
		}
	}
	if (fd >= 0)
		close(fd);
	if (st)
		unlink(tmp);
	free(tmp);
	free(path);
	free(cdir);
	return st;
}

static void
temp_abandon(int fd, char *tmp)
{
	if (fd >= 0)
		close(fd);
	if (tmp)
		unlink(tmp);
	free(tmp);
}

/* ---- checkpoints -------------------------------------------------------- */
/* NAME.more, the parts appended to checkpoint NAME. */
static char *
more_path(const char *dir, const char *name)
{
	char *n = xasprintf("%s.more", name), *p = cache_path(dir, n);

	free(n);
	return p;
}

static void
more_remove(const char *dir, const char *name)
{
	char *p = more_path(dir, name);

	unlink(p);
	free(p);
}


struct ckpt_head {
	char magic[8];
	uint32_t endian, kind;
	uint64_t version, deps;
	struct cache_mark mark;
	uint64_t len, sum;
	uint64_t check;          /* hash of the bytes above */
};
static const char ckpt_magic[8] = "csckpt\n";

int
ckpt_write(const char *dir, const char *name, uint32_t kind, uint64_t deps,
           const struct cache_mark *m, const void *data, size_t len)
{
	struct ckpt_head h;
	char *tmp;
	int fd;

	if (cache_off)
		return -1;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, ckpt_magic, sizeof h.magic);
	h.endian = endian_mark;
	h.kind = kind;
	h.version = cache_version();
	h.deps = deps;
	h.mark = *m;
	h.len = len;
	h.sum = payload_sum(data, len, kind);
	h.check = cache_hash(&h, offsetof(struct ckpt_head, check), 0);
	if ((fd = temp_open(dir, name, &tmp)) < 0) {
		cache_trace("%s: cannot write", name);
		return -1;
	}
	if (write_full(fd, &h, sizeof h, 0) != 0 ||
	    write_full(fd, data, len, (int64_t)sizeof h) != 0) {
		temp_abandon(fd, tmp);
		cache_trace("%s: cannot write", name);
		return -1;
	}
	if (temp_commit(dir, name, fd, tmp) != 0) {
		cache_trace("%s: cannot write", name);
		return -1;
	}
	/* the parts appended to the one it replaces are not its own */
	more_remove(dir, name);
	cache_trace("%s: written at byte %lld (line %lld)", name,
	    (long long)m->offset, (long long)m->line);
	return 0;
}

/* Why a cache file's header does not match, or NULL. */
static const char *
mismatch(uint32_t kind, uint32_t hkind, uint64_t version, uint64_t deps,
         uint64_t hdeps, int ledger_fd, const struct cache_mark *m)
{
	struct cache_mark now;

	if (hkind != kind)
		return "another kind of file";
	if (version != cache_version())
		return "made by another version";
	if (hdeps != deps)
		return "other rules, customers or staff";
	if (cache_mark_make(ledger_fd, 0, 1, &now) != 0)
		return "the ledger cannot be read";
	if (now.dev != m->dev || now.ino != m->ino)
		return "the ledger is another file";
	if (m->offset < 0 || m->line < 1 ||
	    cache_mark_make(ledger_fd, m->offset, m->line, &now) != 0)
		return "the ledger is shorter";
	if (now.sum_head != m->sum_head || now.sum_tail != m->sum_tail)
		return "the ledger's bytes differ";
	return NULL;
}

void *
ckpt_read(const char *dir, const char *name, uint32_t kind, uint64_t deps,
          int ledger_fd, struct cache_mark *m, size_t *len)
{
	uint64_t id;

	return ckpt_read_id(dir, name, kind, deps, ledger_fd, m, len, &id);
}

int
ckpt_open(struct ckpt_in *in, const char *dir, const char *name,
          uint32_t kind, uint64_t deps, int ledger_fd, struct cache_mark *m,
          size_t *len, uint64_t *id)
{
	struct ckpt_head h;
	struct stat sb;
	char *path;
	const char *why = "damaged";
	int fd;

	memset(in, 0, sizeof *in);
	in->fd = -1;
	*len = 0;
	if (cache_off)
		return -1;
	path = cache_path(dir, name);
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	free(path);
	if (fd < 0) {
		cache_trace("%s: none", name);
		return -1;
	}
	if (fstat(fd, &sb) != 0 || (size_t)sb.st_size < sizeof h ||
	    read_full(fd, &h, sizeof h, 0) != 0 ||
	    memcmp(h.magic, ckpt_magic, sizeof h.magic) != 0 ||
	    h.endian != endian_mark ||
	    h.check != cache_hash(&h, offsetof(struct ckpt_head, check), 0) ||
	    h.len != (uint64_t)sb.st_size - sizeof h || h.len > SIZE_MAX / 2)
		goto fail;
	if ((why = mismatch(kind, h.kind, h.version, deps, h.deps, ledger_fd,
	    &h.mark)))
		goto fail;
	in->fd = fd;
	in->name = name;
	in->len = (size_t)h.len;
	in->sum = h.sum;
	in->pos = 0;
	cache_hash_begin(&in->hx, in->len, kind);
	*m = h.mark;
	*len = in->len;
	*id = h.check;
	return 0;
fail:
	cache_trace("%s: not used: %s", name, why);
	close(fd);
	return -1;
}

int
ckpt_take(struct ckpt_in *in, void *buf, size_t n)
{
	/* read and summed a piece at a time, the piece summed while it is
	 * still in the processor's cache */
	const size_t piece = 256 * 1024;
	char *p = buf;

	if (in->fd < 0 || n > in->len - in->pos) {
		in->bad = true;
		return -1;
	}
	for (size_t done = 0; done < n;) {
		size_t k = n - done < piece ? n - done : piece;
		if (read_full(in->fd, p + done, k, (int64_t)(sizeof(struct
		    ckpt_head) + in->pos)) != 0) {
			in->bad = true;
			return -1;
		}
		cache_hash_add(&in->hx, p + done, k);
		in->pos += k;
		done += k;
	}
	return 0;
}

int
ckpt_done(struct ckpt_in *in, const struct cache_mark *m)
{
	bool ok = in->fd >= 0 && !in->bad && in->pos == in->len &&
	    cache_hash_end(&in->hx) == in->sum;

	if (in->fd >= 0)
		close(in->fd);
	in->fd = -1;
	if (!ok) {
		cache_trace("%s: not used: damaged", in->name);
		return -1;
	}
	cache_trace("%s: resumes at byte %lld (line %lld)", in->name,
	    (long long)m->offset, (long long)m->line);
	return 0;
}

void
ckpt_abandon(struct ckpt_in *in)
{
	if (in->fd >= 0)
		close(in->fd);
	in->fd = -1;
}

void *
ckpt_read_id(const char *dir, const char *name, uint32_t kind, uint64_t deps,
             int ledger_fd, struct cache_mark *m, size_t *len, uint64_t *id)
{
	struct ckpt_in in;
	char *data;

	if (ckpt_open(&in, dir, name, kind, deps, ledger_fd, m, len, id) != 0)
		return NULL;
	data = xmalloc(*len ? *len : 1);
	ckpt_take(&in, data, *len);	/* ckpt_done says if it failed */
	if (ckpt_done(&in, m) != 0) {
		free(data);
		*len = 0;
		return NULL;
	}
	return data;
}

/* ---- parts appended to a checkpoint ------------------------------------
 *
 * NAME.more beside checkpoint NAME: parts, each what the rows of the
 * ledger from where the one before ends (the checkpoint, then each part)
 * to its own mark add.  Each has its header (the checkpoint's id, where it
 * starts, its mark, its payload's length and hash, a hash of the header):
 * the parts are used in order up to the first that does not hold (another
 * checkpoint's, torn, edited, its mark no longer the ledger's), and
 * appended to only while all of them hold, under a lock, at the end the
 * reader saw.  No fsync: a part lost in a crash is detected like any
 * other, and costs only reading its rows again. */

struct more_head {
	char magic[8];
	uint32_t endian, kind;
	uint64_t base;           /* the checkpoint's id (ckpt_read_id) */
	int64_t from;            /* the ledger offset it starts at */
	struct cache_mark mark;  /* and where it ends */
	uint64_t len, sum;
	uint64_t check;          /* hash of the bytes above */
};
static const char more_magic[8] = "csmore\n";

void *
ckpt_more_read(const char *dir, const char *name, uint32_t kind,
               uint64_t base, int ledger_fd, struct cache_mark *m,
               size_t *len, int64_t *end)
{
	char *path = more_path(dir, name), *buf = NULL;
	struct sbuf out = {0};
	struct stat sb;
	size_t size, at = 0, nparts = 0;
	const char *why = NULL;
	int fd;

	*len = 0;
	*end = -1;
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	free(path);
	if (fd < 0) {
		if (errno == ENOENT)
			*end = 0;
		return NULL;
	}
	if (fstat(fd, &sb) != 0 || sb.st_size < 0 ||
	    (uint64_t)sb.st_size > SIZE_MAX / 2) {
		close(fd);
		return NULL;
	}
	size = (size_t)sb.st_size;
	buf = xmalloc(size ? size : 1);
	if (read_full(fd, buf, size, 0) != 0) {
		close(fd);
		free(buf);
		return NULL;
	}
	close(fd);
	while (at < size) {
		struct more_head h;
		if (size - at < sizeof h) {
			why = "torn";
			break;
		}
		memcpy(&h, buf + at, sizeof h);
		if (memcmp(h.magic, more_magic, sizeof h.magic) != 0 ||
		    h.endian != endian_mark ||
		    h.check != cache_hash(&h, offsetof(struct more_head, check),
		    0)) {
			why = "damaged";
			break;
		}
		if (h.len > size - at - sizeof h) {
			why = "torn";
			break;
		}
		if (h.kind != kind || h.base != base) {
			why = "made for another checkpoint";
			break;
		}
		if (h.from != m->offset || h.mark.offset < h.from) {
			why = "does not follow on";
			break;
		}
		if (payload_sum(buf + at + sizeof h, (size_t)h.len, kind) !=
		    h.sum) {
			why = "damaged";
			break;
		}
		if (!cache_mark_holds(ledger_fd, &h.mark)) {
			why = "the ledger's bytes differ";
			break;
		}
		sb_add(&out, buf + at + sizeof h, (size_t)h.len);
		*m = h.mark;
		at += sizeof h + (size_t)h.len;
		nparts++;
	}
	free(buf);
	if (why)
		cache_trace("%s.more: part %zu on not used: %s", name, nparts + 1,
		    why);
	else
		*end = (int64_t)size;
	if (nparts)
		cache_trace("%s.more: %zu part%s: resumes at byte %lld (line %lld)",
		    name, nparts, nparts == 1 ? "" : "s", (long long)m->offset,
		    (long long)m->line);
	*len = out.len;
	return out.s;
}

int
ckpt_more_append(const char *dir, const char *name, uint32_t kind,
                 uint64_t base, int64_t end, const struct cache_mark *from,
                 const struct cache_mark *m, const void *data, size_t len)
{
	struct more_head h;
	struct stat sb;
	char *path, *buf;
	int fd, st = -1;

	if (cache_off || end < 0)
		return -1;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, more_magic, sizeof h.magic);
	h.endian = endian_mark;
	h.kind = kind;
	h.base = base;
	h.from = from->offset;
	h.mark = *m;
	h.len = len;
	h.sum = payload_sum(data, len, kind);
	h.check = cache_hash(&h, offsetof(struct more_head, check), 0);
	path = more_path(dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0640);
	free(path);
	if (fd < 0)
		return -1;
	/* one writer; and only where the parts the caller read end */
	if (flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &sb) == 0 &&
	    (int64_t)sb.st_size == end) {
		buf = xmalloc(sizeof h + len);
		memcpy(buf, &h, sizeof h);
		memcpy(buf + sizeof h, data, len);
		st = write_full(fd, buf, sizeof h + len, end);
		free(buf);
		if (st != 0 && ftruncate(fd, (off_t)end) != 0)
			st = -1;
	}
	close(fd);
	if (st == 0)
		cache_trace("%s.more: part appended at byte %lld (line %lld)",
		    name, (long long)m->offset, (long long)m->line);
	else
		cache_trace("%s.more: cannot append", name);
	return st;
}

/* ---- indexes: a hash table of row offsets, on disk ---------------------
 *
 * Each slot holds 0 (empty) or a row's byte offset (36 bits: ledgers up to
 * 64 GiB) and the top 28 bits of the hash of its key (its tag), which also
 * place it (linear probing), so a table can grow without the keys.  A
 * lookup gives candidate offsets; the caller reads the rows there and
 * keeps those that really have the key, so a stale or damaged slot can
 * cost a read but never gives a wrong answer.  Slots are only ever added,
 * under the ledger's lock.  The header's mark says which ledger bytes have
 * all their rows in; rows after it are added again (adding what is there
 * changes nothing) each time the index is opened, and the mark moves on,
 * after an fsync of the slots, once they are many. */

#define TAG_BITS 28
#define TAG_MASK ((UINT64_C(1) << TAG_BITS) - 1)
#define IX_OFF_MAX (INT64_C(1) << (64 - TAG_BITS))
#define IX_SLOTS_MAX (UINT64_C(1) << TAG_BITS)

struct cix_head {
	char magic[8];
	uint32_t endian, kind;
	uint64_t version, deps;
	struct cache_mark mark;
	uint64_t nslots, nused;
	int64_t meta[CIX_META];
	/* how far the slots reach, not yet synced: good until the machine
	 * restarts (only a crash of the system loses written pages) */
	uint64_t boot;
	struct cache_mark soft;
	int64_t smeta[CIX_META];
	uint64_t check;          /* hash of the bytes above */
};
static const char cix_magic[8] = "csindex";

/* This boot of the system (Linux), or 0 if unknown. */
static uint64_t
boot_id(void)
{
	static uint64_t id;
	char buf[64];
	ssize_t k;
	int fd;

	if (id)
		return id;
	if ((fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY |
	    O_CLOEXEC)) < 0)
		return 0;
	k = read(fd, buf, sizeof buf);
	close(fd);
	if (k < 16)
		return 0;
	id = cache_hash(buf, (size_t)k, 7) | 1;
	return id;
}

static uint64_t
cix_check(const struct cix_head *h)
{
	return cache_hash(h, offsetof(struct cix_head, check), 0);
}

static uint64_t
tag_of(uint64_t h)
{
	return h >> (64 - TAG_BITS);
}

static size_t
cix_home(const struct cache_ix *x, uint64_t tag)
{
	return (size_t)((tag * x->nslots) >> TAG_BITS);
}

static uint64_t
cix_entry(uint64_t h, int64_t off)
{
	return (uint64_t)off << TAG_BITS | tag_of(h);
}

static void
mem_put(uint64_t *mem, uint64_t nslots, uint64_t e)
{
	size_t i = (size_t)(((e & TAG_MASK) * nslots) >> TAG_BITS);

	while (mem[i])
		i = (i + 1) % nslots;
	mem[i] = e;
}

void
cix_new(struct cache_ix *x, uint32_t kind, uint64_t deps, size_t n)
{
	memset(x, 0, sizeof *x);
	x->fd = -1;
	x->kind = kind;
	x->deps = deps;
	x->nslots = 2 * (uint64_t)n + 1024;
	if (x->nslots > IX_SLOTS_MAX)
		x->nslots = IX_SLOTS_MAX;
	x->mem = xcalloc(x->nslots, sizeof *x->mem);
}

int
cix_grow(struct cache_ix *x)
{
	uint64_t nn = x->nslots * 2, *mem, buf[512];

	if (nn > IX_SLOTS_MAX)
		return -1;
	mem = xcalloc(nn, sizeof *mem);
	for (uint64_t i = 0; i < x->nslots; i += 512) {
		size_t n = x->nslots - i < 512 ? (size_t)(x->nslots - i) : 512;
		if (x->mem)
			memcpy(buf, x->mem + i, n * sizeof *buf);
		else if (read_full(x->fd, buf, n * sizeof *buf,
		    IX_HEAD + (int64_t)i * 8) != 0) {
			free(mem);
			return -1;
		}
		for (size_t k = 0; k < n; k++)
			if (buf[k])
				mem_put(mem, nn, buf[k]);
	}
	free(x->mem);
	x->mem = mem;
	x->nslots = nn;
	if (x->fd >= 0) {
		/* from now on in memory: cix_save writes it anew */
		close(x->fd);
		x->fd = -1;
	}
	return 0;
}

int
cix_open(struct cache_ix *x, const char *dir, const char *name,
         uint32_t kind, uint64_t deps, int ledger_fd)
{
	struct cix_head h;
	struct stat sb;
	const char *why;
	char *path;

	memset(x, 0, sizeof *x);
	x->fd = -1;
	if (cache_off)
		return -1;
	path = cache_path(dir, name);
	x->fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
	free(path);
	if (x->fd < 0) {
		cache_trace("%s: none", name);
		return -1;
	}
	if (fstat(x->fd, &sb) != 0 || sb.st_size < IX_HEAD ||
	    read_full(x->fd, &h, sizeof h, 0) != 0 ||
	    memcmp(h.magic, cix_magic, sizeof h.magic) != 0 ||
	    h.endian != endian_mark || h.check != cix_check(&h) ||
	    h.nslots == 0 || h.nslots > IX_SLOTS_MAX ||
	    (uint64_t)sb.st_size != IX_HEAD + h.nslots * 8)
		why = "damaged";
	else
		why = mismatch(kind, h.kind, h.version, deps, h.deps, ledger_fd,
		    &h.mark);
	if (why) {
		cache_trace("%s: not used: %s", name, why);
		cix_close(x);
		return -1;
	}
	x->kind = kind;
	x->deps = deps;
	x->mark = h.mark;
	x->nslots = h.nslots;
	x->nused = h.nused;
	memcpy(x->meta, h.meta, sizeof x->meta);
	x->soft = h.mark;
	memcpy(x->smeta, h.meta, sizeof x->smeta);
	if (h.boot && h.boot == boot_id() && h.soft.offset > h.mark.offset &&
	    cache_mark_holds(ledger_fd, &h.soft)) {
		x->soft = h.soft;
		memcpy(x->smeta, h.smeta, sizeof x->smeta);
	}
	cache_trace("%s: resumes at byte %lld (line %lld)", name,
	    (long long)x->soft.offset, (long long)x->soft.line);
	return 0;
}

/* Slots [i, i + n) (n <= 512, not past the end) into buf. */
static int
cix_load(struct cache_ix *x, size_t i, size_t n, uint64_t *buf)
{
	if (x->mem) {
		memcpy(buf, x->mem + i, n * sizeof *buf);
		return 0;
	}
	return read_full(x->fd, buf, n * sizeof *buf,
	    IX_HEAD + (int64_t)i * 8);
}

/* Walks the cluster of h: calls fn for each slot until an empty one or
 * fn returns nonzero; *at gets the slot it stopped at.  -1 on I/O. */
static int
cix_walk(struct cache_ix *x, uint64_t h, int (*fn)(uint64_t, void *),
         void *ctx, size_t *at, uint64_t *stop)
{
	uint64_t buf[512];
	size_t i = cix_home(x, tag_of(h)), seen = 0;

	while (seen < x->nslots) {
		size_t n = x->nslots - i < 512 ? x->nslots - i : 512;

		if (cix_load(x, i, n, buf) != 0)
			return -1;
		for (size_t k = 0; k < n; k++, seen++) {
			if (buf[k] == 0 || fn(buf[k], ctx)) {
				*at = i + k;
				*stop = buf[k];
				return 0;
			}
		}
		i = (i + n) % x->nslots;
	}
	return -1; /* full: cannot happen below the load limit */
}

struct find_ctx {
	uint64_t tag;
	int64_t *off;
	size_t n, max;
	uint64_t same;           /* cix_add: the entry looked for */
};

static int
find_one(uint64_t e, void *p)
{
	struct find_ctx *f = p;

	if ((e & TAG_MASK) == f->tag && f->n < f->max)
		f->off[f->n++] = (int64_t)(e >> TAG_BITS);
	return 0;
}

int
cix_find(struct cache_ix *x, uint64_t h, int64_t *off, size_t max)
{
	struct find_ctx f = {tag_of(h), off, 0, max, 0};
	size_t at;
	uint64_t stop;

	if (cix_walk(x, h, find_one, &f, &at, &stop) != 0 || f.n == max)
		return -1;
	return (int)f.n;
}

static int
same_one(uint64_t e, void *p)
{
	return e == ((struct find_ctx *)p)->same;
}

int
cix_add(struct cache_ix *x, uint64_t h, int64_t off)
{
	struct find_ctx f = {0};
	uint64_t stop;
	size_t at;

	if (off <= 0 || off >= IX_OFF_MAX)
		return -1;
	if (x->mem && (x->nused + 1) * 4 > x->nslots * 3 && cix_grow(x) != 0)
		return -1;
	f.same = cix_entry(h, off);
	if (cix_walk(x, h, same_one, &f, &at, &stop) != 0)
		return -1;
	if (stop != 0)
		return 0; /* there already */
	if (x->mem)
		x->mem[at] = f.same;
	else if (write_full(x->fd, &f.same, 8, IX_HEAD + (int64_t)at * 8) != 0)
		return -1;
	x->nused++;
	x->dirty = true;
	return 0;
}

bool
cix_full(const struct cache_ix *x)
{
	return x->nused * 4 > x->nslots * 3;
}

static void
cix_head_fill(const struct cache_ix *x, struct cix_head *h)
{
	memset(h, 0, sizeof *h);
	memcpy(h->magic, cix_magic, sizeof h->magic);
	h->endian = endian_mark;
	h->kind = x->kind;
	h->version = cache_version();
	h->deps = x->deps;
	h->mark = x->mark;
	h->nslots = x->nslots;
	h->nused = x->nused;
	memcpy(h->meta, x->meta, sizeof h->meta);
	h->boot = boot_id();
	h->soft = x->soft;
	memcpy(h->smeta, x->smeta, sizeof h->smeta);
	h->check = cix_check(h);
}

int
cix_save(struct cache_ix *x, const char *dir, const char *name,
         const struct cache_mark *m)
{
	char head[IX_HEAD];
	struct cix_head h;
	char *tmp;
	int fd;

	if (cache_off || !x->mem)
		return -1;
	x->mark = x->soft = *m;
	memcpy(x->smeta, x->meta, sizeof x->smeta);
	cix_head_fill(x, &h);
	memset(head, 0, sizeof head);
	memcpy(head, &h, sizeof h);
	if ((fd = temp_open(dir, name, &tmp)) < 0) {
		cache_trace("%s: cannot write", name);
		return -1;
	}
	if (write_full(fd, head, sizeof head, 0) != 0 ||
	    write_full(fd, x->mem, x->nslots * 8, IX_HEAD) != 0) {
		temp_abandon(fd, tmp);
		cache_trace("%s: cannot write", name);
		return -1;
	}
	if (temp_commit(dir, name, fd, tmp) != 0) {
		cache_trace("%s: cannot write", name);
		return -1;
	}
	/* the parts appended to the one it replaces are not its own */
	more_remove(dir, name);
	cache_trace("%s: written at byte %lld (line %lld)", name,
	    (long long)m->offset, (long long)m->line);
	return 0;
}

int
cix_advance(struct cache_ix *x, const struct cache_mark *m)
{
	struct cix_head h;

	if (x->fd < 0 || fsync(x->fd) != 0)
		return -1;
	if (m)
		x->mark = *m;
	x->soft = x->mark;
	memcpy(x->smeta, x->meta, sizeof x->smeta);
	cix_head_fill(x, &h);
	if (write_full(x->fd, &h, sizeof h, 0) != 0)
		return -1;
	x->dirty = false;
	return 0;
}

int
cix_soft(struct cache_ix *x, const struct cache_mark *m)
{
	struct cix_head h;

	if (x->fd < 0)
		return -1;
	x->soft = *m;
	cix_head_fill(x, &h);
	if (write_full(x->fd, &h, sizeof h, 0) != 0)
		return -1;
	x->dirty = false;
	return 0;
}

void
cix_close(struct cache_ix *x)
{
	struct cix_head h;

	if (x->fd >= 0 && x->dirty) {
		/* the count of slots in use; the mark stays */
		cix_head_fill(x, &h);
		write_full(x->fd, &h, sizeof h, 0);
	}
	if (x->fd >= 0)
		close(x->fd);
	free(x->mem);
	memset(x, 0, sizeof *x);
	x->fd = -1;
}

void
cix_remove(const char *dir, const char *name)
{
	char *path = cache_path(dir, name);

	unlink(path);
	free(path);
}

/* ---- the end of a row, for writers ----------------------------------- */

/* A mark of a cache file's header, if the header is whole and ours. */
static int
head_marks(int fd, struct cache_mark m[2])
{
	union {
		struct ckpt_head c;
		struct cix_head x;
	} h;
	struct stat sb;
	int n = 0;

	memset(&h, 0, sizeof h);
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    (size_t)sb.st_size < sizeof h.c)
		return 0;
	if (read_full(fd, &h, (size_t)sb.st_size < sizeof h ?
	    sizeof h.c : sizeof h, 0) != 0)
		return 0;
	if (memcmp(h.c.magic, ckpt_magic, sizeof ckpt_magic) == 0) {
		if (h.c.endian == endian_mark &&
		    h.c.version == cache_version() && h.c.check ==
		    cache_hash(&h.c, offsetof(struct ckpt_head, check), 0))
			m[n++] = h.c.mark;
	} else if ((size_t)sb.st_size >= sizeof h.x &&
	    memcmp(h.x.magic, cix_magic, sizeof cix_magic) == 0) {
		if (h.x.endian == endian_mark &&
		    h.x.version == cache_version() &&
		    h.x.check == cix_check(&h.x)) {
			m[n++] = h.x.mark;
			if (h.x.boot && h.x.boot == boot_id() &&
			    h.x.soft.offset > h.x.mark.offset)
				m[n++] = h.x.soft;
		}
	}
	return n;
}

int
cache_ledger_mark(const char *dir, int ledger_fd, struct cache_mark *best)
{
	char *cdir;
	DIR *d;
	struct dirent *e;
	struct stat sb;
	int found = -1;

	memset(best, 0, sizeof *best);
	if (cache_off || fstat(ledger_fd, &sb) != 0)
		return -1;
	cdir = path_join(dir, CACHE_DIR);
	d = opendir(cdir);
	free(cdir);
	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		struct cache_mark m[2];
		size_t len = strlen(e->d_name);
		int fd, n;

		if (e->d_name[0] == '.' ||
		    (len > 4 && strcmp(e->d_name + len - 4, ".tmp") == 0))
			continue;
		fd = openat(dirfd(d), e->d_name, O_RDONLY | O_NOFOLLOW |
		    O_CLOEXEC | O_NONBLOCK);
		if (fd < 0)
			continue;
		n = head_marks(fd, m);
		close(fd);
		for (int i = 0; i < n; i++) {
			if (m[i].dev != (uint64_t)sb.st_dev ||
			    m[i].ino != (uint64_t)sb.st_ino ||
			    m[i].offset <= 0 || (found == 0 &&
			    m[i].offset <= best->offset) ||
			    !cache_mark_holds(ledger_fd, &m[i]))
				continue;
			*best = m[i];
			found = 0;
		}
	}
	closedir(d);
	return found;
}
