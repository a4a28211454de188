# the samples (auto-dealer.yaml) on Monday 2026-11-23 09:00: every row,
# then one specialist's table, then --check
cs-due -d $SAMPLES --now 2026-11-23T09:00+08:00
echo ---
cs-due -d $SAMPLES --now 2026-11-23T09:00+08:00 --staff S02 --format table
echo ---
cs-due -d $SAMPLES --now 2026-11-23T09:00+08:00 --check; echo "exit $?"
>>> stdout
kind,customer,name,staff,what,method,due,status,late,complaint
visit,KH0006,严天东,S05,routine-monthly,phone,2026-08-31,overdue,412h30m,
visit,KH0060,黄雨涛,S05,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0082,吴思杰,S05,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0085,吴洁,S02,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0092,周慧雪,S03,key-weekly,phone,2026-09-30,overdue,247h30m,
visit,KH0129,薛悦,S02,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0169,尹天雪,S01,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0188,吴萍,S01,routine-monthly,phone,2026-09-30,overdue,247h30m,
visit,KH0101,孙俊,S02,follow-up,,2026-10-10,overdue,225h,
visit,KH0031,黄海浩,S05,key-weekly,phone,2026-10-23,overdue,150h,
visit,KH0003,严立飞,S05,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0007,肖晓刚,S04,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0020,吴志鑫,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0022,董一亮,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0026,张国俊,S03,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0041,张浩璐,S01,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0042,胡磊,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0050,毛晨丽,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0100,余倩,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0103,张佳,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0138,廖欣娟,S05,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0139,杨玉琴,S04,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0141,高慧静,S03,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0146,李秀,S01,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0168,熊艳,S02,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0179,李雨磊,S03,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0189,杨晓斌,S01,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0190,卢晶,S03,routine-monthly,phone,2026-10-30,overdue,112h30m,
visit,KH0092,周慧雪,S03,maintenance-reminder,phone,2026-10-29,overdue,82h30m,
visit,KH0162,周雨涛,S01,follow-up,,2026-11-10,overdue,60h,
visit,KH0001,吴飞,S01,follow-up,,2026-11-13,overdue,37h30m,
visit,KH0043,陈玉蓉,S02,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0081,黄振颖,S01,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0083,孙军,S05,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0109,上海宏远建材有限公司,S01,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0131,苏州同创置业有限公司,S04,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0134,高家刚,S02,key-weekly,phone,2026-11-13,overdue,37h30m,
visit,KH0068,孔家梅,S04,maintenance-reminder,phone,2026-11-09,overdue,30h,
visit,KH0090,无锡瑞丰建材股份有限公司,S02,follow-up,,2026-11-17,overdue,22h30m,
complaint,KH0096,孙萍,S10,answer,,2026-11-18 10:20,overdue,21h10m,C2026-0034
complaint,KH0058,陈俊琴,S06,revisit,,2026-11-20 14:30,overdue,3h30m,C2026-0031
visit,KH0001,吴飞,S01,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0010,上海嘉禾环保有限公司,S02,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0011,周慧东,S04,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0049,黄美娟,S02,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0070,上海安捷机械有限公司,S02,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0096,孙萍,S05,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0107,林洁,S01,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0123,谢天丽,S05,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0157,许俊佳,S04,key-weekly,phone,2026-11-20,overdue,0m,
visit,KH0072,周美荣,S01,contract-renewal,onsite,2026-11-20,due,,
complaint,KH0032,袁琴,S01,answer,,2026-11-23 15:40,due,,C2026-0035
complaint,KH0172,孙国燕,S02,answer,,2026-11-23 16:50,due,,C2026-0033
visit,KH0001,吴飞,S01,repair-3d,phone,2026-11-23,due,,
visit,KH0027,曹雨佳,S05,maintenance-reminder,phone,2026-11-23,due,,
visit,KH0090,无锡瑞丰建材股份有限公司,S02,key-weekly,phone,2026-11-27,due,,
visit,KH0091,李国新,S04,key-weekly,phone,2026-11-27,due,,
visit,KH0119,谢秀梅,S02,key-weekly,phone,2026-11-27,due,,
visit,KH0124,无锡宏远商务服务有限公司,S05,key-weekly,phone,2026-11-27,due,,
visit,KH0125,付娜,S02,key-weekly,phone,2026-11-27,due,,
visit,KH0126,孙卫娜,S05,key-weekly,phone,2026-11-27,due,,
visit,KH0149,周光芳,S01,key-weekly,phone,2026-11-27,due,,
visit,KH0150,李华,S02,key-weekly,phone,2026-11-27,due,,
visit,KH0159,郑玉旭,S01,key-weekly,phone,2026-11-27,due,,
visit,KH0178,杨天颖,S01,key-weekly,phone,2026-11-27,due,,
visit,KH0186,刘静林,S02,key-weekly,phone,2026-11-27,due,,
visit,KH0009,苏晓鹏,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0012,杨文璐,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0014,杨雨洁,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0015,杜静明,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0019,袁美平,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0023,黄文涛,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0024,朱亚明,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0025,范春霞,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0027,曹雨佳,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0030,徐春军,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0036,周燕,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0051,李一宁,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0058,陈俊琴,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0059,夏宇琴,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0062,周晓林,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0063,周云,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0064,徐晓亮,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0065,潘天娜,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0068,孔家梅,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0075,周建俊,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0076,赵春琴,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0080,朱欣欣,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0084,赵天林,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0086,魏强,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0089,廖振静,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0097,陈玉鹏,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0098,陈琴,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0101,孙俊,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0106,徐立晶,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0108,张俊亮,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0111,叶美磊,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0112,魏峰,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0113,姜家峰,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0114,汤杰,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0117,毛莉,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0120,刘家民,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0122,黄浩洁,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0140,周天强,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0142,杨红,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0143,杨浩玲,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0147,李嘉新,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0160,徐平,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0163,张慧帆,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0170,吴国倩,S01,routine-monthly,phone,2026-11-30,due,,
visit,KH0174,陈晓鑫,S05,routine-monthly,phone,2026-11-30,due,,
visit,KH0180,徐海悦,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0181,赵丽,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0184,魏颖,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0195,王璐,S02,routine-monthly,phone,2026-11-30,due,,
visit,KH0197,卢春凯,S04,routine-monthly,phone,2026-11-30,due,,
visit,KH0198,付慧萍,S05,routine-monthly,phone,2026-11-30,due,,
---
kind       customer  name                      staff  what             method  due               status   late     complaint
---------  --------  ------------------------  -----  ---------------  ------  ----------------  -------  -------  ----------
visit      KH0085    吴洁                      S02    routine-monthly  phone   2026-09-30        overdue  247h30m
visit      KH0129    薛悦                      S02    routine-monthly  phone   2026-09-30        overdue  247h30m
visit      KH0101    孙俊                      S02    follow-up                2026-10-10        overdue  225h
visit      KH0020    吴志鑫                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0022    董一亮                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0042    胡磊                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0050    毛晨丽                    S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0100    余倩                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0103    张佳                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0168    熊艳                      S02    routine-monthly  phone   2026-10-30        overdue  112h30m
visit      KH0043    陈玉蓉                    S02    key-weekly       phone   2026-11-13        overdue  37h30m
visit      KH0134    高家刚                    S02    key-weekly       phone   2026-11-13        overdue  37h30m
visit      KH0090    无锡瑞丰建材股份有限公司  S02    follow-up                2026-11-17        overdue  22h30m
visit      KH0010    上海嘉禾环保有限公司      S02    key-weekly       phone   2026-11-20        overdue  0m
visit      KH0049    黄美娟                    S02    key-weekly       phone   2026-11-20        overdue  0m
visit      KH0070    上海安捷机械有限公司      S02    key-weekly       phone   2026-11-20        overdue  0m
complaint  KH0172    孙国燕                    S02    answer                   2026-11-23 16:50  due               C2026-0033
visit      KH0090    无锡瑞丰建材股份有限公司  S02    key-weekly       phone   2026-11-27        due
visit      KH0119    谢秀梅                    S02    key-weekly       phone   2026-11-27        due
visit      KH0125    付娜                      S02    key-weekly       phone   2026-11-27        due
visit      KH0150    李华                      S02    key-weekly       phone   2026-11-27        due
visit      KH0186    刘静林                    S02    key-weekly       phone   2026-11-27        due
visit      KH0012    杨文璐                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0023    黄文涛                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0058    陈俊琴                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0059    夏宇琴                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0075    周建俊                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0086    魏强                      S02    routine-monthly  phone   2026-11-30        due
visit      KH0101    孙俊                      S02    routine-monthly  phone   2026-11-30        due
visit      KH0114    汤杰                      S02    routine-monthly  phone   2026-11-30        due
visit      KH0120    刘家民                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0143    杨浩玲                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0147    李嘉新                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0180    徐海悦                    S02    routine-monthly  phone   2026-11-30        due
visit      KH0181    赵丽                      S02    routine-monthly  phone   2026-11-30        due
visit      KH0184    魏颖                      S02    routine-monthly  phone   2026-11-30        due
visit      KH0195    王璐                      S02    routine-monthly  phone   2026-11-30        due
---
exit 1
>>> exit 0
