/* test_i18n.c - i18n.c: which language messages are in (LANGUAGE, then
 * LC_ALL/LC_MESSAGES/LANG, then the rules' language, then English). */
#include <stdlib.h>

#include "cs.h"
#include "unit.h"

/* Sets the four variables (NULL: unset) and decides again. */
static const char *
lang(const char *language, const char *lc_all, const char *lang_,
     const char *rules)
{
	struct cs_rules r = {0};
	const char *const names[] = {"LANGUAGE", "LC_ALL", "LANG"};
	const char *const vals[] = {language, lc_all, lang_};

	for (int i = 0; i < 3; i++)
		if (vals[i])
			setenv(names[i], vals[i], 1);
		else
			unsetenv(names[i]);
	unsetenv("LC_MESSAGES");
	r.language = (char *)rules;
	cs_i18n_init(&r);
	return cs_i18n_lang();
}

int
main(void)
{
	CHECK_STR(lang("", "C", "", "zh_CN"), "en",
	    "LC_ALL=C wins over the rules (the tests' setting)");
	CHECK_STR(lang(NULL, NULL, NULL, "zh_CN"), "zh_CN",
	    "no locale at all (cron): the rules' language");
	CHECK_STR(lang("", "", "", "zh_CN"), "zh_CN",
	    "empty variables count as unset");
	CHECK_STR(lang(NULL, NULL, NULL, "en"), "en", "language: en");
	CHECK_STR(lang(NULL, NULL, NULL, NULL), "en", "nothing says: English");
	CHECK_STR(lang("zh_CN", "C", NULL, "en"), "zh_CN",
	    "LANGUAGE wins over LC_ALL=C and the rules");
	CHECK_STR(lang(NULL, NULL, "zh_CN.UTF-8", "en"), "zh_CN",
	    "LANG=zh_CN.UTF-8 (installed or not) wins over the rules");
	CHECK_STR(lang(NULL, "POSIX", "zh_CN.UTF-8", NULL), "en",
	    "LC_ALL before LANG; POSIX is English");
	CHECK_STR(lang("en", NULL, "zh_CN.UTF-8", "zh_CN"), "en",
	    "LANGUAGE=en wins over LANG");
	CHECK_STR(lang(NULL, "en_US.UTF-8", NULL, "zh_CN"), "en",
	    "an English locale wins over the rules");
	lang(NULL, "C", NULL, NULL);
	CHECK_STR(cs_tr("due"), "due", "English: the msgid itself");
	CHECK_STR(cs_tr(""), "", "\"\" is not the catalogue's header");
	return UNIT_DONE();
}
