# September on the samples as JSON Lines, by customer class
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-09 --format json --by class --trend 3
>>> stdout
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"visits_due","value":267,"previous":237,"change":30}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"visits_done","value":202,"previous":182,"change":20}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"visit_rate","value":0.7566,"previous":0.7679,"change":-0.0114}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"on_time_rate","value":0.633,"previous":0.6329,"change":0}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"reach_rate","value":0.8658,"previous":0.8402,"change":0.0256}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"satisfaction_rate","value":0.9806,"previous":0.9795,"change":0.0012}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"touched_rate","value":0.2482,"previous":0.237,"change":0.0112}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"return_rate","value":0.1773,"previous":0.1852,"change":-0.0079}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"average_score","value":3.6581,"previous":3.6695,"change":-0.0115}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"dissatisfied","value":3,"previous":3,"change":0}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"complaints_opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"complaints_closed","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"complaints_open","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"milestone_met_rate","value":0.9091,"previous":1,"change":-0.0909}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"reply_median_hours","value":1.5667,"previous":1.4833,"change":0.0833}
{"month":"2026-09","table":"summary","group":"total","key":"total","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"due","value":124,"previous":90,"change":34}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"done","value":95,"previous":78,"change":17}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"on_time","value":62,"previous":47,"change":15}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"late","value":33,"previous":31,"change":2}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"missed","value":16,"previous":12,"change":4}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"pending","value":13,"previous":0,"change":13}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"visit_rate","value":0.7661,"previous":0.8667,"change":-0.1005}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"on_time_rate","value":0.5,"previous":0.5222,"change":-0.0222}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"attempted","value":61,"previous":55,"change":6}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"reached","value":54,"previous":47,"change":7}
{"month":"2026-09","table":"visits","group":"class","key":"key","metric":"reach_rate","value":0.8852,"previous":0.8545,"change":0.0307}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"due","value":140,"previous":146,"change":-6}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"done","value":104,"previous":103,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"on_time","value":104,"previous":102,"change":2}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"late","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"missed","value":36,"previous":43,"change":-7}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"pending","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"visit_rate","value":0.7429,"previous":0.7055,"change":0.0374}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"on_time_rate","value":0.7429,"previous":0.6986,"change":0.0442}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"attempted","value":144,"previous":128,"change":16}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"reached","value":124,"previous":108,"change":16}
{"month":"2026-09","table":"visits","group":"class","key":"routine","metric":"reach_rate","value":0.8611,"previous":0.8438,"change":0.0174}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"due","value":2,"previous":1,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"done","value":2,"previous":1,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"on_time","value":2,"previous":1,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"late","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"missed","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"pending","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"visit_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"on_time_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"attempted","value":17,"previous":27,"change":-10}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"reached","value":15,"previous":21,"change":-6}
{"month":"2026-09","table":"visits","group":"class","key":"vip","metric":"reach_rate","value":0.8824,"previous":0.7778,"change":0.1046}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"due","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"done","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"on_time","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"late","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"missed","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"pending","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"visit_rate","value":1,"previous":null,"change":null}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"on_time_rate","value":1,"previous":null,"change":null}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"attempted","value":9,"previous":9,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"reached","value":7,"previous":8,"change":-1}
{"month":"2026-09","table":"visits","group":"class","key":"enterprise","metric":"reach_rate","value":0.7778,"previous":0.8889,"change":-0.1111}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"due","value":267,"previous":237,"change":30}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"done","value":202,"previous":182,"change":20}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"on_time","value":169,"previous":150,"change":19}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"late","value":33,"previous":32,"change":1}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"missed","value":52,"previous":55,"change":-3}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"pending","value":13,"previous":0,"change":13}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"visit_rate","value":0.7566,"previous":0.7679,"change":-0.0114}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"on_time_rate","value":0.633,"previous":0.6329,"change":0}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"attempted","value":231,"previous":219,"change":12}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"reached","value":200,"previous":184,"change":16}
{"month":"2026-09","table":"visits","group":"class","key":"total","metric":"reach_rate","value":0.8658,"previous":0.8402,"change":0.0256}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"attempted","value":160,"previous":140,"change":20}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"reached","value":138,"previous":114,"change":24}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"unreached","value":13,"previous":16,"change":-3}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"refused","value":5,"previous":4,"change":1}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"rescheduled","value":4,"previous":6,"change":-2}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"phone","metric":"reach_rate","value":0.8625,"previous":0.8143,"change":0.0482}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"attempted","value":12,"previous":17,"change":-5}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"reached","value":12,"previous":17,"change":-5}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"unreached","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"refused","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"rescheduled","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"onsite","metric":"reach_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"attempted","value":51,"previous":56,"change":-5}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"reached","value":42,"previous":47,"change":-5}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"unreached","value":6,"previous":8,"change":-2}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"refused","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"rescheduled","value":2,"previous":1,"change":1}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"wechat","metric":"reach_rate","value":0.8235,"previous":0.8393,"change":-0.0158}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"attempted","value":8,"previous":6,"change":2}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"reached","value":8,"previous":6,"change":2}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"unreached","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"refused","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"rescheduled","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"sms","metric":"reach_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"attempted","value":231,"previous":219,"change":12}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"reached","value":200,"previous":184,"change":16}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"unreached","value":19,"previous":24,"change":-5}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"refused","value":6,"previous":4,"change":2}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"rescheduled","value":6,"previous":7,"change":-1}
{"month":"2026-09","table":"visits_by_method","group":"method","key":"total","metric":"reach_rate","value":0.8658,"previous":0.8402,"change":0.0256}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"surveyed","value":51,"previous":45,"change":6}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"satisfied","value":50,"previous":44,"change":6}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"satisfaction_rate","value":0.9804,"previous":0.9778,"change":0.0026}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"served","value":22,"previous":21,"change":1}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"touched","value":12,"previous":11,"change":1}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"touched_rate","value":0.5455,"previous":0.5238,"change":0.0216}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"returning","value":7,"previous":5,"change":2}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"return_rate","value":0.3182,"previous":0.2381,"change":0.0801}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"dissatisfied","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"key","metric":"followed_up","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"surveyed","value":87,"previous":79,"change":8}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"satisfied","value":85,"previous":77,"change":8}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"satisfaction_rate","value":0.977,"previous":0.9747,"change":0.0023}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"served","value":100,"previous":90,"change":10}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"touched","value":19,"previous":18,"change":1}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"touched_rate","value":0.19,"previous":0.2,"change":-0.01}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"returning","value":12,"previous":19,"change":-7}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"return_rate","value":0.12,"previous":0.2111,"change":-0.0911}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"dissatisfied","value":2,"previous":2,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"routine","metric":"followed_up","value":2,"previous":2,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"surveyed","value":12,"previous":15,"change":-3}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"satisfied","value":12,"previous":15,"change":-3}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"satisfaction_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"served","value":13,"previous":17,"change":-4}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"touched","value":3,"previous":3,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"touched_rate","value":0.2308,"previous":0.1765,"change":0.0543}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"returning","value":4,"previous":1,"change":3}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"return_rate","value":0.3077,"previous":0.0588,"change":0.2489}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"dissatisfied","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"vip","metric":"followed_up","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"surveyed","value":5,"previous":7,"change":-2}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"satisfied","value":5,"previous":7,"change":-2}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"satisfaction_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"served","value":6,"previous":7,"change":-1}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"touched","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"touched_rate","value":0.1667,"previous":0,"change":0.1667}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"returning","value":2,"previous":0,"change":2}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"return_rate","value":0.3333,"previous":0,"change":0.3333}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"dissatisfied","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"enterprise","metric":"followed_up","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"surveyed","value":155,"previous":146,"change":9}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"satisfied","value":152,"previous":143,"change":9}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"satisfaction_rate","value":0.9806,"previous":0.9795,"change":0.0012}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"served","value":141,"previous":135,"change":6}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"touched","value":35,"previous":32,"change":3}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"touched_rate","value":0.2482,"previous":0.237,"change":0.0112}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"returning","value":25,"previous":25,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"return_rate","value":0.1773,"previous":0.1852,"change":-0.0079}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"dissatisfied","value":3,"previous":3,"change":0}
{"month":"2026-09","table":"satisfaction","group":"class","key":"total","metric":"followed_up","value":3,"previous":3,"change":0}
{"month":"2026-09","table":"scores","group":"class","key":"key","metric":"attitude","value":3.6863,"previous":3.8444,"change":-0.1582}
{"month":"2026-09","table":"scores","group":"class","key":"key","metric":"skill","value":3.6863,"previous":3.8,"change":-0.1137}
{"month":"2026-09","table":"scores","group":"class","key":"key","metric":"timeliness","value":3.6667,"previous":3.7111,"change":-0.0444}
{"month":"2026-09","table":"scores","group":"class","key":"key","metric":"promise","value":3.6863,"previous":3.6667,"change":0.0196}
{"month":"2026-09","table":"scores","group":"class","key":"key","metric":"average","value":3.6814,"previous":3.7556,"change":-0.0742}
{"month":"2026-09","table":"scores","group":"class","key":"routine","metric":"attitude","value":3.6897,"previous":3.6709,"change":0.0188}
{"month":"2026-09","table":"scores","group":"class","key":"routine","metric":"skill","value":3.7011,"previous":3.6203,"change":0.0809}
{"month":"2026-09","table":"scores","group":"class","key":"routine","metric":"timeliness","value":3.5977,"previous":3.5949,"change":0.0028}
{"month":"2026-09","table":"scores","group":"class","key":"routine","metric":"promise","value":3.5747,"previous":3.6329,"change":-0.0582}
{"month":"2026-09","table":"scores","group":"class","key":"routine","metric":"average","value":3.6408,"previous":3.6297,"change":0.0111}
{"month":"2026-09","table":"scores","group":"class","key":"vip","metric":"attitude","value":3.5,"previous":3.5333,"change":-0.0333}
{"month":"2026-09","table":"scores","group":"class","key":"vip","metric":"skill","value":3.8333,"previous":3.6,"change":0.2333}
{"month":"2026-09","table":"scores","group":"class","key":"vip","metric":"timeliness","value":3.8333,"previous":3.8,"change":0.0333}
{"month":"2026-09","table":"scores","group":"class","key":"vip","metric":"promise","value":3.75,"previous":3.6667,"change":0.0833}
{"month":"2026-09","table":"scores","group":"class","key":"vip","metric":"average","value":3.7292,"previous":3.65,"change":0.0792}
{"month":"2026-09","table":"scores","group":"class","key":"enterprise","metric":"attitude","value":3.6,"previous":3.5714,"change":0.0286}
{"month":"2026-09","table":"scores","group":"class","key":"enterprise","metric":"skill","value":3.4,"previous":3.7143,"change":-0.3143}
{"month":"2026-09","table":"scores","group":"class","key":"enterprise","metric":"timeliness","value":3.6,"previous":3.2857,"change":0.3143}
{"month":"2026-09","table":"scores","group":"class","key":"enterprise","metric":"promise","value":3.6,"previous":3.8571,"change":-0.2571}
{"month":"2026-09","table":"scores","group":"class","key":"enterprise","metric":"average","value":3.55,"previous":3.6071,"change":-0.0571}
{"month":"2026-09","table":"scores","group":"class","key":"total","metric":"attitude","value":3.671,"previous":3.7055,"change":-0.0345}
{"month":"2026-09","table":"scores","group":"class","key":"total","metric":"skill","value":3.6968,"previous":3.6781,"change":0.0187}
{"month":"2026-09","table":"scores","group":"class","key":"total","metric":"timeliness","value":3.6387,"previous":3.637,"change":0.0017}
{"month":"2026-09","table":"scores","group":"class","key":"total","metric":"promise","value":3.6258,"previous":3.6575,"change":-0.0317}
{"month":"2026-09","table":"scores","group":"class","key":"total","metric":"average","value":3.6581,"previous":3.6695,"change":-0.0115}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"level_1","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"level_2","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"level_3","value":49,"previous":41,"change":8}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"level_4","value":105,"previous":104,"change":1}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"answered","value":155,"previous":146,"change":9}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"attitude","metric":"average","value":3.671,"previous":3.7055,"change":-0.0345}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"level_1","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"level_2","value":0,"previous":2,"change":-2}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"level_3","value":44,"previous":43,"change":1}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"level_4","value":110,"previous":101,"change":9}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"answered","value":155,"previous":146,"change":9}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"skill","metric":"average","value":3.6968,"previous":3.6781,"change":0.0187}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"level_1","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"level_2","value":2,"previous":0,"change":2}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"level_3","value":52,"previous":53,"change":-1}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"level_4","value":101,"previous":93,"change":8}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"answered","value":155,"previous":146,"change":9}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"timeliness","metric":"average","value":3.6387,"previous":3.637,"change":0.0017}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"level_1","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"level_2","value":2,"previous":0,"change":2}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"level_3","value":54,"previous":50,"change":4}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"level_4","value":99,"previous":96,"change":3}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"answered","value":155,"previous":146,"change":9}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"promise","metric":"average","value":3.6258,"previous":3.6575,"change":-0.0317}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"level_1","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"level_2","value":5,"previous":3,"change":2}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"level_3","value":199,"previous":187,"change":12}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"level_4","value":415,"previous":394,"change":21}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"answered","value":620,"previous":584,"change":36}
{"month":"2026-09","table":"satisfaction_items","group":"item","key":"total","metric":"average","value":3.6581,"previous":3.6695,"change":-0.0115}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"at","value":"2026-09-01 09:32","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"customer","value":"KH0123","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"name","value":"谢天丽","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"phone","value":"15950544030","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"staff","value":"S05 赵佳悦","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"scores","value":"2,1,2,2","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001951","metric":"followed_up","value":"2026-09-15 10:25","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"at","value":"2026-09-03 11:19","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"customer","value":"KH0142","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"name","value":"杨红","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"phone","value":"13158241625","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"staff","value":"S05 赵佳悦","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"scores","value":"3,4,4,2","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001968","metric":"followed_up","value":"2026-10-08 13:49","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"at","value":"2026-09-03 15:22","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"customer","value":"KH0180","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"name","value":"徐海悦","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"phone","value":"13292127562","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"staff","value":"S02 钟俊","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"scores","value":"4,4,2,4","previous":null,"change":null}
{"month":"2026-09","table":"dissatisfied","group":"visit","key":"V001971","metric":"followed_up","value":"2026-09-15 14:00","previous":null,"change":null}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"closed","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"milestones_due","value":11,"previous":3,"change":8}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"milestones_met","value":10,"previous":3,"change":7}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"milestones_missed","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"complaints","group":"class","key":"routine","metric":"met_rate","value":0.9091,"previous":1,"change":-0.0909}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"closed","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"milestones_due","value":11,"previous":3,"change":8}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"milestones_met","value":10,"previous":3,"change":7}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"milestones_missed","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"complaints","group":"class","key":"total","metric":"met_rate","value":0.9091,"previous":1,"change":-0.0909}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"product","metric":"opened","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"product","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"repair","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"repair","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"service","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"service","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"parts","metric":"opened","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"parts","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"price","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"price","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"other","metric":"opened","value":2,"previous":0,"change":2}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"other","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"total","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints_by_category","group":"category","key":"total","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"general","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"general","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"serious","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"serious","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"total","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints_by_severity","group":"severity","key":"total","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"onsite","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"onsite","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"phone","metric":"opened","value":2,"previous":0,"change":2}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"phone","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"visit","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"visit","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"letter","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"letter","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"wechat","metric":"opened","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"wechat","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"email","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"email","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"manufacturer","metric":"opened","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"manufacturer","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"consumer-association","metric":"opened","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"consumer-association","metric":"open_end","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"total","metric":"opened","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaints_by_channel","group":"channel","key":"total","metric":"open_end","value":0,"previous":1,"change":-1}
{"month":"2026-09","table":"milestones","group":"milestone","key":"reply","metric":"due","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"milestones","group":"milestone","key":"reply","metric":"met","value":2,"previous":1,"change":1}
{"month":"2026-09","table":"milestones","group":"milestone","key":"reply","metric":"missed","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"milestones","group":"milestone","key":"reply","metric":"met_rate","value":0.6667,"previous":1,"change":-0.3333}
{"month":"2026-09","table":"milestones","group":"milestone","key":"answer","metric":"due","value":4,"previous":0,"change":4}
{"month":"2026-09","table":"milestones","group":"milestone","key":"answer","metric":"met","value":4,"previous":0,"change":4}
{"month":"2026-09","table":"milestones","group":"milestone","key":"answer","metric":"missed","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"milestones","group":"milestone","key":"answer","metric":"met_rate","value":1,"previous":null,"change":null}
{"month":"2026-09","table":"milestones","group":"milestone","key":"revisit","metric":"due","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"milestones","group":"milestone","key":"revisit","metric":"met","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"milestones","group":"milestone","key":"revisit","metric":"missed","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"milestones","group":"milestone","key":"revisit","metric":"met_rate","value":1,"previous":1,"change":0}
{"month":"2026-09","table":"milestones","group":"milestone","key":"total","metric":"due","value":11,"previous":3,"change":8}
{"month":"2026-09","table":"milestones","group":"milestone","key":"total","metric":"met","value":10,"previous":3,"change":7}
{"month":"2026-09","table":"milestones","group":"milestone","key":"total","metric":"missed","value":1,"previous":0,"change":1}
{"month":"2026-09","table":"milestones","group":"milestone","key":"total","metric":"met_rate","value":0.9091,"previous":1,"change":-0.0909}
{"month":"2026-09","table":"complaint_times","group":"step","key":"reply","metric":"count","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaint_times","group":"step","key":"reply","metric":"median","value":1.5667,"previous":1.4833,"change":0.0833}
{"month":"2026-09","table":"complaint_times","group":"step","key":"reply","metric":"p90","value":3.2833,"previous":1.4833,"change":1.8}
{"month":"2026-09","table":"complaint_times","group":"step","key":"answer","metric":"count","value":3,"previous":1,"change":2}
{"month":"2026-09","table":"complaint_times","group":"step","key":"answer","metric":"median","value":4.4333,"previous":3.1333,"change":1.3}
{"month":"2026-09","table":"complaint_times","group":"step","key":"answer","metric":"p90","value":4.7667,"previous":3.1333,"change":1.6333}
{"month":"2026-09","table":"complaint_times","group":"step","key":"close","metric":"count","value":4,"previous":2,"change":2}
{"month":"2026-09","table":"complaint_times","group":"step","key":"close","metric":"median","value":11.5417,"previous":30.0333,"change":-18.4917}
{"month":"2026-09","table":"complaint_times","group":"step","key":"close","metric":"p90","value":32.1667,"previous":30.0333,"change":2.1333}
{"month":"2026-09","table":"escalations","group":"rung","key":"specialist","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"escalations","group":"rung","key":"advisor","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"escalations","group":"rung","key":"supervisor","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"escalations","group":"rung","key":"manager","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"escalations","group":"rung","key":"gm","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"escalations","group":"rung","key":"total","metric":"escalations","value":0,"previous":0,"change":0}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"customer","value":"KH0017 曾鹏","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"milestone","value":"回复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"due","value":"2026-08-31 11:20","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"done","value":"2026-08-31 10:49","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"customer","value":"KH0017 曾鹏","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"milestone","value":"答复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"due","value":"2026-09-01 09:20","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"done","value":"2026-08-31 13:58","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"customer","value":"KH0017 曾鹏","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"milestone","value":"回访确认","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"due","value":"2026-09-01 16:48","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"done","value":"2026-09-01 13:58","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0017/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"milestone","value":"回复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"due","value":"2026-09-15 11:19","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"done","value":"2026-09-15 09:38","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"milestone","value":"答复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"due","value":"2026-09-20 09:42","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"done","value":"2026-09-18 15:58","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"milestone","value":"回访确认","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"due","value":"2026-09-23 17:31","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"done","value":"2026-09-23 11:29","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0018/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"milestone","value":"回复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"due","value":"2026-09-18 11:16","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"done","value":"2026-09-18 14:03","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"status","value":"超时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"late_by","value":1.2833,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/reply","metric":"responsible","value":"S04 崔辉","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"milestone","value":"答复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"due","value":"2026-09-20 09:16","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"done","value":"2026-09-18 15:12","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"customer","value":"KH0166 罗明艳","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"milestone","value":"回访确认","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"due","value":"2026-09-20 17:47","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"done","value":"2026-09-20 13:46","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0019/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"customer","value":"KH0078 谭雪浩","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"milestone","value":"回复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"due","value":"2026-09-21 17:12","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"done","value":"2026-09-21 16:46","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/reply","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"customer","value":"KH0078 谭雪浩","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"milestone","value":"答复","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"due","value":"2026-09-22 15:12","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"done","value":"2026-09-22 09:14","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/answer","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"customer","value":"KH0078 谭雪浩","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"milestone","value":"回访确认","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"due","value":"2026-09-23 11:22","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"done","value":"2026-09-22 11:56","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"status","value":"按时","previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"late_by","value":null,"previous":null,"change":null}
{"month":"2026-09","table":"review","group":"complaint","key":"C2026-0020/revisit","metric":"responsible","value":"-","previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"visits_due","value":239,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"visit_rate","value":0.8117,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"satisfaction_rate","value":0.9533,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"touched_rate","value":0.1942,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"complaints_opened","value":4,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-07","metric":"milestone_met_rate","value":0.8462,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"visits_due","value":237,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"visit_rate","value":0.7679,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"satisfaction_rate","value":0.9795,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"touched_rate","value":0.237,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"complaints_opened","value":1,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-08","metric":"milestone_met_rate","value":1,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"visits_due","value":267,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"visit_rate","value":0.7566,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"satisfaction_rate","value":0.9806,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"touched_rate","value":0.2482,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"complaints_opened","value":3,"previous":null,"change":null}
{"month":"2026-09","table":"trend","group":"month","key":"2026-09","metric":"milestone_met_rate","value":0.9091,"previous":null,"change":null}
>>> exit 0
