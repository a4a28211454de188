/* util.c - diagnostics, memory, strings, paths, a string map. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cs.h"

const char *cs_progname = "cs";
bool cs_quiet;
const char *cs_warn_branch;

void
cs_setprogname(const char *argv0)
{
	if (argv0 && *argv0)
		cs_progname = path_base(argv0);
}

void
cs_vwarn(const char *fmt, va_list ap)
{
	if (cs_quiet)
		return;
	fflush(stdout);
	fprintf(stderr, "%s: ", cs_progname);
	if (cs_warn_branch)
		fprintf(stderr, _("branch %s: "), cs_warn_branch);
	vfprintf(stderr, cs_tr(fmt), ap);	/* po/: keywords in the Makefile */
	fputc('\n', stderr);
}

void
cs_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cs_vwarn(fmt, ap);
	va_end(ap);
}

_Noreturn void
cs_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cs_vwarn(fmt, ap);
	va_end(ap);
	exit(status);
}

static _Noreturn void
oom(void)
{
	fprintf(stderr, "%s: out of memory\n", cs_progname);
	exit(CS_EX_SOFTWARE);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *
xcalloc_table(size_t n, size_t size)
{
	const size_t huge = 2 * 1024 * 1024;
	size_t bytes;
	void *p;

	if (size && n > SIZE_MAX / size)
		oom();
	bytes = n * size;
	if (bytes < huge)
		return xcalloc(n, size);
	bytes = (bytes + huge - 1) & ~(huge - 1);
	if ((p = aligned_alloc(huge, bytes)) == NULL)
		return xcalloc(n, size);
#ifdef MADV_HUGEPAGE
	(void)madvise(p, bytes, MADV_HUGEPAGE);
#endif
	memset(p, 0, bytes);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void
xgrow(void *pp, size_t *cap, size_t n, size_t elemsize)
{
	void **p = pp;
	size_t c = *cap;

	if (n <= c)
		return;
	if (c < 8)
		c = 8;
	while (c < n) {
		if (c > SIZE_MAX / 2 / elemsize)
			oom();
		c *= 2;
	}
	*p = xrealloc(*p, c * elemsize);
	*cap = c;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	struct sbuf b = {0};
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	b.s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b.s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return b.s;
}

void
sb_add(struct sbuf *b, const char *s, size_t n)
{
	xgrow(&b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
sb_adds(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void
sb_addc(struct sbuf *b, char c)
{
	sb_add(b, &c, 1);
}

void
sb_addf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	xgrow(&b->s, &b->cap, b->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

void
sb_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

const char *
sb_str(const struct sbuf *b)
{
	return b->s ? b->s : "";
}

char *
path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (name[0] == '/' || n == 0)
		return xstrdup(name);
	if (dir[n - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

const char *
path_base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int
dir_sync(const char *dir, bool warn)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), st = 0;

	if (fd < 0 || (fsync(fd) != 0 && errno != EINVAL)) {
		if (warn)
			cs_warn("%s: cannot sync the directory: %s", dir,
			    strerror(errno));
		st = CS_EX_IOERR;
	}
	if (fd >= 0)
		close(fd);
	return st;
}

char *
path_dir(const char *path)
{
	const char *s = strrchr(path, '/');

	if (!s)
		return xstrdup(".");
	if (s == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(s - path));
}

/* FNV-1a, mixed, its high half: a slot's tag, and the tag's low bits
 * the slot it belongs in. */
static uint32_t
strhash(const char *s, size_t *len)
{
	uint64_t h = 1469598103934665603ULL;
	const char *p = s;

	for (; *p; p++) {
		h ^= (unsigned char)*p;
		h *= 1099511628211ULL;
	}
	*len = (size_t)(p - s);
	h ^= h >> 33; /* FNV's bits are poorly mixed for short keys */
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return (uint32_t)(h >> 32);
}

/* The slot of key, or the empty slot where it would go. */
static struct strmap_slot *
strmap_find(const struct strmap *m, const char *key, uint32_t tag)
{
	size_t j = tag & (m->cap - 1);

	for (;;) {
		struct strmap_slot *e = &m->slot[j];
		if (!e->key || (e->tag == tag && strcmp(e->key, key) == 0))
			return e;
		j = (j + 1) & (m->cap - 1);
	}
}

static void
strmap_rehash(struct strmap *m, size_t ncap)
{
	struct strmap_slot *old = m->slot;
	size_t oc = m->cap;

	m->slot = xcalloc_table(ncap, sizeof *m->slot);
	m->cap = ncap;
	for (size_t i = 0; i < oc; i++) {
		if (!old[i].key)
			continue;
		size_t j = old[i].tag & (ncap - 1);
		while (m->slot[j].key)
			j = (j + 1) & (ncap - 1);
		m->slot[j] = old[i];
	}
	free(old);
}

/* A copy of key[0..len] in the map's blocks. */
static const char *
strmap_copy(struct strmap *m, const char *key, size_t len)
{
	char *p;

	if (!m->blk || m->blkused + len + 1 > m->blkcap) {
		size_t cap = 64 * 1024 - 64;
		char *b;

		if (len + 1 + sizeof(char *) > cap)
			cap = len + 1 + sizeof(char *);
		b = xmalloc(cap);
		memcpy(b, &m->blk, sizeof m->blk); /* the chain */
		m->blk = b;
		m->blkused = sizeof(char *);
		m->blkcap = cap;
	}
	p = m->blk + m->blkused;
	memcpy(p, key, len + 1);
	m->blkused += len + 1;
	return p;
}

void
strmap_put(struct strmap *m, const char *key, int val)
{
	struct strmap_slot *e;
	size_t len;
	uint32_t h;

	if ((m->len + 1) * 4 >= m->cap * 3)
		strmap_rehash(m, m->cap ? m->cap * 2 : 64);
	h = strhash(key, &len);
	e = strmap_find(m, key, h);
	if (!e->key) {
		e->key = strmap_copy(m, key, len);
		e->tag = h;
		m->len++;
	}
	e->val = val;
}

int
strmap_get(const struct strmap *m, const char *key)
{
	const struct strmap_slot *e;
	size_t len;

	if (!m->cap)
		return -1;
	e = strmap_find(m, key, strhash(key, &len));
	return e->key ? e->val : -1;
}

void
strmap_free(struct strmap *m)
{
	char *b = m->blk;

	while (b) {
		char *next;
		memcpy(&next, b, sizeof next);
		free(b);
		b = next;
	}
	free(m->slot);
	memset(m, 0, sizeof *m);
}

/* s with case, '_', '-' and spaces left out, into buf (n > 0). */
static size_t
fold_name(const char *s, char *buf, size_t n)
{
	size_t k = 0;

	for (; *s && k + 1 < n; s++)
		if (*s != '_' && *s != '-' && *s != ' ')
			buf[k++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
	buf[k] = '\0';
	return k;
}

/* Optimal string alignment distance of a and b (bytes), or max + 1 when
 * it is more than max. */
static size_t
name_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
	size_t *d, w = nb + 1, r;

	if ((na > nb ? na - nb : nb - na) > max)
		return max + 1;
	d = xcalloc((na + 1) * w, sizeof *d);
	for (size_t i = 0; i <= na; i++)
		d[i * w] = i;
	for (size_t j = 0; j <= nb; j++)
		d[j] = j;
	for (size_t i = 1; i <= na; i++)
		for (size_t j = 1; j <= nb; j++) {
			size_t c = d[(i - 1) * w + j - 1] + (a[i - 1] != b[j - 1]);
			if (d[(i - 1) * w + j] + 1 < c)
				c = d[(i - 1) * w + j] + 1;
			if (d[i * w + j - 1] + 1 < c)
				c = d[i * w + j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[(i - 2) * w + j - 2] + 1 < c)
				c = d[(i - 2) * w + j - 2] + 1;
			d[i * w + j] = c;
		}
	r = d[na * w + nb];
	free(d);
	return r;
}

const char *
str_nearest(const char *s, const char *const *v, int n)
{
	char a[128], b[128];
	size_t na = fold_name(s, a, sizeof a);
	/* short names only by case and separators */
	size_t max = na < 4 ? 0 : na / 4 ? na / 4 : 1;
	size_t best = max + 1;
	const char *hit = NULL;

	for (int i = 0; i < n; i++) {
		size_t nb = fold_name(v[i], b, sizeof b);
		size_t dist = name_distance(a, na, b, nb, max);
		if (dist < best) {
			best = dist;
			hit = v[i];
		}
	}
	return hit;
}
