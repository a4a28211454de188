# po/zh_CN.po compiles (msgfmt --check: formats match their msgid), every
# message in it is translated and none is fuzzy, and po/cs.pot holds the
# messages the sources have now (a message added or changed in lib/ or
# cmd/ fails here: run make pot, then translate it in po/zh_CN.po).
unset MAKEFLAGS MAKELEVEL MFLAGS
command -v msgfmt >/dev/null || { echo "msgfmt is not installed (apt-get install gettext)" >&2; exit 1; }
msgfmt --check -o /dev/null "$TOP/po/zh_CN.po" && echo "msgfmt --check: ok"
msgattrib --untranslated --no-obsolete "$TOP/po/zh_CN.po" | grep '^msgid' | sed 1d | sed 's/^/untranslated: /'
msgattrib --only-fuzzy --no-obsolete "$TOP/po/zh_CN.po" | grep '^msgid' | sed 1d | sed 's/^/fuzzy: /'
make -s -C "$TOP" potfile POT="$PWD/cs.pot" >make.out 2>&1 || cat make.out
msgcomm --no-wrap -u "$PWD/cs.pot" "$TOP/po/cs.pot" -o - | grep '^msgid' | sed 1d | sed 's/^/po\/cs.pot is out of date: /'
msgcmp "$TOP/po/zh_CN.po" cs.pot && echo "po/zh_CN.po has every message"
>>> stdout
msgfmt --check: ok
po/zh_CN.po has every message
>>> exit 0
