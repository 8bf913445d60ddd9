# rungs 的界面文字（简体中文）：网站、手册、一纸禅、报告、团队汇总、工作簿和邮件。
# 每行一条：键 = 文字；{ $name } 处填入数值。键名不要改，文字可以改。

home = 首页
sequences = 任职资格序列
sequence = 序列
levels = 级别
level = 级别
competencies = 能力素质词典
competency = 能力素质
pages = 说明
search = 搜索
search_placeholder = 搜索标准（如 客户导向、谈判、回款）
search_no_results = 没有找到匹配的内容
search_kind_level = 级别要求
search_kind_competency = 能力素质词典
search_kind_sequence = 序列
search_kind_position = 岗位
search_kind_compare = 级别对比
search_kind_scoring = 评分规则
search_kind_page = 说明
menu = 目录
permalink = 本节链接
compare_next = 与下一级对比
compare_previous = 与上一级对比
became_key = 改为关键项
became_normal = 改为普通项
change_reweighted = 分值调整
behaviours_to_add = 需达到的行为表现
search_hint = ↑↓ 选择，回车打开，Esc 关闭
edition = 版本
effective_date = 生效日期
status = 状态
status_draft = 草案
status_published = 正式发布
status_superseded = 已废止
owner = 解释部门
serial = 文件编号
organisation = 发布单位
guide = 使用指南
guide_text = 从序列进入各级别的任职资格要求；在能力素质词典中查看每项能力的分级行为标准；用“级别对比”查看晋级需要提升的内容。
ladder = 职业发展阶梯
positioning = 角色定位
conditions = 基本条件
knowledge = 必备知识
responsibilities = 主要职责
required_competencies = 能力素质要求
matrix = 级别 × 能力素质要求矩阵
scoring = 评分模块与分值
scoring_rules = 评分规则
module = 模块
item = 评分项
points = 分值
total = 总分
pass = 合格分
contributions = 贡献要求
contribution_kinds = 贡献类别
kpis = 关键绩效指标
formula = 计算公式
key = 关键
normal = 普通
key_legend = ★ 关键项（必须达到）；其余为普通项
behaviour_legend = ★ 关键项（必须达到）；● 普通项；– 本级不要求
definition = 定义
key_points = 关键点
graded_levels = 分级行为标准
behaviours = 行为表现
suggestions = 发展建议
learning_on-the-job = 在岗实践
learning_from-others = 向他人学习
learning_course = 培训课程
required_at = 在哪些级别要求
not_required = 当前没有级别要求此项能力。
category = 类别
previous_level = 上一级
next_level = 下一级
compare = 级别对比
compare_pick = 选择两个级别进行对比
compare_from = 从
compare_to = 到
change_new = 新增
change_raised = 提高
change_lowered = 降低
change_unchanged = 不变
change_removed = 取消
change_changed = 变化
requirement = 要求
none = 无
not_found = 页面不存在
not_found_text = 您访问的页面不存在，可能已被移动。
back_home = 返回首页
skip = 跳到正文
diff_settings = 设置
diff_working_tree = 工作区
diff_none = 无变化
diff_level = { $n } 级
diff_side = { $edition }（{ $rev }）
diff_affected = 受影响 { $n } 份：{ $pass_fail } 份由通过变为未通过，{ $fail_pass } 份由未通过变为通过，{ $grade } 份等级变化，{ $total } 份总分变化。
diff_unaffected = 没有认证记录的结论、等级或总分因此变化。
diff_not_comparable_note = 无法比较：旧版本中没有该记录申请的级别。
diff_applied_level = 申请级别
banner_draft = 征求意见稿：本版尚未生效，内容可能调整，不作为认证依据。
banner_superseded_by = 本版已被{ $edition }取代，请以现行版本为准。
banner_superseded = 本版已废止，请以现行版本为准。
watermark_draft = 征求意见稿
watermark_what_if = 试算
banner_what_if = 试算：按{ $edition }重新评定，仅供分析比较，不是正式认证结论，不得作为结果发放。
proposed_effective_date = 拟生效日期
drafted_by = { $o } 征求意见稿
last_changed = 本页内容最后修改
untagged = 尚未发布
changelog_note = 各版本来自 git 标签；每版列出与上一版相比的变化，标有「影响认证」的变化可能改变认证结论。
diff_grading = 等级评定规则
diff_verdict = 认证结论规则
diff_pages = 页面
diff_name = 名称
diff_level_count = 分级数
diff_counts = { $n } 处变化，其中 { $m } 处影响认证
diff_impact = 对认证结论的影响（{ $n } 份认证记录）
diff_records = 记录数
diff_verdicts = 结论变化
diff_grades = 等级变化
diff_totals = 总分变化
diff_not_comparable = 无法比较
diff_affects = 影响认证
diff_title = 任职资格标准变化
diff_what = 变化项
diff_before = 变化前
diff_after = 变化后
diff_records_warning = 以下含个人信息（工号与认证结果），请勿公开粘贴。
on_this_page = 本页内容
grade_counts_both = 能力素质要求与行为标准的要求项合并计算
grade_counts_competencies = 按能力素质要求计算
grade_counts_behaviours = 按行为标准的要求项计算
grade_rules = 等级评定（{ $counted }）：A 全部要求达标；B 关键项全部达标且未达标的普通项不超过 { $pct }；否则为 C。
verdict_rules = 认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级不是 C。
verdict_rules_gate = 认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级不是 C，贡献要求全部满足。
outcome_rules = 认证结果：首次认证为「认证通过」或「未通过」；申请高于现任级别为「晋级」或「未通过，维持原级」；申请现任级别（复核）为「保留」或「{ $failed }」，复核不再要求现职年限。申请高出现任级别两级及以上为越级申请，允许，并在报告中标注。参考项随结论呈现，不影响结论。
score_rules = 每个评分项得分在 0 到其分值之间；模块得分为各项之和，且不超过模块分值；总分为各模块之和（笔试为一个模块）。
exam = 笔试
level_count = 个级别
education = 学历
experience_years = 相关工作经验
years_in_level = 现职年限
training_hours = 培训学时
certification = 资格认证
performance = 绩效要求
other = 其他
years_at_least = 不少于 { $n } 年
hours_at_least = 不少于 { $n } 学时
education_at_least = { $e }及以上
major = 专业
professional_title = 职称
title_at_least = { $t }及以上
alternatives = 满足其一
alternative_or = ；或{" "}
list_sep = 、
and_sep = ，
or_sep = 或
behaviour_standards = 行为标准
activity = 活动
criterion = 标准
reference_items = 参考项
reference_note = 参考项随认证结果一并呈现，供评审参考，不影响认证结论。
reference_short = 不影响认证结论
source = 来源
source_record = 评审记录
source_performance = 绩效记录
source_kpi = 按本周期 KPI 结果折算
kpi_unscored = 不计分
one_line_required = 须达标
positions = 岗位
position = 岗位
positions_here = 本级适用岗位
position_raised = 岗位提高
position_levels = 适用级别
position_kpis = 岗位关键绩效指标
position_requirements = 岗位能力要求
position_requirements_note = 任此岗位者在各级别须达到的要求（级别要求与岗位要求取其高）；★ 关键项；↑ 岗位在级别要求之上增加或提高。
target = 目标值
weight = 权重（分）
kpi_rule = 计分规则
rule_deduct = 达到目标得满分；每低于目标 { $step } 扣 { $points } 分，扣完为止
rule_deduct_lower = 达到目标得满分；每高于目标 { $step } 扣 { $points } 分，扣完为止
rule_band = { $from }：{ $points } 分
rule_below = 其余 0 分
items_sep = ；
name_with_id = { $name }（{ $id }）
rule_sep = ；
one_line_standard = 任职标准
within_cycles = （近 { $n } 个周期内）
perf_no_consecutive = 最近 { $last } 期内不得连续 { $n } 期为 { $r } 或更低
perf_at_least = 最近 { $last } 期均不低于 { $r }
edu_high-school = 高中/中专
edu_associate = 大专
edu_bachelor = 本科
edu_master = 硕士
edu_doctorate = 博士
count_at_least = 至少 { $n } 项
generated_by = 由 rungs 生成
commit = 内容版本
report_title = 任职资格认证报告
employee = 员工
employee_id = 工号
department = 部门
manager = 直接上级
current_level = 现任级别
applied_level = 申请级别
assessment_date = 认证日期
cycle = 认证周期
assessors = 评委
verdict = 认证结论
qualified = 通过
not_qualified = 暂不通过
grade = 等级
met = 达标
unmet = 未达标
required = 要求
achieved = 实际
gap = 差距
score = 得分
gap_table = 能力素质差距分析
radar = 能力雷达图
radar_bars = 能力达成图
bars_legend = 每行一项能力：填充为实际达到的级别（绿色达标，黄色未达标），蓝色竖线为要求级别
bars_legend_previous = ，下方细灰条为上期实际
all_met_short = 全部满足
strengths = 优势与进步
development = 待发展项及发展建议
reach_next = 下一步目标
comments = 评委意见
signoff = 签字确认
sign_employee = 员工签字
sign_manager = 直接上级签字
sign_assessor = 评委签字
sign_date = 日期
page = 第 { $p } 页 / 共 { $n } 页
legend_gap = 绿色：达标；黄色：差一级；红色：差两级及以上，或一句话标准未达标；「岗位」：岗位在级别之上增加或提高的要求
no_development = 所有能力素质均已达到要求。
no_strengths = 本期尚无达标的要求项。
contribution_titles = 提交的贡献
summary = 认证结论摘要
confidential = 个人信息，仅限本人及其上级查阅
reason_total = 总分 { $total } 低于合格分 { $pass }
gate_total = { $total }（合格分 { $pass }，满分 { $points }）
gate_grade = 须为 A 或 B
level_against = { $name }（{ $achieved } 级，要求 { $required } 级）
carried_over = 上期计划延续
plan_none_needed_failed = 所有能力与行为要求均已达标，无须制定能力发展计划；本次未通过的原因及改进方向见「其他改进建议」。
plan_none_needed_next = 所有能力要求均已达标，本周期无须制定能力发展计划；可参考下一级「{ $level }」的要求继续提升。
level_changed = 两期申请的级别不同（{ $then } → { $now }），要求随之变化。
improved = 提升的能力
score_changes = 得分变化
results_edition = 评定版本
results_what_if = { $edition }（试算）
standard_to_meet = 须达到的标准
behaviour_criterion = 本级行为标准
newly_unmet = 新出现的未满足条件
unmet_named = 未满足：{ $names }
decided_title = 各期评定要素
decided_item = 评定要素
decided_legend = 红色：当期未达到的要素（总分低于合格分、等级为 C、基本条件未满足）；↓：低于上一期
why_not = 未通过原因
reason_held = { $label } { $held }（要求 { $required }）未满足
reason_not_met = { $label }未满足
reason_grade_key = 能力等级为 C（关键项未达标：{ $names }）
reason_grade_normal = 能力等级为 C（普通项未达标 { $n }/{ $m }：{ $names }，最多允许 { $allowed } 项；再达标 { $k } 项即为 B）
reason_contribution = 贡献要求未满足：{ $kind } { $achieved }/{ $required } 项
guide_expected = ，预计 { $month } 满足
strength_above = { $name } { $achieved } 级（要求 { $required } 级）
strength_raised_from = ，较上期 { $from } 级提升
strength_raised = { $name } 较上期提升 { $steps } 级（{ $from } 级 → { $to } 级）
strength_full_marks = { $module } 满分（{ $points }/{ $points }）
strength_kpi = { $kpi } { $result }，优于目标 { $target }
strength_all_met = 全部 { $n } 项要求达标
strength_key_met = 关键项达标 { $met }/{ $all }
strength_normal_met = 普通项达标 { $met }/{ $all }
one_line_against = { $name }（未达标，须达标）
priority_contribution = { $kind }（还差 { $n } 项）
waiting = 待满足条件
one_line_step = 一句话标准：须达标
outcome_certified = 认证通过
outcome_promoted = 晋级
outcome_retained = 保留
outcome_not_certified = 未通过
outcome_not_promoted = 未通过，维持原级
outcome_demoted = 未通过，降级
outcome_observation = 未通过，保留观察
outcome_reassigned = 调级通过
outcome_not_reassigned = 调级未通过，维持原级
flag_skip = 越级申请（跨 { $n } 级）
flag_waived = 复核：现职年限要求不适用
waived = 不适用
kpi_results = 岗位 KPI
result = 实际
kpi_score = KPI 得分
kpi_feeds = KPI 得分计入「{ $module }」模块：{ $share }% × { $points } 分 = { $score } 分
kpi_advisory = KPI 结果供评审参考，不计入总分。
plan_reached = 目标已达成：差距已弥补
kpi_score_of = { $earned }/{ $weights }，折合 { $share }/100
kpi_no_result = 未填写
behaviour_met = 达标
behaviour_unmet = 未达标
behaviour_missing = 未评估
evidence = 事实依据
behaviour_step = 行为标准：达到本级要求
behaviour_priority = { $name }（行为标准）
verdict_qualified = 基本条件全部满足，总分 { $total }/{ $points } 达到合格分 { $pass }，能力等级 { $grade }
grade_a = 能力等级 A：全部要求项达标
grade_b = 能力等级 B：关键项全部达标，{ $n } 项普通项未达标
grade_c_key = 能力等级 C：{ $n } 项关键项未达标：{ $names }
grade_c_normal = 能力等级 C：未达标的普通项 { $n }/{ $m }，超过 { $pct }
top_strengths = 主要优势
top_priorities = 优先发展项
none_yet = 暂无
development_plan = 个人发展计划
proposed = 建议
proposed_note = 本次认证记录未附发展计划。以下是按差距（关键项优先、差距大者优先）生成的建议，请与直接上级商定后执行。
plan_none_needed = 所有能力要求均已达标，本周期无须制定能力发展计划；可参考下一级别的要求继续提升。
goal = 目标
plan_owner = 负责人
plan_due = 完成时间
plan_status = 状态
plan_planned = 计划中
plan_in-progress = 进行中
plan_done = 已完成
plan_dropped = 已取消
plan_overdue = 已逾期
plan_unset = 未填写
reach_level = { $from } 级 → { $to } 级「{ $title }」
target_behaviours = 目标级别的行为表现
actions = 发展行动（70/20/10）
next_cycle = 下一认证周期前
other_guidance = 其他改进建议
guide_total = 总分 { $total } 距合格分 { $pass } 还差 { $n } 分，失分最多的是
guide_module = { $module }（得分 { $score }/{ $points }，失分 { $lost }）
guide_hours = { $label }：还差 { $n }（现 { $held }，要求 { $required }）
guide_education = 学历：需达到{ $required }（现：{ $held }）
guide_certification = 资格认证：需取得「{ $name }」
guide_performance = 绩效：最近 { $last } 期为 { $window }；需再有 { $n } 期绩效不低于 { $rating }
guide_performance_none = 绩效：最近 { $last } 期为 { $window }
guide_other = 需满足：{ $text }
guide_major = 专业：需为{ $accepted }之一（现：{ $held }）
guide_title = 职称：需达到{ $required }及以上（现：{ $held }）
guide_alternatives = 需满足其一：{ $text }。最接近的还差：{ $closest }
guide_contribution = { $kind }：已提交 { $achieved } 项，要求 { $required } 项，还差 { $n } 项
history = 历次认证
since = 与 { $cycle } 相比
closed_gaps = 已弥补的差距
open_gaps = 仍待发展的能力差距
new_gaps = 新出现的能力差距
new_gaps_level = 随申请级别提高新增的能力差距
position_changed = 两期考核的岗位不同（{ $then } → { $now }），KPI 与能力要求随之变化，两期得分不宜直接比较。
no_position = 未按岗位
not_given = 未填写
strength_total = 总分 { $total }，高于合格分 { $pass }
etc = 等
in_parens = （{ $text }）
plan_none_needed_waiting = 所有能力与行为要求均已达标，无须制定能力发展计划；本次未通过是因为尚待满足的条件（见摘要中的「待满足条件」），满足后可再次申请。
previous_plan = 上期发展计划执行情况
counted_before = 已在 { $cycle } 计入
counted_from = { $cycle } 提交，本期计入
gate_contributions = { $met }/{ $all } 项贡献要求已满足
contributions_advisory = 贡献要求供参考，不影响认证结论。
contributions_gating = 贡献要求是认证条件之一：未满足则不能通过。
previous_achieved = 上期实际
years = { $n } 年
hours = { $n } 学时
held = 已取得
not_held = 未取得
yes = 是
no = 否
no_ratings = 无绩效记录
handbook = 任职资格标准手册
contents = 目录
revisions = 修订记录
edition_notes = 修订内容
issued = 发布日期
issued_by = { $o } 发布
sheets = 任职资格一纸禅
sheets_note = 每个级别一页：基本条件、能力素质要求、评分模块与合格分、贡献要求，便于打印张贴和认证时对照。
pass_marks = 各级别总分与合格分
count = 数量
key_item = ★ 关键
description = 说明
close = 关闭
results_count = 共 { $n } 条结果
appendix = 附录
conditions_all_met = 基本条件全部满足
conditions_some_unmet = 基本条件未全部满足
team_title = 团队任职资格总结
team_confidential = 内部资料 · 仅限人力资源部与该团队上级
team_by_manager = 直接上级
team_by_department = 部门
team_by_sequence = 序列
team_no_manager = 未指定上级
team_cycle = 评定周期
team_size = 人数
team_people = { $n } 人
team_qualified = { $n } / { $m } 人通过（{ $p }%）
team_overview = 总览
team_outcomes = 结论分布
team_grades = 能力等级分布
team_previous = 上期（{ $cycle }）本团队 { $m } 人参评、{ $n } 人通过。
team_previous_both = 两期均参评的 { $both } 人：上期通过 { $then } 人，本期通过 { $now } 人。
team_previous_none_both = 两期参评的不是同一批人，不作比较。
team_range = { $min }–{ $max }（中位 { $median }）
team_level_line = { $level }：通过 { $qualified }，合格分 { $pass }，总分 { $totals }
team_level_previous = ；上期同级通过 { $previous }
team_col_level = 申请级别
team_col_qualified = 通过
team_col_totals = 总分（最低–最高）
team_col_previous_level = 上期同级通过
team_no_previous = 本团队无上期评定记录。
team_skips = （越级）
team_col_pass = 合格分
team_col_reason = 未通过原因
team_col_cycle = 周期
team_col_team = 团队
team_col_sequence = 序列
team_col_previous = 上期总分
team_col_achieved = 达到
team_col_required = 要求
team_col_key_short = 未达标关键能力
team_outcome_note = 结论按个人报告的认证规则得出：基本条件全部满足、总分不低于合格分且能力等级不是 C 才通过。
team_members = 成员结论
team_col_id = 工号
team_col_name = 姓名
team_col_levels = 层级
team_col_outcome = 结论
team_col_total = 总分
team_col_change = 较上期
team_heatmap = 能力达标热力图
team_heatmap_intro = 每格为“达到级别/要求级别”。
team_legend_met = 达标
team_legend_one = 差一级
team_legend_two = 差两级及以上
team_legend_none = 该层级不要求
team_legend_key = 列名 ★：对部分成员为关键能力；格内 ★：对该成员为关键能力
team_needs = 培训需求
team_needs_intro = 涉及关键能力未达标的优先，再按未达标人数、关键项人数和词典顺序排序；“x / y 人”指要求该能力的 y 人中 x 人未达标。发展建议取自能力词典，按成员下一步要达到的级别给出（70/20/10：在岗实践、向他人学习、培训课程）。
team_no_needs = 全员达到所评层级的各项能力要求。
team_short = { $n } / { $m } 人
team_more_members = 本表列出按工号排序的前 { $shown } 人，另有 { $n } 人未列出；全部成员见与本文件同名的 CSV 文件。
team_more_names = {" "}等，另有 { $n } 人
team_short_before = 上期 { $n }
team_target = 达到 { $n } 级（{ $who }）
team_col_competency = 能力
team_col_suggestions = 发展建议（70/20/10）
team_col_count = 未达标
team_col_members = 涉及成员（达到/要求）
sheet_employee_id = 工号
sheet_name = 姓名
sheet_department = 部门
sheet_manager_id = 直接上级工号
sheet_manager_name = 直接上级姓名
sheet_manager_email = 直接上级邮箱
sheet_sequence = 序列
sheet_position = 岗位
sheet_cycle = 评定周期
sheet_current_level = 当前级别
sheet_applied_level = 申请级别
sheet_date = 评定日期
sheet_assessors = 评定人
sheet_edition = 标准版本
sheet_education = 学历
sheet_experience_years = 工作年限
sheet_years_in_level = 本级年限
sheet_training_hours = 培训学时
sheet_certifications = 证书
sheet_performance = 绩效（由远及近）
sheet_major = 专业
sheet_title = 职称
sheet_written_exam = 笔试成绩
sheet_reference = 参考
colon = ：
sheet_semicolon = ；
sheet_note_employee_id = 必填；一行一人
sheet_note_manager_id = 上级也参评时填其工号
sheet_note_fixed = 填
sheet_note_choose = 可选
sheet_note_first = 首次认证留空
sheet_note_cycle = 如 2025H1；留空则用 import --cycle
sheet_note_date = 如 2024-12-12
sheet_note_list = 多项用顿号或逗号分开
sheet_note_eg = 如
sheet_note_years = 年，可带小数
sheet_note_hours = 学时
sheet_note_required = 要求
sheet_note_ratings = 由远及近，空格或逗号分开
sheet_note_yes_no = 是/否
sheet_note_key = ；关键项
sheet_note_level = 0–{ $max } 级，要求 { $required } 级
sheet_note_points = 0–{ $max } 分
sheet_note_target = 目标
sheet_notes_row = 填写说明
sheet_guide = 填写说明
sheet_guide_column = 列
sheet_guide_key = 字段
sheet_guide_note = 填写要求
sheet_guide_required = 必填
sheet_guide_intro = 每行一名员工；带 * 的列新建记录时必填。空单元格表示“不修改”：导入只写入填了的单元格，记录中的证据、评语和发展计划保持不变。以 # 开头的行不导入。
results_title = 任职资格评定结果
results_counts = 共 { $n } 条评定记录，{ $q } 条通过。
results_department = 部门
results_manager = 直接上级
results_position = 岗位
results_qualified = 是否通过
results_gap_count = 差距项数
results_key_gaps = 关键项差距
results_gaps = 能力差距（达到/要求，★ 关键项）
results_confidential = 内部资料 · 仅限人力资源部
results_all = 全部记录
key_unmet = 未达标关键项
normal_unmet = 未达标普通项

# `export --format csv|xlsx` 表格的列名。
grid_id = 编号
grid_competency = 能力素质
grid_category = 类别
grid_key = 关键项
grid_definition = 定义
grid_key_points = 要点
grid_standard = 一句话标准
grid_level_title = { $n }级 名称
grid_level_behaviours = { $n }级 行为表现
grid_dictionary = 能力素质词典
case_scoring = 评分
case_kpis = 关键绩效指标

# 句中的一项条件（any_of 的一种组合）：{ $label } 和 { $text }。
labelled_condition = { $label }{ $text }
inline_major = 专业
inline_experience_years = 相关工作经验
inline_years_in_level = 现职年限
inline_training_hours = 培训学时
inline_professional_title = 职称

## 命令行的话：诊断、进度、结束语和 --help。
## 这些键用连字符（kebab-case）；上面文档用的键用下划线，因为模板按 t.键 读取。

label-error = 错误
label-warning = 警告
label-help = 帮助
label-note = 注
diagnostics-warnings = 共 { $warnings } 个警告
diagnostics-errors = 发现 { $errors } 个错误
diagnostics-errors-and-warnings = 发现 { $errors } 个错误、{ $warnings } 个警告

## 关于项目语言和语言文件的诊断。
unknown-language = rungs 没有语言 `{ $tag }`；现有语言为 { $known }
unknown-language-help = 改为其中之一，或用文件 `themes/<theme>/locales/{ $tag }.ftl` 添加这种语言
locale-syntax = 不是有效的 Fluent 格式：{ $what }
locale-syntax-help = 每条文字写成一行 `键 = 文字`（续行需缩进）；见 https://projectfluent.org/fluent/guide/
locale-duplicate = 本文件中 `{ $key }` 出现了两次
locale-duplicate-help = 只保留一处；现按第一处使用
locale-unknown-key = rungs 没有文字 `{ $key }`，这一行不会改变任何内容
locale-unknown-key-suggest = 是否想写 `{ $suggestion }`？
locale-unknown-key-help = 从 rungs 自带的 `themes/default/locales/zh-CN.ftl` 复制键名
locale-incomplete = 本文件只给出了 rungs 全部 { $total } 条文字中的一部分，其余 { $missing } 条按 { $base } 显示
locale-incomplete-help = 补译本文件缺少的键，可从 rungs 的 `{ $base }.ftl` 复制

## 命令行自己的话。
ui-unknown-language = 警告：rungs 没有语言 `{ $tag }`（现有 { $known }），按项目或系统语言显示
init-unknown-language = rungs 没有 `{ $tag }` 的入门项目；现有 { $known }

## 读取和检查内容时的诊断（src/load，src/check 的共用检查，以及设置、能力素质词典、岗位、
## KPI、发展计划、行为标准、页面和输出的规则）。

# 下面通用消息中用到的名词。编号类名词带 `$form`：`known` 时指已有的一组编号（“已有的能力素质编号”），
# 否则指单个（“能力素质”）。
noun-activity = { $form ->
    [known] 活动编号
   *[one] 活动
}
noun-behaviour-module = { $form ->
    [known] 行为标准模块编号
   *[one] 行为标准模块
}
noun-category = { $form ->
    [known] 类别编号
   *[one] 类别
}
noun-competency = { $form ->
    [known] 能力素质编号
   *[one] 能力素质
}
noun-condition = { $form ->
    [known] 条件编号
   *[one] 条件
}
noun-contribution-kind = { $form ->
    [known] 贡献类别编号
   *[one] 贡献类别
}
noun-item = { $form ->
    [known] 评分项编号
   *[one] 评分项
}
noun-kpi = { $form ->
    [known] 关键绩效指标编号
   *[one] 关键绩效指标
}
noun-level = { $form ->
    [known] 级别编号
   *[one] 级别
}
noun-position = { $form ->
    [known] 岗位编号
   *[one] 岗位
}
noun-reference-item = { $form ->
    [known] 参考项编号
   *[one] 参考项
}
noun-scoring-item = { $form ->
    [known] 评分项编号
   *[one] 评分项
}
noun-scoring-module = { $form ->
    [known] 评分模块编号
   *[one] 评分模块
}
noun-sequence = { $form ->
    [known] 序列编号
   *[one] 序列
}
noun-theme = { $form ->
    [known] 主题编号
   *[one] 主题
}
noun-employee-id = { $form ->
    [known] 员工编号
   *[one] 员工编号
}
noun-professional-title = { $form ->
    [known] 职称
   *[one] 职称
}
noun-department = { $form ->
    [known] 部门
   *[one] 部门
}
noun-cycle = { $form ->
    [known] 周期
   *[one] 周期
}
noun-column = { $form ->
    [known] 列
   *[one] 列
}
noun-activity-name = 活动名称
noun-assessor-name = 评委姓名
noun-behaviour-module-name = 行为标准模块名称
noun-category-name = 类别名称
noun-competency-level-title = 等级名称
noun-competency-name = 能力素质名称
noun-contribution-kind-name = 贡献类别名称
noun-criterion = 标准描述
noun-edition = 版本
noun-level-name = 级别名称
noun-level-title = 级别称谓
noun-manager-id = 直属上级的员工编号
noun-manager-name = 直属上级姓名
noun-name = 姓名
noun-one-line-standard = 一句话标准
noun-organisation = 发布单位
noun-owner = 解释部门
noun-page-title = 页面标题
noun-plan-goal = 发展计划目标
noun-position-name = 岗位名称
noun-reference-item-name = 参考项名称
noun-sequence-name = 序列名称
noun-title = 手册标题
# 超出上限的列表里装的是什么。
count-competencies = 能力素质
count-sequences = 序列
count-levels = 级别
count-key-points = 关键点
count-level-behaviours = 单个等级的行为表现
count-level-competencies = 单个级别要求的能力素质
count-plan-items = 发展计划条目
# “是否想写……”之后，说明已有编号在哪里定义。
hint-activities = 活动列在 `behaviour_standards:` 下
hint-categories = 类别列在 rungs.yaml 中
hint-competencies = 能力素质写在 competencies/<id>.yaml 中
hint-kinds = 贡献类别列在 rungs.yaml 中
hint-kpis = KPI 列在序列的 `kpis:` 下
hint-levels-of-sequence = 本序列的级别
hint-positions-of-sequence = 序列 `{ $sequence }` 的岗位

suggest-did-you-mean = 是否想写 `{ $suggestion }`？
suggest-none-defined = 尚未定义任何{ $what }
suggest-known = 已有的{ $known }：{ $list }
suggest-none-close = 已有的 { $count } 个{ $known }都与 `{ $word }` 不相近
suggest-with-hint = { $help }（{ $hint }）

check-id-help = 编号只能用小写字母 a–z、数字和 `-`，以字母或数字开头，最多 64 个字符（例如 `customer-orientation`）
check-invalid-id = `{ $id }` 不是有效的{ $what }编号
check-invalid-page-id = 页面文件名 `{ $id }` 不是有效的编号
check-reserved-id = `{ $id }` 不能用作{ $what }编号：rungs 会自动生成同名页面
check-reserved-id-help = 请换一个编号；{ $count ->
    [1] `{ $last }`
   *[other] { $rest } 和 `{ $last }`
} 是保留的{ $what }编号
check-first-defined-here = 首次定义于此
check-first-record-here = 第一份记录
check-duplicate-id = { $what }编号 `{ $id }` 已被使用
check-duplicate-id-help = 编号必须唯一：请给这个{ $what }换一个编号（第一个在 { $file }:{ $line }）
check-unknown-reference = 找不到{ $what } `{ $id }`
check-too-many = { $what }有 { $count } 项，上限为 { $limit } 项
check-too-many-help = 这是第 { $item } 项：请拆分列表，或只保留最重要的 { $limit } 项
check-too-many-files-help = 这是第 { $position } 个文件：这么大的标准无法印成一本手册，请拆分为几个内容项目
check-char-nul = 空字符 NUL
check-char-tab = 制表符
check-char-line-break = 换行符
check-control-character = { $what }含有控制字符 { $code }
check-control-character-named = { $what }含有控制字符 { $code }（{ $name }）
check-control-character-help = 请删除它：{ $what }会显示在标题和表格中，还可能成为文件名的一部分，而控制字符在那里看不见或不被接受（带引号的 `\t`、`\n`、`\0` 或 `|` 文本块会写入这种字符）
check-name-too-long = { $what }有 { $count } 个字符，上限为 { $limit } 个
check-name-too-long-help = 请缩短{ $what }：它会出现在标题、导航和表格中，长度会成倍放大；细节请写进描述
check-empty-name = { $what }为空
check-empty-name-help = 请填写{ $what }
check-ratings-empty = performance_ratings 为空
check-ratings-empty-help = 列出绩效等级，最好的在前，例如 [S, A, B, C, D]
check-share-out-of-range = b_max_normal_unmet 为 { $value }；它是 0 到 1 之间的比例
check-share-out-of-range-help = 15% 写作 0.15
check-grade-counts-nothing = 评级没有计入任何内容
check-grade-counts-nothing-help = 列出评级计入的内容：[competencies, behaviours]，或其中之一
check-invalid-date = `{ $text }` 不是 YYYY-MM-DD 格式的日期
check-invalid-date-month = `{ $text }` 的月份是 { $month }；月份应为 01 到 12
check-invalid-date-day = `{ $text }` 不存在：{ $year } 年 { $month } 月只有 { $days } 天
check-invalid-date-help = 日期写作 YYYY-MM-DD，例如 2013-10-10
check-url-invalid = `{ $text }` 不是网址（{ $reason }）
check-url-reason-relative = 缺少 https:// 之类的开头
check-url-reason-empty-host = 缺少主机名
check-url-reason-port = 端口号无效
check-url-reason-domain-character = 域名含有无效字符
check-url-reason-idna = 国际化域名无效
check-url-reason-ip = { $version } 地址无效
check-url-not-http = `{ $text }` 是 `{ $scheme }:` 网址；网站地址应以 https:// 或 http:// 开头
check-url-query = `{ $text }` 带有查询参数或片段（? 或 #）；请给出网站所在目录的地址
check-url-help = 写出网站发布的地址，例如 https://hr.example.com/standards/
check-file-name-too-long = 这个名称生成的文件名长 { $bytes } 字节（{ $named }）；文件系统最多允许 { $limit } 字节
check-file-name-too-long-help = 请缩短：文件名还要加上{ $added }，总长不能超过 { $limit } 字节——一个汉字占 3 字节，一个表情符号占 4 字节，且只取前 80 个字符
check-file-name-report = 打包文件中该员工的报告
check-file-name-report-added = 员工编号、周期和 `.pdf`
check-file-name-department = 该部门的汇总和打包文件
check-file-name-department-added = 周期、`.zip`，以及两个部门名称重合时加上的序号
check-file-name-manager = 该直属上级团队的汇总和打包文件
check-file-name-manager-added = 直属上级的员工编号、周期、`.zip`，以及两个团队名称重合时加上的序号
check-missing-glyph = 没有字体包含 `{ $character }`（{ $code }）的字形；PDF 中会显示为空白方框
check-missing-glyph-help = 请替换这个字符，或把包含它的字体放进内容项目的 fonts/ 文件夹
check-output-collision = { $what }将写入 `{ $path }`，而{ $other }已写入此处
check-output-collision-case = { $what }将写入 `{ $path }`，与 `{ $other_path }`（{ $other }）只有大小写不同；在 Windows 和 macOS 上二者是同一个文件
check-output-collision-help = 请修改其中一个编号，使两个输出不同（另一个来自 { $file }）
check-output-home = 首页
check-output-dictionary = 能力素质词典
check-output-scoring = 评分规则页
check-output-not-found = 404 页面
check-output-sequence = 序列 `{ $id }`
check-output-picker = 序列 `{ $id }` 的级别选择页
check-output-level = 级别 `{ $id }`
check-output-compare = 级别 `{ $from }` 与 `{ $to }` 的对比页
check-output-position = 岗位 `{ $id }`
check-output-competency = 能力素质 `{ $id }`
check-output-page = 页面 `{ $id }`
check-output-report = 周期 `{ $cycle }` 中 `{ $employee_id }` 的报告
check-page-title-empty = 页面标题为空
check-page-title-empty-help = 请给页面写一个标题
check-position-range-backwards = `{ $id }` 的级别范围从 `{ $from }` 倒退到 `{ $to }`
check-position-range-backwards-help = 较低的级别写在 `from`，较高的写在 `to`
check-kpi-weight-negative = `{ $id }` 的权重是负数
check-kpi-weight-negative-help = 写出该 KPI 在 KPI 得分中的分值，例如 `weight: 40`
check-kpi-no-target = `{ $id }` 要计分，但没有目标值
check-kpi-no-target-help = 添加 `target: <数值>`（例如 100% 写作 `target: 100`）
check-kpi-no-weight = `{ $id }` 要计分，但没有权重
check-kpi-no-weight-help = 添加 `weight: <分值>`：达到目标值时该 KPI 的分值
check-kpi-rule-choice = `{ $id }` 必须有且只有 `deduct` 和 `table` 之一
check-kpi-rule-choice-help = `deduct: {"{"} step: 5, points: 10 {"}"}` 表示比目标每少 5 扣 10 分；`table:` 按从好到差列出分档
check-kpi-deduct = 扣分规则的 `step` 须大于 0，`points` 须不小于 0
check-kpi-deduct-help = 例如 `deduct: {"{"} step: 5, points: 10 {"}"}`：比目标每少满 5 扣 10 分
check-kpi-band-points = 这一档的分值 { $points } 超出了 0–{ $weight }（权重）
check-kpi-band-points-help = 每一档给出该 KPI 权重的一部分或全部
check-kpi-bands-order = `{ $id }` 的分档没有按从好到差排列
check-kpi-bands-order-help-higher = 按 `from` 从高到低列出分档，每档分值不高于前一档
check-kpi-bands-order-help-lower = 按 `from` 从低到高列出分档，每档分值不高于前一档
check-levels-and-standard = 该能力素质同时有分级的 `levels` 和一句话 `standard`
check-levels-and-standard-help = 保留 `levels:` 按 1、2、3……分级评估，或保留 `standard:` 只评是否达到
check-no-graded-levels = 该能力素质没有分级
check-no-graded-levels-help = 添加 `levels:`，写出第 1、2……级及其行为表现
check-no-levels-nor-standard = 该能力素质既没有分级的 `levels`，也没有一句话 `standard`
check-no-levels-nor-standard-help = 添加 `levels:`，写出第 1、2……级及其行为表现；或添加 `standard: <一句话>`，只评是否达到
check-level-numbering = 这里写的是第 { $level } 级，但它是第 { $entry } 项
check-level-numbering-help = 各级按 1、2、3……依次编号，不要跳号；此处写 `level: { $entry }`
check-no-behaviours = 第 { $level } 级没有列出行为表现
check-no-behaviours-help = 描述处于该等级的人可观察到的行为
check-file-name-mismatch = 文件名是 `{ $stem }`，内容却是 `{ $id }`
check-file-name-mismatch-help = 请把文件改名为 `{ $path }`，方便审阅者按编号找到它
check-plan-overdue = 该计划项的截止日期是 { $due }，但没有状态（最近一次评估的日期是 { $latest }）
check-plan-overdue-help = 添加 `status: done`、`in-progress` 或 `dropped`，或把 `due:` 改到更晚的日期
check-cycle-order = 周期 `{ $cycle }` 的日期是 { $date }，而更早的周期 `{ $earlier }` 的日期是 { $earlier_date }
check-cycle-order-help = 周期按名称排序（2024H1 在 2024H2 之前）：请检查记录的 `date:` 或 `cycle:`
check-criterion-unknown-level = 该序列没有级别 `{ $level }`
check-activity-required-twice = 级别 `{ $level }` 两次要求了活动 `{ $id }`
check-activity-required-twice-help = 每个活动只保留一条
check-activity-key-dropped = `{ $id }` 在下一级是关键项；这里没写 `key`，就变成了普通项
check-key-dropped-help = 写 `key: true` 保持为关键项，或写 `key: false` 明确改为普通项
check-no-criterion = 活动 `{ $id }` 在级别 `{ $level }` 及以下都没有标准描述
check-no-criterion-help = 在该活动的 `criteria:` 下添加 `{ $level }: <该级别的表现>`
check-one-line-has-no-level = `{ $id }` 是一句话标准，只分达到与否，没有第 { $level } 级
check-one-line-has-no-level-help = 去掉 `level`
check-requirement-no-level = 对 `{ $id }` 的要求没有写 `level`
check-requirement-no-level-help = 添加 `level: N`（1–{ $max }）
check-requirement-level-out-of-range = `{ $id }` 分为 1–{ $max } 级，没有第 { $level } 级
check-requirement-level-out-of-range-help = 请要求 1 到 { $max } 之间的级别，或在 competencies/{ $id }.yaml 中添加这一级

load-records-ignored = 没有读取内容文件夹自己的 `assessments/`：`--records` 指定了另一个文件夹
load-records-ignored-help = 记录请放在一处：移到 `--records` 指定的文件夹，或不用这个选项
load-symlink = 这是符号链接；rungs 不跟随链接，因此没有读取它
load-symlink-help = 请用文件本身替换链接，使内容在 git 和每台电脑上都一致
load-file-too-large-for-it = 该文件有 { $size } 字节；这类文件的上限是 { $limit } 字节
load-font-too-large-help = 请使用不超过 32 MiB 的字体（像 scripts/subset-fonts.sh 那样，只保留内容用到的字符）
load-theme-file-too-large-help = 主题文件（模板、样式、脚本、Typst 模板）最大 8 MiB；请把大的图片或数据移出主题
load-file-too-large-split-help = 请把内容拆分成几个文件
load-misplaced-file = 该文件不在 rungs 读取的位置
load-misplaced-record-help = 请移到周期文件夹中：assessments/<cycle>/<employee-id>.yaml
load-misplaced-file-help = 内容文件应放在 rungs.yaml、competencies/、sequences/、pages/ 或 assessments/<cycle>/ 中；该文件被忽略
load-empty-content = 内容文件夹 `{ $folder }` 是空的
load-missing-settings = 内容文件夹中没有 rungs.yaml
load-missing-settings-help = 请创建 rungs.yaml，写明手册标题、发布单位、版本等设置（见 docs/content-model.md）
load-empty-file = 该文件是空的
load-empty-file-help = 请写入文档的字段，或删除该文件
load-file-too-large = 该文件有 { $size } 字节；上限是 { $limit } 字节
load-file-too-large-help = 请拆分成几个文件（每个文件一个能力素质、序列或记录）
load-not-utf8 = 该文件不是有效的 UTF-8 编码
load-not-utf8-help = 请把文件存为 UTF-8（旧编辑器存成 GBK/GB2312 的文件需要转换，例如 `iconv -f GBK -t UTF-8`）
load-missing-front-matter = 页面必须以两行 `---` 之间的页首信息开头
load-missing-front-matter-help = 文件开头写一行 `---`、一行 `title: …`，再写一行 `---`
load-unclosed-front-matter = 第 1 行开始的页首信息没有结束
load-unclosed-front-matter-help = 在页首信息的字段之后加一行只有 `---` 的行

# YAML 解析器发现的问题，用作者能懂的话说。
yaml-tab = 缩进中有制表符
yaml-tab-help = YAML 只能用空格缩进：请把制表符换成空格
yaml-multiple-documents = 该文件含有第二个 YAML 文档
yaml-multiple-documents-help = 一个文件只能有一个 YAML 文档：请删除 `---` 行及其后的内容，或移到单独的文件中
yaml-age-or-gender = 未知字段 `{ $field }`：rungs 不以年龄或性别作为条件
yaml-age-or-gender-help = 请删除：年龄和性别与能力无关，以此筛选是《就业促进法》禁止的歧视（见 docs/content-model.md 的 “No age or gender conditions”）
yaml-unknown-field = 未知字段 `{ $field }`
yaml-unknown-field-suggest = 是否想写 `{ $suggestion }`？（字段名区分大小写）
yaml-unknown-field-help = 此处允许的字段有 { $fields }
yaml-unknown-value = `{ $value }` 不是此处允许的值
yaml-unknown-value-help = 请使用其中之一：{ $values }
yaml-missing-field = 缺少字段 `{ $field }`
yaml-missing-field-help = 请在这组字段中添加 `{ $field }:` 及其值（格式说明见 docs/content-model.md）
yaml-duplicate-key = 键 `{ $key }` 在同一组字段中出现了两次
yaml-duplicate-key-unnamed = 同一组字段中有一个键出现了两次
yaml-duplicate-key-help = 请删除或重命名第二个
yaml-expected-whole-number = 此处应为整数
yaml-expected-whole-number-help = 只写数字，例如 `3`
yaml-expected-number = 此处应为数字
yaml-expected-number-help = 写一个数字，例如 `3` 或 `2.5`
yaml-expected-boolean = 此处应为 `true` 或 `false`
yaml-expected-boolean-help = 请写 `true` 或 `false`
yaml-expected-found = 此处应为{ $expected }，实际是{ $found }
yaml-expected = 此处应为{ $expected }
yaml-expected-here = 此处应为{ $expected }
yaml-type-help = 请对照 docs/content-model.md 中的格式说明检查值的类型（看起来像数字或日期的文字要加引号）
yaml-expected-text-found-nothing = 此处应为文字，但什么也没写
yaml-expected-text-found-nothing-help = 请在 `:` 后写上文字，或删除该字段
yaml-text-too-long = 这段文字有 { $count } 个字符，上限为 { $limit } 个
yaml-text-too-long-help = 请缩短，或把细节移到单独的页面（`pages/*.md`，没有这个限制）并引用它
yaml-expected-score = 此处应为一个分数，或各评分项的分数，例如 `{"{"} dedication: 3, cooperation: 2 {"}"}`
yaml-expected-score-help = 没有评分项的模块写一个分数；有评分项的模块逐项写分数
yaml-limit = 文档超出了 rungs 的限制（{ $what }）
yaml-limit-help = 请直接写出各个值：嵌套最多 32 层，别名最多 1000 个
yaml-limit-aliases = 别名展开过多
yaml-limit-aliases-count = 别名超过 1000 个
yaml-limit-anchors = 锚点超过 1000 个
yaml-limit-depth = 嵌套超过 32 层
yaml-limit-nodes = 值超过 20 万个
yaml-limit-documents = 多于一个文档
yaml-syntax = YAML 语法错误：{ $what }
yaml-syntax-help = 请修正此处的 YAML 语法（检查缩进、是否漏了 `:`，引号或括号是否没有闭合）
# 值应该是什么，实际写的是什么。
yaml-kind-mapping-written = 一组字段（若干行 `键: 值`，或 `{"{"} … {"}"}`）
yaml-kind-list-written = 列表（若干行 `- 项`，或 `[ … ]`）
yaml-kind-text = 文字
yaml-kind-value = 单个值
yaml-kind-a-string = 文字
yaml-kind-a-boolean = `true` 或 `false`
yaml-kind-a-sequence = 列表
yaml-kind-a-map = 一组字段
yaml-kind-integer = 整数
yaml-kind-float = 数字
yaml-kind-struct = 一组字段
yaml-found-boolean = 布尔值 `{ $value }`
yaml-found-integer = 整数 `{ $value }`
yaml-found-float = 数字 `{ $value }`
yaml-found-string = 文字 "{ $value }"
yaml-found-sequence = 列表
yaml-found-map = 一组字段
yaml-found-unit = 空值
# 常见的 YAML 语法错误。
yaml-unclosed-quote = 引号没有闭合
yaml-unclosed-bracket = 括号 '{ $open }' 没有闭合
yaml-mismatched-bracket = 括号 '{ $open }' 被 '{ $close }' 错误地闭合
yaml-misplaced-bracket = 括号位置不对
yaml-unexpected-character = 此处不能出现字符 `{ $character }'
yaml-invalid-indentation = 缩进不正确
yaml-mapping-values-not-allowed = 此处不能出现 `键: 值`（检查缩进，或给含有 `: ` 的文字加引号）
yaml-expected-key = 此处应为一个键（检查缩进是否对齐）
yaml-flow-mapping-separator = `{"{"} … {"}"}` 中缺少 ',' 或 '{"}"}'
yaml-flow-sequence-separator = `[ … ]` 中缺少 ',' 或 ']'
yaml-expected-dash = 此处应为以 '-' 开头的列表项（检查缩进是否对齐）
yaml-expected-content = 此处缺少内容
yaml-expected-colon = 键后面应有 ':'
yaml-key-too-long = 键无效（键须写在同一行内）
yaml-colon-space = ':' 后面必须有空格
yaml-colon-placement = ':' 的位置不对
yaml-dash-space = '-' 后面必须有空格
yaml-sequence-not-allowed = 此处不能出现列表项 `- …`
yaml-key-not-allowed = 此处不能出现键
yaml-unknown-anchor = 别名引用了不存在的锚点（`*名称` 之前须有 `&名称`）
yaml-unknown-escape = 带双引号的文字中有未知的转义字符（`\` 要写成 `\\`，或改用单引号）
yaml-block-indentation = 多行文字块中有一行缩进不对
yaml-quoted-indentation = 多行引号文字的缩进不正确
yaml-after-double-quote = 双引号后面有多余的内容
yaml-after-single-quote = 单引号后面有多余的内容
yaml-comment-space = 注释符号 `#` 前面须有空格
yaml-tab-indentation = 不能用制表符缩进
yaml-tab-not-allowed = 此处不能使用制表符
yaml-tab-block = 此处不能使用制表符（块缩进）
yaml-tab-in-text = 文字中有制表符
yaml-unexpected-end = 文件意外结束
yaml-end-of-input = 文件意外结束
yaml-enum-shape = 此处应为一个允许的值，不能是列表
yaml-enum-value = 此处只写这个值本身，后面不能再带内容
yaml-folded-indentation = `>` 文字块的内容必须缩进
yaml-merge-value = YAML 合并（`<<:`）的值必须是一组字段，或由几组字段组成的列表
