# three branches, csv, by region: a region is the same region in every
# branch (merged by name)
sh "$DATA/branches.sh"
cs-report -d north -d south -d east --now 2026-11-23T09:00+08:00 --month 2026-10 --format csv --by region --trend 2
>>> stdout
month,table,group,key,metric,value,previous,change
2026-10,summary,total,total,visits_due,789,801,-12
2026-10,summary,total,total,visits_done,198,404,-206
2026-10,summary,total,total,visit_rate,0.251,0.5044,-0.2534
2026-10,summary,total,total,on_time_rate,0.2117,0.422,-0.2103
2026-10,summary,total,total,reach_rate,0.8868,0.8658,0.021
2026-10,summary,total,total,satisfaction_rate,0.9693,0.9806,-0.0113
2026-10,summary,total,total,touched_rate,0.1712,0.2482,-0.077
2026-10,summary,total,total,return_rate,0.2123,0.1773,0.035
2026-10,summary,total,total,average_score,3.5936,3.6581,-0.0645
2026-10,summary,total,total,dissatisfied,5,6,-1
2026-10,summary,total,total,complaints_opened,26,9,17
2026-10,summary,total,total,complaints_closed,19,12,7
2026-10,summary,total,total,complaints_open,7,0,7
2026-10,summary,total,total,milestone_met_rate,0.8088,0.9091,-0.1003
2026-10,summary,total,total,reply_median_hours,0.9333,1.5667,-0.6333
2026-10,summary,total,total,escalations,15,0,15
2026-10,visits,region,urban,due,540,543,-3
2026-10,visits,region,urban,done,137,268,-131
2026-10,visits,region,urban,on_time,116,230,-114
2026-10,visits,region,urban,late,21,38,-17
2026-10,visits,region,urban,missed,354,238,116
2026-10,visits,region,urban,pending,49,37,12
2026-10,visits,region,urban,visit_rate,0.2537,0.4936,-0.2399
2026-10,visits,region,urban,on_time_rate,0.2148,0.4236,-0.2088
2026-10,visits,region,urban,attempted,154,324,-170
2026-10,visits,region,urban,reached,134,282,-148
2026-10,visits,region,urban,reach_rate,0.8701,0.8704,-0.0002
2026-10,visits,region,suburban,due,249,258,-9
2026-10,visits,region,suburban,done,61,136,-75
2026-10,visits,region,suburban,on_time,51,108,-57
2026-10,visits,region,suburban,late,10,28,-18
2026-10,visits,region,suburban,missed,159,107,52
2026-10,visits,region,suburban,pending,29,15,14
2026-10,visits,region,suburban,visit_rate,0.245,0.5271,-0.2822
2026-10,visits,region,suburban,on_time_rate,0.2048,0.4186,-0.2138
2026-10,visits,region,suburban,attempted,58,138,-80
2026-10,visits,region,suburban,reached,54,118,-64
2026-10,visits,region,suburban,reach_rate,0.931,0.8551,0.076
2026-10,visits,region,total,due,789,801,-12
2026-10,visits,region,total,done,198,404,-206
2026-10,visits,region,total,on_time,167,338,-171
2026-10,visits,region,total,late,31,66,-35
2026-10,visits,region,total,missed,513,345,168
2026-10,visits,region,total,pending,78,52,26
2026-10,visits,region,total,visit_rate,0.251,0.5044,-0.2534
2026-10,visits,region,total,on_time_rate,0.2117,0.422,-0.2103
2026-10,visits,region,total,attempted,212,462,-250
2026-10,visits,region,total,reached,188,400,-212
2026-10,visits,region,total,reach_rate,0.8868,0.8658,0.021
2026-10,visits_by_method,method,phone,attempted,142,320,-178
2026-10,visits_by_method,method,phone,reached,121,276,-155
2026-10,visits_by_method,method,phone,unreached,12,26,-14
2026-10,visits_by_method,method,phone,refused,3,10,-7
2026-10,visits_by_method,method,phone,rescheduled,6,8,-2
2026-10,visits_by_method,method,phone,reach_rate,0.8521,0.8625,-0.0104
2026-10,visits_by_method,method,onsite,attempted,15,24,-9
2026-10,visits_by_method,method,onsite,reached,15,24,-9
2026-10,visits_by_method,method,onsite,unreached,0,0,0
2026-10,visits_by_method,method,onsite,refused,0,0,0
2026-10,visits_by_method,method,onsite,rescheduled,0,0,0
2026-10,visits_by_method,method,onsite,reach_rate,1,1,0
2026-10,visits_by_method,method,wechat,attempted,49,102,-53
2026-10,visits_by_method,method,wechat,reached,46,84,-38
2026-10,visits_by_method,method,wechat,unreached,1,12,-11
2026-10,visits_by_method,method,wechat,refused,0,2,-2
2026-10,visits_by_method,method,wechat,rescheduled,2,4,-2
2026-10,visits_by_method,method,wechat,reach_rate,0.9388,0.8235,0.1152
2026-10,visits_by_method,method,sms,attempted,6,16,-10
2026-10,visits_by_method,method,sms,reached,6,16,-10
2026-10,visits_by_method,method,sms,unreached,0,0,0
2026-10,visits_by_method,method,sms,refused,0,0,0
2026-10,visits_by_method,method,sms,rescheduled,0,0,0
2026-10,visits_by_method,method,sms,reach_rate,1,1,0
2026-10,visits_by_method,method,total,attempted,212,462,-250
2026-10,visits_by_method,method,total,reached,188,400,-212
2026-10,visits_by_method,method,total,unreached,13,38,-25
2026-10,visits_by_method,method,total,refused,3,12,-9
2026-10,visits_by_method,method,total,rescheduled,8,12,-4
2026-10,visits_by_method,method,total,reach_rate,0.8868,0.8658,0.021
2026-10,satisfaction,region,urban,surveyed,117,228,-111
2026-10,satisfaction,region,urban,satisfied,113,224,-111
2026-10,satisfaction,region,urban,satisfaction_rate,0.9658,0.9825,-0.0166
2026-10,satisfaction,region,urban,served,102,202,-100
2026-10,satisfaction,region,urban,touched,13,48,-35
2026-10,satisfaction,region,urban,touched_rate,0.1275,0.2376,-0.1102
2026-10,satisfaction,region,urban,returning,22,24,-2
2026-10,satisfaction,region,urban,return_rate,0.2157,0.1188,0.0969
2026-10,satisfaction,region,urban,dissatisfied,4,4,0
2026-10,satisfaction,region,urban,followed_up,4,3,1
2026-10,satisfaction,region,suburban,surveyed,46,82,-36
2026-10,satisfaction,region,suburban,satisfied,45,80,-35
2026-10,satisfaction,region,suburban,satisfaction_rate,0.9783,0.9756,0.0027
2026-10,satisfaction,region,suburban,served,44,80,-36
2026-10,satisfaction,region,suburban,touched,12,22,-10
2026-10,satisfaction,region,suburban,touched_rate,0.2727,0.275,-0.0023
2026-10,satisfaction,region,suburban,returning,9,26,-17
2026-10,satisfaction,region,suburban,return_rate,0.2045,0.325,-0.1205
2026-10,satisfaction,region,suburban,dissatisfied,1,2,-1
2026-10,satisfaction,region,suburban,followed_up,0,2,-2
2026-10,satisfaction,region,total,surveyed,163,310,-147
2026-10,satisfaction,region,total,satisfied,158,304,-146
2026-10,satisfaction,region,total,satisfaction_rate,0.9693,0.9806,-0.0113
2026-10,satisfaction,region,total,served,146,282,-136
2026-10,satisfaction,region,total,touched,25,70,-45
2026-10,satisfaction,region,total,touched_rate,0.1712,0.2482,-0.077
2026-10,satisfaction,region,total,returning,31,50,-19
2026-10,satisfaction,region,total,return_rate,0.2123,0.1773,0.035
2026-10,satisfaction,region,total,dissatisfied,5,6,-1
2026-10,satisfaction,region,total,followed_up,4,5,-1
2026-10,scores,region,urban,attitude,3.6068,3.6754,-0.0686
2026-10,scores,region,urban,skill,3.5556,3.7018,-0.1462
2026-10,scores,region,urban,timeliness,3.5641,3.6228,-0.0587
2026-10,scores,region,urban,promise,3.4957,3.6579,-0.1622
2026-10,scores,region,urban,average,3.5556,3.6645,-0.1089
2026-10,scores,region,suburban,attitude,3.6304,3.6585,-0.0281
2026-10,scores,region,suburban,skill,3.7174,3.6829,0.0345
2026-10,scores,region,suburban,timeliness,3.7609,3.6829,0.0779
2026-10,scores,region,suburban,promise,3.6522,3.5366,0.1156
2026-10,scores,region,suburban,average,3.6902,3.6402,0.05
2026-10,scores,region,total,attitude,3.6135,3.671,-0.0575
2026-10,scores,region,total,skill,3.6012,3.6968,-0.0955
2026-10,scores,region,total,timeliness,3.6196,3.6387,-0.0191
2026-10,scores,region,total,promise,3.5399,3.6258,-0.0859
2026-10,scores,region,total,average,3.5936,3.6581,-0.0645
2026-10,satisfaction_items,item,attitude,level_1,2,0,2
2026-10,satisfaction_items,item,attitude,level_2,1,2,-1
2026-10,satisfaction_items,item,attitude,level_3,55,98,-43
2026-10,satisfaction_items,item,attitude,level_4,105,210,-105
2026-10,satisfaction_items,item,attitude,answered,163,310,-147
2026-10,satisfaction_items,item,attitude,average,3.6135,3.671,-0.0575
2026-10,satisfaction_items,item,skill,level_1,1,2,-1
2026-10,satisfaction_items,item,skill,level_2,2,0,2
2026-10,satisfaction_items,item,skill,level_3,58,88,-30
2026-10,satisfaction_items,item,skill,level_4,102,220,-118
2026-10,satisfaction_items,item,skill,answered,163,310,-147
2026-10,satisfaction_items,item,skill,average,3.6012,3.6968,-0.0955
2026-10,satisfaction_items,item,timeliness,level_1,2,0,2
2026-10,satisfaction_items,item,timeliness,level_2,1,4,-3
2026-10,satisfaction_items,item,timeliness,level_3,54,104,-50
2026-10,satisfaction_items,item,timeliness,level_4,106,202,-96
2026-10,satisfaction_items,item,timeliness,answered,163,310,-147
2026-10,satisfaction_items,item,timeliness,average,3.6196,3.6387,-0.0191
2026-10,satisfaction_items,item,promise,level_1,2,0,2
2026-10,satisfaction_items,item,promise,level_2,1,4,-3
2026-10,satisfaction_items,item,promise,level_3,67,108,-41
2026-10,satisfaction_items,item,promise,level_4,93,198,-105
2026-10,satisfaction_items,item,promise,answered,163,310,-147
2026-10,satisfaction_items,item,promise,average,3.5399,3.6258,-0.0859
2026-10,satisfaction_items,item,total,level_1,7,2,5
2026-10,satisfaction_items,item,total,level_2,5,10,-5
2026-10,satisfaction_items,item,total,level_3,234,398,-164
2026-10,satisfaction_items,item,total,level_4,406,830,-424
2026-10,satisfaction_items,item,total,answered,652,1240,-588
2026-10,satisfaction_items,item,total,average,3.5936,3.6581,-0.0645
2026-10,dissatisfied,visit,V002226,at,2026-10-09 09:50,,
2026-10,dissatisfied,visit,V002226,customer,KH0101,,
2026-10,dissatisfied,visit,V002226,name,孙俊,,
2026-10,dissatisfied,visit,V002226,phone,15888617061,,
2026-10,dissatisfied,visit,V002226,staff,north/S02 钟俊,,
2026-10,dissatisfied,visit,V002226,scores,"1,2,2,2",,
2026-10,dissatisfied,visit,V002226,followed_up,否,,
2026-10,dissatisfied,visit,V002233,at,2026-10-09 13:36,,
2026-10,dissatisfied,visit,V002233,customer,north/KH0044,,
2026-10,dissatisfied,visit,V002233,name,曾天玲,,
2026-10,dissatisfied,visit,V002233,phone,13526037964,,
2026-10,dissatisfied,visit,V002233,staff,S05 赵佳悦,,
2026-10,dissatisfied,visit,V002233,scores,"1,3,1,1",,
2026-10,dissatisfied,visit,V002233,followed_up,2026-11-09 10:02,,
2026-10,dissatisfied,visit,V002309,at,2026-10-20 16:43,,
2026-10,dissatisfied,visit,V002309,customer,north/KH0017,,
2026-10,dissatisfied,visit,V002309,name,曾鹏,,
2026-10,dissatisfied,visit,V002309,phone,13267732708,,
2026-10,dissatisfied,visit,V002309,staff,S05 赵佳悦,,
2026-10,dissatisfied,visit,V002309,scores,"2,3,3,4",,
2026-10,dissatisfied,visit,V002309,followed_up,2026-11-18 14:54,,
2026-10,dissatisfied,visit,V002311,at,2026-10-21 14:57,,
2026-10,dissatisfied,visit,V002311,customer,north/KH0010,,
2026-10,dissatisfied,visit,V002311,name,上海嘉禾环保有限公司,,
2026-10,dissatisfied,visit,V002311,phone,13569647821,,
2026-10,dissatisfied,visit,V002311,staff,north/S02 钟俊,,
2026-10,dissatisfied,visit,V002311,scores,"3,1,3,1",,
2026-10,dissatisfied,visit,V002311,followed_up,2026-10-28 09:27,,
2026-10,dissatisfied,visit,V002367,at,2026-10-28 09:27,,
2026-10,dissatisfied,visit,V002367,customer,north/KH0010,,
2026-10,dissatisfied,visit,V002367,name,上海嘉禾环保有限公司,,
2026-10,dissatisfied,visit,V002367,phone,13569647821,,
2026-10,dissatisfied,visit,V002367,staff,north/S02 钟俊,,
2026-10,dissatisfied,visit,V002367,scores,"3,2,1,3",,
2026-10,dissatisfied,visit,V002367,followed_up,2026-11-11 16:59,,
2026-10,complaints,region,urban,opened,21,9,12
2026-10,complaints,region,urban,closed,15,12,3
2026-10,complaints,region,urban,open_end,6,0,6
2026-10,complaints,region,urban,milestones_due,54,33,21
2026-10,complaints,region,urban,milestones_met,45,30,15
2026-10,complaints,region,urban,milestones_missed,9,3,6
2026-10,complaints,region,urban,met_rate,0.8333,0.9091,-0.0758
2026-10,complaints,region,suburban,opened,5,,
2026-10,complaints,region,suburban,closed,4,,
2026-10,complaints,region,suburban,open_end,1,,
2026-10,complaints,region,suburban,milestones_due,14,,
2026-10,complaints,region,suburban,milestones_met,10,,
2026-10,complaints,region,suburban,milestones_missed,4,,
2026-10,complaints,region,suburban,met_rate,0.7143,,
2026-10,complaints,region,total,opened,26,9,17
2026-10,complaints,region,total,closed,19,12,7
2026-10,complaints,region,total,open_end,7,0,7
2026-10,complaints,region,total,milestones_due,68,33,35
2026-10,complaints,region,total,milestones_met,55,30,25
2026-10,complaints,region,total,milestones_missed,13,3,10
2026-10,complaints,region,total,met_rate,0.8088,0.9091,-0.1003
2026-10,complaints_by_category,category,product,opened,10,0,10
2026-10,complaints_by_category,category,product,open_end,6,0,6
2026-10,complaints_by_category,category,repair,opened,0,0,0
2026-10,complaints_by_category,category,repair,open_end,0,0,0
2026-10,complaints_by_category,category,service,opened,8,0,8
2026-10,complaints_by_category,category,service,open_end,0,0,0
2026-10,complaints_by_category,category,parts,opened,3,3,0
2026-10,complaints_by_category,category,parts,open_end,1,0,1
2026-10,complaints_by_category,category,price,opened,0,0,0
2026-10,complaints_by_category,category,price,open_end,0,0,0
2026-10,complaints_by_category,category,other,opened,5,6,-1
2026-10,complaints_by_category,category,other,open_end,0,0,0
2026-10,complaints_by_category,category,noise,opened,0,0,0
2026-10,complaints_by_category,category,noise,open_end,0,0,0
2026-10,complaints_by_category,category,total,opened,26,9,17
2026-10,complaints_by_category,category,total,open_end,7,0,7
2026-10,complaints_by_severity,severity,general,opened,26,9,17
2026-10,complaints_by_severity,severity,general,open_end,7,0,7
2026-10,complaints_by_severity,severity,serious,opened,0,0,0
2026-10,complaints_by_severity,severity,serious,open_end,0,0,0
2026-10,complaints_by_severity,severity,total,opened,26,9,17
2026-10,complaints_by_severity,severity,total,open_end,7,0,7
2026-10,complaints_by_channel,channel,onsite,opened,13,0,13
2026-10,complaints_by_channel,channel,onsite,open_end,1,0,1
2026-10,complaints_by_channel,channel,phone,opened,5,6,-1
2026-10,complaints_by_channel,channel,phone,open_end,2,0,2
2026-10,complaints_by_channel,channel,visit,opened,6,0,6
2026-10,complaints_by_channel,channel,visit,open_end,2,0,2
2026-10,complaints_by_channel,channel,letter,opened,0,0,0
2026-10,complaints_by_channel,channel,letter,open_end,0,0,0
2026-10,complaints_by_channel,channel,wechat,opened,0,3,-3
2026-10,complaints_by_channel,channel,wechat,open_end,0,0,0
2026-10,complaints_by_channel,channel,email,opened,0,0,0
2026-10,complaints_by_channel,channel,email,open_end,0,0,0
2026-10,complaints_by_channel,channel,manufacturer,opened,2,0,2
2026-10,complaints_by_channel,channel,manufacturer,open_end,2,0,2
2026-10,complaints_by_channel,channel,consumer-association,opened,0,0,0
2026-10,complaints_by_channel,channel,consumer-association,open_end,0,0,0
2026-10,complaints_by_channel,channel,total,opened,26,9,17
2026-10,complaints_by_channel,channel,total,open_end,7,0,7
2026-10,milestones,milestone,reply,due,26,9,17
2026-10,milestones,milestone,reply,met,20,6,14
2026-10,milestones,milestone,reply,missed,6,3,3
2026-10,milestones,milestone,reply,met_rate,0.7692,0.6667,0.1026
2026-10,milestones,milestone,answer,due,23,12,11
2026-10,milestones,milestone,answer,met,16,12,4
2026-10,milestones,milestone,answer,missed,7,0,7
2026-10,milestones,milestone,answer,met_rate,0.6957,1,-0.3043
2026-10,milestones,milestone,revisit,due,19,12,7
2026-10,milestones,milestone,revisit,met,19,12,7
2026-10,milestones,milestone,revisit,missed,0,0,0
2026-10,milestones,milestone,revisit,met_rate,1,1,0
2026-10,milestones,milestone,total,due,68,33,35
2026-10,milestones,milestone,total,met,55,30,25
2026-10,milestones,milestone,total,missed,13,3,10
2026-10,milestones,milestone,total,met_rate,0.8088,0.9091,-0.1003
2026-10,complaint_times,step,reply,count,26,9,17
2026-10,complaint_times,step,reply,median,0.9333,1.5667,-0.6333
2026-10,complaint_times,step,reply,p90,6.85,3.2833,3.5667
2026-10,complaint_times,step,answer,count,24,9,15
2026-10,complaint_times,step,answer,median,6.35,4.4333,1.9167
2026-10,complaint_times,step,answer,p90,14.5167,4.7667,9.75
2026-10,complaint_times,step,close,count,19,12,7
2026-10,complaint_times,step,close,median,29.0167,11.5417,17.475
2026-10,complaint_times,step,close,p90,39.1167,32.1667,6.95
2026-10,escalations,rung,specialist,escalations,0,0,0
2026-10,escalations,rung,advisor,escalations,9,0,9
2026-10,escalations,rung,supervisor,escalations,6,0,6
2026-10,escalations,rung,manager,escalations,0,0,0
2026-10,escalations,rung,gm,escalations,0,0,0
2026-10,escalations,rung,total,escalations,15,0,15
2026-10,review,complaint,north/C2026-0021/reply,customer,north/KH0049 黄美娟,,
2026-10,review,complaint,north/C2026-0021/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0021/reply,due,2026-10-12 14:52,,
2026-10,review,complaint,north/C2026-0021/reply,done,2026-10-12 11:43,,
2026-10,review,complaint,north/C2026-0021/reply,status,按时,,
2026-10,review,complaint,north/C2026-0021/reply,late_by,,,
2026-10,review,complaint,north/C2026-0021/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0021/answer,customer,north/KH0049 黄美娟,,
2026-10,review,complaint,north/C2026-0021/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0021/answer,due,2026-10-13 11:22,,
2026-10,review,complaint,north/C2026-0021/answer,done,2026-10-12 17:12,,
2026-10,review,complaint,north/C2026-0021/answer,status,按时,,
2026-10,review,complaint,north/C2026-0021/answer,late_by,,,
2026-10,review,complaint,north/C2026-0021/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0021/revisit,customer,north/KH0049 黄美娟,,
2026-10,review,complaint,north/C2026-0021/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0021/revisit,due,2026-10-19 16:11,,
2026-10,review,complaint,north/C2026-0021/revisit,done,2026-10-19 11:36,,
2026-10,review,complaint,north/C2026-0021/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0021/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0021/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0022/reply,customer,KH0153 江丽璐,,
2026-10,review,complaint,north/C2026-0022/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0022/reply,due,2026-10-19 11:47,,
2026-10,review,complaint,north/C2026-0022/reply,done,2026-10-19 10:43,,
2026-10,review,complaint,north/C2026-0022/reply,status,按时,,
2026-10,review,complaint,north/C2026-0022/reply,late_by,,,
2026-10,review,complaint,north/C2026-0022/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0022/answer,customer,KH0153 江丽璐,,
2026-10,review,complaint,north/C2026-0022/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0022/answer,due,2026-10-20 09:47,,
2026-10,review,complaint,north/C2026-0022/answer,done,2026-10-19 17:11,,
2026-10,review,complaint,north/C2026-0022/answer,status,按时,,
2026-10,review,complaint,north/C2026-0022/answer,late_by,,,
2026-10,review,complaint,north/C2026-0022/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0022/revisit,customer,KH0153 江丽璐,,
2026-10,review,complaint,north/C2026-0022/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0022/revisit,due,2026-10-22 16:07,,
2026-10,review,complaint,north/C2026-0022/revisit,done,2026-10-22 10:02,,
2026-10,review,complaint,north/C2026-0022/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0022/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0022/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0023/reply,customer,north/KH0099 崔振梅,,
2026-10,review,complaint,north/C2026-0023/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0023/reply,due,2026-10-19 17:46,,
2026-10,review,complaint,north/C2026-0023/reply,done,2026-10-19 16:59,,
2026-10,review,complaint,north/C2026-0023/reply,status,按时,,
2026-10,review,complaint,north/C2026-0023/reply,late_by,,,
2026-10,review,complaint,north/C2026-0023/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0023/answer,customer,north/KH0099 崔振梅,,
2026-10,review,complaint,north/C2026-0023/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0023/answer,due,2026-10-20 15:46,,
2026-10,review,complaint,north/C2026-0023/answer,done,2026-10-21 15:17,,
2026-10,review,complaint,north/C2026-0023/answer,status,超时,,
2026-10,review,complaint,north/C2026-0023/answer,late_by,7.0167,,
2026-10,review,complaint,north/C2026-0023/answer,responsible,north/S01 陈一浩,,
2026-10,review,complaint,north/C2026-0023/revisit,customer,north/KH0099 崔振梅,,
2026-10,review,complaint,north/C2026-0023/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0023/revisit,due,2026-10-22 17:19,,
2026-10,review,complaint,north/C2026-0023/revisit,done,2026-10-22 11:10,,
2026-10,review,complaint,north/C2026-0023/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0023/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0023/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0024/reply,customer,KH0198 付慧萍,,
2026-10,review,complaint,north/C2026-0024/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0024/reply,due,2026-10-21 11:33,,
2026-10,review,complaint,north/C2026-0024/reply,done,2026-10-21 17:54,,
2026-10,review,complaint,north/C2026-0024/reply,status,超时,,
2026-10,review,complaint,north/C2026-0024/reply,late_by,4.85,,
2026-10,review,complaint,north/C2026-0024/reply,responsible,S05 赵佳悦,,
2026-10,review,complaint,north/C2026-0024/answer,customer,KH0198 付慧萍,,
2026-10,review,complaint,north/C2026-0024/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0024/answer,due,2026-10-22 09:33,,
2026-10,review,complaint,north/C2026-0024/answer,done,2026-10-22 09:37,,
2026-10,review,complaint,north/C2026-0024/answer,status,超时,,
2026-10,review,complaint,north/C2026-0024/answer,late_by,0.0667,,
2026-10,review,complaint,north/C2026-0024/answer,responsible,north/S08 蒋建明,,
2026-10,review,complaint,north/C2026-0024/revisit,customer,KH0198 付慧萍,,
2026-10,review,complaint,north/C2026-0024/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0024/revisit,due,2026-10-28 09:59,,
2026-10,review,complaint,north/C2026-0024/revisit,done,2026-10-27 16:30,,
2026-10,review,complaint,north/C2026-0024/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0024/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0024/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0025/reply,customer,north/KH0002 孙嘉磊,,
2026-10,review,complaint,north/C2026-0025/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0025/reply,due,2026-10-21 16:21,,
2026-10,review,complaint,north/C2026-0025/reply,done,2026-10-21 15:44,,
2026-10,review,complaint,north/C2026-0025/reply,status,按时,,
2026-10,review,complaint,north/C2026-0025/reply,late_by,,,
2026-10,review,complaint,north/C2026-0025/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0025/answer,customer,north/KH0002 孙嘉磊,,
2026-10,review,complaint,north/C2026-0025/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0025/answer,due,2026-10-26 10:52,,
2026-10,review,complaint,north/C2026-0025/answer,done,2026-10-23 17:29,,
2026-10,review,complaint,north/C2026-0025/answer,status,按时,,
2026-10,review,complaint,north/C2026-0025/answer,late_by,,,
2026-10,review,complaint,north/C2026-0025/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0025/revisit,customer,north/KH0002 孙嘉磊,,
2026-10,review,complaint,north/C2026-0025/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0025/revisit,due,2026-10-29 15:51,,
2026-10,review,complaint,north/C2026-0025/revisit,done,2026-10-29 14:11,,
2026-10,review,complaint,north/C2026-0025/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0025/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0025/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0026/reply,customer,north/KH0019 袁美平,,
2026-10,review,complaint,north/C2026-0026/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0026/reply,due,2026-10-21 16:30,,
2026-10,review,complaint,north/C2026-0026/reply,done,2026-10-22 11:05,,
2026-10,review,complaint,north/C2026-0026/reply,status,超时,,
2026-10,review,complaint,north/C2026-0026/reply,late_by,3.5833,,
2026-10,review,complaint,north/C2026-0026/reply,responsible,north/S04 崔辉,,
2026-10,review,complaint,north/C2026-0026/answer,customer,north/KH0019 袁美平,,
2026-10,review,complaint,north/C2026-0026/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0026/answer,due,2026-10-22 14:30,,
2026-10,review,complaint,north/C2026-0026/answer,done,2026-10-22 13:48,,
2026-10,review,complaint,north/C2026-0026/answer,status,按时,,
2026-10,review,complaint,north/C2026-0026/answer,late_by,,,
2026-10,review,complaint,north/C2026-0026/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0026/revisit,customer,north/KH0019 袁美平,,
2026-10,review,complaint,north/C2026-0026/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0026/revisit,due,2026-10-28 17:35,,
2026-10,review,complaint,north/C2026-0026/revisit,done,2026-10-28 15:18,,
2026-10,review,complaint,north/C2026-0026/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0026/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0026/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0027/reply,customer,north/KH0001 吴飞,,
2026-10,review,complaint,north/C2026-0027/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0027/reply,due,2026-10-23 11:54,,
2026-10,review,complaint,north/C2026-0027/reply,done,2026-10-23 10:29,,
2026-10,review,complaint,north/C2026-0027/reply,status,按时,,
2026-10,review,complaint,north/C2026-0027/reply,late_by,,,
2026-10,review,complaint,north/C2026-0027/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0027/answer,customer,north/KH0001 吴飞,,
2026-10,review,complaint,north/C2026-0027/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0027/answer,due,2026-10-26 09:54,,
2026-10,review,complaint,north/C2026-0027/answer,done,2026-10-23 16:44,,
2026-10,review,complaint,north/C2026-0027/answer,status,按时,,
2026-10,review,complaint,north/C2026-0027/answer,late_by,,,
2026-10,review,complaint,north/C2026-0027/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0027/revisit,customer,north/KH0001 吴飞,,
2026-10,review,complaint,north/C2026-0027/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0027/revisit,due,2026-10-27 09:48,,
2026-10,review,complaint,north/C2026-0027/revisit,done,2026-10-26 11:54,,
2026-10,review,complaint,north/C2026-0027/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0027/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0027/revisit,responsible,-,,
2026-10,review,complaint,north/C2026-0028/reply,customer,KH0167 秦玉杰,,
2026-10,review,complaint,north/C2026-0028/reply,milestone,回复,,
2026-10,review,complaint,north/C2026-0028/reply,due,2026-10-23 15:29,,
2026-10,review,complaint,north/C2026-0028/reply,done,2026-10-23 14:19,,
2026-10,review,complaint,north/C2026-0028/reply,status,按时,,
2026-10,review,complaint,north/C2026-0028/reply,late_by,,,
2026-10,review,complaint,north/C2026-0028/reply,responsible,-,,
2026-10,review,complaint,north/C2026-0028/answer,customer,KH0167 秦玉杰,,
2026-10,review,complaint,north/C2026-0028/answer,milestone,答复,,
2026-10,review,complaint,north/C2026-0028/answer,due,2026-10-26 11:59,,
2026-10,review,complaint,north/C2026-0028/answer,done,2026-10-23 16:12,,
2026-10,review,complaint,north/C2026-0028/answer,status,按时,,
2026-10,review,complaint,north/C2026-0028/answer,late_by,,,
2026-10,review,complaint,north/C2026-0028/answer,responsible,-,,
2026-10,review,complaint,north/C2026-0028/revisit,customer,KH0167 秦玉杰,,
2026-10,review,complaint,north/C2026-0028/revisit,milestone,回访确认,,
2026-10,review,complaint,north/C2026-0028/revisit,due,2026-10-30 09:41,,
2026-10,review,complaint,north/C2026-0028/revisit,done,2026-10-29 10:13,,
2026-10,review,complaint,north/C2026-0028/revisit,status,按时,,
2026-10,review,complaint,north/C2026-0028/revisit,late_by,,,
2026-10,review,complaint,north/C2026-0028/revisit,responsible,-,,
2026-10,review,complaint,south/C2026-0021/reply,customer,south/KH0049 黄美娟,,
2026-10,review,complaint,south/C2026-0021/reply,milestone,回复,,
2026-10,review,complaint,south/C2026-0021/reply,due,2026-10-12 14:52,,
2026-10,review,complaint,south/C2026-0021/reply,done,2026-10-12 11:43,,
2026-10,review,complaint,south/C2026-0021/reply,status,按时,,
2026-10,review,complaint,south/C2026-0021/reply,late_by,,,
2026-10,review,complaint,south/C2026-0021/reply,responsible,-,,
2026-10,review,complaint,south/C2026-0021/answer,customer,south/KH0049 黄美娟,,
2026-10,review,complaint,south/C2026-0021/answer,milestone,答复,,
2026-10,review,complaint,south/C2026-0021/answer,due,2026-10-13 11:22,,
2026-10,review,complaint,south/C2026-0021/answer,done,2026-10-12 17:12,,
2026-10,review,complaint,south/C2026-0021/answer,status,按时,,
2026-10,review,complaint,south/C2026-0021/answer,late_by,,,
2026-10,review,complaint,south/C2026-0021/answer,responsible,-,,
2026-10,review,complaint,south/C2026-0021/revisit,customer,south/KH0049 黄美娟,,
2026-10,review,complaint,south/C2026-0021/revisit,milestone,回访确认,,
2026-10,review,complaint,south/C2026-0021/revisit,due,2026-10-19 16:11,,
2026-10,review,complaint,south/C2026-0021/revisit,done,2026-10-19 11:36,,
2026-10,review,complaint,south/C2026-0021/revisit,status,按时,,
2026-10,review,complaint,south/C2026-0021/revisit,late_by,,,
2026-10,review,complaint,south/C2026-0021/revisit,responsible,-,,
2026-10,review,complaint,south/C2026-0022/reply,customer,KS0153 江丽璐,,
2026-10,review,complaint,south/C2026-0022/reply,milestone,回复,,
2026-10,review,complaint,south/C2026-0022/reply,due,2026-10-19 11:47,,
2026-10,review,complaint,south/C2026-0022/reply,done,2026-10-19 10:43,,
2026-10,review,complaint,south/C2026-0022/reply,status,按时,,
2026-10,review,complaint,south/C2026-0022/reply,late_by,,,
2026-10,review,complaint,south/C2026-0022/reply,responsible,-,,
2026-10,review,complaint,south/C2026-0022/answer,customer,KS0153 江丽璐,,
2026-10,review,complaint,south/C2026-0022/answer,milestone,答复,,
2026-10,review,complaint,south/C2026-0022/answer,due,2026-10-20 09:47,,
2026-10,review,complaint,south/C2026-0022/answer,done,2026-10-19 17:11,,
2026-10,review,complaint,south/C2026-0022/answer,status,按时,,
2026-10,review,complaint,south/C2026-0022/answer,late_by,,,
2026-10,review,complaint,south/C2026-0022/answer,responsible,-,,
2026-10,review,complaint,south/C2026-0022/revisit,customer,KS0153 江丽璐,,
2026-10,review,complaint,south/C2026-0022/revisit,milestone,回访确认,,
2026-10,review,complaint,south/C2026-0022/revisit,due,2026-10-22 16:07,,
2026-10,review,complaint,south/C2026-0022/revisit,done,2026-10-22 10:02,,
2026-10,review,complaint,south/C2026-0022/revisit,status,按时,,
2026-10,review,complaint,south/C2026-0022/revisit,late_by,,,
2026-10,review,complaint,south/C2026-0022/revisit,responsible,-,,
2026-10,review,complaint,south/C2026-0023/reply,customer,south/KH0099 崔振梅,,
2026-10,review,complaint,south/C2026-0023/reply,milestone,回复,,
2026-10,review,complaint,south/C2026-0023/reply,due,2026-10-19 17:46,,
2026-10,review,complaint,south/C2026-0023/reply,done,2026-10-19 16:59,,
2026-10,review,complaint,south/C2026-0023/reply,status,按时,,
2026-10,review,complaint,south/C2026-0023/reply,late_by,,,
2026-10,review,complaint,south/C2026-0023/reply,responsible,-,,
2026-10,review,complaint,south/C2026-0023/answer,customer,south/KH0099 崔振梅,,
2026-10,review,complaint,south/C2026-0023/answer,milestone,答复,,
2026-10,review,complaint,south/C2026-0023/answer,due,2026-10-20 15:46,,
2026-10,review,complaint,south/C2026-0023/answer,done,2026-10-21 15:17,,
2026-10,review,complaint,south/C2026-0023/answer,status,超时,,
2026-10,review,complaint,south/C2026-0023/answer,late_by,7.0167,,
2026-10,review,complaint,south/C2026-0023/answer,responsible,south/S01 陈一浩,,
2026-10,review,complaint,south/C2026-0023/revisit,customer,south/KH0099 崔振梅,,
2026-10,review,complaint,south/C2026-0023/revisit,milestone,回访确认,,
2026-10,review,complaint,south/C2026-0023/revisit,due,2026-10-22 17:19,,
2026-10,review,complaint,south/C2026-0023/revisit,done,2026-10-22 11:10,,
2026-10,review,complaint,south/C2026-0023/revisit,status,按时,,
2026-10,review,complaint,south/C2026-0023/revisit,late_by,,,
2026-10,review,complaint,south/C2026-0023/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0021/reply,customer,KE0049 黄美娟,,
2026-10,review,complaint,east/C2026-0021/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0021/reply,due,2026-10-12 14:52,,
2026-10,review,complaint,east/C2026-0021/reply,done,2026-10-12 11:43,,
2026-10,review,complaint,east/C2026-0021/reply,status,按时,,
2026-10,review,complaint,east/C2026-0021/reply,late_by,,,
2026-10,review,complaint,east/C2026-0021/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0021/answer,customer,KE0049 黄美娟,,
2026-10,review,complaint,east/C2026-0021/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0021/answer,due,2026-10-13 11:22,,
2026-10,review,complaint,east/C2026-0021/answer,done,2026-10-12 17:12,,
2026-10,review,complaint,east/C2026-0021/answer,status,按时,,
2026-10,review,complaint,east/C2026-0021/answer,late_by,,,
2026-10,review,complaint,east/C2026-0021/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0021/revisit,customer,KE0049 黄美娟,,
2026-10,review,complaint,east/C2026-0021/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0021/revisit,due,2026-10-19 16:11,,
2026-10,review,complaint,east/C2026-0021/revisit,done,2026-10-19 11:36,,
2026-10,review,complaint,east/C2026-0021/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0021/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0021/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0022/reply,customer,KE0153 江丽璐,,
2026-10,review,complaint,east/C2026-0022/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0022/reply,due,2026-10-19 11:47,,
2026-10,review,complaint,east/C2026-0022/reply,done,2026-10-19 10:43,,
2026-10,review,complaint,east/C2026-0022/reply,status,按时,,
2026-10,review,complaint,east/C2026-0022/reply,late_by,,,
2026-10,review,complaint,east/C2026-0022/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0022/answer,customer,KE0153 江丽璐,,
2026-10,review,complaint,east/C2026-0022/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0022/answer,due,2026-10-20 09:47,,
2026-10,review,complaint,east/C2026-0022/answer,done,2026-10-19 17:11,,
2026-10,review,complaint,east/C2026-0022/answer,status,按时,,
2026-10,review,complaint,east/C2026-0022/answer,late_by,,,
2026-10,review,complaint,east/C2026-0022/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0022/revisit,customer,KE0153 江丽璐,,
2026-10,review,complaint,east/C2026-0022/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0022/revisit,due,2026-10-22 16:07,,
2026-10,review,complaint,east/C2026-0022/revisit,done,2026-10-22 10:02,,
2026-10,review,complaint,east/C2026-0022/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0022/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0022/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0023/reply,customer,KE0099 崔振梅,,
2026-10,review,complaint,east/C2026-0023/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0023/reply,due,2026-10-19 17:46,,
2026-10,review,complaint,east/C2026-0023/reply,done,2026-10-19 16:59,,
2026-10,review,complaint,east/C2026-0023/reply,status,按时,,
2026-10,review,complaint,east/C2026-0023/reply,late_by,,,
2026-10,review,complaint,east/C2026-0023/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0023/answer,customer,KE0099 崔振梅,,
2026-10,review,complaint,east/C2026-0023/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0023/answer,due,2026-10-20 15:46,,
2026-10,review,complaint,east/C2026-0023/answer,done,2026-10-21 15:17,,
2026-10,review,complaint,east/C2026-0023/answer,status,超时,,
2026-10,review,complaint,east/C2026-0023/answer,late_by,7.0167,,
2026-10,review,complaint,east/C2026-0023/answer,responsible,E01 陈一浩,,
2026-10,review,complaint,east/C2026-0023/revisit,customer,KE0099 崔振梅,,
2026-10,review,complaint,east/C2026-0023/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0023/revisit,due,2026-10-22 17:19,,
2026-10,review,complaint,east/C2026-0023/revisit,done,2026-10-22 11:10,,
2026-10,review,complaint,east/C2026-0023/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0023/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0023/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0024/reply,customer,KE0198 付慧萍,,
2026-10,review,complaint,east/C2026-0024/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0024/reply,due,2026-10-21 11:33,,
2026-10,review,complaint,east/C2026-0024/reply,done,2026-10-21 17:54,,
2026-10,review,complaint,east/C2026-0024/reply,status,超时,,
2026-10,review,complaint,east/C2026-0024/reply,late_by,4.85,,
2026-10,review,complaint,east/C2026-0024/reply,responsible,E05 赵佳悦,,
2026-10,review,complaint,east/C2026-0024/answer,customer,KE0198 付慧萍,,
2026-10,review,complaint,east/C2026-0024/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0024/answer,due,2026-10-22 09:33,,
2026-10,review,complaint,east/C2026-0024/answer,done,2026-10-22 09:37,,
2026-10,review,complaint,east/C2026-0024/answer,status,超时,,
2026-10,review,complaint,east/C2026-0024/answer,late_by,0.0667,,
2026-10,review,complaint,east/C2026-0024/answer,responsible,E08 蒋建明,,
2026-10,review,complaint,east/C2026-0024/revisit,customer,KE0198 付慧萍,,
2026-10,review,complaint,east/C2026-0024/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0024/revisit,due,2026-10-28 09:59,,
2026-10,review,complaint,east/C2026-0024/revisit,done,2026-10-27 16:30,,
2026-10,review,complaint,east/C2026-0024/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0024/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0024/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0025/reply,customer,KE0002 孙嘉磊,,
2026-10,review,complaint,east/C2026-0025/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0025/reply,due,2026-10-21 16:21,,
2026-10,review,complaint,east/C2026-0025/reply,done,2026-10-21 15:44,,
2026-10,review,complaint,east/C2026-0025/reply,status,按时,,
2026-10,review,complaint,east/C2026-0025/reply,late_by,,,
2026-10,review,complaint,east/C2026-0025/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0025/answer,customer,KE0002 孙嘉磊,,
2026-10,review,complaint,east/C2026-0025/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0025/answer,due,2026-10-26 10:52,,
2026-10,review,complaint,east/C2026-0025/answer,done,2026-10-23 17:29,,
2026-10,review,complaint,east/C2026-0025/answer,status,按时,,
2026-10,review,complaint,east/C2026-0025/answer,late_by,,,
2026-10,review,complaint,east/C2026-0025/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0025/revisit,customer,KE0002 孙嘉磊,,
2026-10,review,complaint,east/C2026-0025/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0025/revisit,due,2026-10-29 15:51,,
2026-10,review,complaint,east/C2026-0025/revisit,done,2026-10-29 14:11,,
2026-10,review,complaint,east/C2026-0025/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0025/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0025/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0026/reply,customer,KE0019 袁美平,,
2026-10,review,complaint,east/C2026-0026/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0026/reply,due,2026-10-21 16:30,,
2026-10,review,complaint,east/C2026-0026/reply,done,2026-10-22 11:05,,
2026-10,review,complaint,east/C2026-0026/reply,status,超时,,
2026-10,review,complaint,east/C2026-0026/reply,late_by,3.5833,,
2026-10,review,complaint,east/C2026-0026/reply,responsible,E04 崔辉,,
2026-10,review,complaint,east/C2026-0026/answer,customer,KE0019 袁美平,,
2026-10,review,complaint,east/C2026-0026/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0026/answer,due,2026-10-22 14:30,,
2026-10,review,complaint,east/C2026-0026/answer,done,2026-10-22 13:48,,
2026-10,review,complaint,east/C2026-0026/answer,status,按时,,
2026-10,review,complaint,east/C2026-0026/answer,late_by,,,
2026-10,review,complaint,east/C2026-0026/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0026/revisit,customer,KE0019 袁美平,,
2026-10,review,complaint,east/C2026-0026/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0026/revisit,due,2026-10-28 17:35,,
2026-10,review,complaint,east/C2026-0026/revisit,done,2026-10-28 15:18,,
2026-10,review,complaint,east/C2026-0026/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0026/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0026/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0027/reply,customer,KE0001 吴飞,,
2026-10,review,complaint,east/C2026-0027/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0027/reply,due,2026-10-23 11:54,,
2026-10,review,complaint,east/C2026-0027/reply,done,2026-10-23 10:29,,
2026-10,review,complaint,east/C2026-0027/reply,status,按时,,
2026-10,review,complaint,east/C2026-0027/reply,late_by,,,
2026-10,review,complaint,east/C2026-0027/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0027/answer,customer,KE0001 吴飞,,
2026-10,review,complaint,east/C2026-0027/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0027/answer,due,2026-10-26 09:54,,
2026-10,review,complaint,east/C2026-0027/answer,done,2026-10-23 16:44,,
2026-10,review,complaint,east/C2026-0027/answer,status,按时,,
2026-10,review,complaint,east/C2026-0027/answer,late_by,,,
2026-10,review,complaint,east/C2026-0027/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0027/revisit,customer,KE0001 吴飞,,
2026-10,review,complaint,east/C2026-0027/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0027/revisit,due,2026-10-27 09:48,,
2026-10,review,complaint,east/C2026-0027/revisit,done,2026-10-26 11:54,,
2026-10,review,complaint,east/C2026-0027/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0027/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0027/revisit,responsible,-,,
2026-10,review,complaint,east/C2026-0028/reply,customer,KE0167 秦玉杰,,
2026-10,review,complaint,east/C2026-0028/reply,milestone,回复,,
2026-10,review,complaint,east/C2026-0028/reply,due,2026-10-23 15:29,,
2026-10,review,complaint,east/C2026-0028/reply,done,2026-10-23 14:19,,
2026-10,review,complaint,east/C2026-0028/reply,status,按时,,
2026-10,review,complaint,east/C2026-0028/reply,late_by,,,
2026-10,review,complaint,east/C2026-0028/reply,responsible,-,,
2026-10,review,complaint,east/C2026-0028/answer,customer,KE0167 秦玉杰,,
2026-10,review,complaint,east/C2026-0028/answer,milestone,答复,,
2026-10,review,complaint,east/C2026-0028/answer,due,2026-10-26 11:59,,
2026-10,review,complaint,east/C2026-0028/answer,done,2026-10-23 16:12,,
2026-10,review,complaint,east/C2026-0028/answer,status,按时,,
2026-10,review,complaint,east/C2026-0028/answer,late_by,,,
2026-10,review,complaint,east/C2026-0028/answer,responsible,-,,
2026-10,review,complaint,east/C2026-0028/revisit,customer,KE0167 秦玉杰,,
2026-10,review,complaint,east/C2026-0028/revisit,milestone,回访确认,,
2026-10,review,complaint,east/C2026-0028/revisit,due,2026-10-30 09:41,,
2026-10,review,complaint,east/C2026-0028/revisit,done,2026-10-29 10:13,,
2026-10,review,complaint,east/C2026-0028/revisit,status,按时,,
2026-10,review,complaint,east/C2026-0028/revisit,late_by,,,
2026-10,review,complaint,east/C2026-0028/revisit,responsible,-,,
2026-10,trend,month,2026-09,visits_due,801,,
2026-10,trend,month,2026-09,visit_rate,0.5044,,
2026-10,trend,month,2026-09,satisfaction_rate,0.9806,,
2026-10,trend,month,2026-09,touched_rate,0.2482,,
2026-10,trend,month,2026-09,complaints_opened,9,,
2026-10,trend,month,2026-09,milestone_met_rate,0.9091,,
2026-10,trend,month,2026-10,visits_due,789,,
2026-10,trend,month,2026-10,visit_rate,0.251,,
2026-10,trend,month,2026-10,satisfaction_rate,0.9693,,
2026-10,trend,month,2026-10,touched_rate,0.1712,,
2026-10,trend,month,2026-10,complaints_opened,26,,
2026-10,trend,month,2026-10,milestone_met_rate,0.8088,,
>>> exit 0
