# samples/notify-mail.sh and samples/notify-wecom.sh, the example
# notifiers, fed a reminder notice from cs-complain escalate; sendmail and
# curl are stand-ins that show what they were given.  A notice with a
# backslash, quotes and a tab is escaped for JSON.
cp -R "$SAMPLES" samples
mkdir bin
cat >bin/sendmail <<'STUB'
#!/bin/sh
echo "[sendmail $*]"; cat; exit ${SENDMAIL_EXIT:-0}
STUB
cat >bin/curl <<'STUB'
#!/bin/sh
for a; do case $a in http*) echo "[curl $a]" >&2 ;; esac; done
cat >&2; echo >&2
ok='{"errcode":0,"errmsg":"ok"}'
echo "${CURL_ANSWER:-$ok}"
STUB
chmod +x bin/*
PATH=$PWD/bin:$PATH
cs-complain -d samples --now 2026-11-23T09:00 escalate | sed -n '10,17p' >notice
echo "--- mail, to the email column:"
CS_NOTICE_TO=S10 CS_NOTICE_SUBJECT='催办单 C2026-0034' CS_STAFF_EMAIL=fu.weifan@example.com \
	sh "$TOP/samples/notify-mail.sh" <notice; echo "exit $?"
echo "--- mail, to id@CS_MAIL_DOMAIN:"
CS_NOTICE_TO=S10 CS_MAIL_DOMAIN=example.com sh "$TOP/samples/notify-mail.sh" <notice >out; echo "exit $?"
head -3 out
echo "--- no address, an empty notice, sendmail failing:"
CS_NOTICE_TO=S10 sh "$TOP/samples/notify-mail.sh" <notice; echo "exit $?"
CS_STAFF_EMAIL=a@example.com sh "$TOP/samples/notify-mail.sh" </dev/null; echo "exit $?"
SENDMAIL_EXIT=75 CS_STAFF_EMAIL=a@example.com sh "$TOP/samples/notify-mail.sh" <notice >/dev/null; echo "exit $?"
echo "--- WeCom robot, mentioning the phone column:"
CS_WEBHOOK_URL='https://robot.example.com/send?key=K' CS_NOTICE_SUBJECT='cs: 1 complaint late' CS_STAFF_PHONE=13800000010 \
	sh "$TOP/samples/notify-wecom.sh" <notice 2>&1; echo "exit $?"
echo "--- DingTalk:"
CS_WEBHOOK_KIND=dingtalk CS_WEBHOOK_URL='https://robot.example.com/send?access_token=T' CS_STAFF_PHONE=13800000010 \
	sh "$TOP/samples/notify-wecom.sh" <notice 2>out; echo "exit $?"
tail -1 out
printf 'x\n' | CS_WEBHOOK_KIND=dingtalk CS_WEBHOOK_URL=https://robot.example.com/y sh "$TOP/samples/notify-wecom.sh" 2>&1 | tail -1
echo "--- a refusal, and a notice too long for a WeCom robot:"
CURL_ANSWER='{"errcode":93000,"errmsg":"invalid webhook url"}' CS_WEBHOOK_URL=https://robot.example.com/x \
	sh "$TOP/samples/notify-wecom.sh" <notice 2>out; echo "exit $?"
tail -1 out
printf 'a\\b "q"\tc\n' | CS_WEBHOOK_URL=https://robot.example.com/x sh "$TOP/samples/notify-wecom.sh" 2>&1 | tail -1
cs-due -d samples --now 2026-11-23T09:00 --format table >long
CS_WEBHOOK_URL=https://robot.example.com/x sh "$TOP/samples/notify-wecom.sh" <long 2>out; echo "exit $?"
sed -n 's/^{"msgtype":"text","text":{"content":"\(.*\)"}}$/\1/p' out | LC_ALL=C awk '{ print "content: " length($0) " bytes (at most 2048), ending " substr($0, length($0) - 60) }'
>>> stdout
--- mail, to the email column:
[sendmail -t -i]
To: fu.weifan@example.com
Subject: =?UTF-8?B?5YKs5Yqe5Y2VIEMyMDI2LTAwMzQ=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

催办单
致：S10 付卫帆（gm）
时间：2026-11-23 09:00
以下投诉已超过处理期限，请尽快处理：

投诉编号    客户    客户名称  环节    期限              逾期(工作时间)  已升级至
----------  ------  --------  ------  ----------------  --------------  --------
C2026-0034  KH0096  孙萍      answer  2026-11-18 10:20  21h10m
exit 0
--- mail, to id@CS_MAIL_DOMAIN:
exit 0
[sendmail -t -i]
To: s10@example.com
Subject: =?UTF-8?B?Y3M6IFMxMA==?=
--- no address, an empty notice, sendmail failing:
exit 1
exit 0
exit 75
--- WeCom robot, mentioning the phone column:
[curl https://robot.example.com/send?key=K]
{"msgtype":"text","text":{"content":"cs: 1 complaint late\n催办单\n致：S10 付卫帆（gm）\n时间：2026-11-23 09:00\n以下投诉已超过处理期限，请尽快处理：\n\n投诉编号    客户    客户名称  环节    期限              逾期(工作时间)  已升级至\n----------  ------  --------  ------  ----------------  --------------  --------\nC2026-0034  KH0096  孙萍      answer  2026-11-18 10:20  21h10m","mentioned_mobile_list":["13800000010"]}}
exit 0
--- DingTalk:
exit 0
{"msgtype":"text","text":{"content":"催办单\n致：S10 付卫帆（gm）\n时间：2026-11-23 09:00\n以下投诉已超过处理期限，请尽快处理：\n\n投诉编号    客户    客户名称  环节    期限              逾期(工作时间)  已升级至\n----------  ------  --------  ------  ----------------  --------------  --------\nC2026-0034  KH0096  孙萍      answer  2026-11-18 10:20  21h10m"},"at":{"atMobiles":["13800000010"]}}
{"msgtype":"text","text":{"content":"x"}}
--- a refusal, and a notice too long for a WeCom robot:
exit 1
notify-wecom.sh: the robot refused the message: {"errcode":93000,"errmsg":"invalid webhook url"}
{"msgtype":"text","text":{"content":"a\\b \"q\"\tc"}}
exit 0
content: 2026 bytes (at most 2048), ending  112h30m\n...(cut: the notice is longer than the robot takes)
>>> stderr
notify-mail.sh: no address for S10 (add an email column to staff.csv, or set CS_MAIL_DOMAIN)
notify-mail.sh: sendmail failed (exit 75) for a@example.com
>>> exit 0
