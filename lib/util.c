/* util.c - diagnostics, memory, strings, paths, a string map. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cs.h"

const char *cs_progname = "cs";
bool cs_quiet;

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
	vfprintf(stderr, fmt, ap);
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

/* FNV-1a */
static uint64_t
strhash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static void
strmap_rehash(struct strmap *m, size_t ncap)
{
	char **ok = m->keys;
	int *ov = m->vals;
	size_t oc = m->cap;

	m->keys = xcalloc(ncap, sizeof *m->keys);
	m->vals = xcalloc(ncap, sizeof *m->vals);
	m->cap = ncap;
	for (size_t i = 0; i < oc; i++) {
		if (!ok[i])
			continue;
		size_t j = strhash(ok[i]) & (ncap - 1);
		while (m->keys[j])
			j = (j + 1) & (ncap - 1);
		m->keys[j] = ok[i];
		m->vals[j] = ov[i];
	}
	free(ok);
	free(ov);
}

void
strmap_put(struct strmap *m, const char *key, int val)
{
	size_t j;

	if ((m->len + 1) * 4 >= m->cap * 3)
		strmap_rehash(m, m->cap ? m->cap * 2 : 64);
	j = strhash(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0) {
			m->vals[j] = val;
			return;
		}
		j = (j + 1) & (m->cap - 1);
	}
	m->keys[j] = xstrdup(key);
	m->vals[j] = val;
	m->len++;
}

int
strmap_get(const struct strmap *m, const char *key)
{
	size_t j;

	if (!m->cap)
		return -1;
	j = strhash(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0)
			return m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	return -1;
}

void
strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}
