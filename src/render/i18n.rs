//! UI strings in zh-CN and en, chosen by the settings' language; shared by the site templates
//! (as `t.<key>`) and the Typst templates (in the data file).

use std::collections::BTreeMap;

use crate::evaluate::{ConditionKind, Outcome};
use crate::model::{
    Alternative, Education, FailedRecertification, Language, LearningKind, Settings, Status,
};

/// (key, zh-CN, en)
const STRINGS: &[(&str, &str, &str)] = &[
    ("home", "首页", "Home"),
    ("sequences", "任职资格序列", "Sequences"),
    ("sequence", "序列", "Sequence"),
    ("levels", "级别", "Levels"),
    ("level", "级别", "Level"),
    ("competencies", "能力素质词典", "Competency dictionary"),
    ("competency", "能力素质", "Competency"),
    ("pages", "说明", "Guides"),
    ("search", "搜索", "Search"),
    (
        "search_placeholder",
        "搜索标准（如 客户导向、谈判、回款）",
        "Search the standard",
    ),
    ("search_no_results", "没有找到匹配的内容", "No matches"),
    ("search_kind_level", "级别要求", "Levels"),
    (
        "search_kind_competency",
        "能力素质词典",
        "Competency dictionary",
    ),
    ("search_kind_sequence", "序列", "Sequences"),
    ("search_kind_position", "岗位", "Positions"),
    ("search_kind_compare", "级别对比", "Level comparisons"),
    ("search_kind_scoring", "评分规则", "Scoring rules"),
    ("search_kind_page", "说明", "Guides"),
    ("menu", "目录", "Menu"),
    ("permalink", "本节链接", "Link to this section"),
    (
        "compare_next",
        "与下一级对比",
        "Compare with the next level",
    ),
    (
        "compare_previous",
        "与上一级对比",
        "Compare with the previous level",
    ),
    ("became_key", "改为关键项", "now a key item"),
    ("became_normal", "改为普通项", "now a normal item"),
    ("change_reweighted", "分值调整", "Reweighted"),
    (
        "behaviours_to_add",
        "需达到的行为表现",
        "Behaviours to show",
    ),
    (
        "search_hint",
        "↑↓ 选择，回车打开，Esc 关闭",
        "↑↓ to select, Enter to open, Esc to close",
    ),
    ("edition", "版本", "Edition"),
    ("effective_date", "生效日期", "Effective date"),
    ("status", "状态", "Status"),
    ("status_draft", "草案", "Draft"),
    ("status_published", "正式发布", "Published"),
    ("status_superseded", "已废止", "Superseded"),
    ("owner", "解释部门", "Interpreted by"),
    ("serial", "文件编号", "Document number"),
    ("organisation", "发布单位", "Organisation"),
    ("guide", "使用指南", "How to use this handbook"),
    (
        "guide_text",
        "从序列进入各级别的任职资格要求；在能力素质词典中查看每项能力的分级行为标准；用“级别对比”查看晋级需要提升的内容。",
        "Open a sequence to see each level's requirements, the competency dictionary for graded behaviours, and Compare levels to see what a promotion takes.",
    ),
    ("ladder", "职业发展阶梯", "Career ladder"),
    ("positioning", "角色定位", "Role positioning"),
    ("conditions", "基本条件", "Basic conditions"),
    ("knowledge", "必备知识", "Required knowledge"),
    ("responsibilities", "主要职责", "Responsibilities"),
    (
        "required_competencies",
        "能力素质要求",
        "Required competencies",
    ),
    (
        "matrix",
        "级别 × 能力素质要求矩阵",
        "Level × competency matrix",
    ),
    ("scoring", "评分模块与分值", "Scoring modules and points"),
    ("scoring_rules", "评分规则", "Scoring rules"),
    ("module", "模块", "Module"),
    ("item", "评分项", "Item"),
    ("points", "分值", "Points"),
    ("total", "总分", "Total"),
    ("pass", "合格分", "Pass mark"),
    ("contributions", "贡献要求", "Contribution requirements"),
    ("contribution_kinds", "贡献类别", "Contribution kinds"),
    ("kpis", "关键绩效指标", "Key performance indicators"),
    ("formula", "计算公式", "Formula"),
    ("key", "关键", "Key"),
    ("normal", "普通", "Normal"),
    (
        "key_legend",
        "★ 关键项（必须达到）；其余为普通项",
        "★ key item (must be met); others are normal",
    ),
    (
        "behaviour_legend",
        "★ 关键项（必须达到）；● 普通项；– 本级不要求",
        "★ key item (must be met); ● normal item; – not required at this level",
    ),
    ("definition", "定义", "Definition"),
    ("key_points", "关键点", "Key points"),
    ("graded_levels", "分级行为标准", "Graded behaviours"),
    ("behaviours", "行为表现", "Behaviours"),
    ("suggestions", "发展建议", "Development suggestions"),
    ("learning_on-the-job", "在岗实践", "On the job"),
    ("learning_from-others", "向他人学习", "From others"),
    ("learning_course", "培训课程", "Courses"),
    ("required_at", "在哪些级别要求", "Where it is required"),
    (
        "not_required",
        "当前没有级别要求此项能力。",
        "No level requires this competency yet.",
    ),
    ("category", "类别", "Category"),
    ("previous_level", "上一级", "Previous level"),
    ("next_level", "下一级", "Next level"),
    ("compare", "级别对比", "Compare levels"),
    (
        "compare_pick",
        "选择两个级别进行对比",
        "Pick two levels to compare",
    ),
    ("compare_from", "从", "From"),
    ("compare_to", "到", "To"),
    ("change_new", "新增", "New"),
    ("change_raised", "提高", "Raised"),
    ("change_lowered", "降低", "Lowered"),
    ("change_unchanged", "不变", "Unchanged"),
    ("change_removed", "取消", "Removed"),
    ("change_changed", "变化", "Changed"),
    ("requirement", "要求", "Requirement"),
    ("none", "无", "None"),
    ("not_found", "页面不存在", "Page not found"),
    (
        "not_found_text",
        "您访问的页面不存在，可能已被移动。",
        "The page you asked for does not exist; it may have moved.",
    ),
    ("back_home", "返回首页", "Back to the home page"),
    ("skip", "跳到正文", "Skip to content"),
    ("diff_settings", "设置", "Settings"),
    ("diff_working_tree", "工作区", "working tree"),
    ("diff_none", "无变化", "no changes"),
    ("diff_level", "{n} 级", "level {n}"),
    ("diff_side", "{edition}（{rev}）", "{edition} ({rev})"),
    (
        "diff_affected",
        "受影响 {n} 份：{pass_fail} 份由通过变为未通过，{fail_pass} 份由未通过变为通过，{grade} 份等级变化，{total} 份总分变化。",
        "{n} records affected: {pass_fail} from qualified to not, {fail_pass} from not qualified to qualified, {grade} with another grade, {total} with another total.",
    ),
    (
        "diff_unaffected",
        "没有认证记录的结论、等级或总分因此变化。",
        "No record's verdict, grade or total changes.",
    ),
    (
        "diff_not_comparable_note",
        "无法比较：旧版本中没有该记录申请的级别。",
        "Not comparable: the old edition has no such level applied for.",
    ),
    ("diff_applied_level", "申请级别", "Level applied for"),
    (
        "banner_draft",
        "征求意见稿：本版尚未生效，内容可能调整，不作为认证依据。",
        "Draft: this edition is not in force yet and may change; do not assess against it.",
    ),
    (
        "banner_superseded_by",
        "本版已被{edition}取代，请以现行版本为准。",
        "This edition has been superseded by {edition}; use the current one.",
    ),
    (
        "banner_superseded",
        "本版已废止，请以现行版本为准。",
        "This edition has been superseded; use the current one.",
    ),
    ("watermark_draft", "征求意见稿", "DRAFT"),
    ("watermark_what_if", "试算", "WHAT-IF"),
    (
        "banner_what_if",
        "试算：按{edition}重新评定，仅供分析比较，不是正式认证结论，不得作为结果发放。",
        "What-if: evaluated again against {edition} for analysis only. This is not an official verdict; do not hand it out.",
    ),
    (
        "proposed_effective_date",
        "拟生效日期",
        "Proposed effective date",
    ),
    ("drafted_by", "{o} 征求意见稿", "{o} · draft for comment"),
    ("last_changed", "本页内容最后修改", "This page last changed"),
    ("untagged", "尚未发布", "not yet tagged"),
    (
        "changelog_note",
        "各版本来自 git 标签；每版列出与上一版相比的变化，标有「影响认证」的变化可能改变认证结论。",
        "Editions come from git tags; each lists what changed since the one before, and changes marked as affecting assessments can alter verdicts.",
    ),
    ("diff_grading", "等级评定规则", "Grading"),
    ("diff_verdict", "认证结论规则", "Verdict rules"),
    ("diff_pages", "页面", "Pages"),
    ("diff_name", "名称", "Name"),
    ("diff_level_count", "分级数", "Number of graded levels"),
    (
        "diff_counts",
        "{n} 处变化，其中 {m} 处影响认证",
        "{n} changes, {m} affecting assessments",
    ),
    (
        "diff_impact",
        "对认证结论的影响（{n} 份认证记录）",
        "What it does to verdicts ({n} records)",
    ),
    ("diff_records", "记录数", "Records"),
    ("diff_verdicts", "结论变化", "Verdicts changed"),
    ("diff_grades", "等级变化", "Grades changed"),
    ("diff_totals", "总分变化", "Totals changed"),
    ("diff_not_comparable", "无法比较", "Not comparable"),
    ("diff_affects", "影响认证", "affects assessments"),
    ("diff_title", "任职资格标准变化", "Standards diff"),
    ("diff_what", "变化项", "What"),
    ("diff_before", "变化前", "Before"),
    ("diff_after", "变化后", "After"),
    (
        "diff_records_warning",
        "以下含个人信息（工号与认证结果），请勿公开粘贴。",
        "The following is personal data (employee ids and verdicts): do not paste it in public.",
    ),
    ("on_this_page", "本页内容", "On this page"),
    (
        "grade_counts_both",
        "能力素质要求与行为标准的要求项合并计算",
        "competency and behaviour-standard requirements counted together",
    ),
    (
        "grade_counts_competencies",
        "按能力素质要求计算",
        "competency requirements counted",
    ),
    (
        "grade_counts_behaviours",
        "按行为标准的要求项计算",
        "behaviour-standard requirements counted",
    ),
    (
        "grade_rules",
        "等级评定（{counted}）：A 全部要求达标；B 关键项全部达标且未达标的普通项不超过 {pct}；否则为 C。",
        "Grades ({counted}): A every requirement met; B every key one met and at most {pct} of the normal ones unmet; C otherwise.",
    ),
    (
        "verdict_rules",
        "认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级不是 C。",
        "Qualified = every basic condition met, total at least the pass mark, and a grade other than C.",
    ),
    (
        "verdict_rules_gate",
        "认证通过须同时满足：基本条件全部满足，总分不低于合格分，能力等级不是 C，贡献要求全部满足。",
        "Qualified = every basic condition met, total at least the pass mark, a grade other than C, and every contribution requirement met.",
    ),
    (
        "outcome_rules",
        "认证结果：首次认证为「认证通过」或「未通过」；申请高于现任级别为「晋级」或「未通过，维持原级」；申请现任级别（复核）为「保留」或「{failed}」，复核不再要求现职年限。申请高出现任级别两级及以上为越级申请，允许，并在报告中标注。参考项随结论呈现，不影响结论。",
        "Outcomes: a first certification is Certified or Not yet certified; an application above the level held is Promoted or Not promoted (level kept); a re-certification at the level held is Retained or {failed}, and years in level no longer apply. Applying two or more levels above the level held (skip-level) is allowed and flagged in the report. Reference items are shown with the verdict and never decide it.",
    ),
    (
        "score_rules",
        "每个评分项得分在 0 到其分值之间；模块得分为各项之和，且不超过模块分值；总分为各模块之和（笔试为一个模块）。",
        "Each item scores 0 to its points; a module is the sum of its items, capped at its points; the total is the sum of the modules (the written exam is a module).",
    ),
    ("exam", "笔试", "written exam"),
    ("level_count", "个级别", "levels"),
    ("education", "学历", "Education"),
    ("experience_years", "相关工作经验", "Relevant experience"),
    ("years_in_level", "现职年限", "Years in current level"),
    ("training_hours", "培训学时", "Training hours"),
    ("certification", "资格认证", "Certification"),
    ("performance", "绩效要求", "Performance"),
    ("other", "其他", "Other"),
    ("years_at_least", "不少于 {n} 年", "at least {n} years"),
    ("hours_at_least", "不少于 {n} 学时", "at least {n} hours"),
    ("education_at_least", "{e}及以上", "{e} or above"),
    ("major", "专业", "Major"),
    ("professional_title", "职称", "Professional title"),
    ("title_at_least", "{t}及以上", "{t} or above"),
    ("alternatives", "满足其一", "One of"),
    ("alternative_or", "；或 ", "; or "),
    ("list_sep", "、", ", "),
    ("and_sep", "，", ", "),
    ("or_sep", "或", " or "),
    ("behaviour_standards", "行为标准", "Behaviour standards"),
    ("activity", "活动", "Activity"),
    ("criterion", "标准", "Standard"),
    ("reference_items", "参考项", "Reference items"),
    (
        "reference_note",
        "参考项随认证结果一并呈现，供评审参考，不影响认证结论。",
        "Reference items are shown with the verdict for the assessors' information; they never decide it.",
    ),
    (
        "reference_short",
        "不影响认证结论",
        "never decide the verdict",
    ),
    ("source", "来源", "Source"),
    ("source_record", "评审记录", "the assessors' record"),
    ("source_performance", "绩效记录", "performance ratings"),
    (
        "source_kpi",
        "按本周期 KPI 结果折算",
        "computed from this cycle's KPI results",
    ),
    ("kpi_unscored", "不计分", "not scored"),
    ("one_line_required", "须达标", "must be met"),
    ("positions", "岗位", "Positions"),
    ("position", "岗位", "Position"),
    ("positions_here", "本级适用岗位", "Positions at this level"),
    ("position_raised", "岗位提高", "raised by the position"),
    ("position_levels", "适用级别", "Levels"),
    ("position_kpis", "岗位关键绩效指标", "The position's KPIs"),
    (
        "position_requirements",
        "岗位能力要求",
        "The position's competency requirements",
    ),
    (
        "position_requirements_note",
        "任此岗位者在各级别须达到的要求（级别要求与岗位要求取其高）；★ 关键项；↑ 岗位在级别要求之上增加或提高。",
        "What someone in this position must reach at each level (the higher of the level's and the position's); ★ key; ↑ added or raised by the position.",
    ),
    ("target", "目标值", "Target"),
    ("weight", "权重（分）", "Weight (points)"),
    ("kpi_rule", "计分规则", "Scoring rule"),
    (
        "rule_deduct",
        "达到目标得满分；每低于目标 {step} 扣 {points} 分，扣完为止",
        "full weight at target; {points} off for each {step} short, down to 0",
    ),
    (
        "rule_deduct_lower",
        "达到目标得满分；每高于目标 {step} 扣 {points} 分，扣完为止",
        "full weight at target; {points} off for each {step} over, down to 0",
    ),
    ("rule_band", "{from}：{points} 分", "{from}: {points}"),
    ("rule_below", "其余 0 分", "otherwise 0"),
    ("rule_sep", "；", "; "),
    ("one_line_standard", "任职标准", "Standard"),
    (
        "within_cycles",
        "（近 {n} 个周期内）",
        " (within the latest {n} cycles)",
    ),
    (
        "perf_no_consecutive",
        "最近 {last} 期内不得连续 {n} 期为 {r} 或更低",
        "no {n} consecutive ratings of {r} or worse in the latest {last}",
    ),
    (
        "perf_at_least",
        "最近 {last} 期均不低于 {r}",
        "every rating in the latest {last} at least {r}",
    ),
    ("edu_high-school", "高中/中专", "high school"),
    ("edu_associate", "大专", "associate degree"),
    ("edu_bachelor", "本科", "bachelor's degree"),
    ("edu_master", "硕士", "master's degree"),
    ("edu_doctorate", "博士", "doctorate"),
    ("count_at_least", "至少 {n} 项", "at least {n}"),
    ("generated_by", "由 rungs 生成", "Generated by rungs"),
    ("commit", "内容版本", "Content commit"),
    // Reports
    ("report_title", "任职资格认证报告", "Qualification report"),
    ("employee", "员工", "Employee"),
    ("employee_id", "工号", "Employee id"),
    ("department", "部门", "Department"),
    ("manager", "直接上级", "Manager"),
    ("current_level", "现任级别", "Current level"),
    ("applied_level", "申请级别", "Applied-for level"),
    ("assessment_date", "认证日期", "Assessment date"),
    ("cycle", "认证周期", "Cycle"),
    ("assessors", "评委", "Assessors"),
    ("verdict", "认证结论", "Verdict"),
    ("qualified", "通过", "Qualified"),
    ("not_qualified", "暂不通过", "Not yet qualified"),
    ("grade", "等级", "Grade"),
    ("met", "达标", "Met"),
    ("unmet", "未达标", "Not met"),
    ("required", "要求", "Required"),
    ("achieved", "实际", "Achieved"),
    ("gap", "差距", "Gap"),
    ("score", "得分", "Score"),
    ("gap_table", "能力素质差距分析", "Competency gaps"),
    ("radar", "能力雷达图", "Competency radar"),
    ("radar_bars", "能力达成图", "Competency levels"),
    (
        "bars_legend",
        "每行一项能力：填充为实际达到的级别（绿色达标，黄色未达标），蓝色竖线为要求级别",
        "One row per competency: the bar is the level achieved (green met, amber not met), the blue mark the level required",
    ),
    (
        "bars_legend_previous",
        "，下方细灰条为上期实际",
        "; the thin grey bar beneath, last cycle's level",
    ),
    ("all_met_short", "全部满足", "all met"),
    ("strengths", "优势与进步", "Strengths and progress"),
    (
        "development",
        "待发展项及发展建议",
        "Development areas and suggestions",
    ),
    ("reach_next", "下一步目标", "Next target"),
    ("comments", "评委意见", "Assessors' comments"),
    ("signoff", "签字确认", "Sign-off"),
    ("sign_employee", "员工签字", "Employee"),
    ("sign_manager", "直接上级签字", "Manager"),
    ("sign_assessor", "评委签字", "Assessor"),
    ("sign_date", "日期", "Date"),
    ("page", "第 {p} 页 / 共 {n} 页", "Page {p} of {n}"),
    (
        "legend_gap",
        "绿色：达标；黄色：差一级；红色：差两级及以上，或一句话标准未达标；「岗位」：岗位在级别之上增加或提高的要求",
        "Green: met; amber: one below; red: two or more below, or a one-line standard not met; Position: added or raised by the position",
    ),
    (
        "no_development",
        "所有能力素质均已达到要求。",
        "Every required competency is met.",
    ),
    (
        "no_strengths",
        "本期尚无达标的要求项。",
        "No requirement is met yet this cycle.",
    ),
    (
        "contribution_titles",
        "提交的贡献",
        "Contributions submitted",
    ),
    ("summary", "认证结论摘要", "Summary"),
    (
        "confidential",
        "个人信息，仅限本人及其上级查阅",
        "Personal: for the employee and their manager only",
    ),
    (
        "reason_total",
        "总分 {total} 低于合格分 {pass}",
        "total {total} below the pass mark {pass}",
    ),
    (
        "gate_total",
        "{total}（合格分 {pass}，满分 {points}）",
        "{total} (pass mark {pass} of {points})",
    ),
    ("gate_grade", "须为 A 或 B", "A or B needed"),
    (
        "level_against",
        "{name}（{achieved} 级，要求 {required} 级）",
        "{name} (level {achieved}, {required} required)",
    ),
    (
        "carried_over",
        "上期计划延续",
        "Carried over from the last plan",
    ),
    (
        "plan_none_needed_failed",
        "所有能力与行为要求均已达标，无须制定能力发展计划；本次未通过的原因及改进方向见「其他改进建议」。",
        "Every competency and behaviour requirement is met, so no development plan is needed; why this cycle did not pass, and what to do, is under Other improvements.",
    ),
    (
        "plan_none_needed_next",
        "所有能力要求均已达标，本周期无须制定能力发展计划；可参考下一级「{level}」的要求继续提升。",
        "Every competency requirement is met; no development plan is needed this cycle. The next level, {level}, shows how to grow further.",
    ),
    (
        "level_changed",
        "两期申请的级别不同（{then} → {now}），要求随之变化。",
        "The two cycles applied for different levels ({then} → {now}), so the requirements differ.",
    ),
    ("improved", "提升的能力", "Improved"),
    ("score_changes", "得分变化", "Scores that moved"),
    ("results_edition", "评定版本", "Edition"),
    (
        "results_what_if",
        "{edition}（试算）",
        "{edition} (what-if)",
    ),
    ("standard_to_meet", "须达到的标准", "The standard to meet"),
    (
        "behaviour_criterion",
        "本级行为标准",
        "This level's criterion",
    ),
    (
        "newly_unmet",
        "新出现的未满足条件",
        "Conditions newly not met",
    ),
    ("unmet_named", "未满足：{names}", "not met: {names}"),
    ("decided_title", "各期评定要素", "What decided each cycle"),
    ("decided_item", "评定要素", "Figure"),
    (
        "decided_legend",
        "红色：当期未达到的要素（总分低于合格分、等级为 C、基本条件未满足）；↓：低于上一期",
        "Red: what failed that cycle (a total below the pass mark, grade C, a condition not met); ↓: lower than the cycle before",
    ),
    ("why_not", "未通过原因", "Why not qualified"),
    (
        "reason_held",
        "{label} {held}（要求 {required}）未满足",
        "{label} {held} (required {required}) not met",
    ),
    ("reason_not_met", "{label}未满足", "{label} not met"),
    (
        "reason_grade_key",
        "能力等级为 C（关键项未达标：{names}）",
        "competency grade C (key items not met: {names})",
    ),
    (
        "reason_grade_normal",
        "能力等级为 C（普通项未达标 {n}/{m}：{names}，最多允许 {allowed} 项；再达标 {k} 项即为 B）",
        "competency grade C ({n} of {m} normal items not met: {names}; at most {allowed} allowed, so {k} more to meet for a B)",
    ),
    (
        "reason_contribution",
        "贡献要求未满足：{kind} {achieved}/{required} 项",
        "contributions short: {kind} {achieved} of {required}",
    ),
    (
        "guide_expected",
        "，预计 {month} 满足",
        ", expected to be met in {month}",
    ),
    (
        "strength_above",
        "{name} {achieved} 级（要求 {required} 级）",
        "{name} at level {achieved} ({required} required)",
    ),
    (
        "strength_raised_from",
        "，较上期 {from} 级提升",
        ", up from level {from}",
    ),
    (
        "strength_raised",
        "{name} 较上期提升 {steps} 级（{from} 级 → {to} 级）",
        "{name} raised {steps} level(s) since the last cycle ({from} → {to})",
    ),
    (
        "strength_full_marks",
        "{module} 满分（{points}/{points}）",
        "{module}: full marks ({points}/{points})",
    ),
    (
        "strength_kpi",
        "{kpi} {result}，优于目标 {target}",
        "{kpi} {result}, better than the target {target}",
    ),
    (
        "strength_all_met",
        "全部 {n} 项要求达标",
        "all {n} requirements met",
    ),
    (
        "strength_key_met",
        "关键项达标 {met}/{all}",
        "{met} of {all} key items met",
    ),
    (
        "strength_normal_met",
        "普通项达标 {met}/{all}",
        "{met} of {all} normal items met",
    ),
    (
        "one_line_against",
        "{name}（未达标，须达标）",
        "{name} (not met; must be met)",
    ),
    (
        "priority_contribution",
        "{kind}（还差 {n} 项）",
        "{kind} ({n} more)",
    ),
    ("waiting", "待满足条件", "Conditions to wait for"),
    (
        "one_line_step",
        "一句话标准：须达标",
        "One-line standard: to be met",
    ),
    ("outcome_certified", "认证通过", "Certified"),
    ("outcome_promoted", "晋级", "Promoted"),
    ("outcome_retained", "保留", "Retained"),
    ("outcome_not_certified", "未通过", "Not yet certified"),
    (
        "outcome_not_promoted",
        "未通过，维持原级",
        "Not promoted: level kept",
    ),
    (
        "outcome_demoted",
        "未通过，降级",
        "Not re-certified: demoted",
    ),
    (
        "outcome_observation",
        "未通过，保留观察",
        "Not re-certified: kept on probation",
    ),
    (
        "outcome_reassigned",
        "调级通过",
        "Moved to the level applied for",
    ),
    (
        "outcome_not_reassigned",
        "调级未通过，维持原级",
        "Not moved: level kept",
    ),
    (
        "flag_skip",
        "越级申请（跨 {n} 级）",
        "Skip-level application ({n} skipped)",
    ),
    (
        "flag_waived",
        "复核：现职年限要求不适用",
        "Re-certification: years in level waived",
    ),
    ("waived", "不适用", "Waived"),
    ("kpi_results", "岗位 KPI", "KPIs"),
    ("result", "实际", "Result"),
    ("kpi_score", "KPI 得分", "KPI score"),
    (
        "kpi_feeds",
        "KPI 得分计入「{module}」模块：{share}% × {points} 分 = {score} 分",
        "The KPI score feeds the {module} module: {share}% × {points} = {score}",
    ),
    (
        "kpi_advisory",
        "KPI 结果供评审参考，不计入总分。",
        "The KPI results inform the assessors; they do not count in the total.",
    ),
    (
        "plan_reached",
        "目标已达成：差距已弥补",
        "Reached: the gap has closed",
    ),
    (
        "kpi_score_of",
        "{earned}/{weights}，折合 {share}/100",
        "{earned}/{weights}, i.e. {share}/100",
    ),
    ("kpi_no_result", "未填写", "no result"),
    ("behaviour_met", "达标", "Met"),
    ("behaviour_unmet", "未达标", "Not met"),
    ("behaviour_missing", "未评估", "Not assessed"),
    ("evidence", "事实依据", "Evidence"),
    (
        "behaviour_step",
        "行为标准：达到本级要求",
        "Behaviour standard: reach this level's criterion",
    ),
    (
        "behaviour_priority",
        "{name}（行为标准）",
        "{name} (behaviour standard)",
    ),
    (
        "verdict_qualified",
        "基本条件全部满足，总分 {total}/{points} 达到合格分 {pass}，能力等级 {grade}",
        "every basic condition met, total {total}/{points} at least the pass mark {pass}, grade {grade}",
    ),
    (
        "grade_a",
        "能力等级 A：全部要求项达标",
        "Grade A: every requirement met",
    ),
    (
        "grade_b",
        "能力等级 B：关键项全部达标，{n} 项普通项未达标",
        "Grade B: every key item met, {n} normal one(s) not met",
    ),
    (
        "grade_c_key",
        "能力等级 C：{n} 项关键项未达标：{names}",
        "Grade C: {n} key item(s) not met: {names}",
    ),
    (
        "grade_c_normal",
        "能力等级 C：未达标的普通项 {n}/{m}，超过 {pct}",
        "Grade C: {n} of {m} normal items not met, over {pct}",
    ),
    ("top_strengths", "主要优势", "Main strengths"),
    ("top_priorities", "优先发展项", "Development priorities"),
    ("none_yet", "暂无", "None yet"),
    ("development_plan", "个人发展计划", "Development plan"),
    ("proposed", "建议", "Proposed"),
    (
        "proposed_note",
        "本次认证记录未附发展计划。以下是按差距（关键项优先、差距大者优先）生成的建议，请与直接上级商定后执行。",
        "This record has no development plan. The plan below is proposed from the gaps (key items first, then the largest), to agree with the manager.",
    ),
    (
        "plan_none_needed",
        "所有能力要求均已达标，本周期无须制定能力发展计划；可参考下一级别的要求继续提升。",
        "Every competency requirement is met; no development plan is needed this cycle. The next level's requirements show how to grow further.",
    ),
    ("goal", "目标", "Goal"),
    ("plan_owner", "负责人", "Owner"),
    ("plan_due", "完成时间", "Due"),
    ("plan_status", "状态", "Status"),
    ("plan_planned", "计划中", "Planned"),
    ("plan_in-progress", "进行中", "In progress"),
    ("plan_done", "已完成", "Done"),
    ("plan_dropped", "已取消", "Dropped"),
    ("plan_overdue", "已逾期", "Overdue"),
    ("plan_unset", "未填写", "Not set"),
    (
        "reach_level",
        "{from} 级 → {to} 级「{title}」",
        "level {from} → level {to} “{title}”",
    ),
    (
        "target_behaviours",
        "目标级别的行为表现",
        "Behaviours of the target level",
    ),
    ("actions", "发展行动（70/20/10）", "Actions (70/20/10)"),
    ("next_cycle", "下一认证周期前", "before the next cycle"),
    ("other_guidance", "其他改进建议", "Other improvements"),
    (
        "guide_total",
        "总分 {total} 距合格分 {pass} 还差 {n} 分，失分最多的是",
        "The total {total} is {n} short of the pass mark {pass}; the modules that lost most: ",
    ),
    (
        "guide_module",
        "{module}（得分 {score}/{points}，失分 {lost}）",
        "{module} ({score} of {points}, {lost} lost)",
    ),
    (
        "guide_hours",
        "{label}：还差 {n}（现 {held}，要求 {required}）",
        "{label}: {n} short ({held} of {required})",
    ),
    (
        "guide_education",
        "学历：需达到{required}（现：{held}）",
        "Education: {required} required (now: {held})",
    ),
    (
        "guide_certification",
        "资格认证：需取得「{name}」",
        "Certification: obtain “{name}”",
    ),
    (
        "guide_performance",
        "绩效：最近 {last} 期为 {window}；需再有 {n} 期绩效不低于 {rating}",
        "Performance: the latest {last} are {window}; {n} more rating(s) of {rating} or better needed",
    ),
    (
        "guide_performance_none",
        "绩效：最近 {last} 期为 {window}",
        "Performance: the latest {last} are {window}",
    ),
    ("guide_other", "需满足：{text}", "To meet: {text}"),
    (
        "guide_major",
        "专业：需为{accepted}之一（现：{held}）",
        "Major: one of {accepted} (now: {held})",
    ),
    (
        "guide_title",
        "职称：需达到{required}及以上（现：{held}）",
        "Professional title: {required} or above (now: {held})",
    ),
    (
        "guide_alternatives",
        "需满足其一：{text}。最接近的还差：{closest}",
        "Meet one of: {text}. The closest still lack: {closest}",
    ),
    (
        "guide_contribution",
        "{kind}：已提交 {achieved} 项，要求 {required} 项，还差 {n} 项",
        "{kind}: {achieved} of {required}, {n} more needed",
    ),
    ("history", "历次认证", "Cycles"),
    ("since", "与 {cycle} 相比", "Since {cycle}"),
    ("closed_gaps", "已弥补的差距", "Gaps closed"),
    (
        "open_gaps",
        "仍待发展的能力差距",
        "Competency gaps still open",
    ),
    ("new_gaps", "新出现的能力差距", "New competency gaps"),
    (
        "new_gaps_level",
        "随申请级别提高新增的能力差距",
        "Competency gaps new with the higher level applied for",
    ),
    (
        "position_changed",
        "两期考核的岗位不同（{then} → {now}），KPI 与能力要求随之变化，两期得分不宜直接比较。",
        "The two cycles were assessed for different positions ({then} → {now}): the KPIs and requirements differ, so the scores do not compare directly.",
    ),
    ("no_position", "未按岗位", "no position"),
    ("not_given", "未填写", "not given"),
    (
        "strength_total",
        "总分 {total}，高于合格分 {pass}",
        "total {total}, above the pass mark {pass}",
    ),
    ("etc", "等", "…"),
    ("in_parens", "（{text}）", " ({text})"),
    (
        "plan_none_needed_waiting",
        "所有能力与行为要求均已达标，无须制定能力发展计划；本次未通过是因为尚待满足的条件（见摘要中的「待满足条件」），满足后可再次申请。",
        "Every competency and behaviour requirement is met, so no development plan is needed; this cycle did not pass on conditions still to be met (see the summary), and the employee can apply again once they are.",
    ),
    ("previous_plan", "上期发展计划执行情况", "The previous plan"),
    (
        "counted_before",
        "已在 {cycle} 计入",
        "already counted in {cycle}",
    ),
    (
        "counted_from",
        "{cycle} 提交，本期计入",
        "listed in {cycle}, counted now",
    ),
    (
        "gate_contributions",
        "{met}/{all} 项贡献要求已满足",
        "{met} of {all} contribution requirements met",
    ),
    (
        "contributions_advisory",
        "贡献要求供参考，不影响认证结论。",
        " The contribution requirements are advisory: they do not decide the verdict.",
    ),
    (
        "contributions_gating",
        "贡献要求是认证条件之一：未满足则不能通过。",
        "The contribution requirements are a condition of the verdict.",
    ),
    ("previous_achieved", "上期实际", "Achieved last cycle"),
    ("years", "{n} 年", "{n} years"),
    ("hours", "{n} 学时", "{n} hours"),
    ("held", "已取得", "held"),
    ("not_held", "未取得", "not held"),
    ("yes", "是", "yes"),
    ("no", "否", "no"),
    ("no_ratings", "无绩效记录", "no ratings"),
    (
        "handbook",
        "任职资格标准手册",
        "Qualification standards handbook",
    ),
    ("contents", "目录", "Contents"),
    ("revisions", "修订记录", "Revision record"),
    ("edition_notes", "修订内容", "Changes"),
    ("issued", "发布日期", "Issued"),
    ("issued_by", "{o} 发布", "Issued by {o}"),
    ("sheets", "任职资格一纸禅", "One-page level sheets"),
    (
        "sheets_note",
        "每个级别一页：基本条件、能力素质要求、评分模块与合格分、贡献要求，便于打印张贴和认证时对照。",
        "One page per level: basic conditions, required competencies, scoring and pass mark, contributions — for printing and for use during assessments.",
    ),
    (
        "pass_marks",
        "各级别总分与合格分",
        "Totals and pass marks by level",
    ),
    ("count", "数量", "Count"),
    ("key_item", "★ 关键", "★ Key"),
    ("description", "说明", "Description"),
    ("close", "关闭", "Close"),
    ("results_count", "共 {n} 条结果", "{n} results"),
    ("appendix", "附录", "Appendix"),
    (
        "conditions_all_met",
        "基本条件全部满足",
        "All basic conditions met",
    ),
    (
        "conditions_some_unmet",
        "基本条件未全部满足",
        "Some basic conditions not met",
    ),
    // Team summaries.
    (
        "team_title",
        "团队任职资格总结",
        "Team qualification summary",
    ),
    (
        "team_confidential",
        "内部资料 · 仅限人力资源部与该团队上级",
        "Internal · HR and the team's manager only",
    ),
    ("team_by_manager", "直接上级", "Manager"),
    ("team_by_department", "部门", "Department"),
    ("team_by_sequence", "序列", "Sequence"),
    ("team_no_manager", "未指定上级", "No manager given"),
    ("team_cycle", "评定周期", "Cycle"),
    ("team_size", "人数", "Members"),
    ("team_people", "{n} 人", "{n}"),
    (
        "team_qualified",
        "{n} / {m} 人通过（{p}%）",
        "{n} of {m} qualified ({p}%)",
    ),
    ("team_overview", "总览", "Overview"),
    ("team_outcomes", "结论分布", "Outcomes"),
    ("team_grades", "能力等级分布", "Grades"),
    (
        "team_previous",
        "上期（{cycle}）本团队 {m} 人参评、{n} 人通过。",
        "Previous cycle ({cycle}): {m} of the team assessed, {n} qualified.",
    ),
    (
        "team_previous_both",
        "两期均参评的 {both} 人：上期通过 {then} 人，本期通过 {now} 人。",
        " Of the {both} assessed in both cycles, {then} qualified then and {now} now.",
    ),
    (
        "team_previous_none_both",
        "两期参评的不是同一批人，不作比较。",
        " No one was assessed in both cycles, so the two do not compare.",
    ),
    (
        "team_range",
        "{min}–{max}（中位 {median}）",
        "{min}–{max} (median {median})",
    ),
    (
        "team_level_line",
        "{level}：通过 {qualified}，合格分 {pass}，总分 {totals}",
        "{level}: {qualified} qualified, pass mark {pass}, totals {totals}",
    ),
    (
        "team_level_previous",
        "；上期同级通过 {previous}",
        "; previous cycle at this level {previous}",
    ),
    ("team_col_level", "申请级别", "Level applied for"),
    ("team_col_qualified", "通过", "Qualified"),
    (
        "team_col_totals",
        "总分（最低–最高）",
        "Totals (lowest–highest)",
    ),
    (
        "team_col_previous_level",
        "上期同级通过",
        "Previous cycle, same level",
    ),
    (
        "team_no_previous",
        "本团队无上期评定记录。",
        "The team has no earlier cycle.",
    ),
    ("team_skips", "（越级）", " (skips levels)"),
    ("team_col_pass", "合格分", "Pass mark"),
    ("team_col_reason", "未通过原因", "Why not qualified"),
    ("team_col_cycle", "周期", "Cycle"),
    ("team_col_team", "团队", "Team"),
    ("team_col_sequence", "序列", "Sequence"),
    ("team_col_previous", "上期总分", "Previous total"),
    ("team_col_achieved", "达到", "achieved"),
    ("team_col_required", "要求", "required"),
    (
        "team_col_key_short",
        "未达标关键能力",
        "Key competencies short",
    ),
    (
        "team_outcome_note",
        "结论按个人报告的认证规则得出：基本条件全部满足、总分不低于合格分且能力等级不是 C 才通过。",
        "Outcomes follow the reports' rules: qualified when every basic condition is met, the total reaches the pass mark and the grade is not C. ",
    ),
    ("team_members", "成员结论", "Members"),
    ("team_col_id", "工号", "ID"),
    ("team_col_name", "姓名", "Name"),
    ("team_col_levels", "层级", "Level"),
    ("team_col_outcome", "结论", "Outcome"),
    ("team_col_total", "总分", "Total"),
    ("team_col_change", "较上期", "Since last cycle"),
    ("team_heatmap", "能力达标热力图", "Competency heatmap"),
    (
        "team_heatmap_intro",
        "每格为“达到级别/要求级别”。",
        "Each cell reads achieved level / required level.",
    ),
    ("team_legend_met", "达标", "Met"),
    ("team_legend_one", "差一级", "One below"),
    ("team_legend_two", "差两级及以上", "Two or more below"),
    (
        "team_legend_none",
        "该层级不要求",
        "Not required at the level",
    ),
    (
        "team_legend_key",
        "列名 ★：对部分成员为关键能力；格内 ★：对该成员为关键能力",
        "★ in a heading: key for some members; ★ in a cell: key for that member",
    ),
    ("team_needs", "培训需求", "Training needs"),
    (
        "team_needs_intro",
        "涉及关键能力未达标的优先，再按未达标人数、关键项人数和词典顺序排序；“x / y 人”指要求该能力的 y 人中 x 人未达标。发展建议取自能力词典，按成员下一步要达到的级别给出（70/20/10：在岗实践、向他人学习、培训课程）。",
        "Competencies short of a key requirement first, then by how many members fall short, how many of them key, and dictionary order; “x of y” means x of the y members whose level requires it. The suggestions are the dictionary's, for the level each member needs to reach next (70/20/10: on the job, from others, courses).",
    ),
    (
        "team_no_needs",
        "全员达到所评层级的各项能力要求。",
        "Every member meets every competency their level requires.",
    ),
    ("team_short", "{n} / {m} 人", "{n} of {m}"),
    (
        "team_more_members",
        "本表列出按工号排序的前 {shown} 人，另有 {n} 人未列出；全部成员见与本文件同名的 CSV 文件。",
        "This table lists the first {shown} members by ID; {n} more are not listed here. The CSV file of the same name as this PDF lists everyone.",
    ),
    ("team_more_names", " 等，另有 {n} 人", " and {n} more"),
    ("team_short_before", "上期 {n}", "previous cycle: {n}"),
    (
        "team_target",
        "达到 {n} 级（{who}）",
        "To reach level {n} ({who})",
    ),
    ("team_col_competency", "能力", "Competency"),
    (
        "team_col_suggestions",
        "发展建议（70/20/10）",
        "Suggestions (70/20/10)",
    ),
    ("team_col_count", "未达标", "Short"),
    (
        "team_col_members",
        "涉及成员（达到/要求）",
        "Members (achieved/required)",
    ),
    ("sheet_employee_id", "工号", "Employee ID"),
    ("sheet_name", "姓名", "Name"),
    ("sheet_department", "部门", "Department"),
    ("sheet_manager_id", "直接上级工号", "Manager ID"),
    ("sheet_manager_name", "直接上级姓名", "Manager name"),
    ("sheet_manager_email", "直接上级邮箱", "Manager email"),
    ("sheet_sequence", "序列", "Sequence"),
    ("sheet_position", "岗位", "Position"),
    ("sheet_cycle", "评定周期", "Cycle"),
    ("sheet_current_level", "当前级别", "Current level"),
    ("sheet_applied_level", "申请级别", "Level applied for"),
    ("sheet_date", "评定日期", "Assessment date"),
    ("sheet_assessors", "评定人", "Assessors"),
    ("sheet_edition", "标准版本", "Edition"),
    ("sheet_education", "学历", "Education"),
    ("sheet_experience_years", "工作年限", "Years of experience"),
    ("sheet_years_in_level", "本级年限", "Years in level"),
    ("sheet_training_hours", "培训学时", "Training hours"),
    ("sheet_certifications", "证书", "Certifications"),
    (
        "sheet_performance",
        "绩效（由远及近）",
        "Performance (oldest first)",
    ),
    ("sheet_major", "专业", "Major"),
    ("sheet_title", "职称", "Professional title"),
    ("sheet_written_exam", "笔试成绩", "Written exam"),
    ("sheet_reference", "参考", "Reference"),
    ("sheet_colon", "：", ": "),
    ("sheet_semicolon", "；", "; "),
    (
        "sheet_note_employee_id",
        "必填；一行一人",
        "required; one row per employee",
    ),
    (
        "sheet_note_manager_id",
        "上级也参评时填其工号",
        "an assessed manager's employee ID",
    ),
    ("sheet_note_fixed", "填", "write"),
    ("sheet_note_choose", "可选", "one of"),
    (
        "sheet_note_first",
        "首次认证留空",
        "empty for a first certification",
    ),
    (
        "sheet_note_cycle",
        "如 2025H1；留空则用 import --cycle",
        "e.g. 2025H1; empty: import --cycle",
    ),
    ("sheet_note_date", "如 2024-12-12", "e.g. 2024-12-12"),
    (
        "sheet_note_list",
        "多项用顿号或逗号分开",
        "separate several with commas",
    ),
    ("sheet_note_eg", "如", "e.g."),
    (
        "sheet_note_years",
        "年，可带小数",
        "years, decimals allowed",
    ),
    ("sheet_note_hours", "学时", "hours"),
    ("sheet_note_required", "要求", "required"),
    (
        "sheet_note_ratings",
        "由远及近，空格或逗号分开",
        "oldest first, separated by spaces or commas",
    ),
    ("sheet_note_yes_no", "是/否", "yes/no"),
    ("sheet_note_key", "；关键项", "; key item"),
    (
        "sheet_note_level",
        "0–{max} 级，要求 {required} 级",
        "level 0–{max}; {required} required",
    ),
    ("sheet_note_points", "0–{max} 分", "0–{max} points"),
    ("sheet_note_target", "目标", "target"),
    ("sheet_notes_row", "填写说明", "How to fill in"),
    ("sheet_guide", "填写说明", "Guide"),
    ("sheet_guide_column", "列", "Column"),
    ("sheet_guide_key", "字段", "Field"),
    ("sheet_guide_note", "填写要求", "What to write"),
    ("sheet_guide_required", "必填", "Required"),
    (
        "sheet_guide_intro",
        "每行一名员工；带 * 的列新建记录时必填。空单元格表示“不修改”：导入只写入填了的单元格，记录中的证据、评语和发展计划保持不变。以 # 开头的行不导入。",
        "One employee per row; columns marked * are required for a new record. An empty cell means “leave as is”: an import writes only the cells filled in and keeps a record's evidence, comments and development plan. Rows starting with # are not imported.",
    ),
    ("results_title", "任职资格评定结果", "Assessment results"),
    (
        "results_counts",
        "共 {n} 条评定记录，{q} 条通过。",
        "{n} assessment records, {q} qualified.",
    ),
    ("results_department", "部门", "Department"),
    ("results_manager", "直接上级", "Manager"),
    ("results_position", "岗位", "Position"),
    ("results_qualified", "是否通过", "Qualified"),
    ("results_gap_count", "差距项数", "Gaps"),
    ("results_key_gaps", "关键项差距", "Key gaps"),
    (
        "results_gaps",
        "能力差距（达到/要求，★ 关键项）",
        "Competency gaps (achieved/required, ★ key)",
    ),
    (
        "results_confidential",
        "内部资料 · 仅限人力资源部",
        "Confidential · HR only",
    ),
    ("results_all", "全部记录", "all records"),
    ("key_unmet", "未达标关键项", "Key items unmet"),
    ("normal_unmet", "未达标普通项", "Normal items unmet"),
];

/// Every UI string for `language`, keyed as in the table above.
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    STRINGS
        .iter()
        .map(|&(k, zh, en)| (k, if language == Language::ZhCn { zh } else { en }))
        .collect()
}

/// One alternative of `any_of`, each of its conditions labelled: "本科及以上，相关工作经验不少于 3 年".
fn alternative(language: Language, alt: &Alternative) -> String {
    let g = |k| get(language, k);
    let labelled = |label: &str, text: String| {
        if language == Language::ZhCn {
            format!("{label}{text}")
        } else {
            format!("{} {text}", label.to_lowercase())
        }
    };
    let mut parts = Vec::new();
    parts.extend(
        alt.education
            .map(|e| g("education_at_least").replace("{e}", education(language, e))),
    );
    if !alt.majors.is_empty() {
        parts.push(labelled(g("major"), alt.majors.join(g("list_sep"))));
    }
    for (value, label, text) in [
        (alt.experience_years, "experience_years", "years_at_least"),
        (alt.years_in_level, "years_in_level", "years_at_least"),
        (alt.training_hours, "training_hours", "hours_at_least"),
    ] {
        parts.extend(value.map(|n| labelled(g(label), g(text).replace("{n}", &number(n)))));
    }
    parts.extend(alt.title.as_ref().map(|t| {
        labelled(
            g("professional_title"),
            g("title_at_least").replace("{t}", t),
        )
    }));
    parts.join(g("and_sep"))
}

pub fn get(language: Language, key: &str) -> &'static str {
    let found = STRINGS.iter().find(|(k, _, _)| *k == key);
    // A key missing from the table is a bug: caught in tests, an empty string in a release.
    debug_assert!(found.is_some(), "no UI string `{key}`");
    found
        .map(|&(_, zh, en)| if language == Language::ZhCn { zh } else { en })
        .unwrap_or("")
}

pub fn education(language: Language, e: Education) -> &'static str {
    let key = match e {
        Education::HighSchool => "edu_high-school",
        Education::Associate => "edu_associate",
        Education::Bachelor => "edu_bachelor",
        Education::Master => "edu_master",
        Education::Doctorate => "edu_doctorate",
    };
    get(language, key)
}

pub fn status(language: Language, status: Status) -> &'static str {
    get(
        language,
        match status {
            Status::Draft => "status_draft",
            Status::Published => "status_published",
            Status::Superseded => "status_superseded",
        },
    )
}

/// 晋级, 保留, 未通过，降级 …: what the verdict means for the level held.
pub fn outcome(language: Language, outcome: Outcome) -> &'static str {
    get(
        language,
        match outcome {
            Outcome::Certified => "outcome_certified",
            Outcome::Promoted => "outcome_promoted",
            Outcome::Retained => "outcome_retained",
            Outcome::NotCertified => "outcome_not_certified",
            Outcome::NotPromoted => "outcome_not_promoted",
            Outcome::Demoted => "outcome_demoted",
            Outcome::Observation => "outcome_observation",
            Outcome::Reassigned => "outcome_reassigned",
            Outcome::NotReassigned => "outcome_not_reassigned",
        },
    )
}

/// The 70/20/10 kind of a development action.
pub fn learning(language: Language, kind: LearningKind) -> &'static str {
    get(
        language,
        match kind {
            LearningKind::OnTheJob => "learning_on-the-job",
            LearningKind::FromOthers => "learning_from-others",
            LearningKind::Course => "learning_course",
        },
    )
}

/// The grade rules in words, with the settings' threshold for grade B.
pub fn grade_rules(settings: &Settings) -> String {
    let g = &settings.grading;
    let pct = format!("{}%", number(g.b_max_normal_unmet * 100.0));
    let counted = match (g.counts_competencies, g.counts_behaviours) {
        (true, true) => "grade_counts_both",
        (false, true) => "grade_counts_behaviours",
        _ => "grade_counts_competencies",
    };
    get(settings.language, "grade_rules")
        .replace("{pct}", &pct)
        .replace("{counted}", get(settings.language, counted))
}

/// When a record qualifies, with or without the contribution requirements as the settings say.
pub fn verdict_rules(settings: &Settings) -> String {
    let g = |k| get(settings.language, k);
    if settings.verdict.contributions_gate {
        g("verdict_rules_gate").to_string()
    } else {
        format!("{}{}", g("verdict_rules"), g("contributions_advisory"))
    }
}

/// The notice every page and PDF of a draft or superseded edition carries, naming the edition
/// that replaced it when the tags tell; `None` for a published one.
pub fn status_banner(
    settings: &Settings,
    editions: &[crate::model::change::EditionRecord],
) -> Option<String> {
    let g = |k| get(settings.language, k);
    match settings.status {
        Status::Published => None,
        Status::Draft => Some(g("banner_draft").to_string()),
        // The newest tagged edition after this one.
        Status::Superseded => Some(
            match editions
                .iter()
                .skip_while(|e| e.name != settings.edition)
                .filter(|e| e.tag.is_some() && e.name != settings.edition)
                .last()
            {
                Some(current) => g("banner_superseded_by").replace("{edition}", &current.name),
                None => g("banner_superseded").to_string(),
            },
        ),
    }
}

/// What a verdict means for the level held: the outcomes, re-certification and 越级.
pub fn outcome_rules(settings: &Settings) -> String {
    let g = |k| get(settings.language, k);
    let failed = match settings.verdict.failed_recertification {
        FailedRecertification::Observe => g("outcome_observation"),
        FailedRecertification::Demote => g("outcome_demoted"),
    };
    g("outcome_rules").replace("{failed}", failed)
}

/// The rules of scoring, grading, the verdict and its outcomes, one paragraph each: the
/// scoring page, the handbook and the search index say them alike.
pub fn rules(settings: &Settings) -> [String; 4] {
    [
        get(settings.language, "score_rules").to_string(),
        grade_rules(settings),
        verdict_rules(settings),
        outcome_rules(settings),
    ]
}

/// Replaces `{name}` placeholders in a UI string.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(template.to_string(), |text, (k, v)| {
        text.replace(&format!("{{{k}}}"), v)
    })
}

/// Formats a number of points or years without a trailing `.0`.
pub use crate::model::format_number as number;

/// A basic condition as (label, requirement text), for the level pages, the reports and the PDF.
pub fn condition(language: Language, kind: &ConditionKind) -> (&'static str, String) {
    let g = |k| get(language, k);
    match kind {
        ConditionKind::Education(e) => (
            g("education"),
            g("education_at_least").replace("{e}", education(language, *e)),
        ),
        ConditionKind::ExperienceYears(n) => (
            g("experience_years"),
            g("years_at_least").replace("{n}", &number(*n)),
        ),
        ConditionKind::YearsInLevel(n) => (
            g("years_in_level"),
            g("years_at_least").replace("{n}", &number(*n)),
        ),
        ConditionKind::TrainingHours(n) => (
            g("training_hours"),
            g("hours_at_least").replace("{n}", &number(*n)),
        ),
        ConditionKind::Certification(c) => (g("certification"), c.clone()),
        ConditionKind::Major(list) => (g("major"), list.join(g("list_sep"))),
        ConditionKind::Title(t) => (
            g("professional_title"),
            g("title_at_least").replace("{t}", t),
        ),
        ConditionKind::Alternatives(list) => (
            g("alternatives"),
            list.iter()
                .map(|alt| alternative(language, alt))
                .collect::<Vec<_>>()
                .join(g("alternative_or")),
        ),
        ConditionKind::Performance(rule) => {
            let mut parts = Vec::new();
            if let Some((n, r)) = &rule.no_consecutive {
                parts.push(
                    g("perf_no_consecutive")
                        .replace("{last}", &rule.last.to_string())
                        .replace("{n}", &n.to_string())
                        .replace("{r}", r),
                );
            }
            if let Some(r) = &rule.at_least {
                parts.push(
                    g("perf_at_least")
                        .replace("{last}", &rule.last.to_string())
                        .replace("{r}", r),
                );
            }
            (
                g("performance"),
                parts.join(if language == Language::ZhCn {
                    "；"
                } else {
                    "; "
                }),
            )
        }
        ConditionKind::Other(o) => (g("other"), o.text.clone()),
    }
}

/// How a sheet in `language` says yes and no.
pub fn yes_no_words(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::ZhCn => ("是", "否"),
        Language::En => ("yes", "no"),
    }
}

/// `销售序列（sales）`, `Sales (sales)`; the id alone when it is the name.
pub fn paren(lang: Language, name: &str, id: &str) -> String {
    match lang {
        _ if name == id => id.to_string(),
        Language::ZhCn => format!("{name}（{id}）"),
        Language::En => format!("{name} ({id})"),
    }
}
