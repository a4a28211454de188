# cs-complain show over several branches qualifies the ids it shows as
# list does: the complaint's, its customer's and every staff id (holder,
# each step's by and holder) found in more than one branch as BRANCH/ID,
# one found in a single branch as it is; alone, a branch's show is as ever
sh "$DATA/branches.sh"
now=--now=2026-11-23T09:00+08:00
cs-complain -d north -d south $now list --format csv | grep -E '^(south/)?C2026-0010,|^C2026-0034,'
cs-complain -d north -d south $now show south/C2026-0010 --format table | head -12
cs-complain -d north -d south $now show C2026-0034 --format table | sed -n '1,2p;7p;11,14p'
cs-complain -d north -d east $now show north/C2026-0010 --format tsv | head -3
cs-complain -d south $now show C2026-0010 --format table | sed -n '1,2p;7p;12p'
>>> stdout
south/C2026-0010,south/KH0030,徐春军,general,product,closed,south/S04,,,
C2026-0034,north/KH0096,孙萍,general,repair,open,north/S10,answer,2026-11-18 10:20,21h10m
投诉编号  south/C2026-0010
客户      south/KH0030 徐春军
严重程度  一般
类别      产品质量
渠道      电话
状态      closed
处理人    south/S04 崔辉 (specialist)
受理时间  2026-06-03 14:20
投诉内容  车机系统频繁死机黑屏

处理过程
时间              事件     操作人     处理人     环节  说明
投诉编号  C2026-0034
客户      north/KH0096 孙萍
处理人    north/S10 付卫帆 (gm)
处理过程
时间              事件      操作人  处理人     环节    说明
----------------  --------  ------  ---------  ------  -----------------------------------------
2026-11-17 10:20  open      S05     S05                维修后问题未解决，刹车仍有异响
kind	at	event	by	holder	milestone	detail	due	met	status	late
event	2026-06-03 14:20	open	S04	S04		车机系统频繁死机黑屏				
event	2026-06-03 14:29	reply	S04	S04		已回复客户，承诺一个工作日内给出处理方案				
投诉编号  C2026-0010
客户      KH0030 徐春军
处理人    S04 崔辉 (specialist)
时间              事件     操作人  处理人  环节  说明
>>> exit 0
