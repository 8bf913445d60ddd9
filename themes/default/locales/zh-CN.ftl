# rungs 的界面文字（简体中文）：网站、标准手册、一纸禅、报告、团队总结、工作簿和邮件。
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
search_placeholder = 搜索标准（如客户导向、谈判、回款）
search_no_results = 没有找到匹配的内容
search_kind_level = 级别要求
search_kind_competency = 能力素质词典
search_kind_sequence = 序列
search_kind_position = 岗位
search_kind_compare = 级别对比
search_kind_scoring = 评分规则
search_kind_page = 说明
breadcrumb = 当前位置
menu = 目录
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
guide_text = 从序列进入各级别的任职资格要求；在能力素质词典中查看每项能力素质的分级行为标准；用「级别对比」查看晋级需要提升的内容。
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
not_required = 当前没有级别要求此项能力素质。
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
diff_unaffected = 没有评估记录的认证结论、等级或总分因此变化。
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
changelog_note = 各版本按发布顺序列出，每版列出与上一版相比的变化；标有「影响认证」的变化可能改变认证结论。
diff_grading = 等级评定规则
diff_verdict = 认证结论规则
diff_pages = 页面
diff_name = 名称
diff_level_count = 分级数
diff_counts = { $n } 处变化，其中 { $m } 处影响认证
diff_impact = 对认证结论的影响（{ $n } 份评估记录）
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
diff_records_warning = 以下含个人信息（工号与认证结论），请勿公开粘贴。
grade_counts_both = 能力素质要求与行为标准的要求项合并计算
grade_counts_competencies = 按能力素质要求计算
grade_counts_behaviours = 按行为标准的要求项计算
grade_rules = 等级评定（{ $counted }）：A 全部要求达标；B 关键项全部达标且未达标的普通项不超过 { $pct }；否则为 C。
verdict_rules = 认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级为 A 或 B。
verdict_rules_gate = 认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级为 A 或 B，贡献要求全部满足。
outcome_rules = 认证结果：首次认证为「认证通过」或「未通过」；申请高于现任级别为「晋级」或「未通过，维持原级」；申请现任级别（复核）为「保留」或「{ $failed }」，复核不再要求现职年限。申请比现任级别高两级及以上的为越级申请，允许申请，并在报告中标注。参考项随认证结论呈现，不影响认证结论。
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
reference_note = 参考项随认证结论一并呈现，供评委参考，不影响认证结论。
reference_short = 不影响认证结论
source = 来源
source_record = 评估记录
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
position_requirements = 岗位能力素质要求
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
one_line_standard = 一句话标准
within_cycles = （近 { $n } 个周期内）
perf_no_consecutive = 最近 { $last } 期内不得连续 { $n } 期为 { $r } 或更低
perf_at_least = 最近 { $last } 期均不低于 { $r }
edu_high-school = 高中/中专
edu_associate = 大专
edu_bachelor = 本科
edu_master = 硕士
edu_doctorate = 博士
count_at_least = 至少 { $n } 项
commit = 文件版本标识
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
radar = 能力素质雷达图
radar_bars = 能力素质达成图
bars_legend = 每行一项能力素质：填充为实际达到的级别（绿色达标，黄色未达标），蓝色竖线为要求级别
bars_legend_previous = ，下方细灰条为上期实际
all_met_short = 全部满足
strengths = 优势与进步
development = 待发展项及发展建议
comments = 评委意见
signoff = 签字确认
sign_employee = 员工签字
sign_manager = 直接上级签字
sign_assessor = 评委签字
sign_date = 日期
page = 第 { $p } 页 / 共 { $n } 页
legend_gap = 绿色：达标；黄色：差一级；红色：差两级及以上，或一句话标准未达标；「岗位」：岗位在级别之上增加或提高的要求
no_strengths = 本期尚无达标的要求项。
contribution_titles = 已提交的贡献
summary = 认证结论摘要
confidential = 个人信息，仅限本人及其直接上级查阅
reason_total = 总分 { $total } 低于合格分 { $pass }
gate_total = { $total }（合格分 { $pass }，满分 { $points }）
gate_grade = ；认证要求为 A 或 B
level_against = { $name }（{ $achieved } 级，要求 { $required } 级）
carried_over = 上期计划延续
plan_none_needed_failed = 所有能力素质与行为标准要求均已达标，无须制定发展计划；本次未通过的原因及改进方向见「其他改进建议」。
plan_none_needed_next = 所有能力素质要求均已达标，本周期无须制定发展计划；可参考下一级「{ $level }」的要求继续提升。
level_changed = 两期申请的级别不同（{ $then } → { $now }），要求随之变化。
improved = 提升的能力素质
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
# 行文中的年月（“预计 2025 年 12 月满足”）：$year 和 $month 是数字。
month_of_year = { $year } 年 { $month } 月
guide_expected = ，预计 { $month }满足
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
flag_skip = 越级申请（越过 { $n } 个级别）
flag_waived = 复核：现职年限要求不适用
waived = 不适用
kpi_results = 岗位 KPI
result = 实际
kpi_score = KPI 得分
kpi_feeds = KPI 得分计入「{ $module }」模块：{ $share }% × { $points } 分 = { $score } 分
kpi_advisory = KPI 结果供评委参考，不计入总分。
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
proposed_note = 本次评估记录未附发展计划。以下是按差距（关键项优先、差距大者优先）生成的建议，请与直接上级商定后执行。
plan_none_needed = 所有能力素质要求均已达标，本周期无须制定发展计划；可参考下一级别的要求继续提升。
goal = 目标
plan_owner = 负责人
plan_due = 完成时间
plan_planned = 计划中
plan_in-progress = 进行中
plan_done = 已完成
plan_dropped = 已取消
plan_overdue = 已逾期
plan_unset = 未填写
reach_level = { $from } 级 → { $to } 级「{ $title }」
target_behaviours = 目标级别的行为表现
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
open_gaps = 仍待发展的能力素质差距
new_gaps = 新出现的能力素质差距
new_gaps_level = 随申请级别提高新增的能力素质差距
position_changed = 两期考核的岗位不同（{ $then } → { $now }），KPI 与能力素质要求随之变化，两期得分不宜直接比较。
no_position = 未按岗位
not_given = 未填写
strength_total = 总分 { $total }，高于合格分 { $pass }
etc = 等
in_parens = （{ $text }）
plan_none_needed_waiting = 所有能力素质与行为标准要求均已达标，无须制定发展计划；本次未通过是因为还有尚待满足的条件（见摘要中的「待满足条件」），满足后可再次申请。
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
team_title = 团队任职资格总结
team_confidential = 内部资料 · 仅限人力资源部与该团队直接上级
team_by_manager = 直接上级
team_by_department = 部门
team_by_sequence = 序列
team_no_manager = 未指定直接上级
team_cycle = 认证周期
team_size = 人数
team_people = { $n } 人
team_qualified = { $n } / { $m } 人通过（{ $p }%）
team_overview = 总览
team_outcomes = 认证结果分布
team_grades = 能力等级分布
team_previous = 上期（{ $cycle }）本团队 { $m } 人参评、{ $n } 人通过。
team_previous_both = 两期均参评的 { $both } 人：上期通过 { $then } 人，本期通过 { $now } 人。
team_previous_none_both = 没有人两期都参评，不作比较。
team_range = { $min }–{ $max }（中位 { $median }）
team_level_line = { $level }：通过 { $qualified }，合格分 { $pass }，总分 { $totals }
team_level_previous = ；上期同级通过 { $previous }
team_col_level = 申请级别
team_col_qualified = 通过
team_col_totals = 总分（最低–最高）
team_col_previous_level = 上期同级通过
team_no_previous = 本团队没有上期的评估记录。
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
team_outcome_note = 认证结果按个人报告的规则得出：基本条件全部满足、总分不低于合格分且能力等级为 A 或 B 才通过。
team_members = 成员认证结果
team_col_id = 工号
team_col_name = 姓名
team_col_levels = 层级
team_col_outcome = 结论
team_col_total = 总分
team_col_change = 较上期
team_heatmap = 能力素质达标热力图
team_heatmap_intro = 每格为“达到级别/要求级别”。
team_legend_met = 达标
team_legend_one = 差一级
team_legend_two = 差两级及以上
team_legend_none = 该级别不要求
team_legend_key = 列名带 ★：对部分成员为关键项；格内带 ★：对该成员为关键项
team_needs = 培训需求
team_needs_intro = 涉及关键项未达标的能力素质优先，再依次按未达标人数、其中关键项人数和词典顺序排序；“x / y 人”指要求该项能力素质的 y 人中有 x 人未达标。发展建议取自能力素质词典，按成员下一步要达到的级别给出（70/20/10：在岗实践、向他人学习、培训课程）。
team_no_needs = 全员均达到所评级别的各项能力素质要求。
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
sheet_cycle = 认证周期
sheet_current_level = 现任级别
sheet_applied_level = 申请级别
sheet_date = 认证日期
sheet_assessors = 评委
sheet_edition = 标准版本
sheet_education = 学历
sheet_experience_years = 相关工作经验
sheet_years_in_level = 现职年限
sheet_training_hours = 培训学时
sheet_certifications = 资格认证
sheet_performance = 绩效（由远及近）
sheet_major = 专业
sheet_title = 职称
sheet_written_exam = 笔试成绩
sheet_reference = 参考项
colon = ：
# 早先版本写出、后来改名的列名，`旧=新`，以“；”分隔：改名前填好的表格仍可导入。
sheet_earlier_headers = 评定周期=认证周期；当前级别=现任级别；评定日期=认证日期；评定人=评委；工作年限=相关工作经验；本级年限=现职年限；证书=资格认证；参考=参考项
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
sheet_guide = 填写说明
sheet_guide_column = 列
sheet_guide_key = 字段
sheet_guide_note = 填写要求
sheet_guide_required = 必填
sheet_guide_intro = 每行一名员工；带 * 的列新建记录时必填。空单元格表示“不修改”：导入只写入填了的单元格，记录中的证据、评语和发展计划保持不变。以 # 开头的行不导入。
results_title = 任职资格评定结果
results_counts = 共 { $n } 条评估记录，{ $q } 条通过。
results_department = 部门
results_manager = 直接上级
results_position = 岗位
results_qualified = 是否通过
results_gap_count = 差距项数
results_key_gaps = 关键项差距
results_gaps = 能力差距（达到/要求，★ 关键项）
results_confidential = 内部资料 · 仅限人力资源部
results_all = 全部记录

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

# 资格审查名单（供人力资源委员会使用）：PDF 与工作簿。
elig_title = { $cycle } 任职资格审查名单
elig_confidential = 内部资料 · 含个人信息
elig_date = 资格审查基准日
elig_rules = 符合：花名册能判定的每项基本条件在资格审查基准日均已满足，可参加本期认证。将符合：未满足的只有相关工作经验或现职年限，在岗至所示日期即可满足；本期仍不符合，不能参加本期认证。「其他」条件由评委在评定时判断，不在本次审查之列。复核：对现任级别的重新认证（到期或本人申报），不要求现职年限，表中以 * 标注。花名册中未归入序列的人员（如管理人员）不在审查之列。
elig_rules_recertify = 现任级别满 { $years }者列入复核。
elig_overview = 审查 { $people } 人，共 { $n } 人次：符合 { $eligible }，将符合 { $later }，不符合 { $not }；{ $applications }。
elig_people = 审查人数
elig_by_department = 部门汇总
elig_col_screened = 审查人次
elig_later = 将符合
elig_col_applied = 已申报
elig_col_applied_not = 申报·不符合
elig_subtotal = 小计
elig_total = 合计
elig_no_department = 未填部门
elig_sequence_level = { $sequence } · { $level }
elig_level_counts = 审查 { $n } 人：符合 { $eligible }，将符合 { $later }，不符合 { $not }；{ $applications }
elig_requires = 审查的基本条件
elig_to_judge = 评定时由评委判断
elig_continued = { $level }（续）
elig_col_route = 途径
elig_col_verdict = 结论
elig_col_unmet = 未满足条件
elig_col_application = 申报
elig_route_first = 首次认证
elig_route_promotion = 晋级
elig_route_skip = 越级
elig_route_recertification = 复核
elig_route_other = 低于现任级别
elig_eligible = 符合
elig_not_eligible = 不符合
elig_eligible_on = 将于 { $date } 符合
elig_from = { $date } 起符合
elig_applied_on = 已申报 { $date }
elig_applied = 已申报
elig_not_applied = 未申报
elig_applied_not_eligible = 申报但不符合
elig_applied_later = 申报但尚未符合
elig_applied_counts = 已申报 { $applied }：符合 { $eligible }，将符合 { $later }，不符合 { $not }
elig_applied_none = 无人申报
elig_col_level = 审查级别
elig_col_verdicts = 审查结论
elig_col_applied_eligible = 申报·符合
elig_col_applied_later = 申报·将符合
elig_no_candidates = 本周期花名册中没有需要审查的人员。
elig_sheet_screening = 资格审查
elig_sheet_conditions = 条件明细
elig_col_eligible_on = 可符合日期
elig_col_to_judge = 待评定条件
elig_col_applied_q = 是否申报
elig_col_applied_date = 申报日期
elig_col_condition = 条件
elig_col_held = 现有
elig_col_held_months = 现有（月）
elig_col_required_months = 要求（月）
elig_col_held_hours = 现有（学时）
elig_col_required_hours = 要求（学时）
elig_col_note = 备注
elig_col_met = 是否满足
elig_col_expected = 预计满足日期
elig_col_shortfall = 说明
elig_to_judge_short = 评定时判断
elig_years = { $n } 年
elig_hours = { $n } 学时
elig_none = 无
elig_no_level_held = 未任级别
elig_not_in_roster = 花名册未填
elig_unmet_without = { $label }：{ $held }（要求 { $required }）
elig_col_facts = 主要数据
elig_fact_education = 学历 { $value }
elig_fact_major = 专业 { $value }
elig_fact_experience = 工作 { $value }
elig_fact_years_in_level = 现职 { $value }
elig_fact_training = 培训 { $value }
elig_fact_title = 职称 { $value }
elig_fact_certifications = 证书 { $value }
elig_fact_performance = 绩效 { $value }
elig_overview_unscreened = 另有 { $n } 人归入序列但未列入审查，见文末。
elig_unscreened_count = 未列入审查
elig_unscreened = 未列入审查人员
elig_unscreened_intro = 以下人员归入序列，但本期没有可审查的级别，不计入上文各表；与审查人数合计即花名册中归入序列的全部人员。
elig_col_reason = 原因
elig_not_screened_highest = 已任本序列最高级别，无更高级别可晋级
elig_not_screened_recertify = ；任现级未满 { $years }，未到复核
elig_prepared_by = 制表
elig_reviewed_by = 审核
elig_approved_by = 批准
elig_sign_name = 签名
elig_sign_date = 日期

## 命令行的话：诊断、进度、结束语和 --help。
## 这些键用连字符（kebab-case）；上面文档用的键用下划线，因为模板按 t.键 读取。

label-error = 错误
label-warning = 警告
label-help = 帮助
label-note = 注
diagnostics-warnings = 共 { $warnings } 个警告
diagnostics-errors = 共 { $errors } 个错误
diagnostics-errors-and-warnings = 共 { $errors } 个错误、{ $warnings } 个警告

## 关于项目语言和语言文件的诊断。
unknown-language = rungs 不支持语言 `{ $tag }`；支持的语言有 { $known }
unknown-language-help = 改为其中之一，或用文件 `themes/<theme>/locales/{ $tag }.ftl` 添加这种语言
locale-syntax = 不是有效的 Fluent 格式：{ $what }
locale-syntax-help = 每条文字写成一行 `键 = 文字`（续行需缩进）；见 https://projectfluent.org/fluent/guide/
locale-duplicate = 本文件中 `{ $key }` 出现了两次
locale-duplicate-help = 只保留一处；现按第一处使用
locale-unknown-key = rungs 没有名为 `{ $key }` 的文字，这一行不起作用
locale-unknown-key-suggest = 是否想写 `{ $suggestion }`？
locale-unknown-key-help = 从 rungs 自带的 `themes/default/locales/zh-CN.ftl` 复制键名
locale-incomplete = 本文件只给出了 rungs 全部 { $total } 条文字中的一部分，其余 { $missing } 条按 { $base } 显示
locale-incomplete-help = 补译本文件缺少的键，可从 rungs 的 `{ $base }.ftl` 复制

## 命令行自己的话。
ui-unknown-language = 警告：rungs 不支持语言 `{ $tag }`（支持 { $known }），改按项目或系统语言显示
init-unknown-language = rungs 没有 `{ $tag }` 语言的入门项目；现有 { $known }

## `--help`：每个命令（`cli-<command>`、`-long`、`-examples`）和选项
## （`cli-<command>-<option>`；多个命令共用的选项为 `cli-arg-<option>`）的说明文字。
cli-heading-usage = 用法：
cli-heading-options = 选项
cli-heading-arguments = 参数
cli-heading-commands = 命令
cli-value-command = 命令
cli-value-options = 选项
cli-help-flag = 显示帮助（`--help` 比 `-h` 更详细）
cli-version-flag = 显示版本号
cli-default = [默认：{ $value }]
cli-possible-values = [可选值：{ $values }]
cli-error-unknown-argument = 无法识别的参数 `{ $arg }`
cli-error-unknown-command = 没有 `{ $command }` 这个命令
cli-error-invalid-choice = `{ $value }` 不是 { $arg } 的可选值：请使用 { $valid } 之一
cli-error-empty-value = { $arg } 需要一个值
cli-error-invalid-value = `{ $value }` 不是 { $arg } 的有效值：{ $reason }
cli-error-missing-argument = 缺少必需的参数：{ $args }
cli-error-conflict = { $arg } 不能与 { $other } 同时使用
cli-error-missing-command = 请指定一个命令：`rungs --help` 会列出所有命令
cli-error-too-many-values = { $arg } 的值过多（`{ $value }`）
cli-error-did-you-mean = 提示：是否想用 `{ $suggestion }`？
cli-error-more = 更多信息请使用 `--help`。
cli-about = 用 YAML 维护能力素质与任职资格标准，并发布为标准手册网站和 PDF 报告
cli-check = 检查内容项目，并列出发现的所有问题
cli-check-examples =
    示例：
      rungs check                       检查 ./content（有错误时退出码为 1）
      rungs check my/content --records /secure/records
      rungs check --format json         输出一个 JSON 文档，供编辑器和 CI 使用
cli-build = 先检查，再将网站、标准手册 PDF、一纸禅、所有个人报告和团队总结生成到输出文件夹
cli-build-examples =
    示例：
      rungs build                       将 ./content 生成到 ./output
      rungs build --only site,handbook  只生成公开部分（output/ 中的其余内容保留）
      rungs build --no-cache            全部重新生成，包括没有变化的内容
      rungs build --shard 2/4 --out shard-2   生成四分之一的报告（见 `rungs merge`）
      rungs build --out public --commit none -j 2
      rungs build --records /secure/records --pdf-a
cli-merge = 将同一次构建各分片（`build --shard K/N`）的输出文件夹合并为一个
cli-merge-long =
    将同一次构建各分片（`build --shard K/N`）的输出文件夹合并为一个。

    每个文件只保留一份（在各分片中出现时须逐字节相同），各分片的清单片段合并为一份清单：结果与不分片构建的输出逐字节一致。
cli-merge-examples =
    示例：
      rungs build --shard 1/2 --out shard-1   在一台 CI 执行机上
      rungs build --shard 2/2 --out shard-2   在另一台上
      rungs merge shard-1 shard-2 --out output
    矩阵任务的写法见 examples/github-actions-sharded.yml。
cli-diff = 比较两个修订版本之间标准的变化，及其对认证结论的影响
cli-diff-long =
    比较两个修订版本之间标准的变化，及其对认证结论的影响。

    以业务术语（能力素质、级别、要求、计分）列出变化，并统计有多少条评估记录的认证结论、能力等级和总分会因此改变。
cli-diff-examples =
    示例：
      rungs diff HEAD~1                 上次提交以来的变化
      rungs diff content v1 v2 --format md
      rungs diff HEAD~1 --exit-code     变化可能影响认证时退出码为 3（用于 CI 门禁）
cli-report = 只生成指定员工的报告（含其所有周期）
cli-report-examples =
    示例：
      rungs report E1001                生成一位员工的报告，输出到 ./output/reports/
      rungs report content E1001 E1002 --out review
cli-distribute = 按直接上级、部门或序列将某一周期的报告打包，便于分发
cli-distribute-long =
    按直接上级、部门或序列将某一周期的报告打包，便于分发。

    每个文件包是一个 zip，内含相应的报告、团队总结和对应的清单片段；可选择用密码保护。
cli-distribute-examples =
    示例：
      rungs distribute --by manager     为最新周期按直接上级各打一个 zip 包
      rungs distribute --by department --encrypt
      rungs distribute --by manager --since old/manifest.json   只打包有变化的报告
cli-send = 通过 SMTP 将分发的每个文件包发送给对应的收件人，并记录每封邮件
cli-send-long =
    通过 SMTP 将分发的每个文件包发送给对应的收件人，并记录每封邮件。

    重新运行时只发送尚未发送或此后有变化的文件包；密码从不通过邮件发送。
cli-send-examples =
    示例：
      rungs send --settings ~/rungs-mail.yaml --dry-run    将每封邮件写入 distribution/outbox/
      RUNGS_SMTP_PASSWORD=… rungs send --settings ~/rungs-mail.yaml
      rungs send --server smtp.example.com --user hr@example.com --from hr@example.com
cli-template = 生成某一级别的评估表（xlsx 或 csv），可为空表或预填数据
cli-template-long =
    生成某一级别的评估表（xlsx 或 csv），可为空表或预填数据。

    每位员工一行；每个字段、事实信息、能力素质、行为标准、评分、笔试和 KPI 各占一列；备注行列出允许的取值（xlsx 还带数据验证）。
cli-template-examples =
    示例：
      rungs template --sequence sales --level s2 --out s2.xlsx
      rungs template --sequence 销售序列 --level 二级 --with-records 2024H2 --out s2.csv
cli-import = 将填好的评估表转换为评估记录，或将编辑过的标准工作簿转换为标准的 YAML
cli-import-long =
    将填好的评估表（xlsx、xls、ods、csv）转换为评估记录。

    各行会合并到已有的评估记录中，并与手写的记录一样接受检查；只要有一行有误，就不写入任何内容。

    标准工作簿（`rungs export --format xlsx` 生成）按工作表自动识别：每个改动的单元格变成对 YAML 的最小修改，写入前检查整个项目；删除须加 --allow-removals。
cli-import-examples =
    示例：
      rungs import s2.xlsx              将评估表各行合并到 ./content/assessments/
      rungs import content scores.csv --cycle 2025H1
      rungs import s2.xlsx --dry-run    检查并显示将发生的变化
      rungs import content standard.xlsx   将标准工作簿的修改写入 YAML
cli-export = 将标准导出为数据：JSON、CSV 表格、标准工作簿（xlsx）或 CASE 1.1 数据包
cli-export-long =
    将标准导出为数据：JSON、CSV 表格、标准工作簿（xlsx）或 CASE 1.1 数据包。

    JSON 附带其 JSON Schema；CASE 即 1EdTech 的能力与学术标准交换规范（Competencies and Academic Standards Exchange）。
cli-export-examples =
    示例：
      rungs export --format json > standard.json
      rungs export --format case --out case/
      rungs export --format xlsx --out standard.xlsx
      rungs export --format xlsx --starter --out standard.xlsx   供从零编写的工作簿
cli-results = 供人力资源部使用的任职资格评定结果汇总，每条评估记录一行（含个人信息）
cli-results-long =
    供人力资源部使用的任职资格评定结果汇总，每条评估记录一行（含个人信息）。

    包括每条记录的认证结论、能力等级、总分、未通过认证的原因及差距；不会出现在网站上。
cli-results-examples =
    示例：
      rungs results --format xlsx --out results.xlsx
      rungs results --cycle 2024H2 --department 华东销售部 --format md
cli-serve = 边编辑边预览标准手册网站，每次保存后自动刷新
cli-serve-long =
    边编辑边预览标准手册网站，每次保存后自动刷新。

    网站从内存中提供，每次保存都会重新生成；已打开的页面会自动刷新；编辑有误时，会在上一版正常页面之上显示错误。
cli-serve-examples =
    示例：
      rungs serve                       在 http://127.0.0.1:1111/ 预览 ./content
      rungs serve my/content --open     并在浏览器中打开
      rungs serve --port 0              使用任一空闲端口
      rungs serve --reports             同时预览报告（含个人信息；仅限本机访问）
cli-init = 新建项目，附带一个小型入门标准
cli-init-long =
    新建项目，附带一个小型入门标准。

    该标准可直接通过 `check`、`serve` 和 `build`，并附带编辑器用来补全和检查 YAML 的 JSON Schema。
cli-init-examples =
    示例：
      rungs init my-standard            在 ./my-standard 中创建中文入门项目
      rungs init my-standard --lang en  同上，但使用英文
      cd my-standard && rungs serve     然后边编辑边预览
      rungs init my-standard --from standard.xlsx   用填好的标准工作簿生成项目
cli-schema = 生成编辑器用来补全和检查内容文件的 JSON Schema
cli-schema-long =
    生成编辑器用来补全和检查内容文件的 JSON Schema。

    采用 Draft-07，每类内容文件一个，供 YAML 语言服务器（VS Code 的 YAML 扩展）使用，在输入时补全并检查字段。
cli-schema-examples =
    示例：
      rungs schema                      生成 schemas/*.schema.json
      rungs schema --out .vscode/rungs
    然后在每个 YAML 文件开头写上对应的 schema 行，例如在 content/competencies/<id>.yaml 中：
      # yaml-language-server: $schema=../../schemas/competency.schema.json
cli-completions = 输出 rungs 的 shell 自动补全脚本
cli-completions-examples =
    示例：
      rungs completions bash > ~/.local/share/bash-completion/completions/rungs
      rungs completions zsh > ~/.zfunc/_rungs
      rungs completions fish > ~/.config/fish/completions/rungs.fish
cli-help = 显示 rungs 或某个命令的帮助
cli-arg-again = 日志中记录为已发送的也重新发送（用于收件人丢失邮件的情况）
cli-build-against = 试算：按 `current`（本次构建的内容）或指定版本（名称或 git 标签）重新评定每条评估记录（不按记录所属的版本）；所生成的报告和团队总结每页都标注「试算」
cli-report-against = 试算：按 `current`（本次构建的内容）或指定版本（名称或 git 标签）重新评定每条评估记录（不按记录所属的版本）；所生成的报告和团队总结每页都标注「试算」
cli-results-against = 试算：按 `current` 或指定版本（名称或 git 标签）重新评定每条评估记录（不按记录所属的版本；见 `build --against`）
cli-arg-allow_unprotected = 允许发送没有密码保护的文件包（`distribute` 时未加 `--encrypt`）
cli-arg-allowed_host = 同时响应对此主机名的请求（可重复）；除此之外，预览只响应 localhost 和 IP 地址，以防网页通过 DNS 重绑定访问预览
cli-diff-args = `[CONTENT] REV [REV2]`：可先给出内容文件夹（默认 ./content）；REV2 默认为工作区
cli-report-args = `[CONTENT] EMPLOYEE-ID…`：可先给出内容文件夹（默认 ./content）
cli-import-args = `[CONTENT] FILE`：可先给出内容文件夹（默认 ./content）
cli-arg-bind = 监听的地址；默认值使预览仅限本机访问
cli-arg-bundles = `rungs distribute` 生成的文件夹
cli-arg-by = 按直接上级、部门或序列分别打包（每个一个文件包）
cli-arg-ca_file = 除系统证书外额外信任的证书颁发机构（PEM 文件）
cli-arg-color = 何时为诊断信息着色（`auto`：输出到终端时着色，除非设置了 NO_COLOR）
cli-build-commit = 页面和报告上标注的内容版本（git 提交）：`auto`（位于 git 中时，取最近一次修改内容文件夹的提交）、`none`，或自定义文字
cli-report-commit = 页面和报告上标注的内容版本（git 提交）：`auto`（位于 git 中时，取最近一次修改内容文件夹的提交）、`none`，或自定义文字
cli-distribute-commit = 报告上标注的内容版本（git 提交）：`auto`、`none`，或自定义文字
cli-check-content = 内容文件夹（包含 rungs.yaml）
cli-build-content = 内容文件夹（包含 rungs.yaml）
cli-distribute-content = 内容文件夹（包含 rungs.yaml）
cli-send-content = 内容文件夹（包含 rungs.yaml）：提供主题的邮件模板和标准的用语
cli-template-content = 内容文件夹（包含 rungs.yaml）
cli-export-content = 内容文件夹（包含 rungs.yaml）
cli-results-content = 内容文件夹（包含 rungs.yaml）
cli-serve-content = 内容文件夹（包含 rungs.yaml）
cli-distribute-cycle = 要分发的周期（默认：最新周期）
cli-import-cycle = 周期单元格为空的行所属的周期
cli-results-cycle = 只含此周期（可重复）
cli-arg-department = 只含此部门（可重复）
cli-arg-dir = 创建项目的文件夹（必须不存在或为空）
cli-send-dry_run = 将每封邮件写成 .eml 文件放到 DIR/outbox/ 中供查看；不发送任何邮件
cli-import-dry_run = 检查并报告将发生的变化，不写入任何内容
cli-arg-encrypt = 用密码保护每个文件包中的每个文件（AES-256）：每份报告可用对应员工的密码打开，团队总结和所有报告可用收件人的密码打开。密码沿用上次运行的，没有密码的人自动生成，也可用 `--passwords` 指定；密码列在 passwords.csv 中，从不放入文件包内
cli-arg-exit_code = 变化可能影响认证时以退出码 3 退出（用于 CI 门禁）
cli-arg-export_typst = 同时将生成 PDF 所用的 Typst 项目（模板、字体、每份文档一个 JSON 数据文件）写入此文件夹，供 Typst CLI 使用
cli-build-force = 输出文件夹中若有不是上次构建生成的文件，将其删除后继续（默认会停止）
cli-merge-force = 输出文件夹中若有不是上次构建生成的文件，将其删除后继续（默认会停止）
cli-report-force = 输出文件夹中若有不是上次构建生成的文件，将其删除后继续（默认会停止）
cli-distribute-force = 删除该文件夹中并非上次运行生成的文件
cli-check-format = `json`：输出一个 JSON 文档，供程序读取
cli-diff-format = text（在终端上带颜色）、md（用于拉取请求）或 json
cli-export-format = json、csv、xlsx 或 case
cli-results-format = csv、xlsx 或 md
cli-arg-from = 发件人：`人力资源部 <hr@example.com>`
cli-arg-jobs = 用于生成的工作线程数（默认：每个 CPU 核心一个）
cli-arg-lang = rungs 使用的语言：zh-CN、en 或项目添加的语言（默认依次取 RUNGS_LANG、区域设置中的 LC_ALL、LC_MESSAGES 或 LANG，最后是项目的语言）
cli-template-level = 级别的编号或名称（评估所针对的级别）
cli-results-level = 只含申请此级别的评估记录，按编号或名称（可重复）
cli-build-list_records = 列出认证结论与上次构建相比有变化的评估记录（会在终端显示个人信息）
cli-diff-list_records = 同时列出认证结论、能力等级或总分有变化的每条评估记录（含个人信息）
cli-arg-manager = 只含此直接上级，按工号或姓名（可重复）
cli-arg-max_size = 可发送的文件包大小上限，单位 MiB（默认 20）
cli-arg-new_passwords = 与 `--encrypt` 一起使用：全部重新生成密码，不沿用上次运行的密码
cli-arg-no_cache = 全部重新生成，不沿用上次构建中输入未变的结果
cli-arg-no_reuse = 重新生成每份报告，不复用任何内容
cli-build-only = 只构建这些部分（以英文逗号分隔）：site（网站）、handbook（标准手册）、word（标准手册 Word 版）、sheets（一纸禅）、reports（个人报告）、summaries（团队总结）、announcements（公示）、certificates（证书）；输出文件夹中的其他部分保留
cli-send-only = 只发送此文件包（按文件名、团队编号或收件人姓名）；可重复
cli-arg-open = 生成后在默认浏览器中打开预览
cli-build-out = 输出文件夹。rungs 每次构建都会整体替换它，因此它必须是新建的、空的或由 rungs 生成的，且不能位于内容文件夹内
cli-merge-out = 合并后的输出文件夹（新建的、空的或由 rungs 生成的）
cli-report-out = 输出文件夹。rungs 每次构建都会整体替换它，因此它必须是新建的、空的或由 rungs 生成的，且不能位于内容文件夹内
cli-distribute-out = 存放文件包的文件夹（与构建的输出文件夹一样整体替换）
cli-template-out = 要生成的评估表：`.xlsx` 或 `.csv`（带 BOM 的 UTF-8，便于 Excel 打开）
cli-export-out = 写入此处（json 为一个文件；csv 和 case 为一个文件夹；xlsx 为以 .xlsx 结尾的文件，或接收 standard.xlsx 的文件夹），不输出到标准输出
cli-results-out = 写入此文件，不输出到标准输出（xlsx 格式必须指定）
cli-schema-out = 写入 schema 的文件夹（不存在时自动创建）
cli-arg-passwords = 用于密码保护的 `id,password` CSV 文件（含员工及每个文件包的收件人）
cli-build-pdf_a = 生成 PDF/A-2b（归档格式）PDF
cli-report-pdf_a = 生成 PDF/A-2b（归档格式）PDF
cli-distribute-pdf_a = 生成 PDF/A-2b 报告（不能与 `--encrypt` 同时使用：PDF/A 不允许加密）
cli-arg-per_minute = 每分钟最多发送的邮件数（默认 20）
cli-arg-port = 监听的端口（0：任一空闲端口，启动时显示）
cli-arg-quiet = 只显示错误和警告（无进度条，无摘要）
cli-arg-records = 改从此文件夹（`<cycle>/<employee-id>.yaml`）读取评估记录，不读 CONTENT/assessments/，这样个人信息可以存放在内容仓库之外
cli-arg-reports = 同时生成报告和团队总结，在 /reports/ 下提供预览，仅限本机访问（其中含个人信息）
cli-arg-reuse = 复用此构建输出文件夹中输入未变的报告（依据其 reports/manifest.json 核对），不再重新生成
cli-template-sequence = 序列的编号或名称
cli-results-sequence = 只含此序列，按编号或名称（可重复）
cli-arg-server = 邮件服务器（代替或覆盖邮件设置文件中的值）
cli-arg-settings = 邮件设置（YAML：server、port、tls、user、from、reply_to、per_minute、max_size_mib、ca_file），存放在内容仓库之外
cli-arg-shard = 只构建 N 个分片中的第 K 个（如 2/4）：按工号把员工固定分成 N 份，生成其中一份的个人报告；第 1 个分片还会生成网站、标准手册、一纸禅和团队总结。用 `rungs merge` 合并各分片的输出文件夹
cli-arg-shards = 各分片的输出文件夹
cli-arg-shell = bash、zsh、fish、elvish 或 powershell
cli-arg-since = 只打包自此前某份清单（`manifest.json` 或 `manifest.csv`）以来新增或有变化的报告，并列出这些报告
cli-arg-skip_bad = 只写入无误的行，并列出有误的行（默认只要有一行有误就什么都不写入）
cli-arg-tls = starttls（端口 587）、implicit（465），或 none（仅限本机上的服务器）
cli-arg-user = 登录所用的账号；其密码来自 RUNGS_SMTP_PASSWORD 或交互输入，从不从文件读取
cli-arg-verbose = 同时显示每一步做了什么及耗时（在 `serve` 中还显示每次重新生成时检测到变化的文件）
cli-arg-with_records = 用此周期中申请该级别的评估记录预填评估表
cli-arg-yes = 不经确认直接发送：仍会先列出收件人

## 命令行输出行首的标签：`错误：…`、`帮助：…`。
labelled = { $label }：{ $text }
## 关于序列、级别及其基本条件和评分、评估记录、汇报关系和日期的诊断（src/check/sequences.rs、
## conditions.rs、managers.rs、assessments/，src/model/date.rs）。按 `$case` 选择的 `-help` 键：
## `suggest` 给出最接近的编号，`none` 说明尚未定义，`list` 列出全部，`many` 说明 `$count` 个中没有与
## `$word` 相近的。
sequence-no-levels = 该序列没有任何级别
sequence-no-levels-help = 添加 `levels:`，从最低级别写起
sequence-module-exam-and-kpi = 评分模块 `{ $module }` 既是笔试，又按 KPI 计分
sequence-module-exam-and-kpi-help = 二者只保留其一：`exam: true`（按 `written_exam` 计分）或 `kpi: true`（按 KPI 结果计分）
sequence-kpi-module-items = KPI 模块 `{ $module }` 下设了评分项
sequence-kpi-module-items-help = KPI 模块按 KPI 结果计为一个分数：删去其评分项，或删去 `kpi: true`
sequence-exam-module-items = 笔试模块 `{ $module }` 下设了评分项
sequence-exam-module-items-help = 笔试模块按记录的 `written_exam` 计为一个分数：删去其评分项，或删去 `exam: true`
sequence-several-exams = 序列 `{ $sequence }` 有不止一个笔试模块
sequence-several-exams-help = 每份记录只有一个 `written_exam` 成绩，请只保留一个带 `exam: true` 的模块
sequence-required-twice = 级别 `{ $level }` 两次要求了 `{ $competency }`
sequence-required-twice-help = 每项能力素质只保留一条
sequence-key-dropped = `{ $competency }` 在低一级别是关键项；这里没写 `key`，它将变为普通项
sequence-key-dropped-help = 写 `key: true` 保持为关键项，或写 `key: false` 明确改为普通项
sequence-required-lower = `{ $competency }` 在本级要求达到 { $here } 级，而低一级别要求 { $below } 级
sequence-required-lower-help = 级别越高，要求通常不低于低一级别；请核对数字，或删去这一行以沿用低一级别的要求
sequence-pass-out-of-range = 合格分 { $pass } 超出范围，应在 0 到本级总分 { $total } 之间
sequence-pass-out-of-range-help = 降低 `pass`，或提高各模块的分值
sequence-unknown-module = 本序列没有评分模块 `{ $module }`
sequence-negative-points = 分值不能为负数
sequence-negative-points-help = 填写该模块的分值，0 或以上
module-unknown-item = 评分模块 `{ $module }` 没有评分项 `{ $item }`
sequence-item-without-points = 评分模块 `{ $module }` 没有给评分项 `{ $item }` 分值
sequence-item-without-points-help = 在 `items:` 下添加 `{ $item }: <分值>`（该项在本级不计分则填 0）
sequence-items-mismatch = `{ $module }` 各评分项分值合计 { $sum }，而模块分值为 { $points }
sequence-items-mismatch-help = 调整评分项分值使其合计为 { $points }，或改为 `points: { $sum }`
sequence-items-without-points = 评分模块 `{ $module }` 设有评分项，但本级没有给出各项分值
sequence-items-without-points-help = 添加 `items: {"{"} <评分项>: <分值>, … {"}"}`，各项合计等于模块分值
sequence-module-without-items = 评分模块 `{ $module }` 没有评分项，不能按评分项给分
sequence-module-without-items-help = 删去 `items:`，或在 `scoring_modules:` 下定义评分项
sequence-total-mismatch = 各模块分值合计 { $sum }，而 `total` 为 { $total }
sequence-total-mismatch-help = 调整模块分值使其合计为 { $total }，或改为 `total: { $sum }`
sequence-inherited-total-mismatch = 按本级的模块分值合计为 { $sum }，而沿用自{ $name }（{ $level }）的总分为 { $total }
sequence-inherited-total-mismatch-help = 级别沿用低一级别的总分：调整模块分值使其合计为 { $total }，或在本级的 `scoring:` 下写 `total: { $sum }`
sequence-contribution-kind-and-kinds = 贡献要求同时写了 `kind` 和 `kinds`
sequence-contribution-no-kind = 贡献要求没有写明贡献类别
sequence-contribution-kind-help = 只要一种类别时写 `kind: <类别>`；多种类别任选、合计至少 `count` 项时写 `kinds: [<类别>, …]`
sequence-contribution-zero = 此值至少为 1
sequence-contribution-zero-help = `count` 是所需贡献的数量；`within` 是计入的最近周期数（1 表示仅本周期）
sequence-kpi-module-unscorable = `{ $module }` 按 KPI 计分，但本序列没有可计分的 KPI
sequence-kpi-module-unscorable-help = 为 KPI 设置 `target`、`weight` 和 `scoring:`（扣分规则或分档表）
condition-lower-than-below = `{ $field }` 的要求低于低一级别（本级 { $here }，低一级别 { $below }）
condition-lower-than-below-help = 级别越高，要求通常不低于低一级别；请核对该值，或删去它以沿用低一级别的要求
condition-any-of-too-few = `any_of` 至少需要两种组合
condition-any-of-too-few-help = 逐一列出每种达标方式，如 `- {"{"} education: bachelor, experience_years: 3 {"}"}` 和 `- {"{"} education: associate, experience_years: 5 {"}"}`；只有一种时直接写成普通条件
condition-empty-alternative = 这种组合没有任何条件
condition-empty-alternative-help = 为它写上 education、experience_years、years_in_level、training_hours、major 或 title
condition-no-major = `major` 没有列出任何专业
condition-no-major-help = 列出认可的专业或领域，如 `[市场营销, 工商管理]`，或删去 `major`
condition-unknown-title = `{ $title }` 不是已定义的职称
condition-no-title-scale-help = 在 rungs.yaml 中按从低到高列出职称，如 `professional_titles: [初级, 中级, 高级]`
condition-performance-incomplete = `no_consecutive` 和 `rating` 须同时填写
condition-performance-incomplete-help = 如 `no_consecutive: 2` 加 `rating: C`（不得连续两次为 C 或更低）
condition-performance-last = `last` 至少为 1
condition-performance-last-help = 规则考察的最近绩效期数，如 3
condition-performance-never-fires = 最近 { $last } 期绩效中不可能出现连续 { $consecutive } 期：这条规则永远不会判为不满足
condition-performance-never-fires-help = 把 `no_consecutive` 降到 { $last } 或以下，或提高 `last`
condition-negative = { $value } 是负数
condition-negative-help = 填写年数或学时，0 或以上
manager-bad-email = `{ $email }` 不是有效的邮箱地址
manager-bad-email-help = 只写一个地址，如 `name@example.com`，或删去 `email`
unknown-manager = 直接上级 `{ $manager }` 没有姓名，也不是有评估记录的员工
unknown-manager-help = 为直接上级写上 `name`，或改用一位参评员工的工号
unknown-manager-suggest = 是否想写员工 `{ $candidate }`？或为直接上级写上 `name`
manager-name-mismatch = 直接上级 `{ $manager }` 在这里名为 `{ $name }`，在 `{ $file }` 中却是 `{ $first }`
manager-name-mismatch-help = 一个编号只对应一个人：更正姓名，或为另一人另设编号
manager-email-mismatch = 直接上级 `{ $manager }` 在这里的邮箱是 `{ $email }`，在 `{ $file }` 中却是 `{ $first }`
manager-email-mismatch-help = 每位直接上级的文件包只发往一个地址：请在各份记录中使用同一邮箱
manager-reporting-loop = 周期 { $cycle } 的汇报关系形成了循环：{ $chain }
manager-reporting-loop-help = 循环中有人实际向循环外的人汇报：请更正那份记录的 `manager`
record-duplicate = 员工 `{ $employee }` 在周期 `{ $cycle }` 已有一份记录
record-duplicate-help = 第一份在 { $file }；每名员工每个周期只保留一份记录
record-unsafe-employee-id = `{ $id }` 不是有效的工号
record-unsafe-cycle = `{ $cycle }` 不是有效的周期
record-unsafe-id-help = 只用字母、数字、`-` 和 `_`（最多 64 个），以字母或数字开头：它会成为文件名
record-unknown-edition = 版本 `{ $edition }` 不是现行版本，也没有对应的 git 标签
record-unknown-edition-help = 该记录按现行版本检查和评定；请在 git 中为那个版本打标签（见 `editions.tag_pattern`），或更正版本名
record-before-every-edition = 该记录的日期为 { $date }，早于已知任何版本的生效日期（最早的版本 { $first } 于 { $effective } 生效）
record-before-every-edition-help = 该记录按现行版本 { $current } 检查和评定；请写上 `edition:` 注明评定所依据的版本（并在 git 中为其打标签），或更正 `date`
record-unknown-contribution-kind = 没有贡献类别 `{ $kind }`
record-file-name-mismatch = 文件名为 `{ $stem }`，记录却是员工 `{ $employee }` 的
record-file-name-mismatch-help = 将其重命名为 assessments/{ $folder }/{ $employee }.yaml
record-cycle-folder-mismatch = 记录属于周期 `{ $cycle }`，却放在文件夹 `{ $folder }` 中
record-cycle-folder-mismatch-help = 将其移到 assessments/{ $cycle }/，或更正 `cycle:`
record-unknown-module = 级别 `{ $level }` 没有评分模块 `{ $module }`
record-score-from-kpis = `{ $module }` 按 KPI 结果计分
record-score-from-kpis-help = 在记录顶层的 `kpis:` 下填写 KPI 结果
record-score-is-exam = `{ $module }` 是笔试
record-score-is-exam-help = 笔试成绩写在记录顶层的 `written_exam:` 中
record-score-per-item = 评分模块 `{ $module }` 按评分项打分，不能只给一个分数（{ $score }）
record-score-per-item-help = 写成 `{ $module }: {"{"} { $items } {"}"}`
record-score-not-per-item = 评分模块 `{ $module }` 没有评分项，请只给一个分数
record-score-not-per-item-help = 写成 `{ $module }: <分数>`（满分 { $points }）
record-score-out-of-range = `{ $module }` 得分 { $score }，超出 0–{ $points } 的范围
record-item-score-out-of-range = `{ $module }` 的评分项 `{ $item }` 得分 { $score }，超出 0–{ $points } 的范围
record-exam-out-of-range = 笔试成绩 { $score } 超出 0–{ $points } 的范围
record-score-out-of-range-help = 给出 0 到 { $points } 之间的分数
record-item-unscored = `{ $module }` 的评分项 `{ $item }` 未打分，按 0 分计
record-item-unscored-help = 在 `{ $module }` 中添加 `{ $item }: <分数>`
record-module-unscored = 评分模块 `{ $module }` 未打分，按 0 分计
record-module-unscored-help = 在 `scores:` 下添加 `{ $module }:`
record-exam-unscored-help = 添加 `written_exam: <分数>`
record-no-exam-module = 级别 `{ $level }` 没有笔试模块，`written_exam` 不予计入
record-no-exam-module-help = 删去它，或在该级别的评分中加入一个带 `exam: true` 的模块
record-unknown-sequence = 没有序列 `{ $sequence }`
record-unknown-level = 序列 `{ $sequence }` 没有级别 `{ $level }`
record-position-level-one = 岗位 `{ $position }` 只设在 `{ $at }`，不适用于 `{ $level }`
record-position-level = 岗位 `{ $position }` 适用于 `{ $from }` 至 `{ $to }`，不包括 `{ $level }`
record-position-level-help = 请核对 `position` 和申请级别
record-no-target-level = 记录既没有写 `applied_level`，也没有写 `current_level`
record-no-target-level-help = 添加 `applied_level: <级别编号>`（申请认证的级别）
record-applies-below-current = 申请级别 `{ $applied }` 低于现任级别 `{ $current }`
record-applies-below-current-help = 请核对这两个级别；复核（按现任级别重新认证）时不写 `applied_level`
record-skips-levels = 申请级别 `{ $applied }` 比现任级别 `{ $current }` 高 { $count } 级（越级申请）
record-skips-levels-help = 标准允许越级申请，报告中会标注「越级申请」；请核对申请级别是否填写正确
record-unknown-rating = `{ $rating }` 不是绩效等级
record-unknown-rating-help = 请使用 { $ratings } 之一（可在 rungs.yaml 的 `performance_ratings` 中修改）
record-negative-fact = { $value } 是负数
record-negative-fact-help = 填写 0 或以上的数
record-unknown-condition = 级别 `{ $level }` 没有条件 `{ $condition }`，该项信息不予采用
record-missing-fact = 级别 `{ $level }` 设有 `{ $fact }` 条件，但记录没有填写 `facts.{ $fact }`
record-missing-fact-help = 缺少该信息时，此条件按未满足计；请在 `facts:` 下补充
record-unread-fact = 级别 `{ $level }` 没有 `{ $fact }` 条件，该项信息不予采用
record-unread-fact-help = 该级别采用的信息：{ $read }；请从 `facts` 中删去 `{ $fact }`，或核对申请级别
record-unread-fact-help-none = 该级别不采用任何信息；请从 `facts` 中删去 `{ $fact }`，或核对申请级别
record-unknown-competency = 没有能力素质 `{ $competency }`
record-competency-not-required = 级别 `{ $level }` 不要求 `{ $competency }`；它会显示，但不参与能力等级评定
record-competency-not-required-help = 删去它，或核对 `applied_level` 和 `position`
record-competency-not-assessed = 级别 `{ $level }` 要求 `{ $competency }`，但记录没有评估它
record-competency-not-assessed-help = 在 `competencies:` 下添加 `{ $competency }: { $how }`；在此之前按未达标计
record-one-line-graded = `{ $competency }` 是一句话标准，只分达标与未达标
record-one-line-no-met = `{ $competency }` 的评估没有写明是否达标
record-one-line-help = 写 `{"{"} met: true {"}"}` 或 `{"{"} met: false {"}"}`
record-graded-met = `{ $competency }` 分级评定：请记录达到的级别，不要用 `met`
record-graded-no-level = `{ $competency }` 的评估没有给出级别
record-graded-help = 写 `{"{"} level: N {"}"}`（尚未达到 1 级时写 0）
record-level-out-of-range = `{ $competency }` 分为 0–{ $max } 级，不存在 { $level } 级
record-level-out-of-range-help = 记录 0 到 { $max } 之间的级别
record-unknown-activity = 序列 `{ $sequence }` 没有活动 `{ $activity }`
record-activity-not-required = 级别 `{ $level }` 不要求活动 `{ $activity }`；它会显示，但不参与能力等级评定
record-activity-not-required-help = 删去它，或核对 `applied_level`
record-activity-not-assessed = 级别 `{ $level }` 要求活动 `{ $activity }`，但记录没有评估它
record-activity-not-assessed-help = 在 `behaviours:` 下添加 `{ $activity }: {"{"} met: true {"}"}`（或 false）；在此之前按未达标计
record-unknown-kpi = 序列 `{ $sequence }` 没有 KPI `{ $kpi }`
record-kpi-not-measured = 岗位 `{ $position }` 不考核 `{ $kpi }`，该结果不予计入
record-kpi-not-measured-help = 删去它，或核对 `position`
record-kpi-missing = 没有 KPI `{ $kpi }` 的结果，按 0 分计
record-kpi-missing-help = 在 `kpis:` 下添加 `{ $kpi }: <结果>`
record-unknown-reference = 序列 `{ $sequence }` 没有从记录读取的参考项 `{ $item }`
record-reference-computed = `{ $item }` 是计算得出的（根据绩效等级或 KPI）；请在此删去
date-malformed = `{ $text }` 不是 YYYY-MM-DD 格式的日期
date-month-out-of-range = `{ $text }` 的月份为 { $month }；月份应在 01 到 12 之间
date-day-out-of-range = `{ $text }` 不存在：{ $year } 年 { $month } 月只有 { $days } 天
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
    [known] 工号
   *[one] 工号
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
noun-manager = { $form ->
    [known] 直接上级编号
   *[one] 直接上级
}
noun-activity-name = 活动名称
noun-assessor-name = 评委姓名
noun-behaviour-module-name = 行为标准模块名称
noun-category-name = 类别名称
noun-competency-level-title = 分级名称
noun-competency-name = 能力素质名称
noun-contribution-kind-name = 贡献类别名称
noun-criterion = 标准描述
noun-edition = 版本
noun-level-name = 级别名称
noun-level-title = 级别称谓
noun-manager-id = 直接上级的工号
noun-manager-name = 直接上级姓名
noun-name = 姓名
noun-one-line-standard = 一句话标准
noun-organisation = 发布单位
noun-owner = 解释部门
noun-page-title = 页面标题
noun-plan-goal = 发展计划目标
noun-position-name = 岗位名称
noun-reference-item-name = 参考项名称
noun-sequence-name = 序列名称
noun-title = 标准手册标题
# 超出上限的列表里装的是什么。
count-competencies = 能力素质
count-sequences = 序列
count-levels = 级别
count-key-points = 关键点
count-level-behaviours = 同一级的行为表现
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
hint-modules = 评分模块列在 `scoring_modules:` 下
hint-professional-titles = 见 rungs.yaml 的 `professional_titles`

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
check-too-many-files-help = 这是第 { $position } 个文件：这么大的标准无法印成一本标准手册，请拆分为几个内容项目
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
check-grade-counts-nothing = 能力等级评定没有计入任何内容
check-grade-counts-nothing-help = 列出能力等级评定计入的内容：[competencies, behaviours]，或其中之一
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
check-file-name-report = 文件包中该员工的报告
check-file-name-report-added = 工号、周期和 `.pdf`
check-file-name-department = 该部门的团队总结和文件包
check-file-name-department-added = 周期、`.zip`，以及两个部门名称重合时加上的序号
check-file-name-manager = 该直接上级团队的团队总结和文件包
check-file-name-manager-added = 直接上级的工号、周期、`.zip`，以及两个团队名称重合时加上的序号
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
check-no-behaviours-help = 描述达到这一级的人可观察到的行为
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
load-missing-settings-help = 请创建 rungs.yaml，写明标准手册标题、发布单位、版本等设置（见 docs/content-model.md）
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
yaml-age-or-gender-help = 请删除：年龄和性别与能力无关，以此筛选是《就业促进法》禁止的歧视（见 docs/content-model.md 中“No age or gender conditions”一节）
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
yaml-found-string = 文字「{ $value }」
yaml-found-sequence = 列表
yaml-found-map = 一组字段
yaml-found-unit = 空值
# 常见的 YAML 语法错误。
yaml-unclosed-quote = 引号没有闭合
yaml-unclosed-bracket = 括号 `{ $open }` 没有闭合
yaml-mismatched-bracket = 括号 `{ $open }` 被 `{ $close }` 错误地闭合
yaml-misplaced-bracket = 括号位置不对
yaml-unexpected-character = 此处不能出现字符 `{ $character }`
yaml-invalid-indentation = 缩进不正确
yaml-mapping-values-not-allowed = 此处不能出现 `键: 值`（检查缩进，或给含有 `: ` 的文字加引号）
yaml-expected-key = 此处应为一个键（检查缩进是否对齐）
yaml-flow-mapping-separator = `{"{"} … {"}"}` 中缺少 `,` 或 `{"}"}`
yaml-flow-sequence-separator = `[ … ]` 中缺少 `,` 或 `]`
yaml-expected-dash = 此处应为以 `-` 开头的列表项（检查缩进是否对齐）
yaml-expected-content = 此处缺少内容
yaml-expected-colon = 键后面应有 `:`
yaml-key-too-long = 键无效（键须写在同一行内）
yaml-colon-space = `:` 后面必须有空格
yaml-colon-placement = `:` 的位置不对
yaml-dash-space = `-` 后面必须有空格
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
## 命令行：进度、结束语、提示，以及命令为何停止。

# 内容来源。
source-not-found = 内容文件夹 `{ $path }` 不存在（请指定存放 rungs.yaml 的文件夹）
source-not-a-folder = `{ $path }` 不是文件夹（请指定存放 rungs.yaml 的文件夹）
source-too-many-entries = `{ $path }` 中的文件超过 { $limit } 个，文件夹是否选错了？
source-cannot-read = 无法读取 `{ $path }`：{ $error }

# 内容的 git 历史。
history-not-a-repository = `{ $path }` 不在 git 仓库中（请先运行 `git init` 并提交内容）
history-unknown-revision = `{ $rev }` 不是一个提交（{ $error }）；可以写提交哈希、标签、分支或 HEAD~1
history-no-content-at = 在 `{ $rev }` 中没有内容文件夹 `{ $folder }`
history-git = 无法读取 git 仓库：{ $error }

# 写入输出文件夹。
publish-cannot-write = 无法写入 `{ $path }`：{ $error }
publish-cannot-write-help = 请确认磁盘有空间、文件夹可写，然后重新运行；之前的输出未被改动
publish-refused = 拒绝写入 `{ $out }`：{ $reason }
publish-refused-help = 请给 `--out` 指定内容文件夹之外的一个新的或空的文件夹（rungs 每次构建都会替换该文件夹的全部内容）
publish-refused-root = 它是文件系统的根目录
publish-refused-home = 它是用户主文件夹 `{ $home }`，或包含该文件夹
publish-refused-content = 它就是内容文件夹本身
publish-refused-inside = 它位于 rungs 读取的 `{ $folder }` 之内
publish-refused-holds = 它包含 rungs 读取的 `{ $folder }`，写入会将其替换
publish-refused-file = 它是文件，不是文件夹
publish-refused-not-ours = 它不是空文件夹，也不是 rungs 创建的（其中没有 `{ $marker }` 文件）
publish-refused-outside = 该路径会超出输出文件夹
publish-busy = 另一个 rungs 构建正在写入 `{ $out }`；请等它完成后再运行
publish-busy-help = 两个构建写入同一文件夹会相互覆盖
publish-unknown-files = `{ $out }` 中有 { $count } 个文件不是上次构建写入的：{ $files }
publish-unknown-files-more = `{ $out }` 中有 { $count } 个文件不是上次构建写入的：{ $files } 等
publish-unknown-files-help = 请把它们移出输出文件夹（rungs 每次构建都会替换该文件夹），或加 `--force` 删除它们

# 渲染。
render-template = 主题模板 { $file }：{ $error }
render-template-line = 主题模板 { $file } 第 { $line } 行：{ $error }
render-template-help = 请修正上面指出的主题模板（内容本身已通过 `check`）
render-too-large = { $document }需要排版 { $size } KiB 的内容（约 { $pages } 页），上限为 { $limit } KiB
render-too-large-help = 一份 PDF 要在内存中整体排版，因此大小有上限：请把标准拆分为几个内容项目，或用 `--only site,reports,summaries` 构建其他部分
render-document-handbook = 任职资格标准手册
render-document-sheets = 序列 `{ $sequence }` 的任职资格一纸禅

# `rungs init`。
init-not-empty = `{ $dir }` 不是空文件夹
init-not-empty-help = 请给出一个新文件夹的名称，例如 `rungs init my-standard`，或先清空这个文件夹
init-cannot-write = 无法写入 `{ $path }`：{ $error }
init-created = 已在 { $dir } 创建 rungs 项目（{ $count } 个文件：content/、schemas/、.gitignore）
init-next = 下一步：
init-next-check = 检查内容
init-next-serve = 边编辑边预览标准手册网站，地址 http://127.0.0.1:1111
init-next-build = 生成网站、标准手册 PDF 和报告，输出到 output/

# 分片与 `rungs merge`。
shard-bad = `{ $text }` 不是分片：请写成 K/N，例如 2/4 表示四片中的第二片
shard-out-of-range = `{ $text }` 不是分片：K 从 1 数到 N（1/{ $count } … { $count }/{ $count }）
merge-not-an-output = `{ $dir }` 不是 rungs 的构建输出（其中没有 `{ $marker }` 文件）
merge-not-an-output-help = 请传入 `rungs build --shard K/N --out DIR` 写出的文件夹
merge-conflict = `{ $path }` 在 `{ $first }` 和 `{ $second }` 中不一致：这些分片是否由相同的内容和选项构建？
merge-shard-twice = 分片 { $shard } 出现了两次：`{ $first }` 和 `{ $second }`
merge-no-slices = 没有文件夹包含分片清单（`reports/manifest.K-of-N.json`）：请用 `--shard K/N` 构建每一片
merge-different-splits = 这些文件夹属于不同的分片方式（分别分为 { $counts } 片）：请合并同一次构建的各个分片
merge-missing-shards = 缺少 { $count } 个分片（{ $shards }）：请传入每一片的文件夹
merge-help = 请用同一提交、相同选项构建同一种分片方式的每一片，再合并它们的全部文件夹
merge-done = 已将 { $shards } 个分片文件夹合并到 { $out }（{ $files } 个文件）

# 读取报告清单。
manifest-cannot-read = 无法读取 `{ $path }`：{ $error }
manifest-bad = `{ $path }` 不是 rungs 的清单：{ $error }
manifest-unknown-version = `{ $path }` 不是 rungs 能读的清单：格式 `{ $format }` 第 { $version } 版（本 rungs 读取 `{ $known }` 至第 { $known_version } 版）

# `rungs send`。
send-no-bundles = 无法读取 `{ $path }`（{ $error }）：请发送 `rungs distribute` 写出的文件夹
send-bad-bundles = `{ $path }`：{ $error }
send-no-template = 主题中没有 `{ $path }`
send-not-an-address = `{ $text }` 不是有效的邮箱地址：{ $error }
send-no-address = 没有邮箱地址：请在评估记录中填写直接上级的邮箱（`manager: { "{" } …, email: … { "}" }`），或改用其他方式交付
send-cannot-read = 无法读取 `{ $path }`：{ $error }
send-cannot-write = 无法写入 `{ $path }`：{ $error }
send-bad-ca-file = `{ $path }`：{ $error }
send-too-large = { $size } MiB，超过单封邮件可携带的 { $limit } MiB（`max_size_mib`）：如果邮件服务器接受更大的邮件，可以调高上限；否则请改用其他方式交付（例如只有人力资源部和该直接上级能打开的文件夹）
send-not-the-bundle = `{ $path }` 不是 `bundles.csv` 所列的文件包（SHA-256 不一致）：请重新运行 `rungs distribute`
send-log-failed = 发送日志出错：{ $error }
send-no-tls = 无法建立 TLS：{ $error }
send-tls-none-remote = `tls: none` 只能用于本机上的邮件服务器，不能用于 `{ $server }`：请改用 `starttls` 或 `implicit`
send-no-password = 没有 `{ $user }` 的密码：请设置 { $variable }，或在终端中运行以便输入
send-unreachable = 无法连接邮件服务器 { $server }：{ $error }
send-dry-run-sends-nothing = 试运行不发送任何邮件
send-settings-inside = `{ $path }` 位于内容文件夹内：请把邮件设置放在内容仓库之外（例如个人主文件夹）
send-settings-password = `{ $path }` 中写有密码：请删除；rungs 只从 { $variable } 读取密码，或在运行时询问
send-settings-bad = `{ $path }`：{ $error }
send-unprotected = `{ $folder }` 中的文件包没有密码保护：通过邮件发送的报告，任何收到邮件的人都能打开
send-unprotected-help = 请先运行 `rungs distribute --encrypt`；如果确实必须不加保护发送，请加 `--allow-unprotected`
send-nothing-to-send = 没有要发送的内容：日志显示每个文件包都已发送，且此后没有变化（`--again` 可重新发送）
send-sent = 已将 { $bundle } 发送给 { $email }（{ $response }）
send-already-sent = { $bundle } 此前已发送给 { $email }（日志有记录，此后没有变化）
send-wrote = 已写出 { $file }
send-not-sent = 未发送 { $bundle }：{ $why }
send-dry-run-done = 已将 { $messages } 封邮件写入 { $folder } 供查看；没有发送任何邮件
send-done = 已发送 { $sent } 个文件包，{ $already } 个此前已发送，{ $not_sent } 个未发送；日志见 { $log }
send-some-not-sent = { $count } 个文件包未发送：{ $bundles }
send-some-not-sent-help = 请按各条提示处理后重新运行 `rungs send`：只会发送尚未发送的部分
send-about-to-send = 即将通过 { $server } 以 { $from } 的名义发送 { $count } 封邮件：
send-recipient = { $bundle }  →  { $name } <{ $email }>（{ $reports } 份报告）
send-no-address-short = 无邮箱地址
send-confirm-with-yes = 未发送：请用 `--yes` 确认上面的收件人
send-confirm-with-yes-help = 或在终端中运行以便确认；`--dry-run` 会先把邮件写出供查看
send-ask = 确认发送？[y/N]
send-cannot-read-answer = 无法读取回答：{ $error }
send-declined = 未发送：已取消
send-no-server = 没有指定邮件服务器
send-no-server-help = 请传入 `--settings FILE`（放在内容仓库之外）或 `--server HOST --from ADDRESS`
send-no-sender = 没有指定发件人：请传入 `--from ADDRESS`
send-password-prompt = { $user } 的密码：
send-cannot-read-password = 无法读取密码：{ $error }

# 用密码保护报告。
publish-protect = 无法为 `{ $path }` 加密码保护：{ $error }
publish-protect-help = 这是 rungs 的缺陷：请连同所运行的命令一起报告
encrypt-cannot-read = 无法读取 PDF：{ $error }
encrypt-no-random = 无法取得随机数：{ $error }
encrypt-no-aes = 无法设置 AES-256：{ $error }
encrypt-failed = 无法加密 PDF：{ $error }
encrypt-cannot-write = 无法写出 PDF：{ $error }

# `rungs distribute`。
distribute-encrypt-pdf-a = `--encrypt` 不能与 `--pdf-a` 同时使用：PDF/A（ISO 19005）不允许加密
distribute-encrypt-pdf-a-help = 分发加密报告时不要加 `--pdf-a`；PDF/A 原件请用 `rungs build --pdf-a` 生成后归档
distribute-gitignore-comment = 个人信息和密码（rungs distribute）：切勿提交此文件夹。
distribute-since-help = 请传入之前某次 `rungs build` 或 `rungs distribute` 生成的 `manifest.json` 或 `manifest.csv`
distribute-passwords-without-encrypt = `--passwords` 只能与 `--encrypt` 一起使用
distribute-passwords-help = 一个 CSV 文件：第一行为 `employee_id,password`，每行一名员工，密码至少 { $min } 个字符
distribute-passwords-warning = `{ $file }` 中保存了全部密码（{ $kept } 个沿用此前的或由文件给出，{ $new } 个新生成）：请通过与文件包不同的渠道把密码交给本人（切勿放在同一封邮件中）；下次运行会沿用这些密码，`--new-passwords` 会全部重新生成
distribute-no-manager = { $count } 份报告没有填写直接上级，已打包到 `{ $bundle }`：请在这些记录中填写 `manager`
distribute-nothing-changed = 自上一份清单以来，周期 { $cycle } 的报告没有变化
distribute-change-new = 新增
distribute-change-changed = 有变化
distribute-done = 已分发周期 { $cycle } 的 { $reports } 份报告中的 { $bundled } 份（新生成 { $rendered } 份，沿用最新构建 { $reused } 份），共 { $bundles } 个文件包，输出到 { $out }，用时 { $seconds } 秒
distribute-done-encrypted = 已分发周期 { $cycle } 的 { $reports } 份报告中的 { $bundled } 份（新生成 { $rendered } 份，沿用最新构建 { $reused } 份），共 { $bundles } 个文件包，每份报告均以 AES-256 加密保护，输出到 { $out }，用时 { $seconds } 秒
distribute-thread-time = 线程用时：{ $spent }
distribute-time-spent = { $what } { $seconds } 秒
distribute-time-reports = 生成报告
distribute-time-reuse = 读取沿用的报告
distribute-time-summaries = 团队总结
distribute-time-protection = 加密保护
distribute-time-zips = 打包
distribute-unknown-cycle = 没有周期 `{ $cycle }` 的评估记录（已有周期：{ $cycles }）
distribute-no-records = 没有任何评估记录
distribute-missing-passwords = 密码文件中缺少 { $count } 名员工或收件人（即文件包受其密码保护的直接上级、部门或序列）的密码：{ $ids }
distribute-missing-passwords-more = 密码文件中缺少 { $count } 名员工或收件人（即文件包受其密码保护的直接上级、部门或序列）的密码：{ $ids } 等
passwords-cannot-read = 无法读取 `{ $path }`：{ $error }
passwords-bad = `{ $path }`：{ $error }
passwords-no-column = `{ $path }` 中没有 `{ $column }` 列（第一行须为列名 `id,password`）
passwords-bad-line = `{ $path }` 第 { $line } 行：{ $error }
passwords-too-short = `{ $path }` 第 { $line } 行：`{ $id }` 的密码少于 { $min } 个字符
passwords-twice = `{ $path }` 第 { $line } 行：`{ $id }` 有第二个不同的密码

# 各命令共用的话。
editions-same-name = 标签 `{ $first }` 和 `{ $second }` 都标注为版本 `{ $edition }`；该版本按 `{ $second }` 处理（请在 rungs.yaml 中为每个版本写不同的 `edition:`）
cli-reading-content-folder = `{ $project }` 是一个项目，读取其中的内容文件夹 `{ $content }`
cli-unknown-edition = `--against { $asked }` 不是任何版本：既不是当前版本（{ $current }），也不是已打标签的版本
cli-unknown-edition-help = 请使用其中之一：{ $known }
cli-verbose-check = 检查：{ $errors } 个错误，{ $warnings } 个警告，用时 { $ms } 毫秒
cli-history-dirty = 标准有尚未提交的修改：页面和报告将标注为 `{ $commit }`
cli-history-none = `{ $content }` 不在 git 仓库中，因此页面不带提交标记、修改日期和版本信息
cli-history-shallow = 这是浅克隆：修改日期和版本信息只追溯到现有历史为止（用 --unshallow 拉取完整历史）
cli-history-detached = HEAD 处于分离状态：标记、日期和版本均取自当前检出的提交
cli-inside-content = `{ $out }` 位于内容文件夹 `{ $content }` 之内
cli-inside-content-help = 请写到内容文件夹之外，例如与它并列的文件夹
cli-cannot-write-stdout = 无法写入标准输出：{ $error }
cli-cannot-write = 无法写入 `{ $path }`：{ $error }
cli-cannot-write-workbook = 无法写出工作簿：{ $error }
progress-checking = 正在检查内容
progress-checking-revision = 正在检查一个修订版本
progress-checking-import = 正在将评估表各行合入记录并检查
progress-reports = 报告

# `rungs check`。
check-ok = 通过：{ $competencies } 项能力素质，{ $sequences } 个序列，{ $levels } 个级别，{ $pages } 篇说明，{ $records } 份评估记录

# `rungs build`。
build-verbose-render = 生成：网站文件 { $site_files } 个，标准手册 { $handbooks } 份，一纸禅 { $sheets } 份，报告 { $reports } 份，团队总结 { $summaries } 份，用时 { $ms } 毫秒；{ $total } 个输出中 { $reused } 个未变、直接沿用
build-verbose-publish = 发布：已替换到 { $out }，用时 { $ms } 毫秒
build-done = 已生成网站文件 { $site_files } 个、标准手册 PDF { $handbooks } 份、Word 版 { $word } 份、一纸禅 PDF { $sheets } 份、报告 { $reports } 份、团队总结 { $summaries } 份、校准会材料 { $packs } 份、公示 { $notices } 份和证书 { $certificates } 份，输出到 { $out }，用时 { $seconds } 秒，{ $warnings } 个警告
build-done-partly = 已生成网站文件 { $site_files } 个、标准手册 PDF { $handbooks } 份、Word 版 { $word } 份、一纸禅 PDF { $sheets } 份、报告 { $reports } 份、团队总结 { $summaries } 份、校准会材料 { $packs } 份、公示 { $notices } 份和证书 { $certificates } 份，输出到 { $out }，用时 { $seconds } 秒（{ $total } 个输出中重新生成 { $rendered } 个，其余未变），{ $warnings } 个警告
build-done-and-verdicts = { $built }；{ $verdicts }
build-verdicts-changed = 有 { $count } 个认证结论与上次构建不同（`--list-records` 可列出）
build-verdicts-changed-listed = 有 { $count } 个认证结论与上次构建不同：

# 命令行和导入中的“是否想写……？”。

# 读取填好的评估表。
sheet-cannot-read = 无法读取 `{ $path }`：{ $error }
sheet-too-large = `{ $path }` 有 { $size } MiB；rungs 只导入不超过 { $limit } MiB 的文件：请拆分评估表（例如按部门），分别导入
sheet-undecodable = `{ $path }` { $why }
sheet-bad-csv = `{ $path }`：{ $why }
sheet-unknown-format = `{ $path }` 不是 rungs 能读取的电子表格：请提供 .xlsx、.xls、.ods 或 .csv 文件
sheet-not-a-workbook = `{ $path }` 不是 rungs 能打开的工作簿：{ $error }
sheet-zip-bomb = `{ $path }` 解压后将有 { $size } MiB（只导入解压后不超过 { $limit } MiB 的工作簿）：这不是普通的电子表格——请拆分，或用表格软件重新保存
sheet-cannot-open = 无法把 `{ $path }` 作为电子表格打开：{ $error }
sheet-too-many-cells = `{ $path }` 的单元格超过 { $limit } 个：请拆分后分别导入
sheet-too-many-rows = `{ $path }` 的工作表 { $sheet } 有 { $rows } 行；rungs 每个工作表最多导入 { $limit } 行：请拆分（例如按部门），分别导入
sheet-formula-without-result = 公式 ={ $formula } 没有保存计算结果：请用 Excel、WPS 或 LibreOffice 打开并保存该文件，或直接填写数值
sheet-error-value = 单元格中是错误值 { $value }：请更正，或直接填写数值
sheet-utf16-without-bom = 看起来是没有字节顺序标记的 UTF-16 编码，rungs 无法读取：请另存为 UTF-8（Excel：另存为 → CSV UTF-8）或 GBK（中文 Windows 上 Excel 的普通 CSV）
sheet-unknown-encoding = 既不是 UTF-8 也不是 GBK 编码（其中有两者都无法读取的字节，Latin-1 或 Shift-JIS 文件即如此）：请另存为 UTF-8（Excel：另存为 → CSV UTF-8）或 GBK（中文 Windows 上 Excel 的普通 CSV）
sheet-csv-unreadable = 无法读取该 CSV：{ $error }
sheet-csv-too-large = 超过 { $rows } 行或 { $cells } 个单元格；请拆分（例如按部门），分别导入

# `rungs import`：单元格有什么问题。
import-not-a-date = 不是有效日期；请按 YYYY-MM-DD 格式填写，如 2024-12-12
import-not-a-level-number = 不是有效的级别；请填 0 到 { $max } 的整数
import-not-yes-no = 请填「是」或「否」
import-not-a-number = 不是数字
import-out-of-range = 超出范围；请填 0 到 { $max } 之间的数
import-negative = 不能为负数
import-list-more = { $first }、{ $rest }
import-name-with-id = { $name }（{ $id }）
import-not-a-choice = 不是可选值；可填：{ $options }
import-not-a-rating = 「{ $rating }」不是绩效等级；可填 { $scale }，由远及近，用逗号或空格分开
import-level-forms-numbered = { $number }、{ $number }级、{ $name }、{ $id } 或 { $name } { $title }
import-level-forms = { $name }、{ $id } 或 { $name } { $title }
import-not-a-level = 不是本序列的级别；可填：{ $levels }
import-not-a-level-with-forms = 不是本序列的级别；可填：{ $levels }；写法可为 { $forms }

# `rungs import`：问题在哪里，这一行有什么问题。
import-at-row = { $sheet } 第 { $row } 行：{ $message }
import-at-row-value = { $sheet } 第 { $row } 行，值「{ $value }」：{ $message }
import-at-cell = { $sheet } 第 { $row } 行 { $column } 列「{ $header }」：{ $message }
import-at-cell-value = { $sheet } 第 { $row } 行 { $column } 列「{ $header }」，值「{ $value }」：{ $message }
import-employee-twice = 员工 { $employee_id } 在周期 { $cycle } 中出现了两次（第一次在 { $sheet } 第 { $row } 行）
import-employee-twice-help = 每名员工每个周期只保留一行
import-unknown-header = 这个列名不对应评估表中的任何字段
import-header-twice = { $column } 列已对应这个字段
import-header-twice-help = 每个字段只保留一列
import-formula-like = 看起来像表格公式；将按原文作为文字导入
import-formula-like-help = 请核对该值：公式不会被执行，rungs 写出的 CSV 文件也会把它显示为文字
import-existing-unreadable = 无法读取现有记录 { $path }；请修正（rungs check）后重新导入
import-no-employee-id = 工号为空
import-cycle-mismatch = 这一行的周期是 { $cycle }，但 --cycle 指定的是 { $given }
import-no-cycle = 没有周期：请填写「认证周期」列，或传入 --cycle
import-no-sequence = 没有序列：新记录须填写「序列」列
import-unknown-sequence = 没有哪个序列的编号或名称是这个值
import-no-such-field = 序列 { $sequence } 没有这个字段；该员工的这一格请留空
import-check-problem = { $message } [{ $code }]

# `rungs import`：命令说的话。
import-no-file = 请给出要导入的评估表：rungs import [CONTENT] FILE
import-sheet-skipped = 工作表 { $sheet } 没有「工号」（工号）列，不导入（以 UTF-8 或 GBK 以外的编码保存的 CSV 会显示不出 rungs 认识的列：请另存为 UTF-8 或 GBK）
import-no-rows = `{ $file }` 中没有可导入的行
import-no-rows-help = 数据行写在表头行（工号、姓名……）之下；可用 `rungs template` 生成评估表
import-label-skipped = 已跳过
import-cannot-write = 无法写入 `{ $path }`：{ $error }；没有导入任何内容
import-created = 已创建 { $path }（{ $sheet } 第 { $row } 行）
import-would-create = 将创建 { $path }（{ $sheet } 第 { $row } 行）
import-updated = 已更新 { $path }（{ $sheet } 第 { $row } 行）
import-would-update = 将更新 { $path }（{ $sheet } 第 { $row } 行）
import-loses-comments = 改写记录时不会保留其中的 `#` 注释；可用 git diff 查看
import-done = { $rows } 行：新建 { $created }，更新 { $updated }，未变 { $unchanged }
import-done-skipped = { $rows } 行：新建 { $created }，更新 { $updated }，未变 { $unchanged }，跳过 { $skipped }
import-dry-run = { $counts }（试运行：没有写入任何内容）
import-errors-elsewhere = 除评估表中的行之外，内容还有错误；没有写入任何内容
import-errors-elsewhere-help = 请修正这些错误（见 `rungs check`）后重新导入
import-refused = { $rows } 行中共有 { $problems } 个问题；没有写入任何内容
import-refused-help = 请修正这些行，或加 --skip-bad 只导入没有问题的行
import-row-warning = { $sheet } 第 { $row } 行（{ $employee_id }）：{ $message }
import-more-warnings = ……另有 { $count } 条（`rungs check` 会全部列出）
import-more-rows-warnings = 另有 { $rows } 行有警告：{ $kinds }（`rungs check` 会全部列出）

# `rungs template` 和 `rungs report`。
template-no-records = 没有周期 `{ $cycle }` 的评估记录
template-empty = 周期 { $cycle } 中没有申请 { $sequence } { $level } 的记录；评估表为空
template-wrote = 已写出 { $file }（{ $columns } 列，{ $rows } 行），适用于 { $sequence } { $level }
template-bad-name = `{ $file }`：评估表文件名须以 .xlsx 或 .csv 结尾
template-no-sequence = 没有序列 `{ $sequence }`
template-no-level = 序列 `{ $sequence }` 没有级别 `{ $level }`
report-no-record = 没有员工 `{ $id }` 的评估记录
report-wrote = 已将 { $reports } 份报告写入 { $folder }

# `rungs results`。
results-xlsx-needs-out = xlsx 汇总表是文件：请传入 --out FILE.xlsx
results-no-cycle = 评估记录中没有周期 `{ $given }`
results-no-sequence = 评估记录中没有序列 `{ $given }`
results-no-level = 评估记录中没有级别 `{ $given }`
results-no-department = 评估记录中没有部门 `{ $given }`
results-no-manager = 评估记录中没有直接上级 `{ $given }`
results-wrote = 已写出 { $file }（{ $records } 份记录；属个人信息，仅限人力资源部内部使用）

# `rungs export` 和 `rungs schema`。
export-needs-out = `--format { $format }` 会写出文件，因此需要 `--out DIR`
export-needs-out-help = 请指定一个文件夹，例如 `rungs export --format { $format } --out export/`；其中将写入 { $files }
export-wrote-file = 已写出 { $file }
export-case-several = 标准有 { $sequences } 个序列，而 CASE 每个序列一个数据包
export-case-several-help = 请传入 `--out DIR`，为每个序列写出 case-<sequence>.json，例如 `rungs export --format case --out case/`
export-wrote-files = 已将 { $count } 个文件写入 { $folder }：{ $files }
export-out-is-a-file = `{ $file }` 是文件，而这种格式要写出一个文件夹
cli-out-folder-help = 请给 `--out` 指定一个文件夹（不存在时会自动创建）
cli-cannot-create-folder = 无法创建文件夹 `{ $folder }`：{ $error }
schema-out-is-a-file = `{ $file }` 是文件，而 `rungs schema` 要写出一个存放 schema 的文件夹
schema-wrote = 已将 { $count } 个 schema 写入 { $folder }：{ $files }
schema-help = 在每个 YAML 文件开头写上对应的 schema 行，例如在 competencies/<id>.yaml 中：

# `rungs diff`。
diff-side-working-tree = 工作区
diff-side-revision = `{ $rev }`
diff-list-records-warning = --list-records 会输出工号和认证结论：属个人信息
diff-too-many-arguments = 最多给出一个内容文件夹和两个修订版本
diff-side-has-errors = { $side }中的内容有错误，无法比较

# `rungs serve`。
serve-not-content = `{ $folder }` 中没有 rungs.yaml，不是内容文件夹
serve-not-content-help = 请传入内容文件夹（`rungs serve path/to/content`），或用 `rungs init` 新建一个
serve-cannot-listen = 无法监听 { $address }：{ $error }
serve-cannot-listen-help = 请用 `--port` 换一个端口，或用 `--port 0` 使用任意空闲端口
serve-cannot-start = 无法启动预览服务：{ $error }
serve-serving = 正在预览 { $folder }，地址 { $url }（按 Ctrl+C 停止）
serve-handbook = 标准手册 PDF：{ $url }handbook.pdf（访问时生成）
serve-reports-warning = 报告包含个人信息：只在本机通过 { $url }reports/ 提供
serve-not-loopback = 正在监听 { $address }，网络中的其他电脑也能查看预览
serve-cannot-watch = 无法监视内容的变化：{ $error }
serve-watcher-stopped = 文件监视已停止
serve-changed = 有变化：{ $path }
serve-rebuilt = 第 { $generation } 次构建：{ $pages } 个页面，用时 { $ms } 毫秒
serve-rebuilt-after = 第 { $generation } 次构建：{ $pages } 个页面，用时 { $ms } 毫秒，起因是修改了 { $file }{ $more ->
    [0] {""}
   *[other] 及另外 { $more } 个文件
}
serve-has-errors = 内容有 { $errors } 个错误：已在浏览器中显示在上一次正常的页面之上
serve-verbose-timing = 检查 { $check } 毫秒，模板和导航 { $rest } 毫秒
serve-no-handbook = 标准手册没有生成
serve-reports-built = { $reports } 份报告和 { $summaries } 份团队总结，用时 { $ms } 毫秒
serve-reports-failed = 报告无法生成：{ $error }
serve-no-browser = 无法启动 `{ $program }`；请自行打开 { $url }
init-gitignore-comment = 以下文件夹由 rungs 写出：它们由 content/ 生成，并含有个人信息。

## 预览服务器（`rungs serve`）自己的页面。
serve-page-failed = /{ $path } 无法生成：{ $message }
serve-page-failed-help = 请修正上面指出的主题模板；保存后会自动重新生成
serve-page-failed-notice = 此页无法生成：见显示的错误。
serve-building = 正在生成…
serve-not-building-yet = 内容还无法生成：请修正显示的错误（终端里也有）。

## `rungs send` 随每个文件包发出的邮件（版式见主题的 mail/subject.txt 和 mail/body.txt）。
## 每条都可用 $recipient、$cycle、$reports、$attachment、$title、$edition。
mail_correction_tag = 【更正】
mail_subject = 【保密】任职资格认证结果（{ $cycle }）· { $recipient }团队 { $reports } 人
mail_greeting = { $recipient }，您好！
mail_correction = 本邮件更正此前发送的同名附件：请以本次附件为准，并删除此前收到的版本；如已将旧版报告交给员工，请一并收回。
mail_attachment = 附件“{ $attachment }”为您团队 { $reports } 名员工 { $cycle } 的个人认证报告及团队总结（依据《{ $title }》{ $edition }）。
mail_protected = 附件中的每个文件都设有专用密码（不是您的邮箱或 OA 密码）：团队总结和全部个人报告都可用您的专用密码打开；每份个人报告也可由员工本人用其专用密码打开。密码不随本邮件发送，人力资源部会另行告知您和每位员工。请在电脑上用 WPS 或 Adobe Reader 打开；团队总结的表格文件（CSV）在团队总结 PDF 的“附件”栏中。
mail_confidential = 个人认证报告属于个人敏感信息，请严格保密：请在与每位员工一对一反馈后，将其本人报告交给本人；请勿转发或抄送他人。
mail_questions = 如有疑问，请直接回复本邮件。谢谢！
settings-not-positive = `{ $value }` 不大于 0
settings-not-positive-help = 请填写大于 0 的年数，例如 3，或删除这一行
load-unreadable-sheet-help = 请在 Excel 或 WPS 中重新另存为 .xlsx，或 CSV（UTF-8 或 GBK），且不超过 32 MiB
roster-header-employee-id = 工号|员工编号|员工号|人员编号|员工工号
roster-header-name = 姓名|员工姓名
roster-header-department = 部门|所属部门|部门名称
roster-header-manager = 直接上级工号|直接上级|上级工号|汇报对象工号
roster-header-email = 邮箱|电子邮箱|邮件地址|工作邮箱
roster-header-hire-date = 入职日期|入司日期
roster-header-prior-experience-years = 入职前相关工作年限|入职前工作年限|入职前相关工作经验（年）
roster-header-experience-years = 相关工作经验（年）|相关工作经验|相关工作年限
roster-header-education = 学历|最高学历
roster-header-major = 专业|所学专业
roster-header-title = 职称|专业技术职称
roster-header-certifications = 资格认证|资格证书|证书
roster-header-sequence = 序列|任职资格序列
roster-header-level = 现任级别|任职资格级别|级别
roster-header-level-since = 任现级日期|现级别起始日期|定级日期
roster-header-years-in-level = 现职年限|现级别年限
roster-header-training-hours = 培训学时|培训时数
roster-header-performance = 绩效|绩效等级|绩效考核
roster-education-high-school = 高中/中专|高中|中专|职高|技校
roster-education-associate = 大专|专科|大学专科
roster-education-bachelor = 本科|大学本科|学士
roster-education-master = 硕士|硕士研究生|研究生|MBA
roster-education-doctorate = 博士|博士研究生
application-header-level = 申请级别|申报级别|拟申请级别
application-header-date = 申请日期|申报日期|日期
table-cell = 第 { $row } 行 { $column } 列「{ $header }」
table-bad-cell = { $cell }，值「{ $value }」：{ $why }
table-not-email = 不是邮箱地址
table-not-education = 不是 rungs 认得的学历
table-education-help = 请填写 高中/中专、大专、本科、硕士、博士 之一（或 high-school、associate、bachelor、master、doctorate）
table-not-title = 不在设置的职称（professional_titles）之中
table-choose-help = 请填写其中之一：{ $choices }
table-not-date = 不是有效日期
table-date-help = 日期写作 YYYY-MM-DD，例如 2021-06-12，或将单元格设为日期格式
table-not-number = 不是大于或等于 0 的数字
table-number-help = 请填写数字，例如 3 或 2.5，不带单位
table-not-sequence = 不是本标准中的序列
table-level-without-sequence = 填写了级别但没有序列
table-level-without-sequence-help = 请在序列列中填写此人的序列，或将级别留空
table-not-level = 不是{ $sequence }的级别
table-not-rating = 不是绩效等级
roster-no-id-column = 花名册前几行中没有工号列（「{ $header }」）
roster-no-id-column-help = 请将其中一列的列名写作 { $names }（或 { $english }）；表头行之前的行会被跳过
roster-column-twice = 「{ $header }」列出现了两次（第一次在 { $first } 列）；只读取第一列
roster-column-twice-help = 请删除或重命名其中一列
roster-no-name-column = 花名册没有姓名列（「{ $header }」）
roster-no-name-column-help = 请添加一列姓名；报告和名单都会显示姓名
roster-person-twice = 员工 { $employee } 在花名册中出现了两次（第一次在第 { $row } 行）
roster-person-twice-help = 每人只保留一行；只读取第一行
roster-first-row-here = 第一次在这里
roster-unknown-manager = { $employee } 的直接上级 { $manager } 不在本花名册中
roster-unknown-manager-help = 请填写直接上级的工号，并将其作为一行加入花名册（序列和级别可以留空）
roster-no-id = 第 { $row } 行没有工号
roster-no-id-help = 请为每个人填写工号，或删除这一行
roster-unsafe-id = 不是 rungs 可用的工号（字母、数字、- 和 _，最多 64 个字符）
roster-no-name = 员工 { $employee } 没有姓名
roster-no-name-help = 请为每个人填写姓名
roster-second = 本周期的第二份花名册；rungs 只读取 { $first }
roster-second-help = 每个周期文件夹只保留一份花名册（people.csv 或 people.xlsx），删除另一份
roster-cell-here = 花名册的「{ $header }」与此不同
record-missing-identity = 记录没有填写 { $fields }
record-not-in-roster-help = { $cycle } 的花名册中没有 { $employee }：请将其加入花名册，或在记录中填写这些字段
record-no-roster-help = 请在记录中填写这些字段，或添加本周期的花名册 assessments/{ $cycle }/people.csv
record-contradicts-roster = 记录的 `{ $field }` 为 { $record }，本周期花名册为 { $roster }
record-contradicts-roster-help = 请改正有误的一方；或在记录中删去 `{ $field }`，以花名册为准
applications-no-roster = { $cycle } 的申报没有可对照的花名册
applications-no-roster-help = 请从 HR 系统导出本周期人员，保存为 assessments/{ $cycle }/people.csv（或 .xlsx）
application-unknown-person = { $employee } 提交了申报，但 { $cycle } 的花名册中没有此人
application-no-sequence = { $employee } 申报的序列「{ $sequence }」不在本标准中
application-unknown-level = 「{ $level }」不是{ $sequence }的级别
application-twice = { $employee } 两次申报 { $level }（第一次在第 { $line } 行）
application-twice-help = 每人每个级别只保留一条申报
applications-columns-help = 申报表应有「工号」和「申请级别」两列，可选「申请日期」和「序列」
applications-no-level-column = 申报表没有申请级别列（「{ $header }」）
application-no-level = { $employee } 没有填写申请级别
application-ineligible = { $employee } { $name } 申报{ $level }，但在 { $date } 未满足基本条件：{ $conditions }
application-ineligible-until = 仅靠时间将在 { $date } 满足；`rungs eligibility --cycle { $cycle }` 列出每项数据
application-ineligible-help = `rungs eligibility --cycle { $cycle }` 列出每项条件的数据和要求
record-not-applied = { $cycle } 收取申报，{ $employee } 有 { $level } 的评估记录，但没有申报该级别
record-not-applied-help = 请在本周期申报中补上这条申报，或核对记录的 applied_level
cli-eligibility-long =
    在评估之前审查本周期花名册（资格审查）。

    对 assessments/<周期>/people.csv（或 .xlsx）中每位有序列的人员：列出比现任级别高一级的级别（`verdict.recertify_after_years` 规定复核到期时也列出现任级别；首次认证列出从最低级别到第一个不满足的级别；以及本人申报的级别），每项基本条件是否满足及其数据和要求，工作年限和现职年限仅靠时间将于哪天满足。由评委判断的条件（`other`）列为待评定。PDF 首页为按部门汇总。含个人信息，不会出现在网站上。
cli-eligibility-examples =
    示例：
      rungs eligibility --cycle 2025H1 --out eligibility.pdf
      rungs eligibility --cycle 2025H1 --on 2025-05-31 --out eligibility.xlsx
      rungs eligibility --cycle 2025H1 --sequence 销售序列 --level 三级 --out s3.pdf
cli-eligibility = 资格审查：按本周期花名册列出每人可申请的级别及每项基本条件是否满足（PDF 名单或工作簿；含个人信息）
cli-eligibility-content = 内容文件夹（包含 rungs.yaml）
cli-eligibility-cycle = 要审查的周期，读取其花名册（assessments/<周期>/people.csv 或 .xlsx）
cli-eligibility-on = 资格审查基准日，年限计算到这一天（默认：本周期 cycle.yaml 的 `screening_date`）
cli-eligibility-sequence = 只审查此序列，按编号或名称
cli-eligibility-level = 只列出申请 `--sequence` 中此级别的人员，按编号或名称
cli-eligibility-department = 只审查此部门
cli-eligibility-out = 要写入的文件：`.pdf`（供评审委员会的名单）或 `.xlsx`（工作簿）
eligibility-bad-name = `{ $file }` 既不是 .pdf 也不是 .xlsx 文件
eligibility-no-roster = 周期 { $cycle } 没有可审查的花名册
eligibility-no-roster-help = 请从 HR 系统导出人员名单，保存为 assessments/{ $cycle }/people.csv（或 .xlsx）；见 docs/people.md
eligibility-bad-date = `{ $date }` 不是有效日期
eligibility-no-date = 周期 { $cycle } 没有资格审查基准日
eligibility-no-date-help = 请用 --on YYYY-MM-DD 指定，或写在 assessments/{ $cycle }/cycle.yaml 的 `screening_date:` 中
eligibility-level-needs-sequence = `--level` 需要同时指定 `--sequence`
eligibility-wrote = 已写入 { $file }：基准日 { $date }，共 { $candidates } 人次，符合 { $eligible } 人次，仅待时间满足 { $later } 人次，已申报 { $applied } 人次
template-no-applications = 周期 `{ $cycle }` 没有申报
cli-arg-with_applications = 用本周期申报此级别的人员预填评估表（取自本周期的申报和花名册），不含花名册已提供的列
record-roster-blank-help = { $cycle } 的花名册中 { $employee } 的这些栏为空：请在花名册中补上，或在记录中填写
years_months = { $years ->
    [0] { $months } 个月
   *[other] { $years } 年{ $months ->
        [0] {""}
       *[other] {" "}{ $months } 个月
    }
}
calibration-bad-item = `{ $item }` 不是校准决定可以指向的项目
calibration-bad-item-help = 写作 `competencies.编号`、`behaviours.编号`、`scores.模块.评分项`，无评分项的模块写 `scores.模块`
calibration-stale = 对 { $item } 的校准决定以 { $from } 为原值，但该项此时为 { $now }
calibration-stale-help = 评分或前一条决定已改变该项：请按当前值重新决定，或更正 `from`
calibration-unknown-item = 记录中没有 { $item } 的值可供校准
calibration-unknown-item-help = 请指向记录的评分（或记录本身）给出的项目，对照该级别的要求和评分模块核对编号
ratings-above-zero-help = 请填写大于 0、不超过 { $most } 的数
ratings-built-in-role = `{ $role }` 是内置角色，无需声明
ratings-built-in-role-help = self、manager、panel、peer 始终可用，请从 `ratings.roles` 中删除
ratings-divergent-help = 该项已列入校准会材料（summaries/<周期>/calibration.pdf）；在 `calibration:` 中记录决定即可了结，否则以合成值为准
ratings-duplicate-rater-help = 第一份在第 { $line } 行：每位评价人每个角色只保留一份评分
ratings-level-not-whole = { $competency }：`{ $level }` 不是整数级别
ratings-level-not-whole-help = 评价人给出整数级别（0、1、2……），由标准的规则合成
ratings-manager-on-panel = { $rater } 是员工的直接上级，同时担任评委
ratings-manager-on-panel-help = 评委不宜评价本人的直接下属：请更换评委，或保留并在校准会上说明原因
ratings-margin-help = 请填写分数，不小于 0
ratings-min-panel-help = 评委至少 1 人
ratings-no-manager = { $rater } 以上级身份评价，但记录没有直接上级
ratings-not-the-manager = { $rater } 以上级身份评价，但记录的直接上级是 { $manager }
ratings-nothing-counts = 这类项目没有计分角色：所有权重均为 0
ratings-nothing-counts-help = 请至少给一个角色大于 0 的权重，如 `manager: 1`
ratings-out-of-range = `{ $value }` 超出允许范围
ratings-panel-too-small-help = 请补齐缺少的评委评分，或调低 rungs.yaml 中的 `ratings.min_panel`（现为 { $min }）
ratings-typed-twice = { $item } 既在此处填写，又由评分合成
ratings-typed-twice-help = { $item } 由评分决定：请删除此处的值（可保留 `evidence:`），如需改变请记录校准决定
ratings-unknown-role = `{ $role }` 不是评价角色
ratings-weight-help = 请填写不小于 0 的权重（0 表示只展示、不计分）
ratings-wrong-rater-help = 自评只能由员工本人给出；上级评价只能由记录的直接上级给出；其他人以评委、同事或已声明的角色评价
ratings-self-by-other = { $rater } 在 { $employee } 的记录中给出了自评
ratings-rates-themselves = { $rater } 以 { $role } 身份评价自己
ratings-duplicate-rater = { $rater } 以 { $role } 身份评价了两次
ratings-panel-too-small = { $item } 只有 { $judges } 位评委评分，少于 { $min } 位
ratings-divergent = { $item }：计分评价人的评价从 { $low } 到 { $high }，相差 { $spread }，列入校准
noun-rating-role = { $form ->
    [known] 评价角色
   *[one] 评价角色
}
noun-rater-id = { $form ->
    [known] 评价人编号
   *[one] 评价人编号
}
noun-rater-name = { $form ->
    [known] 评价人姓名
   *[one] 评价人姓名
}
noun-decision-by = { $form ->
    [known] 决定人
   *[one] 校准决定的决定人
}
noun-decision-reason = { $form ->
    [known] 理由
   *[one] 校准决定的理由
}
rating_role_self = 自评
rating_role_manager = 上级
rating_role_panel = 评委
rating_role_peer = 同事
judge_number = 评委 { $n }
report_rating_rule = { $kind }：{ $roles }，按 { $step } 的步长{ $rounding }
rating_kind_competencies = 能力素质
rating_kind_behaviours = 行为标准
rating_kind_scores = 评分项
rounding_nearest = 四舍五入
rounding_down = 向下取整
rounding_up = 向上取整
panel_pooling_mean = 评委意见取各评委的平均值。
panel_pooling_median = 评委意见取各评委的中位数。
panel_pooling_trimmed = 评委意见去掉一个最高分和一个最低分后取平均（评委 3 人及以上时）。
self_not_counted = 自评只作对照，不计入结果。
self_above_manager = { $competency }：自评 { $own }，上级 { $manager }
self_below_manager = { $competency }：自评 { $own }，上级 { $manager }（自评偏低）
ratings_section = 评价来源
rating_raters = 评价人
rating_rules = 合成规则
rating_result = 结果
calibrated = 已校准
divergent = 分歧
self_gaps_title = 自评与上级评价不一致的能力（建议面谈时沟通）：
calibration_decisions = 校准决定
decision_change = 调整
decision_by = 决定人、日期
decision_reason = 理由
legend_ratings = 各角色的值为取整前的合成值；括号内为各评委的评分，由低到高排列；结果为取整及校准后的值。
decision_item = 项目
decision_kept = 维持 { $value }
cal_title = { $cycle } 任职资格校准会材料
cal_subtitle = { $organisation } · 截至 { $date }
cal_confidential = 内部资料 · 含个人信息 · 仅供校准会使用
cal_summary_records = 本周期共 { $records } 份评估记录，其中 { $rated } 份为多人评价。
cal_summary_divergent = 评价分歧项 { $divergent } 个，尚未决定 { $undecided } 个。
cal_summary_near = 临界记录 { $near } 份（距合格分 { $margin } 分以内，或一项之差即改变等级）。
cal_summary_to_decide = 待决定事项 { $items } 个。
cal_sheet_distribution = 结果分布
cal_sheet_distribution_title = 各级别认证结果与等级分布
cal_note_distribution = 按序列和申报级别统计：人数、通过人数、A/B/C 等级人数、平均总分。
cal_sheet_leniency = 评价宽严
cal_sheet_leniency_title = 上级与评委的评价宽严度
cal_note_leniency = 每位评价人与同一员工、同一项目上其他计分评价人平均值的平均差：能力素质以级计，评分项以占该项分值的百分比计。正数为偏宽；达到 ±0.25 级或 ±5% 时标注偏宽或偏严。
cal_sheet_divergent = 评价分歧
cal_sheet_divergent_title = 评价分歧项
cal_note_divergent = 计分评价人之间的差距达到标准阈值的项目，列出每位评价人的评价及已有的校准决定。
cal_sheet_near = 临界记录
cal_sheet_near_title = 临界记录
cal_note_near = 总分距合格分在临界范围内，或一项之差即改变等级的记录：C 级只差一项即可升级，或 A/B 级中一项有争议的达标项一旦未达标即降为 C。
cal_sheet_decide = 校准决定
cal_sheet_decide_title = 待决定事项
cal_note_decide = 每行一个项目：填写校准后的值、理由、决定人和日期；未填写的行不作调整。理由将印在员工本人的报告中。
cal_col_level = 申报级别
cal_col_records = 人数
cal_col_qualified = 通过
cal_col_pass_rate = 通过率
cal_col_grade_a = A
cal_col_grade_b = B
cal_col_grade_c = C
cal_col_mean_total = 平均总分
cal_col_role = 角色
cal_col_rater = 评价人
cal_col_people = 评价人数
cal_col_levels_n = 能力比较项数
cal_col_levels_diff = 能力偏差（级）
cal_col_points_n = 评分比较项数
cal_col_points_diff = 评分偏差（占分值）
cal_col_lean = 倾向
cal_lenient = 偏宽
cal_strict = 偏严
cal_col_item = 项目
cal_col_given = 各方评价
cal_col_spread = 差距
cal_col_combined = 合成值
cal_col_decision = 校准决定
cal_undecided = 待决定
cal_col_total = 总分 / 合格分
cal_col_grade = 等级
cal_col_qualified_q = 是否通过
cal_col_why_near = 临界原因
cal_near_grade_up = 再达标一项即为 { $grade } 级（{ $items }）
cal_near_grade_down = 一项有争议的达标项未达标即为 { $grade } 级（{ $items }：合成值进位后才达标）
cal_col_cycle = 周期
cal_col_item_code = 项目代码
cal_col_from = 现值
cal_col_to = 校准后
cal_col_reason = 理由
cal_col_by = 决定人
cal_col_on = 决定日期
calibration-import-missing-column = 校准决定表缺少“{ $column }”列
calibration-import-missing-column-help = 请导入构建生成的校准会材料中的决定表（summaries/<周期>/calibration.xlsx），保留其表头行不变
calibration-import-no-record = 周期 { $cycle } 中没有 { $employee } 的评估记录
calibration-import-no-record-help = 请保留校准会材料中原有的周期和工号
calibration-import-not-met-word = 校准后的值不是“达标”或“未达标”
calibration-import-not-a-number = 校准后的值不是数字
calibration-import-value-help = 请填写校准后的值：级别或分数填数字，一句话标准或行为标准填“达标”或“未达标”
calibration-import-stale-help = 材料生成后评分或校准决定已有变化：请重新构建并在新材料上决定
calibration-import-no-reason = 校准决定没有填写理由
calibration-import-no-reason-help = 请按校准会的决定填写理由：它会与校准后的值一同印在员工报告中
calibration-import-no-by = 校准决定没有填写决定人
calibration-import-no-by-help = 请填写委员会名称或决定人
calibration-import-bad-date = 决定日期不是有效日期
calibration-import-needs-check = 评估记录有错误，无法据此读取校准决定
calibration-import-needs-check-help = 请运行 `rungs check` 并修正所列问题，再导入校准决定
template-by-rater-xlsx = 每位评价人一张表需要工作簿格式：请将输出文件命名为 `.xlsx`
template-wrote-by-rater = 已写入 { $file }：{ $sheets } 张表，每位评价人一张，覆盖 { $sequence }{ $level } 的 { $records } 份记录
import-rater-no-role = 该行写了评价人 { $rater }，但没有写评价角色
sheet_rater = 评价人
sheet_note_rater = 评价人编号：本行的值只写入该评价人自己的评分
sheet_rater_role = 评价角色
cli-arg-by_rater = 每位评价人一张表（自评、上级、评委及记录中已列出的其他评价人），预填该评价人已给出的评价；须同时使用 --with-records，输出 .xlsx
results_role_means = 各方能力均值
results_divergent = 评价分歧项
results_calibrated = 校准项
team_ratings_line = 多人评价 { $rated } 人；评价分歧项 { $divergent } 个，其中已校准 { $settled } 个；校准决定 { $decisions } 项
cal_near_pass_at = 恰好达到合格分
flag_pending_calibration = 待校准：{ $items }
pending_calibration = 待校准
cal_recertification = { $level }（复核）
cal_total = 合计
cal_few_people = （样本少）
cal_spread_points = { $spread } 分（占 { $points } 分的 { $share }%）
cal_spread_levels = { $spread } 级
cal_spread_met = 达标与否不一致
cal_col_not_qualified = 未通过原因
cal_why_divergent = 评价分歧
cal_why_grade_up = 达标即可升级
cal_why_grade_down = 进位后才达标
cal_why_points = 总分临界
cal_key_mark = {" "}★
cal_required_level = 要求 { $level } 级
cal_full_points = 满分 { $points } 分
cal_col_requirement = 要求 / 分值
cal_col_why = 列入原因
cal_near_pass_above = 高于合格分 { $points } 分
cal_near_pass_below = 低于合格分 { $points } 分
appeal-no-reviewers = 申诉没有指定复核人
appeal-no-reviewers-help = 请指定复核人，如 `reviewers: [人力资源部 孙敏]`，须为未参与本记录评价和校准的人
appeal-rejected-changes = 驳回的申诉不应改变任何项目，但此处列有调整
appeal-pending-changes = 申诉尚未决定，却已列有调整
appeal-changes-help = 请写明 `decision: upheld` 或 `partly-upheld` 及 `decided_on`，或删除这些调整
appeal-no-decided-on = 申诉已有决定，但没有写决定日期
appeal-no-decided-on-help = 请加上 `decided_on: YYYY-MM-DD`
appeal-dates-help = 申诉应在公示期内、周期 cycle.yaml 规定的申诉截止日前提交，并在提交之后作出决定
appeal-late = { $day } 提交，晚于申诉截止日 { $deadline }
appeal-before-announcement = { $day } 提交，早于公示开始日 { $from }
appeal-decided-before = 决定日期 { $decided } 早于提交日期 { $submitted }
appeal-involved-rater = 以 { $role } 身份评价了本记录
appeal-involved-manager = 是员工的直接上级
appeal-involved-assessor = 是本记录的评估人
appeal-involved-calibration = 对本记录作出了校准决定
appeal-involved-self = 是员工本人
appeal-not-recused = 复核人 { $reviewer }{ $how }
appeal-not-recused-help = 申诉须由未参与本次结果的人复核，请更换复核人
record-outside-cycle = 评估日期 { $date } 不在本周期申报至评审期间（{ $from } 至 { $to }）
record-outside-cycle-help = 请核对记录的 `date`，或本周期 cycle.yaml 中的日期
calendar-period-backwards = 期间结束日 { $to } 早于开始日 { $from }
calendar-out-of-order = `{ $later }` 于 { $start } 开始，早于 `{ $earlier }` 的结束日 { $end }
calendar-effective-early = 结果生效日 { $day } 早于公示结束日 { $end }
calendar-order-help = 一个周期依次为申报、评审、公示、申诉截止，公示结束后结果方可生效
noun-appeal-grounds = { $form ->
    [known] 申诉理由
   *[one] 申诉理由
}
noun-committee = { $form ->
    [known] 评审委员会
   *[one] 评审委员会
}
noun-renewal = { $form ->
    [known] 复审要求
   *[one] 复审要求
}
noun-certification-reason = { $form ->
    [known] 原因
   *[one] 暂停或撤销的原因
}
cert_heading = 任职资格证书
cert_statement = 经评审，{ $name }同志具备{ $sequence }{ $level }（{ $title }）任职资格，特发此证。
cert_effective = 生效日期
cert_valid_until = 有效期至
cert_serial = 证书编号
cert_verify = 证书编号可向人力资源部查验。
notice_title = { $cycle } 任职资格认证结果公示
notice_intro = { $cycle } 周期任职资格认证评审工作已经结束，经评审委员会审定，拟认定以下 { $count } 名员工的任职资格，现予公示：
notice_period = 公示期为 { $from } 至 { $to }。
notice_object_by = 如有异议，请于 { $deadline }（含当日）前向{ $how }实名反映，并提供具体事实和证据；对反映人的信息严格保密。
notice_object_default = 如有异议，请在公示期内以实名方式向人力资源部反映，并提供具体事实和证据；对反映人的信息严格保密。
notice_confidential = 内部公示 · 含个人信息 · 请勿外传
notice_col_name = 姓名
notice_col_id = 工号
notice_col_department = 部门
notice_col_sequence = 序列
notice_col_level = 级别
notice_col_title = 职衔
notice_col_outcome = 认证结果
cert_col_level = 级别
cert_col_title = 职衔
cert_col_since = 取得日期
cert_col_status = 状态
cert_col_reason = 说明
cert_status_active = 有效
cert_status_expiring = 即将到期
cert_status_observation = 保留观察
cert_status_expired = 已过期
cert_status_suspended = 已暂停
cert_status_revoked = 已撤销
cert_list_title = 任职资格持证情况
cert_list_as_of = 截至 { $date }。
cert_renewal_title = { $months } 个月内到期、须复审
certifications-bad-date = `{ $date }` 不是有效日期
certifications-no-records = 没有可据以确定任职资格的评估记录
certifications-wrote = 已写入 { $file }：截至 { $date } 持证 { $people } 人，其中 { $due } 人 { $months } 个月内到期须复审
verify-in-force = 证书真实，截至 { $date } 有效：{ $serial }，{ $who }，有效期至 { $until }（{ $status }）
verify-not-in-force = 证书真实，但截至 { $date } 已不再有效：{ $serial }，{ $who }——{ $status }
verify-replaced = 已由证书 { $by } 取代
verify-not-held = 已无任职资格
verify-unknown-serial = 证书不真实：评估记录中没有编号为 { $serial } 的证书
verify-altered = 证书不真实：该文件与签发的 { $serial } 号证书不一致（已被改动）
verify-no-serial = 证书不真实：文件中没有证书编号
verify-not-genuine-help = 请向签发证书的人力资源部核实编号；退出码 5 表示证书不真实
cli-certifications = 列出某日各人持有的任职资格及须复审名单（CSV、xlsx 或 Markdown；个人信息）
cli-verify = 查验任职资格证书（PDF 或证书编号）是否真实、是否仍然有效
cli-arg-within = 列出多少个月内到期、须复审的任职资格（默认取 `certification.expiring_months`）
cli-arg-certificate = 证书 PDF 文件，或证书编号
report_reissued = （复核后）
report_valid_until = 任职资格自 { $effective } 起生效，有效期至 { $until }（证书编号 { $serial }）。
appeal_section = 申诉与复核
appeal_submitted = { $date } 提出申诉：{ $grounds }
appeal_reviewers = 复核人
appeal_decided = { $date } 复核决定：{ $decision }
appeal_pending = 复核中，结论可能变更。
appeal_upheld = 申诉成立
appeal_partly_upheld = 申诉部分成立
appeal_rejected = 驳回申诉，维持原结论
appeal_first_verdict = 首次认证结论（已由复核结论取代）
cli-certifications-content = 内容文件夹（含 rungs.yaml）
cli-certifications-on = 查询任职资格所依据的日期（默认取最近一个周期的生效日期）
cli-certifications-format = csv、xlsx（持证情况与复审名单各一张表）或 md
cli-certifications-out = 输出文件（默认输出到标准输出；xlsx 须指定文件）
cli-verify-content = 内容文件夹（含 rungs.yaml）
cli-verify-on = 查验所依据的日期（默认取最近一个周期的生效日期）
cli-certifications-long =
    列出某日各人持有的任职资格，以及须复审的名单。

    按每人各周期记录依次确定其当前任职资格（级别、取得日期、有效期至、状态：有效、即将到期、保留观察、已过期、已暂停、已撤销，以及证书编号），日期取 `--on`，默认取最近一个周期的生效日期，从不读取系统时钟。复审名单列出仍然有效、将在 `--within` 个月内到期的人员。含个人信息，不会出现在网站上。
cli-certifications-examples =
    示例：
      rungs certifications
      rungs certifications --on 2025-06-30 --format md
      rungs certifications --within 12 --format xlsx --out certifications.xlsx
cli-verify-long =
    查验任职资格证书：真实且有效、真实但已失效，或不真实。

    文件须与 rungs 为该证书编号生成的证书逐字节一致；证书编号须为评估记录所给出的编号。退出码：0 真实且有效，4 真实但已失效，5 不真实。
cli-verify-examples =
    示例：
      rungs verify --certificate output/certificates/2024H2/E1013-sales-s3.pdf
      rungs verify --certificate 2024H2-60C2EC5C --on 2025-06-30
team_renewals_line = 下一周期到期须复审：{ $people }
cert_employee_id = 工号
cert_seal = 盖章
notice_effective = 公示期满无异议的，认证结果自 { $date } 起生效。
appeal-rejected-without-reason = 驳回申诉未说明理由
appeal-rejected-without-reason-help = 请加上 `reason:`，员工会在报告中看到
appeal_reason = 理由：{ $reason }
appeal_reissued = 本报告于 { $date } 经申诉复核后重新出具，替代 { $first } 出具的首次报告。
appeal_changed = 复核调整
noun-appeal-reason = { $form ->
    [known] 理由
   *[one] 申诉决定的理由
}
approval_prepared = 编制
approval_reviewed = 审核
approval_approved = 批准
approval_role = 职责
approval_name = 姓名
approval_date = 日期
noun-signatory = { $form ->
    [known] 签署人
   *[one] 签署人姓名
}
kpi_total_weight = 计分指标 { $n } 项，权重合计 { $total }。
condition_subsumed = （「满足其一」各选项均已包含此要求）
sheet = 一纸禅
sheet_one_page = 本级要求一页看全
sheet_full_level = 查看本级完整要求
sheet_pdf = 打印本页（PDF，A4）
downloads = 下载
downloads_handbook = 标准手册
downloads_handbook_note = 正式发布的完整标准：封面与审批栏、目录、各序列、级别与能力素质、评分规则和一纸禅
downloads_sheets_note = 每个级别一页 A4：基本条件、评分、能力素质要求和贡献要求一页看全，便于打印发放。
downloads_sheet_pages = 网页版
handbook_word = Word 版
check-output-sheet = 级别 `{ $id }` 的一纸禅
check-output-downloads = 下载页
level_title = 名称
downloads_word_note = 同一标准的 Word 文档，按党政机关公文格式（GB/T 9704）排版，供 OA 发文审批；打开后请更新目录（Word 中按 F9）
cli-build-pdf_ua = 生成带标签的 PDF/UA-1（无障碍）PDF：标题层级、阅读顺序、图表替代文字；与 `--pdf-a` 同用时同时符合 PDF/A-2a
cli-report-pdf_ua = 生成带标签的 PDF/UA-1（无障碍）PDF；与 `--pdf-a` 同用时同时符合 PDF/A-2a
cli-distribute-pdf_ua = 生成带标签的 PDF/UA-1（无障碍）报告
approval_signature = 签字
matrix_legend = 数字为须达到的等级；★ 关键项（必须达到）；须达标：一句话标准须达到；– 本级不要求
downloads_missing = （本次构建未生成：请构建相应部分后再发布）
sheets_note_word = 各级别要点汇总：基本条件、能力素质要求、评分模块与合格分、贡献要求。一页一级、便于打印张贴的版式见一纸禅 PDF。
book_sheet_guide = 说明
book_sheet_categories = 能力类别
book_sheet_kinds = 贡献类型
book_sheet_competencies = 能力素质
book_sheet_competency_levels = 能力等级
book_sheet_sequences = 序列
book_sheet_levels = 职级
book_sheet_contributions = 贡献要求
book_sheet_modules = 评分模块
book_sheet_kpis = KPI
book_sheet_positions = 岗位
book_sheet_references = 参考项
book_sheet_behaviour_standards = 行为标准
book_sheet_grid_competencies = 能力要求·
book_sheet_grid_behaviours = 行为要求·
book_sheet_grid_scoring = 计分·
book_about_categories = 能力素质的分类（rungs.yaml 中的 categories）。
book_about_kinds = 各职级要求的贡献类型（rungs.yaml 中的 contribution_kinds）。
book_about_competencies = 能力素质词典：每项能力一行（各对应 competencies/<编号>.yaml 文件）。新增一行即新增一项能力；删除一行即删除该能力（须加 --allow-removals）。
book_about_competency_levels = 每项能力的各个等级：等级名称、行为描述和发展建议（70/20/10），单元格内每行一条。
book_about_sequences = 每个序列一行（各对应 sequences/<编号>.yaml 文件）。
book_about_levels = 每个序列的各职级一行，由低到高。基本条件和合格分显示该级实际适用的值；本级未另行规定的，沿用下一级。
book_about_contributions = 各职级的贡献要求：类型、数量、统计几个周期。未列出同类型要求的，沿用下一级。
book_about_modules = 各序列的评分模块及其细项。模块名称写在该模块的第一行。
book_about_kpis = 各序列的 KPI：计算公式、目标值、权重以及计分方法。
book_about_positions = 跨若干职级的岗位，及其 KPI 和额外的能力要求。
book_about_references = 与认证结论一并列出、但不影响结论的参考项。
book_about_behaviour_standards = 行为标准：模块、活动，以及各活动在每一职级的标准。
book_about_grid_competencies = 每个序列一张：各职级对每项能力的要求。2 = 须达 2 级；2★ = 关键项；✓ = 一句话标准须达标；空 = 不要求。高一级保留低一级的要求，单元格显示实际适用的要求。
book_about_grid_behaviours = 有行为标准的序列各一张：✓ = 该职级须达到此活动的标准，✓★ = 关键项。
book_about_grid_scoring = 每个序列一张：各职级每个评分模块（模块行）及其细项（其下各行）的分值；细项分值之和等于模块分值。
book_key_competency = 能力编号
book_key_sequence = 序列编号
book_col_competency_name = 能力名称
book_col_sequence_name = 序列名称
book_note_key_competency = 能力的编号：小写字母、数字和 -，如 customer-focus。它是文件名；已有能力请勿修改。
book_note_key_sequence = 序列的编号，如 sales。它是文件名；已有序列请勿修改。
book_note_info = 仅供阅读，导入时不读取。
book_key_categories_categories = 类别编号
book_note_key_categories_categories = 类别的编号，如 skill；能力素质以此引用。
book_key_kinds_contribution_kinds = 类型编号
book_note_key_kinds_contribution_kinds = 贡献类型的编号，如 work-case。
book_key_competency_levels_levels = 等级
book_note_key_competency_levels_levels = 等级序号：1、2、3……依次排列。
book_key_levels_levels = 职级编号
book_note_key_levels_levels = 职级在序列中的编号，如 s1。新增的职级排在已有职级之上。
book_key_contributions_levels = 职级编号
book_note_key_contributions_levels = 提出该贡献要求的职级。
book_key_contributions_contributions = 序号
book_note_key_contributions_contributions = 该要求在本职级中的序号；新增的要求请留空。
book_key_modules_scoring_modules = 模块编号
book_note_key_modules_scoring_modules = 评分模块的编号，如 basic。
book_key_modules_items = 细项编号
book_note_key_modules_items = 细项的编号；模块本身的行（无细项的模块）留空。
book_key_kpis_kpis = KPI 编号
book_note_key_kpis_kpis = KPI 的编号，如 sales-completion；岗位和评估记录以此引用。
book_key_positions_positions = 岗位编号
book_note_key_positions_positions = 岗位的编号，如 sales-manager。
book_key_references_reference_items = 参考项编号
book_note_key_references_reference_items = 参考项的编号。
book_key_behaviour_standards_behaviour_standards = 模块编号
book_note_key_behaviour_standards_behaviour_standards = 行为标准模块的编号，如 research。
book_key_behaviour_standards_activities = 活动编号
book_note_key_behaviour_standards_activities = 活动的编号，如 group-survey；职级以此引用。
book_col_name = 名称
book_note_name = 印在标准上的名称。
book_col_description = 说明
book_note_description = 适用范围或含义，可用 Markdown；选填。
book_col_category = 类别
book_note_category = 能力类别表中的一个类别（填名称）。
book_col_definition = 定义
book_note_definition = 该能力的含义，可用 Markdown。
book_col_key_points = 关键点
book_note_key_points = 每行一条；选填。
book_col_standard = 一句话标准
book_note_standard = 对只评「达标／未达标」的能力（不分等级）：一句话标准。
book_col_title = 职衔
book_note_title = 该职级对应的职衔，如「客户经理」。
book_col_behaviours = 行为描述
book_note_behaviours = 该等级可观察的行为，每行一条。
book_col_on_the_job = 在岗实践（70%）
book_note_on_the_job = 在岗实践类发展建议，每行一条。
book_col_from_others = 向他人学习（20%）
book_note_from_others = 向他人学习类建议（导师、反馈），每行一条。
book_col_course = 培训课程（10%）
book_note_course = 培训课程与阅读，每行一条。
book_col_order = 排序
book_note_order = 序列的排列顺序，小的在前；选填。
book_col_positioning = 角色定位
book_note_positioning = 该职级的角色定位；选填，不沿用。
book_col_education = 学历
book_note_education = 最低学历。
book_col_experience_years = 工作年限
book_note_experience_years = 相关工作年限下限。
book_col_years_in_level = 现职年限
book_note_years_in_level = 任现职级年限下限。
book_col_training_hours = 培训学时
book_note_training_hours = 本周期培训学时下限。
book_col_certifications = 证书
book_note_certifications = 须持有的证书，每行一个。
book_col_major = 专业
book_note_major = 认可的专业，每行一个。
book_col_professional_title = 职称
book_note_professional_title = 最低职称（按设置中的职称序列）。
book_col_performance_last = 考察绩效次数
book_note_performance_last = 绩效要求考察最近几次绩效结果。
book_col_performance_no_consecutive = 不得连续次数
book_note_performance_no_consecutive = 不得连续这么多次处于下一列的等级或更低。
book_col_performance_rating = 等级及以下
book_note_performance_rating = 与更低等级一起计入「连续」规则的绩效等级。
book_col_performance_at_least = 每次至少
book_note_performance_at_least = 所考察的每次绩效须不低于此等级。
book_col_any_of = 满足其一
book_note_any_of = 可选的达标方式，每行一种，如「学历=本科，工作年限=3」（等号左边为本表的列名）。
book_col_other = 其他条件
book_note_other = 由评审判定是否满足的条件，每行一条（在下一级的基础上增加）。
book_col_knowledge = 应知应会
book_note_knowledge = 应知应会的知识，每行一条；不沿用。
book_col_responsibilities = 职责
book_note_responsibilities = 职责，每行一条。
book_col_pass = 合格分
book_note_pass = 须达到的总分。
book_col_total = 总分
book_note_total = 本级各模块分值之和；选填，填写时须与合计一致。
book_col_kinds = 类型
book_note_kinds = 贡献类型编号；用逗号分隔多个，表示任选其一。
book_col_count = 数量
book_note_count = 需要的贡献数量（默认 1）。
book_col_within = 统计周期数
book_note_within = 统计最近几个周期的贡献（默认 1）。
book_col_module_name = 模块名称
book_note_module_name = 模块名称。
book_col_module_description = 模块说明
book_note_module_description = 模块考察的内容；选填。
book_col_exam = 笔试
book_note_exam = 由笔试计分的模块填「是」（每个序列至多一个）。
book_col_kpi = 按 KPI
book_note_kpi = 按评估记录的 KPI 结果计分的模块填「是」。
book_col_item_name = 细项名称
book_note_item_name = 细项名称。
book_col_item_description = 细项说明
book_note_item_description = 细项考察的内容；选填。
book_col_formula = 计算公式
book_note_formula = 结果的计算方法（文字）。
book_col_unit = 单位
book_note_unit = 印在目标值和结果之后，如 %。
book_col_direction = 方向
book_note_direction = 结果越高越好还是越低越好。
book_col_target = 目标值
book_note_target = 目标值；计分时必填。
book_col_weight = 权重
book_note_weight = 达到目标时该 KPI 的得分；计分时必填。
book_col_deduct_step = 每差
book_note_deduct_step = 扣分法：与目标每差多少为一档。
book_col_deduct_points = 扣分
book_note_deduct_points = 扣分法：每差一档扣几分。
book_col_bands = 分档
book_note_bands = 或按分档计分：每行「起点: 得分」，由高到低，如 100: 60。
book_col_from = 起始职级
book_note_from = 岗位适用的最低职级（职级编号）。
book_col_to = 最高职级
book_note_to = 岗位适用的最高职级（职级编号）。
book_col_position_kpis = KPI
book_note_position_kpis = 岗位考核的 KPI 编号，用逗号分隔。
book_col_extra = 额外能力要求
book_note_extra = 岗位增加或提高的能力要求，每行一条：名称、等级，关键项加 ★，如「沟通能力 3★」。
book_col_source = 来源
book_note_source = 取值来源。
book_col_activity_name = 活动名称
book_note_activity_name = 活动名称。
book_col_criteria = 各职级标准
book_note_criteria = 各职级的活动标准，每行「职级编号: 内容」，如 m1: …
book_col_module = 模块编号
book_note_module = 评分模块编号。
book_col_item = 细项编号
book_note_item = 细项编号；模块行留空。
book_note_grid_id = 能力编号；新增行可留空，只填名称。
book_note_grid_name = 能力名称（编号为空时读取）。
book_col_activity = 活动编号
book_note_activity = 行为标准活动的编号。
book_note_grid_competencies = 2 = 须达 2 级，2★ = 关键项，✓ = 一句话标准须达标，空 = 不要求。
book_note_grid_behaviours = ✓ = 须达标，✓★ = 关键项，空 = 不要求。
book_note_grid_scoring = 本职级的分值；空 = 本职级不计此模块。
book_note_inherited = 显示实际适用的值；与下一级相同的不会重复写入。
book_note_parent = 写在该模块的第一行。
book_yes = 是
book_no = 否
book_direction_higher = 越高越好
book_direction_lower = 越低越好
book_guide_title = 任职资格标准工作簿
book_guide_intro = 本工作簿即任职资格标准：标准信息、能力素质词典，以及各序列的职级、能力要求、计分、KPI、岗位和行为标准，各占一张表（见下表）。请直接在单元格中改成标准应有的内容，改好后交回导入：每个改动的单元格都会成为标准中相应的修改；导入前会检查整个标准，只要有一处不对就不写入任何内容，并指出是哪张表、哪一行、哪一列。
book_guide_rules = 填写方法：第 1 行为表头，第 2 行说明各列填什么（不读取）；灰色的列仅供阅读。编号是由小写字母、数字和 - 组成的简短代码（如 customer-focus）：新增的行须填写编号，已有行的编号请勿修改。列表类单元格每行一条（Alt+Enter 换行）。★ 表示关键项：关键项未达标对认证结论影响更大。职级的基本条件、能力要求和分值显示该职级实际适用的值（含沿用低一级的部分）；高一级的要求不能低于低一级。新增一行即新增；删除一行（或单元格中的一行）即删除，导入时须明确同意（--allow-removals）才会执行。列可以移动，但不要修改表头。
book_guide_import = 供导入者使用：rungs import content standard.xlsx --dry-run 显示将发生的变化；rungs import content standard.xlsx 写入。从零开始编写新标准：rungs export --format xlsx --starter --out standard.xlsx，填写后运行 rungs init my-standard --from standard.xlsx。
book_guide_sheet = 工作表
book_guide_holds = 内容
book_guide_columns = 列
book_guide_not_carried = 本工作簿不包括以下内容（请在内容文件中编辑）：页面（pages/*.md：概述、流程、附录）；rungs.yaml 中的规则（状态、审批、评级、结论与评分规则、资格有效期、职称序列）；评估记录和评估周期；YAML 文件中的注释（保持原样）。新增序列：在「序列」表新增一行、在「职级」表填写其各职级（合格分先留空），导入后重新导出，新工作簿中即有该序列的能力要求表和计分表可供填写。
book-not-a-number = 请填写数字。
book-not-a-whole-number = 请填写 0 或正整数。
book-not-yes-no = 请填写「{ $yes }」或「{ $no }」。
book-not-a-choice = 请填写以下之一：{ $choices }。
book-unknown-category = 没有这个类别；现有类别为 { $known }（可在能力类别表中新增）。
book-not-a-pair = 「{ $line }」不是「名称: 值」的形式。
book-not-a-band = 「{ $line }」不是「起点: 得分」形式的分档（两个数字）。
book-unknown-competency = 能力素质表中没有能力「{ $name }」：请在该表中新增（并填写编号），或删除本行。
book-unknown-condition = 没有条件「{ $name }」：可用学历、工作年限、现职年限、培训学时、专业或职称。
book-file-not-yaml = { $path } 不是 YAML 映射，工作簿无法承载；请运行 `rungs check` 查看问题。
book-bad-requirement = 请填写等级（如 2）、关键项加 ★（如 2★）、一句话标准填 ✓，不要求则留空。
book-bad-activity-requirement = 请填写 ✓（须达标）、✓★（关键项），不要求则留空。
book-level-above-top = 该能力共有 { $top } 个等级：请填写 1 到 { $top }。
book-cannot-drop-inherited = 低一级（{ $level }）要求「{ $was }」，高一级须保留低一级的要求：此处至少填写该要求，或先修改 { $level }。
book-items-all-or-none = 请为模块及其每个细项都填写分值，或全部留空。
book-unknown-module = 本序列没有评分模块或细项「{ $name }」；请先在评分模块表中新增。
book-sheet-missing = 工作簿中没有「{ $sheet }」表：标准中相应部分保持不变。
book-key-column-missing = 该表缺少用于识别各行的列「{ $columns }」，本表未读取。
book-id-missing = 缺少编号：请填写由小写字母、数字和 - 组成的编号，如 data-literacy。
book-bad-id = 编号只能由小写字母、数字和 - 组成，并以字母或数字开头。
book-unknown-file-id = 「{ $sheet }」表中没有这个编号：请在该表中新增，或删除本行。
book-duplicate-id = 该编号在第 { $other } 行也出现了。
book-parent-conflict = 同一模块的另一行填写了不同的值；请只在模块第一行填写。
book-bad-position = 该职级共有 { $count } 条此类要求；新增的要求序号请留空。
book-unknown-level-column = 该列表头不是以本序列的职级编号（{ $levels }）开头。
book-grid-sheet-skipped = 「{ $sheet }」表对应的序列不在标准中，未读取。
book-wrote = 已写出标准工作簿 { $file }。
book-import-refused = { $file } 中有 { $count } 处问题，未写入任何内容。
book-import-unchanged = 工作簿与内容一致，无需写入。
book-removes-file = 工作簿将删除 { $path }（{ $name }）。
book-removes-lines = 工作簿将删除 { $path } 第 { $line } 行：{ $text }
book-removals-refused = 工作簿将删除 { $count } 处内容，未写入任何内容。
book-removals-refused-help = 如确要删除，请加 --allow-removals 重新导入；否则请恢复相应的行或单元格。
book-import-invalid = 按工作簿修改后的标准将有 { $count } 处错误，未写入任何内容。
book-import-invalid-help = 每处错误先按修改后的内容文件显示，再标出造成它的工作簿行或单元格：请修改该单元格。
book-created = 新建 { $path }
book-would-create = 将新建 { $path }
book-updated = 修改 { $path }
book-would-update = 将修改 { $path }
book-removed = 删除 { $path }
book-would-remove = 将删除 { $path }
book-the-workbook = 工作簿
book-dry-run = 试运行：未写入任何内容。
book-not-a-standard-workbook = { $file } 不是标准工作簿（缺少能力素质表和职级表）；可用 `rungs export --format xlsx` 生成。
cli-import-standard = 将 FILE 作为标准工作簿读取（不加此项时按工作表自动识别）
cli-import-allow_removals = 允许标准工作簿删除其中不再列出的内容（能力、职级、条目、单元格内容）
cli-export-starter = 与 --format xlsx 一起使用：输出入门标准的工作簿，供新项目填写（无需内容文件夹）
cli-init-from = 用填写好的标准工作簿生成项目的标准
book_col_level_title = 等级名称
book_note_level_title = 该等级的简短名称，如「及时回应」。
diff_title_held = 职衔
book-one-line-takes-met = 该能力为一句话标准，只评达标与否：请填写 ✓（关键项填 ✓★）。

book-unknown-kind = 没有贡献类型「{ $name }」；现有类型为 { $known }（可在贡献类型表中新增）。
book-column-ignored = 「{ $sheet }」表中的「{ $column }」列不会被读取，其内容不会保留。
book_sheet_settings = 标准信息
book_about_settings = rungs.yaml 中标准的基本信息：名称、单位、版本和日期（一行）。
book_col_standard_title = 标准名称
book_note_standard_title = 标准的名称，如「营销体系任职资格标准」。
book_col_organisation = 单位
book_note_organisation = 标准适用的单位。
book_col_edition = 版本
book_note_edition = 版本名称，如「第02版」。
book_col_effective_date = 生效日期
book_note_effective_date = 本版生效日期，格式 YYYY-MM-DD。
book_col_issued = 发布日期
book_note_issued = 本版发布日期，格式 YYYY-MM-DD；选填。
book_col_owner = 归口部门
book_note_owner = 负责本标准的部门。
book_col_serial = 文件编号
book_note_serial = 文件编号，如 HR-QS-2013-001；选填。
book_col_edition_notes = 版本说明
book_note_edition_notes = 本版的修订内容；选填。
book_guide_stamp = 内容标记（请勿修改：导入时据此判断本工作簿是否早于现有标准）
book-stale = 内容在生成本工作簿之后已有修改：单元格中仍是旧值的地方，导入会把旧值写回。请核对下面列出的变化，或重新导出工作簿后再修改。
book-error-from-cell = { $sheet } 第 { $row } 行，「{ $header }」列（{ $column }）（写入 { $place }）：{ $message }
book-error-from-row = { $sheet } 第 { $row } 行（写入 { $place }）：{ $message }
build-verbose-workers = 排版：在 { $count } 个工作进程中完成（每个线程一个；设 RUNGS_TYPESET=threads 则在线程中排版）
