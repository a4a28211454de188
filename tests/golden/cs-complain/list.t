# list: one row per complaint; --open, --overdue, --holder; formats
cp -r "$DATA/issue3/store" d
C() { cs-complain -d d -r "$RULES/auto-dealer.yaml" "$@"; echo "exit $?"; }
C --now '2026-03-02 09:00' open KH0001 --severity general --category repair --channel phone --summary 一
C --now '2026-03-02 09:10' open KH0002 --severity 严重 --category 配件 --channel 厂家转来 --summary 二
C --now '2026-03-02 09:20' open KH0003 --severity general --category price --channel wechat --summary 三
C --now '2026-03-02 09:30' reply C2026-0001
C --now '2026-03-02 09:40' close C2026-0003 --note '不属实'
C --now '2026-03-02 11:30' list
C --now '2026-03-02 11:30' list --open --format tsv
C --now '2026-03-02 11:30' list --overdue --format json
C --now '2026-03-02 11:30' list --holder S07 --format table
C --now '2026-03-02 11:30' list --holder S03
C --now '2026-03-02 11:30' list --holder S99
cp -r "$DATA/issue3/store" e
cs-complain -d e -r "$RULES/auto-dealer.yaml" --now '2026-03-02 11:30' list; echo "exit $?"
>>> stdout
C2026-0001
exit 0
C2026-0002
exit 0
C2026-0003
exit 0
exit 0
exit 0
id,customer,name,severity,category,state,holder,milestone,due,late
C2026-0001,KH0001,王建国,general,repair,open,S01,answer,2026-03-03 09:00,
C2026-0002,KH0002,上海华东机械有限公司,serious,parts,open,S07,reply,2026-03-02 11:10,20m
C2026-0003,KH0003,李秀英,general,price,closed,S01,,,
exit 0
id	customer	name	severity	category	state	holder	milestone	due	late
C2026-0001	KH0001	王建国	general	repair	open	S01	answer	2026-03-03 09:00	
C2026-0002	KH0002	上海华东机械有限公司	serious	parts	open	S07	reply	2026-03-02 11:10	20m
exit 0
{"id":"C2026-0002","customer":"KH0002","name":"上海华东机械有限公司","severity":"serious","category":"parts","state":"open","holder":"S07","milestone":"reply","due":"2026-03-02 11:10","late":"20m"}
exit 0
投诉编号    客户    客户名称              严重程度  类别  状态  处理人  当前环节  期限              逾期
----------  ------  --------------------  --------  ----  ----  ------  --------  ----------------  ----
C2026-0002  KH0002  上海华东机械有限公司  严重      配件  open  S07     reply     2026-03-02 11:10  20m
exit 0
exit 0
exit 65
exit 0
>>> stderr
cs-complain: unknown staff "S99" in --holder
>>> exit 0
