/* report_stub.c - placeholders for the HTML and XLSX renderers of
 * cs-report until report_html.c and report_xlsx.c exist (then this file
 * goes away). */
#include "cs.h"

int
report_write_html(const struct report *rep, FILE *fp)
{
	(void)rep;
	(void)fp;
	cs_warn("--format html is not built yet");
	return CS_EX_SOFTWARE;
}

int
report_write_xlsx(const struct report *rep, const char *path)
{
	(void)rep;
	(void)path;
	cs_warn("--format xlsx is not built yet");
	return CS_EX_SOFTWARE;
}
