# make install into a DESTDIR lists exactly what a package would hold, and
# make uninstall takes it all away again (the shared directories such as
# bin/, man1/ and share/locale/zh_CN/LC_MESSAGES/ stay, empty).  The share
# directory is compiled in: after a plain make, make PREFIX=/usr install
# rebuilds the commands for it.
# Built in a build directory of its own (B=), so it does not meet the check
# build.
unset MAKEFLAGS MAKELEVEL MFLAGS
umask 022
m() { make -s -j2 -C "$TOP" B="$PWD/build/" CFLAGS=-O0 "$@" >make.out 2>&1 || { cat make.out; exit 1; }; }
echo "--- make: the commands look for rule sets in /usr/local/share/cs/rules"
m all
grep -c -a /usr/local/share/cs/rules build/cmd/cs-due
echo "--- make DESTDIR=stage PREFIX=/usr install: rebuilt for /usr/share/cs/rules"
m DESTDIR="$PWD/stage" PREFIX=/usr install
grep -c -a /usr/local/share/cs/rules stage/usr/bin/cs-due
grep -c -a /usr/share/cs/rules stage/usr/bin/cs-due
cd stage
find . -path ./build -prune -o \( -type l -printf '%p -> %l\n' -o -type f -printf '%p  %m\n' \) | sort
echo "--- the completion knows where the rule sets are:"
grep -h "/usr/share/cs'" usr/share/bash-completion/completions/cs-plan usr/share/zsh/site-functions/_cs
cd ..
m DESTDIR="$PWD/stage" PREFIX=/usr uninstall
echo "--- after make uninstall, files:"
find stage -type f -o -type l
echo "--- directories left:"
find stage -type d | sort
>>> stdout
--- make: the commands look for rule sets in /usr/local/share/cs/rules
1
--- make DESTDIR=stage PREFIX=/usr install: rebuilt for /usr/share/cs/rules
0
1
./usr/bin/cs-complain  755
./usr/bin/cs-due  755
./usr/bin/cs-init  755
./usr/bin/cs-log  755
./usr/bin/cs-plan  755
./usr/bin/cs-report  755
./usr/share/bash-completion/completions/cs-complain -> cs-plan
./usr/share/bash-completion/completions/cs-due -> cs-plan
./usr/share/bash-completion/completions/cs-init -> cs-plan
./usr/share/bash-completion/completions/cs-log -> cs-plan
./usr/share/bash-completion/completions/cs-plan  644
./usr/share/bash-completion/completions/cs-report -> cs-plan
./usr/share/cs/examples/crontab  644
./usr/share/cs/examples/notify-mail.sh  755
./usr/share/cs/examples/notify-wecom.sh  755
./usr/share/cs/rules/auto-dealer.yaml  644
./usr/share/cs/rules/calendars/cn-2026.yaml  644
./usr/share/cs/rules/construction-warranty.yaml  644
./usr/share/cs/rules/insurance-renewal.yaml  644
./usr/share/cs/rules/standard.yaml  644
./usr/share/locale/zh_CN/LC_MESSAGES/cs.mo  644
./usr/share/man/man1/cs-complain.1  644
./usr/share/man/man1/cs-due.1  644
./usr/share/man/man1/cs-init.1  644
./usr/share/man/man1/cs-log.1  644
./usr/share/man/man1/cs-plan.1  644
./usr/share/man/man1/cs-report.1  644
./usr/share/man/man5/cs-ledger.5  644
./usr/share/man/man5/cs-rules.5  644
./usr/share/man/man7/cs.7  644
./usr/share/man/zh_CN/man7/cs.7  644
./usr/share/zsh/site-functions/_cs  644
--- the completion knows where the rule sets are:
_cs_datadir='/usr/share/cs'
	local d datadir='/usr/share/cs'
--- after make uninstall, files:
--- directories left:
stage
stage/usr
stage/usr/bin
stage/usr/share
stage/usr/share/bash-completion
stage/usr/share/bash-completion/completions
stage/usr/share/locale
stage/usr/share/locale/zh_CN
stage/usr/share/locale/zh_CN/LC_MESSAGES
stage/usr/share/man
stage/usr/share/man/man1
stage/usr/share/man/man5
stage/usr/share/man/man7
stage/usr/share/man/zh_CN
stage/usr/share/man/zh_CN/man7
stage/usr/share/zsh
stage/usr/share/zsh/site-functions
>>> exit 0
