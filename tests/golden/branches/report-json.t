# three branches, json, by team (teams merged by name): the summary, the
# teams' complaint rows, and the rows with ids (dissatisfied visits, the
# review of closed complaints): ids in several branches qualified
sh "$DATA/branches.sh"
cs-report -d north -d south -d east --now 2026-11-23T09:00+08:00 --month 2026-10 --format json --by team --trend 0 >r.json
grep '"table":"summary"' r.json
grep '"table":"complaints"' r.json | grep '"metric":"opened"'
grep -E '"table":"(dissatisfied|review)"' r.json | grep -E '"metric":"(customer|staff|responsible)"'
>>> stdout
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"visits_due","value":789,"previous":801,"change":-12}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"visits_done","value":198,"previous":404,"change":-206}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"visit_rate","value":0.251,"previous":0.5044,"change":-0.2534}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"on_time_rate","value":0.2117,"previous":0.422,"change":-0.2103}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"reach_rate","value":0.8868,"previous":0.8658,"change":0.021}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"satisfaction_rate","value":0.9693,"previous":0.9806,"change":-0.0113}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"touched_rate","value":0.1712,"previous":0.2482,"change":-0.077}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"return_rate","value":0.2123,"previous":0.1773,"change":0.035}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"average_score","value":3.5936,"previous":3.6581,"change":-0.0645}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"dissatisfied","value":5,"previous":6,"change":-1}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"complaints_opened","value":26,"previous":9,"change":17}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"complaints_closed","value":19,"previous":12,"change":7}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"complaints_open","value":7,"previous":0,"change":7}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"milestone_met_rate","value":0.8088,"previous":0.9091,"change":-0.1003}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"reply_median_hours","value":0.9333,"previous":1.5667,"change":-0.6333}
{"month":"2026-10","table":"summary","group":"total","key":"total","metric":"escalations","value":15,"previous":0,"change":15}
{"month":"2026-10","table":"complaints","group":"team","key":"一组","metric":"opened","value":11,"previous":3,"change":8}
{"month":"2026-10","table":"complaints","group":"team","key":"二组","metric":"opened","value":13,"previous":6,"change":7}
{"month":"2026-10","table":"complaints","group":"team","key":"客服部","metric":"opened","value":0,"previous":null,"change":null}
{"month":"2026-10","table":"complaints","group":"team","key":"总经办","metric":"opened","value":2,"previous":0,"change":2}
{"month":"2026-10","table":"complaints","group":"team","key":"total","metric":"opened","value":26,"previous":9,"change":17}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002226","metric":"customer","value":"KH0101","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002226","metric":"staff","value":"north/S02 钟俊","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002233","metric":"customer","value":"north/KH0044","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002233","metric":"staff","value":"S05 赵佳悦","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002309","metric":"customer","value":"north/KH0017","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002309","metric":"staff","value":"S05 赵佳悦","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002311","metric":"customer","value":"north/KH0010","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002311","metric":"staff","value":"north/S02 钟俊","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002367","metric":"customer","value":"north/KH0010","previous":null,"change":null}
{"month":"2026-10","table":"dissatisfied","group":"visit","key":"V002367","metric":"staff","value":"north/S02 钟俊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/reply","metric":"customer","value":"north/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/answer","metric":"customer","value":"north/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/revisit","metric":"customer","value":"north/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0021/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/reply","metric":"customer","value":"KH0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/answer","metric":"customer","value":"KH0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/revisit","metric":"customer","value":"KH0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0022/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/reply","metric":"customer","value":"north/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/answer","metric":"customer","value":"north/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/answer","metric":"responsible","value":"north/S01 陈一浩","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/revisit","metric":"customer","value":"north/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0023/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/reply","metric":"customer","value":"KH0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/reply","metric":"responsible","value":"S05 赵佳悦","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/answer","metric":"customer","value":"KH0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/answer","metric":"responsible","value":"north/S08 蒋建明","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/revisit","metric":"customer","value":"KH0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0024/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/reply","metric":"customer","value":"north/KH0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/answer","metric":"customer","value":"north/KH0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/revisit","metric":"customer","value":"north/KH0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0025/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/reply","metric":"customer","value":"north/KH0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/reply","metric":"responsible","value":"north/S04 崔辉","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/answer","metric":"customer","value":"north/KH0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/revisit","metric":"customer","value":"north/KH0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0026/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/reply","metric":"customer","value":"north/KH0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/answer","metric":"customer","value":"north/KH0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/revisit","metric":"customer","value":"north/KH0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0027/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/reply","metric":"customer","value":"KH0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/answer","metric":"customer","value":"KH0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/revisit","metric":"customer","value":"KH0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"north/C2026-0028/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/reply","metric":"customer","value":"south/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/answer","metric":"customer","value":"south/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/revisit","metric":"customer","value":"south/KH0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0021/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/reply","metric":"customer","value":"KS0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/answer","metric":"customer","value":"KS0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/revisit","metric":"customer","value":"KS0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0022/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/reply","metric":"customer","value":"south/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/answer","metric":"customer","value":"south/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/answer","metric":"responsible","value":"south/S01 陈一浩","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/revisit","metric":"customer","value":"south/KH0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"south/C2026-0023/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/reply","metric":"customer","value":"KE0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/answer","metric":"customer","value":"KE0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/revisit","metric":"customer","value":"KE0049 黄美娟","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0021/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/reply","metric":"customer","value":"KE0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/answer","metric":"customer","value":"KE0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/revisit","metric":"customer","value":"KE0153 江丽璐","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0022/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/reply","metric":"customer","value":"KE0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/answer","metric":"customer","value":"KE0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/answer","metric":"responsible","value":"E01 陈一浩","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/revisit","metric":"customer","value":"KE0099 崔振梅","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0023/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/reply","metric":"customer","value":"KE0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/reply","metric":"responsible","value":"E05 赵佳悦","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/answer","metric":"customer","value":"KE0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/answer","metric":"responsible","value":"E08 蒋建明","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/revisit","metric":"customer","value":"KE0198 付慧萍","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0024/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/reply","metric":"customer","value":"KE0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/answer","metric":"customer","value":"KE0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/revisit","metric":"customer","value":"KE0002 孙嘉磊","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0025/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/reply","metric":"customer","value":"KE0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/reply","metric":"responsible","value":"E04 崔辉","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/answer","metric":"customer","value":"KE0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/revisit","metric":"customer","value":"KE0019 袁美平","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0026/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/reply","metric":"customer","value":"KE0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/answer","metric":"customer","value":"KE0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/revisit","metric":"customer","value":"KE0001 吴飞","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0027/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/reply","metric":"customer","value":"KE0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/answer","metric":"customer","value":"KE0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/revisit","metric":"customer","value":"KE0167 秦玉杰","previous":null,"change":null}
{"month":"2026-10","table":"review","group":"complaint","key":"east/C2026-0028/revisit","metric":"responsible","value":"-","previous":null,"change":null}
>>> exit 0
