/* test_width.c - width.c: display width without the locale. */
#include "cs.h"
#include "unit.h"

int
main(void)
{
	/* ASCII and controls */
	CHECK_INT(utf8_width("", 1), 0, "empty string");
	CHECK_INT(utf8_width("KH0001", 1), 6, "ASCII id");
	CHECK_INT(utf8_width("a b,c", 2), 5, "ASCII ignores ambiwidth");
	CHECK_INT(cp_width(0x00, 1), 0, "NUL is 0");
	CHECK_INT(cp_width('\t', 1), 0, "TAB is 0");
	CHECK_INT(cp_width('\n', 1), 0, "LF is 0");
	CHECK_INT(cp_width(0x1B, 1), 0, "ESC is 0");
	CHECK_INT(cp_width(0x7F, 1), 0, "DEL is 0");
	CHECK_INT(cp_width(0x85, 2), 0, "C1 NEL is 0");
	CHECK_INT(cp_width(0x9F, 1), 0, "C1 APC is 0");
	CHECK_INT(cp_width(0xA0, 1), 1, "NO-BREAK SPACE is 1");
	CHECK_INT(cp_width(' ', 1), 1, "space is 1");
	CHECK_INT(utf8_width("a\tb\r\n", 1), 2, "controls inside a string add 0");
	CHECK_INT(utf8_width("x\xc2\x85y", 1), 2, "C1 control (U+0085) adds 0");

	/* Chinese: wide */
	CHECK_INT(utf8_width("王小明", 1), 6, "王小明 is 6 columns");
	CHECK_INT(utf8_width("王小明", 2), 6, "王小明 is 6 columns with ambiwidth 2");
	CHECK_INT(utf8_width("王a明b", 1), 6, "mixed Chinese and ASCII");
	CHECK_INT(cp_width(0x4E00, 1), 2, "U+4E00 一 is wide");
	CHECK_INT(cp_width(0x9FFF, 1), 2, "U+9FFF (end of CJK block) is wide");
	CHECK_INT(cp_width(0x3400, 1), 2, "U+3400 (Extension A) is wide");
	CHECK_INT(cp_width(0x20000, 1), 2, "U+20000 (Extension B) is wide");
	CHECK_INT(cp_width(0x2FFF0, 1), 2, "unassigned plane 2 defaults to wide");
	CHECK_INT(cp_width(0x3000, 1), 2, "U+3000 ideographic space is wide");
	CHECK_INT(utf8_width("，。、", 1), 6, "Chinese punctuation is wide");
	CHECK_INT(cp_width(0xD55C, 1), 2, "Hangul syllable 한 is wide");

	/* Fullwidth */
	CHECK_INT(utf8_width("（）", 1), 4, "fullwidth parentheses （） are 4");
	CHECK_INT(utf8_width("ＡＢ１", 1), 6, "fullwidth letters and digits");
	CHECK_INT(cp_width(0xFF01, 1), 2, "U+FF01 is fullwidth");
	CHECK_INT(cp_width(0xFF60, 1), 2, "U+FF60 is fullwidth");
	CHECK_INT(cp_width(0xFF61, 1), 1, "U+FF61 halfwidth 。 is 1");
	CHECK_INT(utf8_width("ｶﾀｶﾅ", 1), 4, "halfwidth katakana are 1");

	/* Emoji */
	CHECK_INT(utf8_width("\xf0\x9f\x98\x80", 1), 2, "U+1F600 grinning face is 2");
	CHECK_INT(utf8_width("ok\xf0\x9f\x91\x8d", 1), 4, "ok + U+1F44D thumbs up is 4");
	CHECK_INT(utf8_width("\xe2\x9c\x85", 1), 2, "U+2705 check mark is 2");
	CHECK_INT(cp_width(0xFE0F, 2), 0, "variation selector 16 is 0");
	CHECK_INT(cp_width(0x200D, 1), 0, "zero width joiner is 0");

	/* Combining and other zero-width */
	CHECK_INT(utf8_width("e\xcc\x81", 1), 1, "e + U+0301 combining acute is 1");
	CHECK_INT(utf8_width("e\xcc\x81", 2), 1,
	    "combining acute (Mn, also A) is 0 even with ambiwidth 2");
	CHECK_INT(cp_width(0x0300, 2), 0, "U+0300 combining grave is 0");
	CHECK_INT(cp_width(0x20DD, 1), 0, "U+20DD enclosing circle (Me) is 0");
	CHECK_INT(cp_width(0x302A, 1), 0, "U+302A ideographic tone mark (Mn, W) is 0");
	CHECK_INT(cp_width(0x00AD, 1), 0, "U+00AD soft hyphen (Cf) is 0");
	CHECK_INT(cp_width(0x200B, 1), 0, "U+200B zero width space is 0");
	CHECK_INT(cp_width(0xFEFF, 1), 0, "U+FEFF BOM (Cf) is 0");
	CHECK_INT(cp_width(0x1160, 1), 0, "U+1160 Hangul jungseong filler is 0");
	CHECK_INT(cp_width(0x11FF, 1), 0, "U+11FF Hangul jongseong is 0");
	CHECK_INT(cp_width(0x1100, 1), 2, "U+1100 Hangul choseong is 2");
	CHECK_INT(cp_width(0xE0100, 2), 0, "U+E0100 variation selector 17 is 0");

	/* Ambiguous */
	CHECK_INT(utf8_width("“”", 1), 2, "“” are 1 each with ambiwidth 1");
	CHECK_INT(utf8_width("“”", 2), 4, "“” are 2 each with ambiwidth 2");
	CHECK_INT(utf8_width("“你好”", 1), 6, "“你好” with ambiwidth 1");
	CHECK_INT(utf8_width("“你好”", 2), 8, "“你好” with ambiwidth 2");
	CHECK_INT(utf8_width("①·…—", 1), 4, "①·…— with ambiwidth 1");
	CHECK_INT(utf8_width("①·…—", 2), 8, "①·…— with ambiwidth 2");
	CHECK_INT(cp_width(0x00A1, 2), 2, "U+00A1 (first ambiguous) with ambiwidth 2");
	CHECK_INT(cp_width(0x2500, 1), 1, "box drawing ─ with ambiwidth 1");
	CHECK_INT(cp_width(0x2500, 2), 2, "box drawing ─ with ambiwidth 2");
	CHECK_INT(cp_width(0xE000, 2), 2, "private use is ambiguous");
	CHECK_INT(cp_width(0xFFFD, 2), 2, "U+FFFD is ambiguous");

	/* Narrow and neutral */
	CHECK_INT(utf8_width("café", 1), 4, "café (precomposed é) is 4");
	CHECK_INT(utf8_width("Привет", 1), 6, "Cyrillic is 1 each");
	CHECK_INT(cp_width(0x10FFFF, 1), 1, "U+10FFFF is 1");
	CHECK_INT(cp_width(0x0E0001 + 0x1F, 1), 0, "tag characters (Cf) are 0");

	/* Invalid bytes never read past the end */
	CHECK_INT(utf8_width("\xff", 1), 1, "a stray 0xFF counts 1");
	CHECK_INT(utf8_width("a\xe7", 1), 2, "a truncated sequence counts 1 a byte");
	CHECK_INT(utf8_width("\xe7\x8e", 1), 2, "a truncated 3-byte sequence");
	CHECK_INT(utf8_width("\x80王", 1), 3, "a stray continuation byte");

	return UNIT_DONE();
}
