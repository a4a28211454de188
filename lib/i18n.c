/* i18n.c - the language of messages and table headings (gettext, domain
 * "cs").
 *
 * Which language: LANGUAGE if set and not empty; else the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty (C and POSIX mean
 * English); else the rules file's `language:`; else English.  The person's
 * environment wins over the department's rules; under cron, where no
 * locale is set, the rules decide.  Only LC_MESSAGES is set (LC_CTYPE,
 * LC_NUMERIC and the rest stay "C", so nothing else changes), and the
 * catalogue is read as UTF-8 whatever the locale's charset.  glibc ignores
 * LANGUAGE while LC_MESSAGES is "C", and a zh_CN locale need not be
 * installed: LC_MESSAGES becomes C.UTF-8 and LANGUAGE names the language
 * (also in the environment of child processes such as --notify).
 *
 * Where the catalogues are: $CS_LOCALEDIR; else, for a command run from
 * a build tree (DIR/cmd/cs-due next to DIR/lib/libcs.a), DIR/po; else the
 * LOCALEDIR compiled in ($(PREFIX)/share/locale).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cs.h"

#ifndef CS_LOCALEDIR
#define CS_LOCALEDIR "/usr/local/share/locale"
#endif

#define DOMAIN "cs"

static int state = -1;     /* -1 not yet decided, 0 English, 1 translating */
static char lang[64];      /* what LANGUAGE was set to */
static bool bound;

/* The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
static const char *
env_locale(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return v;
	}
	return NULL;
}

static bool
is_english(const char *l)
{
	return strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0 ||
	    strncmp(l, "C.", 2) == 0 || strncmp(l, "en", 2) == 0;
}

/* The directory holding LANG/LC_MESSAGES/cs.mo. */
static char *
locale_dir(void)
{
	const char *e = getenv("CS_LOCALEDIR");
	char exe[4096];
	ssize_t n;

	if (e && *e)
		return xstrdup(e);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *dir, *lib, *po;

		exe[n] = '\0';
		dir = path_dir(exe);
		lib = xasprintf("%s/../lib/libcs.a", dir);
		po = xasprintf("%s/../po", dir);
		free(dir);
		if (access(lib, F_OK) == 0) {
			free(lib);
			return po;
		}
		free(lib);
		free(po);
	}
	return xstrdup(CS_LOCALEDIR);
}

static void
bind_once(void)
{
	char *dir;

	if (bound)
		return;
	bound = true;
	dir = locale_dir();
	bindtextdomain(DOMAIN, dir);
	bind_textdomain_codeset(DOMAIN, "UTF-8");
	free(dir);
}

void
cs_i18n_init(const struct cs_rules *r)
{
	const char *want = getenv("LANGUAGE");
	const char *m;

	if (!want || !*want)
		want = env_locale();
	if (!want && r && r->language)
		want = r->language;
	if (!want || is_english(want)) {
		state = 0;
		return;
	}
	/* zh_CN.UTF-8@variant -> zh_CN (LANGUAGE lists stay as they are) */
	snprintf(lang, sizeof lang, "%.*s", (int)strcspn(want, ".@"), want);
	if (!(m = setlocale(LC_MESSAGES, "")) || strcmp(m, "C") == 0 ||
	    strcmp(m, "POSIX") == 0)
		if (!setlocale(LC_MESSAGES, "C.UTF-8") &&
		    !setlocale(LC_MESSAGES, "C.utf8")) {
			state = 0;
			return;
		}
	setenv("LANGUAGE", lang, 1);
	bind_once();
	state = 1;
}

const char *
cs_i18n_lang(void)
{
	if (state < 0)
		cs_i18n_init(NULL);
	return state ? lang : "en";
}

const char *
cs_tr(const char *msgid)
{
	if (state < 0)
		cs_i18n_init(NULL);
	if (!state || !msgid || !*msgid)
		return msgid;
	return dgettext(DOMAIN, msgid);
}
