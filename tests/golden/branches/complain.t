# cs-complain list and show over several branches: list prints every
# branch's complaints as one list (by opening time), ids in several
# branches qualified; --holder names one branch's person; show ID finds
# the one branch that has it (BRANCH/ID where several do)
sh "$DATA/branches.sh"
now=--now=2026-11-23T09:00+08:00
cs-complain -d north -d south $now list --open
cs-complain -d north -d south $now list | tail -n +2 | wc -l
cs-complain -d north $now list | tail -n +2 | wc -l
cs-complain -d south $now list | tail -n +2 | wc -l
cs-complain -d north -d south -d east $now list --holder S15 --format tsv
cs-complain -d north -d south -d east $now list --holder south/S08 --format json
cs-complain -d north -d south -d east $now list --overdue --format table
cs-complain -d north -d south $now list --holder S01; echo "exit $?"
cs-complain -d north -d south $now list --holder S99; echo "exit $?"
cs-complain -d north -d south $now show C2026-0030 | head -3
cs-complain -d north -d south $now show south/C2026-0010 --format csv | head -3
cs-complain -d north -d south $now show C2026-0010; echo "exit $?"
cs-complain -d north -d south $now show C2099-0001; echo "exit $?"
>>> stdout
id,customer,name,severity,category,state,holder,milestone,due,late
south/C2026-0024,KS0198,付慧萍,general,product,open,south/S08,,,
south/C2026-0025,south/KH0002,孙嘉磊,general,parts,waiting,S15,answer,2026-11-23 16:05,
south/C2026-0026,south/KH0019,袁美平,general,product,open,south/S07,answer,2026-10-22 14:30,161h
C2026-0031,north/KH0058,陈俊琴,general,price,resolved,north/S06,revisit,2026-11-20 14:30,3h30m
C2026-0033,KH0172,孙国燕,general,price,waiting,north/S02,answer,2026-11-23 16:50,
C2026-0034,north/KH0096,孙萍,general,repair,open,north/S10,answer,2026-11-18 10:20,21h10m
C2026-0035,north/KH0032,袁琴,general,service,open,north/S01,answer,2026-11-23 15:40,
71
40
31
id	customer	name	severity	category	state	holder	milestone	due	late
south/C2026-0002	south/KH0060	黄雨涛	general	service	closed	S15			
south/C2026-0025	south/KH0002	孙嘉磊	general	parts	waiting	S15	answer	2026-11-23 16:05	
{"id":"south/C2026-0003","customer":"south/KH0091","name":"李国新","severity":"general","category":"repair","state":"closed","holder":"south/S08","milestone":"","due":"","late":""}
{"id":"south/C2026-0005","customer":"south/KH0015","name":"杜静明","severity":"general","category":"service","state":"closed","holder":"south/S08","milestone":"","due":"","late":""}
{"id":"south/C2026-0023","customer":"south/KH0099","name":"崔振梅","severity":"general","category":"service","state":"closed","holder":"south/S08","milestone":"","due":"","late":""}
{"id":"south/C2026-0024","customer":"KS0198","name":"付慧萍","severity":"general","category":"product","state":"open","holder":"south/S08","milestone":"","due":"","late":""}
投诉编号          客户          客户名称  严重程度  类别      状态      处理人     当前环节  期限              逾期
----------------  ------------  --------  --------  --------  --------  ---------  --------  ----------------  ------
south/C2026-0026  south/KH0019  袁美平    一般      产品质量  open      south/S07  answer    2026-10-22 14:30  161h
C2026-0031        north/KH0058  陈俊琴    一般      价格      resolved  north/S06  revisit   2026-11-20 14:30  3h30m
C2026-0034        north/KH0096  孙萍      一般      维修质量  open      north/S10  answer    2026-11-18 10:20  21h10m
exit 64
exit 65
kind,at,event,by,holder,milestone,detail,due,met,status,late
event,2026-10-30 09:27,open,S05,north/S10,,厂家400热线转来：保养后发现底盘漏油,,,,
event,2026-10-30 10:11,reply,north/S10,north/S10,,已回复客户，承诺一个工作日内给出处理方案,,,,
kind,at,event,by,holder,milestone,detail,due,met,status,late
event,2026-06-03 14:20,open,south/S04,south/S04,,车机系统频繁死机黑屏,,,,
event,2026-06-03 14:29,reply,south/S04,south/S04,,已回复客户，承诺一个工作日内给出处理方案,,,,
exit 64
exit 65
>>> stderr
cs-complain: staff "S01" is in several branches: give BRANCH/S01
cs-complain: unknown staff "S99" in --holder (not in any branch's staff.csv)
cs-complain: complaint "C2026-0010" is in several branches: give BRANCH/C2026-0010
cs-complain: unknown complaint "C2099-0001" (not in any branch)
>>> exit 0
