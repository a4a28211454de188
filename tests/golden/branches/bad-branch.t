# bad data in one of several branches: the message says which branch
# (the file's name alone is every branch's), and nothing is printed
sh "$DATA/branches.sh"
sed -i '5s/2025-11-24T/2025-13-24T/' south/visits.csv
now=--now=2026-11-23T09:00+08:00
cs-report -d north -d south $now --month 2026-10; echo "exit $?"
cs-due -d north -d south $now; echo "exit $?"
cs-plan -d north -d south $now --month next; echo "exit $?"
LANGUAGE=zh_CN cs-due -d north -d south $now; echo "exit $?"
# one directory: as before
cs-due -d south $now; echo "exit $?"
>>> stdout
exit 65
exit 65
exit 65
exit 65
exit 65
>>> stderr
cs-report: branch south: visits.csv:5: bad time "2025-13-24T09:45:00+08:00" in column at (expected an ISO 8601 time)
cs-due: branch south: visits.csv:5: bad time "2025-13-24T09:45:00+08:00" in column at (expected an ISO 8601 time)
cs-plan: branch south: visits.csv:5: bad time "2025-13-24T09:45:00+08:00" in column at (expected an ISO 8601 time)
cs-due: 分店 south：visits.csv:5: 列 at 中的时间无效："2025-13-24T09:45:00+08:00"（应为 ISO 8601 时间）
cs-due: visits.csv:5: bad time "2025-13-24T09:45:00+08:00" in column at (expected an ISO 8601 time)
>>> exit 0
