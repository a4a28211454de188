# October on the samples as CSV: one row per (table, row, metric)
cs-report -d "$SAMPLES" --now 2026-11-23T09:00+08:00 --month 2026-10 --format csv
>>> stdout
month,table,group,key,metric,value,previous,change
2026-10,summary,total,total,visits_due,263,267,-4
2026-10,summary,total,total,visits_done,187,202,-15
2026-10,summary,total,total,visit_rate,0.711,0.7566,-0.0455
2026-10,summary,total,total,on_time_rate,0.5932,0.633,-0.0398
2026-10,summary,total,total,reach_rate,0.8838,0.8658,0.018
2026-10,summary,total,total,satisfaction_rate,0.9669,0.9806,-0.0138
2026-10,summary,total,total,touched_rate,0.188,0.2482,-0.0603
2026-10,summary,total,total,return_rate,0.218,0.1773,0.0407
2026-10,summary,total,total,average_score,3.6026,3.6581,-0.0554
2026-10,summary,total,total,dissatisfied,5,3,2
2026-10,summary,total,total,complaints_opened,10,3,7
2026-10,summary,total,total,complaints_closed,8,4,4
2026-10,summary,total,total,complaints_open,2,0,2
2026-10,summary,total,total,milestone_met_rate,0.8519,0.9091,-0.0572
2026-10,summary,total,total,reply_median_hours,0.8833,1.5667,-0.6833
2026-10,summary,total,total,escalations,5,0,5
2026-10,visits,staff,S01,due,74,72,2
2026-10,visits,staff,S01,done,55,52,3
2026-10,visits,staff,S01,on_time,45,44,1
2026-10,visits,staff,S01,late,10,8,2
2026-10,visits,staff,S01,missed,14,16,-2
2026-10,visits,staff,S01,pending,5,4,1
2026-10,visits,staff,S01,visit_rate,0.7432,0.7222,0.021
2026-10,visits,staff,S01,on_time_rate,0.6081,0.6111,-0.003
2026-10,visits,staff,S01,attempted,56,42,14
2026-10,visits,staff,S01,reached,48,37,11
2026-10,visits,staff,S01,reach_rate,0.8571,0.881,-0.0238
2026-10,visits,staff,S02,due,78,80,-2
2026-10,visits,staff,S02,done,55,61,-6
2026-10,visits,staff,S02,on_time,44,51,-7
2026-10,visits,staff,S02,late,11,10,1
2026-10,visits,staff,S02,missed,19,14,5
2026-10,visits,staff,S02,pending,4,5,-1
2026-10,visits,staff,S02,visit_rate,0.7051,0.7625,-0.0574
2026-10,visits,staff,S02,on_time_rate,0.5641,0.6375,-0.0734
2026-10,visits,staff,S02,attempted,54,39,15
2026-10,visits,staff,S02,reached,49,34,15
2026-10,visits,staff,S02,reach_rate,0.9074,0.8718,0.0356
2026-10,visits,staff,S03,due,9,10,-1
2026-10,visits,staff,S03,done,0,9,-9
2026-10,visits,staff,S03,on_time,0,8,-8
2026-10,visits,staff,S03,late,0,1,-1
2026-10,visits,staff,S03,missed,7,0,7
2026-10,visits,staff,S03,pending,2,1,1
2026-10,visits,staff,S03,visit_rate,0,0.9,-0.9
2026-10,visits,staff,S03,on_time_rate,0,0.8,-0.8
2026-10,visits,staff,S03,attempted,0,62,-62
2026-10,visits,staff,S03,reached,0,52,-52
2026-10,visits,staff,S03,reach_rate,,0.8387,
2026-10,visits,staff,S04,due,47,47,0
2026-10,visits,staff,S04,done,39,37,2
2026-10,visits,staff,S04,on_time,33,29,4
2026-10,visits,staff,S04,late,6,8,-2
2026-10,visits,staff,S04,missed,6,8,-2
2026-10,visits,staff,S04,pending,2,2,0
2026-10,visits,staff,S04,visit_rate,0.8298,0.7872,0.0426
2026-10,visits,staff,S04,on_time_rate,0.7021,0.617,0.0851
2026-10,visits,staff,S04,attempted,36,39,-3
2026-10,visits,staff,S04,reached,29,36,-7
2026-10,visits,staff,S04,reach_rate,0.8056,0.9231,-0.1175
2026-10,visits,staff,S05,due,55,58,-3
2026-10,visits,staff,S05,done,38,43,-5
2026-10,visits,staff,S05,on_time,34,37,-3
2026-10,visits,staff,S05,late,4,6,-2
2026-10,visits,staff,S05,missed,14,14,0
2026-10,visits,staff,S05,pending,3,1,2
2026-10,visits,staff,S05,visit_rate,0.6909,0.7414,-0.0505
2026-10,visits,staff,S05,on_time_rate,0.6182,0.6379,-0.0197
2026-10,visits,staff,S05,attempted,47,46,1
2026-10,visits,staff,S05,reached,44,38,6
2026-10,visits,staff,S05,reach_rate,0.9362,0.8261,0.1101
2026-10,visits,staff,S06,due,0,,
2026-10,visits,staff,S06,done,0,,
2026-10,visits,staff,S06,on_time,0,,
2026-10,visits,staff,S06,late,0,,
2026-10,visits,staff,S06,missed,0,,
2026-10,visits,staff,S06,pending,0,,
2026-10,visits,staff,S06,visit_rate,,,
2026-10,visits,staff,S06,on_time_rate,,,
2026-10,visits,staff,S06,attempted,3,,
2026-10,visits,staff,S06,reached,3,,
2026-10,visits,staff,S06,reach_rate,1,,
2026-10,visits,staff,S07,due,0,0,0
2026-10,visits,staff,S07,done,0,0,0
2026-10,visits,staff,S07,on_time,0,0,0
2026-10,visits,staff,S07,late,0,0,0
2026-10,visits,staff,S07,missed,0,0,0
2026-10,visits,staff,S07,pending,0,0,0
2026-10,visits,staff,S07,visit_rate,,,
2026-10,visits,staff,S07,on_time_rate,,,
2026-10,visits,staff,S07,attempted,2,3,-1
2026-10,visits,staff,S07,reached,2,3,-1
2026-10,visits,staff,S07,reach_rate,1,1,0
2026-10,visits,staff,total,due,263,267,-4
2026-10,visits,staff,total,done,187,202,-15
2026-10,visits,staff,total,on_time,156,169,-13
2026-10,visits,staff,total,late,31,33,-2
2026-10,visits,staff,total,missed,60,52,8
2026-10,visits,staff,total,pending,16,13,3
2026-10,visits,staff,total,visit_rate,0.711,0.7566,-0.0455
2026-10,visits,staff,total,on_time_rate,0.5932,0.633,-0.0398
2026-10,visits,staff,total,attempted,198,231,-33
2026-10,visits,staff,total,reached,175,200,-25
2026-10,visits,staff,total,reach_rate,0.8838,0.8658,0.018
2026-10,visits_by_method,method,phone,attempted,134,160,-26
2026-10,visits_by_method,method,phone,reached,114,138,-24
2026-10,visits_by_method,method,phone,unreached,12,13,-1
2026-10,visits_by_method,method,phone,refused,3,5,-2
2026-10,visits_by_method,method,phone,rescheduled,5,4,1
2026-10,visits_by_method,method,phone,reach_rate,0.8507,0.8625,-0.0118
2026-10,visits_by_method,method,onsite,attempted,15,12,3
2026-10,visits_by_method,method,onsite,reached,15,12,3
2026-10,visits_by_method,method,onsite,unreached,0,0,0
2026-10,visits_by_method,method,onsite,refused,0,0,0
2026-10,visits_by_method,method,onsite,rescheduled,0,0,0
2026-10,visits_by_method,method,onsite,reach_rate,1,1,0
2026-10,visits_by_method,method,wechat,attempted,43,51,-8
2026-10,visits_by_method,method,wechat,reached,40,42,-2
2026-10,visits_by_method,method,wechat,unreached,1,6,-5
2026-10,visits_by_method,method,wechat,refused,0,1,-1
2026-10,visits_by_method,method,wechat,rescheduled,2,2,0
2026-10,visits_by_method,method,wechat,reach_rate,0.9302,0.8235,0.1067
2026-10,visits_by_method,method,sms,attempted,6,8,-2
2026-10,visits_by_method,method,sms,reached,6,8,-2
2026-10,visits_by_method,method,sms,unreached,0,0,0
2026-10,visits_by_method,method,sms,refused,0,0,0
2026-10,visits_by_method,method,sms,rescheduled,0,0,0
2026-10,visits_by_method,method,sms,reach_rate,1,1,0
2026-10,visits_by_method,method,total,attempted,198,231,-33
2026-10,visits_by_method,method,total,reached,175,200,-25
2026-10,visits_by_method,method,total,unreached,13,19,-6
2026-10,visits_by_method,method,total,refused,3,6,-3
2026-10,visits_by_method,method,total,rescheduled,7,6,1
2026-10,visits_by_method,method,total,reach_rate,0.8838,0.8658,0.018
2026-10,satisfaction,staff,S01,surveyed,43,27,16
2026-10,satisfaction,staff,S01,satisfied,43,27,16
2026-10,satisfaction,staff,S01,satisfaction_rate,1,1,0
2026-10,satisfaction,staff,S01,served,37,29,8
2026-10,satisfaction,staff,S01,touched,4,4,0
2026-10,satisfaction,staff,S01,touched_rate,0.1081,0.1379,-0.0298
2026-10,satisfaction,staff,S01,returning,11,3,8
2026-10,satisfaction,staff,S01,return_rate,0.2973,0.1034,0.1938
2026-10,satisfaction,staff,S01,dissatisfied,0,0,0
2026-10,satisfaction,staff,S01,followed_up,0,0,0
2026-10,satisfaction,staff,S02,surveyed,38,28,10
2026-10,satisfaction,staff,S02,satisfied,35,27,8
2026-10,satisfaction,staff,S02,satisfaction_rate,0.9211,0.9643,-0.0432
2026-10,satisfaction,staff,S02,served,35,24,11
2026-10,satisfaction,staff,S02,touched,4,6,-2
2026-10,satisfaction,staff,S02,touched_rate,0.1143,0.25,-0.1357
2026-10,satisfaction,staff,S02,returning,9,3,6
2026-10,satisfaction,staff,S02,return_rate,0.2571,0.125,0.1321
2026-10,satisfaction,staff,S02,dissatisfied,3,1,2
2026-10,satisfaction,staff,S02,followed_up,2,1,1
2026-10,satisfaction,staff,S04,surveyed,25,29,-4
2026-10,satisfaction,staff,S04,satisfied,25,29,-4
2026-10,satisfaction,staff,S04,satisfaction_rate,1,1,0
2026-10,satisfaction,staff,S04,served,26,25,1
2026-10,satisfaction,staff,S04,touched,6,7,-1
2026-10,satisfaction,staff,S04,touched_rate,0.2308,0.28,-0.0492
2026-10,satisfaction,staff,S04,returning,2,6,-4
2026-10,satisfaction,staff,S04,return_rate,0.0769,0.24,-0.1631
2026-10,satisfaction,staff,S04,dissatisfied,0,0,0
2026-10,satisfaction,staff,S04,followed_up,0,0,0
2026-10,satisfaction,staff,S05,surveyed,40,29,11
2026-10,satisfaction,staff,S05,satisfied,38,27,11
2026-10,satisfaction,staff,S05,satisfaction_rate,0.95,0.931,0.019
2026-10,satisfaction,staff,S05,served,36,30,6
2026-10,satisfaction,staff,S05,touched,11,6,5
2026-10,satisfaction,staff,S05,touched_rate,0.3056,0.2,0.1056
2026-10,satisfaction,staff,S05,returning,6,6,0
2026-10,satisfaction,staff,S05,return_rate,0.1667,0.2,-0.0333
2026-10,satisfaction,staff,S05,dissatisfied,2,2,0
2026-10,satisfaction,staff,S05,followed_up,2,2,0
2026-10,satisfaction,staff,S06,surveyed,3,,
2026-10,satisfaction,staff,S06,satisfied,3,,
2026-10,satisfaction,staff,S06,satisfaction_rate,1,,
2026-10,satisfaction,staff,S06,served,3,,
2026-10,satisfaction,staff,S06,touched,0,,
2026-10,satisfaction,staff,S06,touched_rate,0,,
2026-10,satisfaction,staff,S06,returning,2,,
2026-10,satisfaction,staff,S06,return_rate,0.6667,,
2026-10,satisfaction,staff,S06,dissatisfied,0,,
2026-10,satisfaction,staff,S06,followed_up,0,,
2026-10,satisfaction,staff,S07,surveyed,2,3,-1
2026-10,satisfaction,staff,S07,satisfied,2,3,-1
2026-10,satisfaction,staff,S07,satisfaction_rate,1,1,0
2026-10,satisfaction,staff,S07,served,2,2,0
2026-10,satisfaction,staff,S07,touched,0,2,-2
2026-10,satisfaction,staff,S07,touched_rate,0,1,-1
2026-10,satisfaction,staff,S07,returning,0,0,0
2026-10,satisfaction,staff,S07,return_rate,0,0,0
2026-10,satisfaction,staff,S07,dissatisfied,0,0,0
2026-10,satisfaction,staff,S07,followed_up,0,0,0
2026-10,satisfaction,staff,total,surveyed,151,155,-4
2026-10,satisfaction,staff,total,satisfied,146,152,-6
2026-10,satisfaction,staff,total,satisfaction_rate,0.9669,0.9806,-0.0138
2026-10,satisfaction,staff,total,served,133,141,-8
2026-10,satisfaction,staff,total,touched,25,35,-10
2026-10,satisfaction,staff,total,touched_rate,0.188,0.2482,-0.0603
2026-10,satisfaction,staff,total,returning,29,25,4
2026-10,satisfaction,staff,total,return_rate,0.218,0.1773,0.0407
2026-10,satisfaction,staff,total,dissatisfied,5,3,2
2026-10,satisfaction,staff,total,followed_up,4,3,1
2026-10,scores,staff,S01,attitude,3.6977,3.6667,0.031
2026-10,scores,staff,S01,skill,3.5581,3.7037,-0.1456
2026-10,scores,staff,S01,timeliness,3.7442,3.6667,0.0775
2026-10,scores,staff,S01,promise,3.6977,3.6296,0.068
2026-10,scores,staff,S01,average,3.6744,3.6667,0.0078
2026-10,scores,staff,S02,attitude,3.4737,3.7143,-0.2406
2026-10,scores,staff,S02,skill,3.4737,3.6429,-0.1692
2026-10,scores,staff,S02,timeliness,3.5,3.5714,-0.0714
2026-10,scores,staff,S02,promise,3.3684,3.6071,-0.2387
2026-10,scores,staff,S02,average,3.4539,3.6339,-0.18
2026-10,scores,staff,S04,attitude,3.68,3.7241,-0.0441
2026-10,scores,staff,S04,skill,3.8,3.7586,0.0414
2026-10,scores,staff,S04,timeliness,3.56,3.5517,0.0083
2026-10,scores,staff,S04,promise,3.6,3.6552,-0.0552
2026-10,scores,staff,S04,average,3.66,3.6724,-0.0124
2026-10,scores,staff,S05,attitude,3.625,3.5862,0.0388
2026-10,scores,staff,S05,skill,3.7,3.6552,0.0448
2026-10,scores,staff,S05,timeliness,3.7,3.6552,0.0448
2026-10,scores,staff,S05,promise,3.575,3.5172,0.0578
2026-10,scores,staff,S05,average,3.65,3.6034,0.0466
2026-10,scores,staff,S06,attitude,3.3333,,
2026-10,scores,staff,S06,skill,3.6667,,
2026-10,scores,staff,S06,timeliness,3.3333,,
2026-10,scores,staff,S06,promise,3,,
2026-10,scores,staff,S06,average,3.3333,,
2026-10,scores,staff,S07,attitude,4,4,0
2026-10,scores,staff,S07,skill,3.5,3.6667,-0.1667
2026-10,scores,staff,S07,timeliness,3,4,-1
2026-10,scores,staff,S07,promise,4,4,0
2026-10,scores,staff,S07,average,3.625,3.9167,-0.2917
2026-10,scores,staff,total,attitude,3.6159,3.671,-0.0551
2026-10,scores,staff,total,skill,3.6159,3.6968,-0.0809
2026-10,scores,staff,total,timeliness,3.6225,3.6387,-0.0162
2026-10,scores,staff,total,promise,3.5563,3.6258,-0.0695
2026-10,scores,staff,total,average,3.6026,3.6581,-0.0554
2026-10,satisfaction_items,item,attitude,level_1,2,0,2
2026-10,satisfaction_items,item,attitude,level_2,1,1,0
2026-10,satisfaction_items,item,attitude,level_3,50,49,1
2026-10,satisfaction_items,item,attitude,level_4,98,105,-7
2026-10,satisfaction_items,item,attitude,answered,151,155,-4
2026-10,satisfaction_items,item,attitude,average,3.6159,3.671,-0.0551
2026-10,satisfaction_items,item,skill,level_1,1,1,0
2026-10,satisfaction_items,item,skill,level_2,2,0,2
2026-10,satisfaction_items,item,skill,level_3,51,44,7
2026-10,satisfaction_items,item,skill,level_4,97,110,-13
2026-10,satisfaction_items,item,skill,answered,151,155,-4
2026-10,satisfaction_items,item,skill,average,3.6159,3.6968,-0.0809
2026-10,satisfaction_items,item,timeliness,level_1,2,0,2
2026-10,satisfaction_items,item,timeliness,level_2,1,2,-1
2026-10,satisfaction_items,item,timeliness,level_3,49,52,-3
2026-10,satisfaction_items,item,timeliness,level_4,99,101,-2
2026-10,satisfaction_items,item,timeliness,answered,151,155,-4
2026-10,satisfaction_items,item,timeliness,average,3.6225,3.6387,-0.0162
2026-10,satisfaction_items,item,promise,level_1,2,0,2
2026-10,satisfaction_items,item,promise,level_2,1,2,-1
2026-10,satisfaction_items,item,promise,level_3,59,54,5
2026-10,satisfaction_items,item,promise,level_4,89,99,-10
2026-10,satisfaction_items,item,promise,answered,151,155,-4
2026-10,satisfaction_items,item,promise,average,3.5563,3.6258,-0.0695
2026-10,satisfaction_items,item,total,level_1,7,1,6
2026-10,satisfaction_items,item,total,level_2,5,5,0
2026-10,satisfaction_items,item,total,level_3,209,199,10
2026-10,satisfaction_items,item,total,level_4,383,415,-32
2026-10,satisfaction_items,item,total,answered,604,620,-16
2026-10,satisfaction_items,item,total,average,3.6026,3.6581,-0.0554
2026-10,dissatisfied,visit,V002226,at,2026-10-09 09:50,,
2026-10,dissatisfied,visit,V002226,customer,KH0101,,
2026-10,dissatisfied,visit,V002226,name,孙俊,,
2026-10,dissatisfied,visit,V002226,phone,15888617061,,
2026-10,dissatisfied,visit,V002226,staff,S02 钟俊,,
2026-10,dissatisfied,visit,V002226,scores,"1,2,2,2",,
2026-10,dissatisfied,visit,V002226,followed_up,否,,
2026-10,dissatisfied,visit,V002233,at,2026-10-09 13:36,,
2026-10,dissatisfied,visit,V002233,customer,KH0044,,
2026-10,dissatisfied,visit,V002233,name,曾天玲,,
2026-10,dissatisfied,visit,V002233,phone,13526037964,,
2026-10,dissatisfied,visit,V002233,staff,S05 赵佳悦,,
2026-10,dissatisfied,visit,V002233,scores,"1,3,1,1",,
2026-10,dissatisfied,visit,V002233,followed_up,2026-11-09 10:02,,
2026-10,dissatisfied,visit,V002309,at,2026-10-20 16:43,,
2026-10,dissatisfied,visit,V002309,customer,KH0017,,
2026-10,dissatisfied,visit,V002309,name,曾鹏,,
2026-10,dissatisfied,visit,V002309,phone,13267732708,,
2026-10,dissatisfied,visit,V002309,staff,S05 赵佳悦,,
2026-10,dissatisfied,visit,V002309,scores,"2,3,3,4",,
2026-10,dissatisfied,visit,V002309,followed_up,2026-11-18 14:54,,
2026-10,dissatisfied,visit,V002311,at,2026-10-21 14:57,,
2026-10,dissatisfied,visit,V002311,customer,KH0010,,
2026-10,dissatisfied,visit,V002311,name,上海嘉禾环保有限公司,,
2026-10,dissatisfied,visit,V002311,phone,13569647821,,
2026-10,dissatisfied,visit,V002311,staff,S02 钟俊,,
2026-10,dissatisfied,visit,V002311,scores,"3,1,3,1",,
2026-10,dissatisfied,visit,V002311,followed_up,2026-10-28 09:27,,
2026-10,dissatisfied,visit,V002367,at,2026-10-28 09:27,,
2026-10,dissatisfied,visit,V002367,customer,KH0010,,
2026-10,dissatisfied,visit,V002367,name,上海嘉禾环保有限公司,,
2026-10,dissatisfied,visit,V002367,phone,13569647821,,
2026-10,dissatisfied,visit,V002367,staff,S02 钟俊,,
2026-10,dissatisfied,visit,V002367,scores,"3,2,1,3",,
2026-10,dissatisfied,visit,V002367,followed_up,2026-11-11 16:59,,
2026-10,complaints,staff,S01,opened,3,1,2
2026-10,complaints,staff,S01,closed,2,1,1
2026-10,complaints,staff,S01,open_end,0,0,0
2026-10,complaints,staff,S01,milestones_due,8,3,5
2026-10,complaints,staff,S01,milestones_met,7,3,4
2026-10,complaints,staff,S01,milestones_missed,1,0,1
2026-10,complaints,staff,S01,met_rate,0.875,1,-0.125
2026-10,complaints,staff,S02,opened,1,,
2026-10,complaints,staff,S02,closed,1,,
2026-10,complaints,staff,S02,open_end,0,,
2026-10,complaints,staff,S02,milestones_due,3,,
2026-10,complaints,staff,S02,milestones_met,3,,
2026-10,complaints,staff,S02,milestones_missed,0,,
2026-10,complaints,staff,S02,met_rate,1,,
2026-10,complaints,staff,S04,opened,2,2,0
2026-10,complaints,staff,S04,closed,0,2,-2
2026-10,complaints,staff,S04,open_end,1,0,1
2026-10,complaints,staff,S04,milestones_due,3,6,-3
2026-10,complaints,staff,S04,milestones_met,2,5,-3
2026-10,complaints,staff,S04,milestones_missed,1,1,0
2026-10,complaints,staff,S04,met_rate,0.6667,0.8333,-0.1667
2026-10,complaints,staff,S05,opened,3,,
2026-10,complaints,staff,S05,closed,2,,
2026-10,complaints,staff,S05,open_end,0,,
2026-10,complaints,staff,S05,milestones_due,7,,
2026-10,complaints,staff,S05,milestones_met,6,,
2026-10,complaints,staff,S05,milestones_missed,1,,
2026-10,complaints,staff,S05,met_rate,0.8571,,
2026-10,complaints,staff,S07,opened,0,,
2026-10,complaints,staff,S07,closed,1,,
2026-10,complaints,staff,S07,open_end,0,,
2026-10,complaints,staff,S07,milestones_due,2,,
2026-10,complaints,staff,S07,milestones_met,2,,
2026-10,complaints,staff,S07,milestones_missed,0,,
2026-10,complaints,staff,S07,met_rate,1,,
2026-10,complaints,staff,S08,opened,0,,
2026-10,complaints,staff,S08,closed,2,,
2026-10,complaints,staff,S08,open_end,0,,
2026-10,complaints,staff,S08,milestones_due,3,,
2026-10,complaints,staff,S08,milestones_met,2,,
2026-10,complaints,staff,S08,milestones_missed,1,,
2026-10,complaints,staff,S08,met_rate,0.6667,,
2026-10,complaints,staff,S10,opened,1,0,1
2026-10,complaints,staff,S10,closed,0,1,-1
2026-10,complaints,staff,S10,open_end,1,0,1
2026-10,complaints,staff,S10,milestones_due,1,2,-1
2026-10,complaints,staff,S10,milestones_met,1,2,-1
2026-10,complaints,staff,S10,milestones_missed,0,0,0
2026-10,complaints,staff,S10,met_rate,1,1,0
2026-10,complaints,staff,total,opened,10,3,7
2026-10,complaints,staff,total,closed,8,4,4
2026-10,complaints,staff,total,open_end,2,0,2
2026-10,complaints,staff,total,milestones_due,27,11,16
2026-10,complaints,staff,total,milestones_met,23,10,13
2026-10,complaints,staff,total,milestones_missed,4,1,3
2026-10,complaints,staff,total,met_rate,0.8519,0.9091,-0.0572
2026-10,complaints_by_category,category,product,opened,4,0,4
2026-10,complaints_by_category,category,product,open_end,2,0,2
2026-10,complaints_by_category,category,repair,opened,0,0,0
2026-10,complaints_by_category,category,repair,open_end,0,0,0
2026-10,complaints_by_category,category,service,opened,3,0,3
2026-10,complaints_by_category,category,service,open_end,0,0,0
2026-10,complaints_by_category,category,parts,opened,1,1,0
2026-10,complaints_by_category,category,parts,open_end,0,0,0
2026-10,complaints_by_category,category,price,opened,0,0,0
2026-10,complaints_by_category,category,price,open_end,0,0,0
2026-10,complaints_by_category,category,other,opened,2,2,0
2026-10,complaints_by_category,category,other,open_end,0,0,0
2026-10,complaints_by_category,category,total,opened,10,3,7
2026-10,complaints_by_category,category,total,open_end,2,0,2
2026-10,complaints_by_severity,severity,general,opened,10,3,7
2026-10,complaints_by_severity,severity,general,open_end,2,0,2
2026-10,complaints_by_severity,severity,serious,opened,0,0,0
2026-10,complaints_by_severity,severity,serious,open_end,0,0,0
2026-10,complaints_by_severity,severity,total,opened,10,3,7
2026-10,complaints_by_severity,severity,total,open_end,2,0,2
2026-10,complaints_by_channel,channel,onsite,opened,5,0,5
2026-10,complaints_by_channel,channel,onsite,open_end,0,0,0
2026-10,complaints_by_channel,channel,phone,opened,2,2,0
2026-10,complaints_by_channel,channel,phone,open_end,1,0,1
2026-10,complaints_by_channel,channel,visit,opened,2,0,2
2026-10,complaints_by_channel,channel,visit,open_end,0,0,0
2026-10,complaints_by_channel,channel,letter,opened,0,0,0
2026-10,complaints_by_channel,channel,letter,open_end,0,0,0
2026-10,complaints_by_channel,channel,wechat,opened,0,1,-1
2026-10,complaints_by_channel,channel,wechat,open_end,0,0,0
2026-10,complaints_by_channel,channel,email,opened,0,0,0
2026-10,complaints_by_channel,channel,email,open_end,0,0,0
2026-10,complaints_by_channel,channel,manufacturer,opened,1,0,1
2026-10,complaints_by_channel,channel,manufacturer,open_end,1,0,1
2026-10,complaints_by_channel,channel,consumer-association,opened,0,0,0
2026-10,complaints_by_channel,channel,consumer-association,open_end,0,0,0
2026-10,complaints_by_channel,channel,total,opened,10,3,7
2026-10,complaints_by_channel,channel,total,open_end,2,0,2
2026-10,milestones,milestone,reply,due,10,3,7
2026-10,milestones,milestone,reply,met,8,2,6
2026-10,milestones,milestone,reply,missed,2,1,1
2026-10,milestones,milestone,reply,met_rate,0.8,0.6667,0.1333
2026-10,milestones,milestone,answer,due,9,4,5
2026-10,milestones,milestone,answer,met,7,4,3
2026-10,milestones,milestone,answer,missed,2,0,2
2026-10,milestones,milestone,answer,met_rate,0.7778,1,-0.2222
2026-10,milestones,milestone,revisit,due,8,4,4
2026-10,milestones,milestone,revisit,met,8,4,4
2026-10,milestones,milestone,revisit,missed,0,0,0
2026-10,milestones,milestone,revisit,met_rate,1,1,0
2026-10,milestones,milestone,total,due,27,11,16
2026-10,milestones,milestone,total,met,23,10,13
2026-10,milestones,milestone,total,missed,4,1,3
2026-10,milestones,milestone,total,met_rate,0.8519,0.9091,-0.0572
2026-10,complaint_times,step,reply,count,10,3,7
2026-10,complaint_times,step,reply,median,0.8833,1.5667,-0.6833
2026-10,complaint_times,step,reply,p90,5.5833,3.2833,2.3
2026-10,complaint_times,step,answer,count,10,3,7
2026-10,complaint_times,step,answer,median,6.35,4.4333,1.9167
2026-10,complaint_times,step,answer,p90,7.5667,4.7667,2.8
2026-10,complaint_times,step,close,count,8,4,4
2026-10,complaint_times,step,close,median,30.6083,11.5417,19.0667
2026-10,complaint_times,step,close,p90,39.1167,32.1667,6.95
2026-10,escalations,rung,specialist,escalations,0,0,0
2026-10,escalations,rung,advisor,escalations,3,0,3
2026-10,escalations,rung,supervisor,escalations,2,0,2
2026-10,escalations,rung,manager,escalations,0,0,0
2026-10,escalations,rung,gm,escalations,0,0,0
2026-10,escalations,rung,total,escalations,5,0,5
2026-10,review,complaint,C2026-0021/reply,customer,KH0049 黄美娟,,
2026-10,review,complaint,C2026-0021/reply,milestone,回复,,
2026-10,review,complaint,C2026-0021/reply,due,2026-10-12 14:52,,
2026-10,review,complaint,C2026-0021/reply,done,2026-10-12 11:43,,
2026-10,review,complaint,C2026-0021/reply,status,按时,,
2026-10,review,complaint,C2026-0021/reply,late_by,,,
2026-10,review,complaint,C2026-0021/reply,responsible,-,,
2026-10,review,complaint,C2026-0021/answer,customer,KH0049 黄美娟,,
2026-10,review,complaint,C2026-0021/answer,milestone,答复,,
2026-10,review,complaint,C2026-0021/answer,due,2026-10-13 11:22,,
2026-10,review,complaint,C2026-0021/answer,done,2026-10-12 17:12,,
2026-10,review,complaint,C2026-0021/answer,status,按时,,
2026-10,review,complaint,C2026-0021/answer,late_by,,,
2026-10,review,complaint,C2026-0021/answer,responsible,-,,
2026-10,review,complaint,C2026-0021/revisit,customer,KH0049 黄美娟,,
2026-10,review,complaint,C2026-0021/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0021/revisit,due,2026-10-19 16:11,,
2026-10,review,complaint,C2026-0021/revisit,done,2026-10-19 11:36,,
2026-10,review,complaint,C2026-0021/revisit,status,按时,,
2026-10,review,complaint,C2026-0021/revisit,late_by,,,
2026-10,review,complaint,C2026-0021/revisit,responsible,-,,
2026-10,review,complaint,C2026-0022/reply,customer,KH0153 江丽璐,,
2026-10,review,complaint,C2026-0022/reply,milestone,回复,,
2026-10,review,complaint,C2026-0022/reply,due,2026-10-19 11:47,,
2026-10,review,complaint,C2026-0022/reply,done,2026-10-19 10:43,,
2026-10,review,complaint,C2026-0022/reply,status,按时,,
2026-10,review,complaint,C2026-0022/reply,late_by,,,
2026-10,review,complaint,C2026-0022/reply,responsible,-,,
2026-10,review,complaint,C2026-0022/answer,customer,KH0153 江丽璐,,
2026-10,review,complaint,C2026-0022/answer,milestone,答复,,
2026-10,review,complaint,C2026-0022/answer,due,2026-10-20 09:47,,
2026-10,review,complaint,C2026-0022/answer,done,2026-10-19 17:11,,
2026-10,review,complaint,C2026-0022/answer,status,按时,,
2026-10,review,complaint,C2026-0022/answer,late_by,,,
2026-10,review,complaint,C2026-0022/answer,responsible,-,,
2026-10,review,complaint,C2026-0022/revisit,customer,KH0153 江丽璐,,
2026-10,review,complaint,C2026-0022/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0022/revisit,due,2026-10-22 16:07,,
2026-10,review,complaint,C2026-0022/revisit,done,2026-10-22 10:02,,
2026-10,review,complaint,C2026-0022/revisit,status,按时,,
2026-10,review,complaint,C2026-0022/revisit,late_by,,,
2026-10,review,complaint,C2026-0022/revisit,responsible,-,,
2026-10,review,complaint,C2026-0023/reply,customer,KH0099 崔振梅,,
2026-10,review,complaint,C2026-0023/reply,milestone,回复,,
2026-10,review,complaint,C2026-0023/reply,due,2026-10-19 17:46,,
2026-10,review,complaint,C2026-0023/reply,done,2026-10-19 16:59,,
2026-10,review,complaint,C2026-0023/reply,status,按时,,
2026-10,review,complaint,C2026-0023/reply,late_by,,,
2026-10,review,complaint,C2026-0023/reply,responsible,-,,
2026-10,review,complaint,C2026-0023/answer,customer,KH0099 崔振梅,,
2026-10,review,complaint,C2026-0023/answer,milestone,答复,,
2026-10,review,complaint,C2026-0023/answer,due,2026-10-20 15:46,,
2026-10,review,complaint,C2026-0023/answer,done,2026-10-21 15:17,,
2026-10,review,complaint,C2026-0023/answer,status,超时,,
2026-10,review,complaint,C2026-0023/answer,late_by,7.0167,,
2026-10,review,complaint,C2026-0023/answer,responsible,S01 陈一浩,,
2026-10,review,complaint,C2026-0023/revisit,customer,KH0099 崔振梅,,
2026-10,review,complaint,C2026-0023/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0023/revisit,due,2026-10-22 17:19,,
2026-10,review,complaint,C2026-0023/revisit,done,2026-10-22 11:10,,
2026-10,review,complaint,C2026-0023/revisit,status,按时,,
2026-10,review,complaint,C2026-0023/revisit,late_by,,,
2026-10,review,complaint,C2026-0023/revisit,responsible,-,,
2026-10,review,complaint,C2026-0024/reply,customer,KH0198 付慧萍,,
2026-10,review,complaint,C2026-0024/reply,milestone,回复,,
2026-10,review,complaint,C2026-0024/reply,due,2026-10-21 11:33,,
2026-10,review,complaint,C2026-0024/reply,done,2026-10-21 17:54,,
2026-10,review,complaint,C2026-0024/reply,status,超时,,
2026-10,review,complaint,C2026-0024/reply,late_by,4.85,,
2026-10,review,complaint,C2026-0024/reply,responsible,S05 赵佳悦,,
2026-10,review,complaint,C2026-0024/answer,customer,KH0198 付慧萍,,
2026-10,review,complaint,C2026-0024/answer,milestone,答复,,
2026-10,review,complaint,C2026-0024/answer,due,2026-10-22 09:33,,
2026-10,review,complaint,C2026-0024/answer,done,2026-10-22 09:37,,
2026-10,review,complaint,C2026-0024/answer,status,超时,,
2026-10,review,complaint,C2026-0024/answer,late_by,0.0667,,
2026-10,review,complaint,C2026-0024/answer,responsible,S08 蒋建明,,
2026-10,review,complaint,C2026-0024/revisit,customer,KH0198 付慧萍,,
2026-10,review,complaint,C2026-0024/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0024/revisit,due,2026-10-28 09:59,,
2026-10,review,complaint,C2026-0024/revisit,done,2026-10-27 16:30,,
2026-10,review,complaint,C2026-0024/revisit,status,按时,,
2026-10,review,complaint,C2026-0024/revisit,late_by,,,
2026-10,review,complaint,C2026-0024/revisit,responsible,-,,
2026-10,review,complaint,C2026-0025/reply,customer,KH0002 孙嘉磊,,
2026-10,review,complaint,C2026-0025/reply,milestone,回复,,
2026-10,review,complaint,C2026-0025/reply,due,2026-10-21 16:21,,
2026-10,review,complaint,C2026-0025/reply,done,2026-10-21 15:44,,
2026-10,review,complaint,C2026-0025/reply,status,按时,,
2026-10,review,complaint,C2026-0025/reply,late_by,,,
2026-10,review,complaint,C2026-0025/reply,responsible,-,,
2026-10,review,complaint,C2026-0025/answer,customer,KH0002 孙嘉磊,,
2026-10,review,complaint,C2026-0025/answer,milestone,答复,,
2026-10,review,complaint,C2026-0025/answer,due,2026-10-26 10:52,,
2026-10,review,complaint,C2026-0025/answer,done,2026-10-23 17:29,,
2026-10,review,complaint,C2026-0025/answer,status,按时,,
2026-10,review,complaint,C2026-0025/answer,late_by,,,
2026-10,review,complaint,C2026-0025/answer,responsible,-,,
2026-10,review,complaint,C2026-0025/revisit,customer,KH0002 孙嘉磊,,
2026-10,review,complaint,C2026-0025/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0025/revisit,due,2026-10-29 15:51,,
2026-10,review,complaint,C2026-0025/revisit,done,2026-10-29 14:11,,
2026-10,review,complaint,C2026-0025/revisit,status,按时,,
2026-10,review,complaint,C2026-0025/revisit,late_by,,,
2026-10,review,complaint,C2026-0025/revisit,responsible,-,,
2026-10,review,complaint,C2026-0026/reply,customer,KH0019 袁美平,,
2026-10,review,complaint,C2026-0026/reply,milestone,回复,,
2026-10,review,complaint,C2026-0026/reply,due,2026-10-21 16:30,,
2026-10,review,complaint,C2026-0026/reply,done,2026-10-22 11:05,,
2026-10,review,complaint,C2026-0026/reply,status,超时,,
2026-10,review,complaint,C2026-0026/reply,late_by,3.5833,,
2026-10,review,complaint,C2026-0026/reply,responsible,S04 崔辉,,
2026-10,review,complaint,C2026-0026/answer,customer,KH0019 袁美平,,
2026-10,review,complaint,C2026-0026/answer,milestone,答复,,
2026-10,review,complaint,C2026-0026/answer,due,2026-10-22 14:30,,
2026-10,review,complaint,C2026-0026/answer,done,2026-10-22 13:48,,
2026-10,review,complaint,C2026-0026/answer,status,按时,,
2026-10,review,complaint,C2026-0026/answer,late_by,,,
2026-10,review,complaint,C2026-0026/answer,responsible,-,,
2026-10,review,complaint,C2026-0026/revisit,customer,KH0019 袁美平,,
2026-10,review,complaint,C2026-0026/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0026/revisit,due,2026-10-28 17:35,,
2026-10,review,complaint,C2026-0026/revisit,done,2026-10-28 15:18,,
2026-10,review,complaint,C2026-0026/revisit,status,按时,,
2026-10,review,complaint,C2026-0026/revisit,late_by,,,
2026-10,review,complaint,C2026-0026/revisit,responsible,-,,
2026-10,review,complaint,C2026-0027/reply,customer,KH0001 吴飞,,
2026-10,review,complaint,C2026-0027/reply,milestone,回复,,
2026-10,review,complaint,C2026-0027/reply,due,2026-10-23 11:54,,
2026-10,review,complaint,C2026-0027/reply,done,2026-10-23 10:29,,
2026-10,review,complaint,C2026-0027/reply,status,按时,,
2026-10,review,complaint,C2026-0027/reply,late_by,,,
2026-10,review,complaint,C2026-0027/reply,responsible,-,,
2026-10,review,complaint,C2026-0027/answer,customer,KH0001 吴飞,,
2026-10,review,complaint,C2026-0027/answer,milestone,答复,,
2026-10,review,complaint,C2026-0027/answer,due,2026-10-26 09:54,,
2026-10,review,complaint,C2026-0027/answer,done,2026-10-23 16:44,,
2026-10,review,complaint,C2026-0027/answer,status,按时,,
2026-10,review,complaint,C2026-0027/answer,late_by,,,
2026-10,review,complaint,C2026-0027/answer,responsible,-,,
2026-10,review,complaint,C2026-0027/revisit,customer,KH0001 吴飞,,
2026-10,review,complaint,C2026-0027/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0027/revisit,due,2026-10-27 09:48,,
2026-10,review,complaint,C2026-0027/revisit,done,2026-10-26 11:54,,
2026-10,review,complaint,C2026-0027/revisit,status,按时,,
2026-10,review,complaint,C2026-0027/revisit,late_by,,,
2026-10,review,complaint,C2026-0027/revisit,responsible,-,,
2026-10,review,complaint,C2026-0028/reply,customer,KH0167 秦玉杰,,
2026-10,review,complaint,C2026-0028/reply,milestone,回复,,
2026-10,review,complaint,C2026-0028/reply,due,2026-10-23 15:29,,
2026-10,review,complaint,C2026-0028/reply,done,2026-10-23 14:19,,
2026-10,review,complaint,C2026-0028/reply,status,按时,,
2026-10,review,complaint,C2026-0028/reply,late_by,,,
2026-10,review,complaint,C2026-0028/reply,responsible,-,,
2026-10,review,complaint,C2026-0028/answer,customer,KH0167 秦玉杰,,
2026-10,review,complaint,C2026-0028/answer,milestone,答复,,
2026-10,review,complaint,C2026-0028/answer,due,2026-10-26 11:59,,
2026-10,review,complaint,C2026-0028/answer,done,2026-10-23 16:12,,
2026-10,review,complaint,C2026-0028/answer,status,按时,,
2026-10,review,complaint,C2026-0028/answer,late_by,,,
2026-10,review,complaint,C2026-0028/answer,responsible,-,,
2026-10,review,complaint,C2026-0028/revisit,customer,KH0167 秦玉杰,,
2026-10,review,complaint,C2026-0028/revisit,milestone,回访确认,,
2026-10,review,complaint,C2026-0028/revisit,due,2026-10-30 09:41,,
2026-10,review,complaint,C2026-0028/revisit,done,2026-10-29 10:13,,
2026-10,review,complaint,C2026-0028/revisit,status,按时,,
2026-10,review,complaint,C2026-0028/revisit,late_by,,,
2026-10,review,complaint,C2026-0028/revisit,responsible,-,,
2026-10,trend,month,2026-05,visits_due,207,,
2026-10,trend,month,2026-05,visit_rate,0.7536,,
2026-10,trend,month,2026-05,satisfaction_rate,0.9797,,
2026-10,trend,month,2026-05,touched_rate,0.2385,,
2026-10,trend,month,2026-05,complaints_opened,1,,
2026-10,trend,month,2026-05,milestone_met_rate,1,,
2026-10,trend,month,2026-06,visits_due,208,,
2026-10,trend,month,2026-06,visit_rate,0.7788,,
2026-10,trend,month,2026-06,satisfaction_rate,0.9658,,
2026-10,trend,month,2026-06,touched_rate,0.25,,
2026-10,trend,month,2026-06,complaints_opened,3,,
2026-10,trend,month,2026-06,milestone_met_rate,1,,
2026-10,trend,month,2026-07,visits_due,239,,
2026-10,trend,month,2026-07,visit_rate,0.8117,,
2026-10,trend,month,2026-07,satisfaction_rate,0.9533,,
2026-10,trend,month,2026-07,touched_rate,0.1942,,
2026-10,trend,month,2026-07,complaints_opened,4,,
2026-10,trend,month,2026-07,milestone_met_rate,0.8462,,
2026-10,trend,month,2026-08,visits_due,237,,
2026-10,trend,month,2026-08,visit_rate,0.7679,,
2026-10,trend,month,2026-08,satisfaction_rate,0.9795,,
2026-10,trend,month,2026-08,touched_rate,0.237,,
2026-10,trend,month,2026-08,complaints_opened,1,,
2026-10,trend,month,2026-08,milestone_met_rate,1,,
2026-10,trend,month,2026-09,visits_due,267,,
2026-10,trend,month,2026-09,visit_rate,0.7566,,
2026-10,trend,month,2026-09,satisfaction_rate,0.9806,,
2026-10,trend,month,2026-09,touched_rate,0.2482,,
2026-10,trend,month,2026-09,complaints_opened,3,,
2026-10,trend,month,2026-09,milestone_met_rate,0.9091,,
2026-10,trend,month,2026-10,visits_due,263,,
2026-10,trend,month,2026-10,visit_rate,0.711,,
2026-10,trend,month,2026-10,satisfaction_rate,0.9669,,
2026-10,trend,month,2026-10,touched_rate,0.188,,
2026-10,trend,month,2026-10,complaints_opened,10,,
2026-10,trend,month,2026-10,milestone_met_rate,0.8519,,
>>> exit 0
