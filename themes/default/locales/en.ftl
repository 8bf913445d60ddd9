# rungs' UI strings in English: the site, the handbook, the sheets, the reports, the team
# summaries, the workbooks and the mail. One per line: key = text; { $name } takes a value.
# Keep the keys; change the text.

home = Home
sequences = Sequences
sequence = Sequence
levels = Levels
level = Level
competencies = Competency dictionary
competency = Competency
pages = Guides
search = Search
search_placeholder = Search the standard
search_no_results = No matches
search_kind_level = Levels
search_kind_competency = Competency dictionary
search_kind_sequence = Sequences
search_kind_position = Positions
search_kind_compare = Level comparisons
search_kind_scoring = Scoring rules
search_kind_page = Guides
breadcrumb = Breadcrumb
menu = Menu
compare_next = Compare with the next level
compare_previous = Compare with the previous level
became_key = now a key item
became_normal = now a normal item
change_reweighted = Reweighted
behaviours_to_add = Behaviours to show
search_hint = ↑↓ to select, Enter to open, Esc to close
edition = Edition
effective_date = Effective date
status = Status
status_draft = Draft
status_published = Published
status_superseded = Superseded
owner = Owner
serial = Document number
organisation = Organisation
guide = How to use this handbook
guide_text = Open a sequence to see each level's requirements, the competency dictionary for graded behaviours, and Compare levels to see what a promotion takes.
ladder = Career ladder
positioning = Role summary
conditions = Basic conditions
knowledge = Required knowledge
responsibilities = Responsibilities
required_competencies = Required competencies
matrix = Level × competency matrix
scoring = Scoring modules and points
scoring_rules = Scoring rules
module = Module
item = Item
points = Points
total = Total
pass = Pass mark
contributions = Contribution requirements
contribution_kinds = Contribution types
kpis = Key performance indicators
formula = Formula
key = Key
normal = Normal
key_legend = ★ key item (must be met); others are normal
behaviour_legend = ★ key item (must be met); ● normal item; – not required at this level
definition = Definition
key_points = Key points
graded_levels = Graded behaviours
behaviours = Behaviours
suggestions = Development suggestions
learning_on-the-job = On the job
learning_from-others = From others
learning_course = Courses
required_at = Where it is required
not_required = No level requires this competency yet.
category = Category
previous_level = Previous level
next_level = Next level
compare = Compare levels
compare_pick = Pick two levels to compare
compare_from = From
compare_to = To
change_new = New
change_raised = Raised
change_lowered = Lowered
change_unchanged = Unchanged
change_removed = Removed
change_changed = Changed
requirement = Requirement
none = None
not_found = Page not found
not_found_text = The page you asked for does not exist; it may have moved.
back_home = Back to the home page
skip = Skip to content
diff_settings = Settings
diff_working_tree = working tree
diff_none = no changes
diff_level = level { $n }
diff_side = { $edition } ({ $rev })
diff_affected = { $n } records affected: { $pass_fail } from qualified to not, { $fail_pass } from not qualified to qualified, { $grade } with another grade, { $total } with another total.
diff_unaffected = No record's verdict, grade or total changes.
diff_not_comparable_note = Not comparable: the old edition has no such level applied for.
diff_applied_level = Level applied for
banner_draft = Draft: this edition is not in force yet and may change; do not assess against it.
banner_superseded_by = This edition has been superseded by { $edition }; use the current one.
banner_superseded = This edition has been superseded; use the current one.
watermark_draft = DRAFT
watermark_what_if = WHAT-IF
banner_what_if = What-if: evaluated again against { $edition } for analysis only. This is not an official verdict; do not hand it out.
proposed_effective_date = Proposed effective date
drafted_by = { $o } · draft for comment
last_changed = This page last changed
untagged = not yet tagged
changelog_note = Editions are listed in the order they were issued; each lists what changed since the one before, and changes marked as affecting assessments can alter verdicts.
diff_grading = Grading
diff_verdict = Verdict rules
diff_pages = Pages
diff_name = Name
diff_level_count = Number of graded levels
diff_counts = { $n } changes, { $m } affecting assessments
diff_impact = What it does to verdicts ({ $n } records)
diff_records = Records
diff_verdicts = Verdicts changed
diff_grades = Grades changed
diff_totals = Totals changed
diff_not_comparable = Not comparable
diff_affects = affects assessments
diff_title = Standards diff
diff_what = What
diff_before = Before
diff_after = After
diff_records_warning = The following is personal data (employee ids and verdicts): do not paste it in public.
grade_counts_both = competency and behaviour-standard requirements counted together
grade_counts_competencies = competency requirements counted
grade_counts_behaviours = behaviour-standard requirements counted
grade_rules = Grades ({ $counted }): A: every requirement met; B: every key requirement met and at most { $pct } of the normal ones unmet; C: otherwise.
verdict_rules = To qualify: every basic condition met, the total at or above the pass mark, and a grade of A or B.
verdict_rules_gate = To qualify: every basic condition met, the total at or above the pass mark, a grade of A or B, and every contribution requirement met.
outcome_rules = Outcomes: a first certification is Certified or Not yet certified; an application above the level held is Promoted or Not promoted (level kept); a re-certification at the level held is Retained or { $failed }, and years in level no longer apply. Applying two or more levels above the level held (skip-level) is allowed and flagged in the report. Reference items are shown with the verdict and never decide it.
score_rules = Each item scores 0 to its points; a module is the sum of its items, capped at its points; the total is the sum of the modules (the written exam is a module).
exam = written exam
level_count = levels
education = Education
experience_years = Relevant experience
years_in_level = Years in current level
training_hours = Training hours
certification = Certification
performance = Performance
other = Other
years_at_least = at least { $n } { $n ->
        [one] year
       *[other] years
    }
hours_at_least = at least { $n } { $n ->
        [one] hour
       *[other] hours
    }
education_at_least = { $e } or above
major = Major
professional_title = Professional title
title_at_least = { $t } or above
alternatives = One of
alternative_or = ; or{" "}
list_sep = ,{" "}
and_sep = ,{" "}
or_sep = {" "}or{" "}
behaviour_standards = Behaviour standards
activity = Activity
criterion = Standard
reference_items = Reference items
reference_note = Reference items are shown with the verdict for the assessors' information; they never decide it.
reference_short = never decide the verdict
source = Source
source_record = the assessors' record
source_performance = performance ratings
source_kpi = computed from this cycle's KPI results
kpi_unscored = not scored
one_line_required = must be met
positions = Positions
position = Position
positions_here = Positions at this level
position_raised = raised by the position
position_levels = Levels
position_kpis = The position's KPIs
position_requirements = The position's competency requirements
position_requirements_note = What someone in this position must reach at each level (the higher of the level's and the position's); ★ key; ↑ added or raised by the position.
target = Target
weight = Weight (points)
kpi_rule = Scoring rule
rule_deduct = full weight at target; { $points } off for each { $step } short, down to 0
rule_deduct_lower = full weight at target; { $points } off for each { $step } over, down to 0
rule_band = { $from }: { $points }
rule_below = otherwise 0
items_sep = ,{" "}
name_with_id = { $name } ({ $id })
rule_sep = ;{" "}
one_line_standard = Standard
within_cycles = {" "}(within the latest { $n } cycles)
perf_no_consecutive = no { $n } consecutive ratings of { $r } or worse in the latest { $last }
perf_at_least = every rating in the latest { $last } at least { $r }
edu_high-school = high school
edu_associate = associate degree
edu_bachelor = bachelor's degree
edu_master = master's degree
edu_doctorate = doctorate
count_at_least = at least { $n }
commit = Version ID
report_title = Qualification report
employee = Employee
employee_id = Employee ID
department = Department
manager = Manager
current_level = Current level
applied_level = Level applied for
assessment_date = Assessment date
cycle = Cycle
assessors = Assessors
verdict = Verdict
qualified = Qualified
not_qualified = Not yet qualified
grade = Grade
met = Met
unmet = Not met
required = Required
achieved = Achieved
gap = Gap
score = Score
gap_table = Competency gaps
radar = Competency radar
radar_bars = Competency levels
bars_legend = One row per competency: the bar is the level achieved (green met, amber not met), the blue mark the level required
bars_legend_previous = ; the thin grey bar beneath, last cycle's level
all_met_short = all met
strengths = Strengths and progress
development = Development areas and suggestions
comments = Assessors' comments
signoff = Sign-off
sign_employee = Employee
sign_manager = Manager
sign_assessor = Assessor
sign_date = Date
page = Page { $p } of { $n }
legend_gap = Green: met; amber: one below; red: two or more below, or a one-line standard not met; Position: added or raised by the position
no_strengths = No requirement is met yet this cycle.
contribution_titles = Contributions submitted
summary = Summary
confidential = Personal: for the employee and their manager only
reason_total = total { $total } below the pass mark { $pass }
gate_total = { $total } (pass mark { $pass } of { $points })
gate_grade = ; A or B required
level_against = { $name } (level { $achieved }, { $required } required)
carried_over = Carried over from the last plan
plan_none_needed_failed = Every competency and behaviour requirement is met, so no development plan is needed; why this cycle did not pass, and what to do, is under Other improvements.
plan_none_needed_next = Every competency requirement is met; no development plan is needed this cycle. The next level, { $level }, shows how to grow further.
level_changed = The two cycles applied for different levels ({ $then } → { $now }), so the requirements differ.
improved = Improved
score_changes = Scores that moved
results_edition = Edition
results_what_if = { $edition } (what-if)
standard_to_meet = The standard to meet
behaviour_criterion = This level's criterion
newly_unmet = Conditions newly not met
unmet_named = not met: { $names }
decided_title = What decided each cycle
decided_item = Figure
decided_legend = Red: what failed that cycle (a total below the pass mark, grade C, a condition not met); ↓: lower than the cycle before
why_not = Why not qualified
reason_held = { $label } { $held } (required { $required }) not met
reason_not_met = { $label } not met
reason_grade_key = competency grade C (key items not met: { $names })
reason_grade_normal = competency grade C ({ $n } of { $m } normal items not met: { $names }; at most { $allowed } allowed, so { $k } more to meet for a B)
reason_contribution = contributions short: { $kind } { $achieved } of { $required }
# A month in running text ("expected to be met in 2025-12"): $year and $month are numbers.
month_of_year = { $year }-{ $month ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $month }
    }
guide_expected = , expected to be met in { $month }
strength_above = { $name } at level { $achieved } ({ $required } required)
strength_raised_from = , up from level { $from }
strength_raised = { $name } raised { $steps } level(s) since the last cycle ({ $from } → { $to })
strength_full_marks = { $module }: full marks ({ $points }/{ $points })
strength_kpi = { $kpi } { $result }, better than the target { $target }
strength_all_met = { $n ->
        [1] the one requirement met
        [2] both requirements met
       *[other] all { $n } requirements met
    }
strength_key_met = { $met } of { $all } key items met
strength_normal_met = { $met } of { $all } normal items met
one_line_against = { $name } (not met; must be met)
priority_contribution = { $kind } ({ $n } more)
waiting = Conditions to wait for
one_line_step = One-line standard: to be met
outcome_certified = Certified
outcome_promoted = Promoted
outcome_retained = Retained
outcome_not_certified = Not yet certified
outcome_not_promoted = Not promoted: level kept
outcome_demoted = Not re-certified: demoted
outcome_observation = Not re-certified: kept on probation
outcome_reassigned = Moved to the level applied for
outcome_not_reassigned = Not moved: level kept
flag_skip = Skip-level application ({ $n } skipped)
flag_waived = Re-certification: years in level waived
waived = Waived
kpi_results = KPIs
result = Result
kpi_score = KPI score
kpi_feeds = The KPI score feeds the { $module } module: { $share }% × { $points } = { $score }
kpi_advisory = The KPI results inform the assessors; they do not count in the total.
plan_reached = Reached: the gap has closed
kpi_score_of = { $earned }/{ $weights }, i.e. { $share }/100
kpi_no_result = no result
behaviour_met = Met
behaviour_unmet = Not met
behaviour_missing = Not assessed
evidence = Evidence
behaviour_step = Behaviour standard: reach this level's criterion
behaviour_priority = { $name } (behaviour standard)
verdict_qualified = all basic conditions met; total { $total }/{ $points } (pass mark { $pass }); grade { $grade }
grade_a = Grade A: every requirement met
grade_b = Grade B: every key item met, { $n } normal one(s) not met
grade_c_key = Grade C: { $n } key item(s) not met: { $names }
grade_c_normal = Grade C: { $n } of { $m } normal items not met, over { $pct }
top_strengths = Main strengths
top_priorities = Development priorities
none_yet = none
development_plan = Development plan
proposed = Proposed
proposed_note = This record has no development plan. The plan below is proposed from the gaps (key items first, then the largest), to agree with the manager.
plan_none_needed = Every competency requirement is met; no development plan is needed this cycle. The next level's requirements show how to grow further.
goal = Goal
plan_owner = Owner
plan_due = Due
plan_planned = Planned
plan_in-progress = In progress
plan_done = Done
plan_dropped = Dropped
plan_overdue = Overdue
plan_unset = Not set
reach_level = level { $from } → level { $to } “{ $title }”
target_behaviours = Behaviours of the target level
next_cycle = before the next cycle
other_guidance = Other improvements
guide_total = The total { $total } is { $n } short of the pass mark { $pass }; the modules that lost most:{" "}
guide_module = { $module } ({ $score } of { $points }, { $lost } lost)
guide_hours = { $label }: { $n } short ({ $held } of { $required })
guide_education = Education: { $required } required (now: { $held })
guide_certification = Certification: obtain “{ $name }”
guide_performance = Performance: the latest { $last } are { $window }; { $n } more rating(s) of { $rating } or better needed
guide_performance_none = Performance: the latest { $last } are { $window }
guide_other = To meet: { $text }
guide_major = Major: one of { $accepted } (now: { $held })
guide_title = Professional title: { $required } or above (now: { $held })
guide_alternatives = Meet one of: { $text }. The closest still lack: { $closest }
guide_contribution = { $kind }: { $achieved } of { $required }, { $n } more needed
history = Cycles
since = Since { $cycle }
closed_gaps = Gaps closed
open_gaps = Competency gaps still open
new_gaps = New competency gaps
new_gaps_level = Competency gaps new with the higher level applied for
position_changed = The two cycles were assessed for different positions ({ $then } → { $now }): the KPIs and requirements differ, so the scores do not compare directly.
no_position = no position
not_given = not given
strength_total = total { $total }, above the pass mark { $pass }
etc = …
in_parens = {" "}({ $text })
plan_none_needed_waiting = Every competency and behaviour requirement is met, so no development plan is needed; this cycle did not pass on conditions still to be met (see the summary), and the employee can apply again once they are.
previous_plan = The previous plan
counted_before = already counted in { $cycle }
counted_from = listed in { $cycle }, counted now
gate_contributions = { $met } of { $all } contribution requirements met
contributions_advisory = {" "}The contribution requirements are advisory: they do not decide the verdict.
contributions_gating = The contribution requirements are a condition of the verdict.
previous_achieved = Achieved last cycle
years = { $n } { $n ->
    [one] year
   *[other] years
}
hours = { $n } { $n ->
    [one] hour
   *[other] hours
}
held = held
not_held = not held
yes = yes
no = no
no_ratings = no ratings
handbook = Qualification standards handbook
contents = Contents
revisions = Revision record
edition_notes = Changes
issued = Issued
issued_by = Issued by { $o }
sheets = One-page level sheets
sheets_note = One page per level: basic conditions, required competencies, scoring and pass mark, contributions — for printing and for use during assessments.
pass_marks = Totals and pass marks by level
count = Count
key_item = ★ Key
description = Description
close = Close
results_count = { $n } results
appendix = Appendix
team_title = Team qualification summary
team_confidential = Internal · HR and the team's manager only
team_by_manager = Manager
team_by_department = Department
team_by_sequence = Sequence
team_no_manager = No manager given
team_cycle = Cycle
team_size = Members
team_people = { $n }
team_qualified = { $n } of { $m } qualified ({ $p }%)
team_overview = Overview
team_outcomes = Outcomes
team_grades = Grades
team_previous = Previous cycle ({ $cycle }): { $m } of the team assessed, { $n } qualified.
team_previous_both = {" "}Of the { $both } assessed in both cycles, { $then } qualified then and { $now } now.
team_previous_none_both = {" "}No one was assessed in both cycles, so the two do not compare.
team_range = { $min }–{ $max } (median { $median })
team_level_line = { $level }: { $qualified } qualified, pass mark { $pass }, totals { $totals }
team_level_previous = ; previous cycle at this level { $previous }
team_col_level = Level applied for
team_col_qualified = Qualified
team_col_totals = Totals (lowest–highest)
team_col_previous_level = Previous cycle, same level
team_no_previous = The team has no earlier cycle.
team_skips = {" "}(skips levels)
team_col_pass = Pass mark
team_col_reason = Why not qualified
team_col_cycle = Cycle
team_col_team = Team
team_col_sequence = Sequence
team_col_previous = Previous total
team_col_achieved = achieved
team_col_required = required
team_col_key_short = Key competencies short
team_outcome_note = Outcomes follow the reports' rules: qualified when every basic condition is met, the total reaches the pass mark and the grade is not C.{" "}
team_members = Members
team_col_id = ID
team_col_name = Name
team_col_levels = Level
team_col_outcome = Outcome
team_col_total = Total
team_col_change = Since last cycle
team_heatmap = Competency heatmap
team_heatmap_intro = Each cell reads achieved level / required level.
team_legend_met = Met
team_legend_one = One below
team_legend_two = Two or more below
team_legend_none = Not required at the level
team_legend_key = ★ in a heading: key for some members; ★ in a cell: key for that member
team_needs = Training needs
team_needs_intro = Competencies short of a key requirement first, then by how many members fall short, how many of them key, and dictionary order; “x of y” means x of the y members whose level requires it. The suggestions are the dictionary's, for the level each member needs to reach next (70/20/10: on the job, from others, courses).
team_no_needs = Every member meets every competency their level requires.
team_short = { $n } of { $m }
team_more_members = This table lists the first { $shown } members by ID; { $n } more are not listed here. The CSV file of the same name as this PDF lists everyone.
team_more_names = {" "}and { $n } more
team_short_before = previous cycle: { $n }
team_target = To reach level { $n } ({ $who })
team_col_competency = Competency
team_col_suggestions = Suggestions (70/20/10)
team_col_count = Short
team_col_members = Members (achieved/required)
sheet_employee_id = Employee ID
sheet_name = Name
sheet_department = Department
sheet_manager_id = Manager ID
sheet_manager_name = Manager name
sheet_manager_email = Manager email
sheet_sequence = Sequence
sheet_position = Position
sheet_cycle = Cycle
sheet_current_level = Current level
sheet_applied_level = Level applied for
sheet_date = Assessment date
sheet_assessors = Assessors
sheet_edition = Edition
sheet_education = Education
sheet_experience_years = Years of experience
sheet_years_in_level = Years in level
sheet_training_hours = Training hours
sheet_certifications = Certifications
sheet_performance = Performance (oldest first)
sheet_major = Major
sheet_title = Professional title
sheet_written_exam = Written exam
sheet_reference = Reference
colon = :{" "}
# Headers earlier versions wrote for a column since renamed, `old=new` separated by ；, so that
# sheets filled in before a rename still import.
sheet_earlier_headers = {""}
sheet_semicolon = ;{" "}
sheet_note_employee_id = required; one row per employee
sheet_note_manager_id = an assessed manager's employee ID
sheet_note_fixed = write
sheet_note_choose = one of
sheet_note_first = empty for a first certification
sheet_note_cycle = e.g. 2025H1; empty: import --cycle
sheet_note_date = e.g. 2024-12-12
sheet_note_list = separate several with commas
sheet_note_eg = e.g.
sheet_note_years = years, decimals allowed
sheet_note_hours = hours
sheet_note_required = required
sheet_note_ratings = oldest first, separated by spaces or commas
sheet_note_yes_no = yes/no
sheet_note_key = ; key item
sheet_note_level = level 0–{ $max }; { $required } required
sheet_note_points = 0–{ $max } points
sheet_note_target = target
sheet_guide = Guide
sheet_guide_column = Column
sheet_guide_key = Field
sheet_guide_note = What to write
sheet_guide_required = Required
sheet_guide_intro = One employee per row; columns marked * are required for a new record. An empty cell means “leave as is”: an import writes only the cells filled in and keeps a record's evidence, comments and development plan. Rows starting with # are not imported.
results_title = Assessment results
results_counts = { $n } assessment records, { $q } qualified.
results_department = Department
results_manager = Manager
results_position = Position
results_qualified = Qualified
results_gap_count = Gaps
results_key_gaps = Key gaps
results_gaps = Competency gaps (achieved/required, ★ key)
results_confidential = Confidential · HR only
results_all = all records

# The column headings of `export --format csv|xlsx` grids.
grid_id = ID
grid_competency = Competency
grid_category = Category
grid_key = Key
grid_definition = Definition
grid_key_points = Key points
grid_standard = One-line standard
grid_level_title = Level { $n } title
grid_level_behaviours = Level { $n } behaviours
grid_dictionary = Competency dictionary
case_scoring = scoring
case_kpis = KPIs

# A condition inside a sentence of several (an any_of alternative): { $label } and { $text }.
labelled_condition = { $label } { $text }
inline_major = major
inline_experience_years = relevant experience
inline_years_in_level = years in current level
inline_training_hours = training hours
inline_professional_title = professional title

# The eligibility screening list (资格审查名单) for the HR committee: its PDF and its workbook.
elig_title = Eligibility screening { $cycle }
elig_confidential = Internal · contains personal data
elig_date = Screening date
elig_rules = Eligible: every basic condition the roster decides is met on the screening date; the person may take part in this cycle. Eligible later: only relevant experience or years in level are short, and time alone meets them on the day shown if the person stays; not eligible in this cycle. “Other” conditions are judged by the assessors at the assessment, not here. Re-certification: the level held, certified again (when due or applied for); years in level do not apply (marked *). People the roster puts in no sequence, such as managers, are not screened.
elig_rules_recertify = {" "}Holders of a level for { $years } or more are screened for re-certification.
elig_overview = { $n } { $n ->
        [one] screening
       *[other] screenings
    } of { $people } { $people ->
        [one] person
       *[other] people
    }: { $eligible } eligible, { $later } eligible later, { $not } not eligible; { $applications }.
elig_people = People screened
elig_by_department = Summary by department
elig_col_screened = Screenings
elig_later = Eligible later
elig_col_applied = Applied
elig_col_applied_not = Applied: not eligible
elig_subtotal = Subtotal
elig_total = Total
elig_no_department = No department
elig_sequence_level = { $sequence } · { $level }
elig_level_counts = { $n } screened: { $eligible } eligible, { $later } eligible later, { $not } not eligible; { $applications }
elig_requires = Conditions screened
elig_to_judge = Judged at the assessment
elig_continued = { $level } (continued)
elig_col_route = Route
elig_col_verdict = Verdict
elig_col_unmet = Conditions not met
elig_col_application = Application
elig_route_first = First certification
elig_route_promotion = Promotion
elig_route_skip = Skip-level
elig_route_recertification = Re-certification
elig_route_other = Below current level
elig_eligible = Eligible
elig_not_eligible = Not eligible
elig_eligible_on = Eligible from { $date }
elig_from = from { $date }
elig_applied_on = Applied { $date }
elig_applied = Applied
elig_not_applied = Not applied
elig_applied_not_eligible = Applied, not eligible
elig_applied_later = Applied, not yet eligible
elig_applied_counts = { $applied } applied: { $eligible } eligible, { $later } eligible later, { $not } not eligible
elig_applied_none = no applications
elig_col_level = Level screened
elig_col_verdicts = Verdict
elig_col_applied_eligible = Applied: eligible
elig_col_applied_later = Applied: eligible later
elig_no_candidates = No one in this cycle's roster is screened.
elig_sheet_screening = Screening
elig_sheet_conditions = Conditions
elig_col_eligible_on = Eligible from
elig_col_to_judge = To judge at the assessment
elig_col_applied_q = Applied
elig_col_applied_date = Date applied
elig_col_condition = Condition
elig_col_held = Held
elig_col_held_months = Held (months)
elig_col_required_months = Required (months)
elig_col_held_hours = Held (hours)
elig_col_required_hours = Required (hours)
elig_col_note = Note
elig_col_met = Met
elig_col_expected = Expected on
elig_col_shortfall = Shortfall
elig_to_judge_short = At the assessment
elig_years = { $n } { $n ->
        [one] year
       *[other] years
    }
elig_hours = { $n } { $n ->
        [one] hour
       *[other] hours
    }
elig_none = none
elig_no_level_held = no level held
elig_not_in_roster = not in the roster
elig_unmet_without = { $label }: { $held } ({ $required } required)
elig_col_facts = Key facts
elig_fact_education = Education: { $value }
elig_fact_major = Major: { $value }
elig_fact_experience = Experience: { $value }
elig_fact_years_in_level = In level: { $value }
elig_fact_training = Training: { $value }
elig_fact_title = Title: { $value }
elig_fact_certifications = Certification: { $value }
elig_fact_performance = Ratings: { $value }
elig_overview_unscreened = {" "}{ $n ->
        [one] One more person with a sequence is
       *[other] { $n } more people with a sequence are
    } not screened (listed at the end).
elig_unscreened_count = Not screened
elig_unscreened = People not screened
elig_unscreened_intro = These people have a sequence but no level to be screened for in this cycle and are not in the tables above; with the people screened, they make up everyone the roster puts in a sequence.
elig_col_reason = Reason
elig_not_screened_highest = Holds the sequence's highest level: no level above
elig_not_screened_recertify = ; re-certification not due (after { $years } in the level)
elig_prepared_by = Prepared by
elig_reviewed_by = Reviewed by
elig_approved_by = Approved by
elig_sign_name = Name
elig_sign_date = Date

## Messages: what the command line says (diagnostics, progress, closing lines, --help).
## Their keys are kebab-case; the documents' keys above are snake_case, as templates read them.

label-error = error
label-warning = warning
label-help = help
label-note = note
diagnostics-warnings = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} emitted
diagnostics-errors = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} found
diagnostics-errors-and-warnings = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} found

## Diagnostics about the project's language and locale files.
unknown-language = rungs has no language `{ $tag }`; it speaks { $known }
unknown-language-help = write one of those, or add the language with a file `themes/<theme>/locales/{ $tag }.ftl`
locale-syntax = this is not valid Fluent: { $what }
locale-syntax-help = each string is `key = text` on one line (indent continuation lines); see https://projectfluent.org/fluent/guide/
locale-duplicate = `{ $key }` is given twice in this file
locale-duplicate-help = keep one; the first is used
locale-unknown-key = rungs has no string `{ $key }`, so this changes nothing
locale-unknown-key-suggest = did you mean `{ $suggestion }`?
locale-unknown-key-help = copy the key from rungs' own `themes/default/locales/en.ftl`
locale-incomplete = this file lacks { $missing } of rungs' { $total } strings; they are said in { $base }
locale-incomplete-help = translate the keys missing from this file, copying them from rungs' `{ $base }.ftl`

## The command line's own words.
ui-unknown-language = warning: rungs has no language `{ $tag }` (it speaks { $known }), so it speaks as the project or the locale asks
init-unknown-language = rungs has no starter project in `{ $tag }`; it has { $known }

## `--help`: every command (`cli-<command>`, `-long`, `-examples`) and option
## (`cli-<command>-<option>`, or `cli-arg-<option>` for one several commands share).
cli-heading-usage = Usage:{" "}
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-help-flag = Print help (`--help` says more than `-h`)
cli-version-flag = Print the version
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-error-unknown-argument = unexpected argument `{ $arg }`
cli-error-unknown-command = there is no command `{ $command }`
cli-error-invalid-choice = `{ $value }` is not a value of { $arg }: use one of { $valid }
cli-error-empty-value = { $arg } needs a value
cli-error-invalid-value = `{ $value }` is not a valid value of { $arg }: { $reason }
cli-error-missing-argument = these arguments are required: { $args }
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-missing-command = name a command: `rungs --help` lists them
cli-error-too-many-values = too many values for { $arg } (`{ $value }`)
cli-error-did-you-mean = tip: did you mean `{ $suggestion }`?
cli-error-more = For more, try `--help`.
cli-about = Competency and qualification standards as YAML, published as a handbook site and PDF reports
cli-check = Validate a content project and print every problem found
cli-check-examples =
    Examples:
      rungs check                       check ./content (exit 1 on errors)
      rungs check my/content --records /secure/records
      rungs check --format json         one JSON document, for editors and CI
cli-build = Check, then render the site, the handbook PDF, the sheets, every report and the team summaries into the output folder
cli-build-examples =
    Examples:
      rungs build                       ./content into ./output
      rungs build --only site,handbook  only the public parts (the rest of output/ is kept)
      rungs build --no-cache            render everything again, even what did not change
      rungs build --shard 2/4 --out shard-2   a quarter of the reports (see `rungs merge`)
      rungs build --out public --commit none -j 2
      rungs build --records /secure/records --pdf-a
cli-merge = Join the output folders of every shard of one build (`build --shard K/N`) into one
cli-merge-long =
    Join the output folders of every shard of one build (`build --shard K/N`) into one.

    Each file once, the same bytes wherever it appears, and the shards' manifest slices as one manifest: the result is the unsharded build's, byte for byte.
cli-merge-examples =
    Examples:
      rungs build --shard 1/2 --out shard-1   on one runner
      rungs build --shard 2/2 --out shard-2   on another
      rungs merge shard-1 shard-2 --out output
    See examples/github-actions-sharded.yml for a matrix job.
cli-diff = What changed in the standards between two revisions, and what it does to verdicts
cli-diff-long =
    What changed in the standards between two revisions, and what it does to verdicts.

    The changes in domain terms (competencies, levels, requirements, scoring), and how many records' verdicts, grades and totals the change alters.
cli-diff-examples =
    Examples:
      rungs diff HEAD~1                 what changed since the last commit
      rungs diff content v1 v2 --format md
      rungs diff HEAD~1 --exit-code     exit 3 when a change can alter an evaluation (CI gate)
cli-report = Render the reports of the given employees only (all their cycles)
cli-report-examples =
    Examples:
      rungs report E1001                the reports of one employee, into ./output/reports/
      rungs report content E1001 E1002 --out review
cli-distribute = Bundle one cycle's reports per manager, department or sequence, for handing out
cli-distribute-long =
    Bundle one cycle's reports per manager, department or sequence, for handing out.

    One zip each with its reports, its team summary and its slice of the manifest; optionally password-protected.
cli-distribute-examples =
    Examples:
      rungs distribute --by manager     one zip per manager for the latest cycle
      rungs distribute --by department --encrypt
      rungs distribute --by manager --since old/manifest.json   only reports that changed
cli-send = Mail each bundle of a distribution to its recipient over SMTP, and log every message
cli-send-long =
    Mail each bundle of a distribution to its recipient over SMTP, and log every message.

    A re-run sends only what was not sent or changed since; passwords are never sent.
cli-send-examples =
    Examples:
      rungs send --settings ~/rungs-mail.yaml --dry-run    write each message to distribution/outbox/
      RUNGS_SMTP_PASSWORD=… rungs send --settings ~/rungs-mail.yaml
      rungs send --server smtp.example.com --user hr@example.com --from hr@example.com
cli-template = Write the assessment sheet (xlsx or csv) for one level, empty or pre-filled
cli-template-long =
    Write the assessment sheet (xlsx or csv) for one level, empty or pre-filled.

    A row per employee, a column per field, fact, competency, behaviour, score, exam and KPI, with the allowed values in a notes row (and data validation in xlsx).
cli-template-examples =
    Examples:
      rungs template --sequence sales --level s2 --out s2.xlsx
      rungs template --sequence 销售序列 --level 二级 --with-records 2024H2 --out s2.csv
cli-import = Turn a filled-in assessment sheet into assessment records, or an edited standard workbook into the standard's YAML
cli-import-long =
    Turn a filled-in assessment sheet (xlsx, xls, ods, csv) into assessment records.

    Rows are merged into any existing records and checked like hand-written ones; nothing is written if a row is wrong.

    A standard workbook (`rungs export --format xlsx`) is recognised by its sheets: each changed cell becomes the smallest edit of the YAML, the whole project is checked first, and removals need --allow-removals.
cli-import-examples =
    Examples:
      rungs import s2.xlsx              merge the sheet's rows into ./content/assessments/
      rungs import content scores.csv --cycle 2025H1
      rungs import s2.xlsx --dry-run    check and show what would change
      rungs import content standard.xlsx   the standard workbook's edits into the YAML
cli-export = Export the standard as data: JSON, CSV grids, the standard workbook (xlsx), or CASE 1.1 packages
cli-export-long =
    Export the standard as data: JSON, CSV grids, the standard workbook (xlsx), or CASE 1.1 packages.

    JSON comes with its JSON Schema; CASE is 1EdTech's Competencies and Academic Standards Exchange.
cli-export-examples =
    Examples:
      rungs export --format json > standard.json
      rungs export --format case --out case/
      rungs export --format xlsx --out standard.xlsx
      rungs export --format xlsx --starter --out standard.xlsx   a workbook to fill in from scratch
cli-results = The HR roll-up of assessment results, one row per record (personal data)
cli-results-long =
    The HR roll-up of assessment results, one row per record (personal data).

    Each record's verdict, grade, total, why not qualified and its gaps; never part of the site.
cli-results-examples =
    Examples:
      rungs results --format xlsx --out results.xlsx
      rungs results --cycle 2024H2 --department 华东销售部 --format md
cli-serve = Preview the handbook site while you edit, reloading on every save
cli-serve-long =
    Preview the handbook site while you edit, reloading on every save.

    The site is served from memory and rebuilt on every save; open pages reload, and a broken edit shows its errors over the last good pages.
cli-serve-examples =
    Examples:
      rungs serve                       preview ./content at http://127.0.0.1:1111/
      rungs serve my/content --open     and open it in the browser
      rungs serve --port 0              on any free port
      rungs serve --reports             also preview the reports (personal data; this computer only)
cli-init = Create a new project with a small starter standard
cli-init-long =
    Create a new project with a small starter standard.

    A standard that `check`, `serve` and `build` accept at once, with the JSON Schemas editors use to complete and check the YAML.
cli-init-examples =
    Examples:
      rungs init my-standard            a Chinese starter project in ./my-standard
      rungs init my-standard --lang en  the same in English
      cd my-standard && rungs serve     then preview it as you edit
      rungs init my-standard --from standard.xlsx   a project of a filled-in standard workbook
cli-schema = Write the JSON Schemas editors use to complete and check content files
cli-schema-long =
    Write the JSON Schemas editors use to complete and check content files.

    Draft-07, one per kind of content file, for the YAML language server (VS Code's YAML extension), which completes and checks fields as you type.
cli-schema-examples =
    Examples:
      rungs schema                      write schemas/*.schema.json
      rungs schema --out .vscode/rungs
    Then start each YAML file with its schema line, e.g. in content/competencies/<id>.yaml:
      # yaml-language-server: $schema=../../schemas/competency.schema.json
cli-completions = Print the shell completion script for rungs
cli-completions-examples =
    Examples:
      rungs completions bash > ~/.local/share/bash-completion/completions/rungs
      rungs completions zsh > ~/.zfunc/_rungs
      rungs completions fish > ~/.config/fish/completions/rungs.fish
cli-help = Print the help of rungs or of one command
cli-arg-again = Send even what the log shows as sent (a recipient who lost the message)
cli-build-against = A what-if: evaluate every record against `current` (the content being built) or an edition (by name or git tag) instead of the edition it belongs to. Its reports and summaries say so on every page
cli-report-against = A what-if: evaluate every record against `current` (the content being built) or an edition (by name or git tag) instead of the edition it belongs to. Its reports and summaries say so on every page
cli-results-against = A what-if (试算): evaluate every record against `current` or an edition (by name or git tag) instead of the edition it belongs to (see `build --against`)
cli-arg-allow_unprotected = Send bundles that are not password-protected (`distribute` without `--encrypt`)
cli-arg-allowed_host = Also answer requests for this host name (repeatable); besides it the preview answers only localhost and IP addresses, so a web page cannot reach it by DNS rebinding
cli-diff-args = `[CONTENT] REV [REV2]`: the content folder may come first (default ./content); REV2 defaults to the working tree
cli-report-args = `[CONTENT] EMPLOYEE-ID…`: the content folder may come first (default ./content)
cli-import-args = `[CONTENT] FILE`: the content folder may come first (default ./content)
cli-arg-bind = The address to listen on; the default keeps the preview on this computer
cli-arg-bundles = The folder `rungs distribute` wrote
cli-arg-by = One bundle per manager, department or sequence
cli-arg-ca_file = A PEM file of certificate authorities to trust besides the system's
cli-arg-color = When to colour diagnostics (`auto` colours a terminal unless NO_COLOR is set)
cli-build-commit = The content commit stamped on pages and reports: `auto` (the last commit that touched the content folder, when in git), `none`, or any other text
cli-report-commit = The content commit stamped on pages and reports: `auto` (the last commit that touched the content folder, when in git), `none`, or any other text
cli-distribute-commit = The content commit stamped on reports: `auto`, `none`, or a text of your own
cli-check-content = The content folder (holding rungs.yaml)
cli-build-content = The content folder (holding rungs.yaml)
cli-distribute-content = The content folder (holding rungs.yaml)
cli-send-content = The content folder (holding rungs.yaml): the theme's mail templates and the standard's words
cli-template-content = The content folder (holding rungs.yaml)
cli-export-content = The content folder (holding rungs.yaml)
cli-results-content = The content folder (holding rungs.yaml)
cli-serve-content = The content folder (holding rungs.yaml)
cli-distribute-cycle = The cycle to distribute (default: the latest)
cli-import-cycle = The cycle of rows whose cycle cell is empty
cli-results-cycle = Only this cycle (repeatable)
cli-arg-department = Only this department (repeatable)
cli-arg-dir = The folder to create the project in (it must be missing or empty)
cli-send-dry_run = Write each message as an .eml file in DIR/outbox/ to read; send nothing
cli-import-dry_run = Check and report what would change, writing nothing
cli-arg-encrypt = Protect every file of each bundle (AES-256): each report opens with its employee's password, and the summary and every report with the recipient's. Passwords are kept from the earlier run, generated for whoever has none, or given by `--passwords`; they are listed in passwords.csv, never in a bundle
cli-arg-exit_code = Exit with 3 when a change can alter an evaluation (for CI gates)
cli-arg-export_typst = Also write the Typst project behind the PDFs (templates, fonts, one JSON data file per document) into this folder, for the Typst CLI
cli-build-force = Delete files in the output folder that the previous build did not write, instead of stopping
cli-merge-force = Delete files in the output folder that the previous build did not write, instead of stopping
cli-report-force = Delete files in the output folder that the previous build did not write, instead of stopping
cli-distribute-force = Delete files in the folder that the previous run did not write
cli-check-format = `json` prints one JSON document for machines
cli-diff-format = text (coloured on a terminal), md for a pull request, or json
cli-export-format = json, csv, xlsx or case
cli-results-format = csv, xlsx or md
cli-arg-from = The sender: `人力资源部 <hr@example.com>`
cli-arg-jobs = Worker threads for rendering (default: one per core)
cli-arg-lang = The language rungs speaks in: zh-CN, en, or one the project adds (default: RUNGS_LANG, then the locale's LC_ALL, LC_MESSAGES or LANG, then the project's language)
cli-template-level = The level's id or name (the level assessed for)
cli-results-level = Only records assessed for this level, by id or name (repeatable)
cli-build-list_records = List the records whose verdict changed since the previous build (prints personal data to the terminal)
cli-diff-list_records = Also list each record whose verdict, grade or total changes (personal data)
cli-arg-manager = Only this manager, by id or name (repeatable)
cli-arg-max_size = The largest bundle sent, in MiB (default 20)
cli-arg-new_passwords = With `--encrypt`: generate every password anew instead of keeping the earlier run's
cli-arg-no_cache = Render everything again instead of reusing the outputs whose inputs did not change since the last build
cli-arg-no_reuse = Render every report, reusing nothing
cli-build-only = Build only these parts (comma-separated: site, handbook, word, sheets, reports, summaries, announcements, certificates); the others in the output folder are kept
cli-send-only = Only this bundle (its file name, the team's id or the recipient's name); repeatable
cli-arg-open = Open the preview in the default browser once it is built
cli-build-out = The output folder. rungs replaces it whole on every build, so it must be new, empty, or made by rungs, and outside the content
cli-merge-out = The merged output folder (new, empty, or made by rungs)
cli-report-out = The output folder. rungs replaces it whole on every build, so it must be new, empty, or made by rungs, and outside the content
cli-distribute-out = The folder for the bundles (replaced whole, like a build's output folder)
cli-template-out = The sheet to write: `.xlsx` or `.csv` (UTF-8 with a BOM, for Excel)
cli-export-out = Write files here (a file for json; a folder for csv and case; for xlsx a file ending in .xlsx, or a folder that receives standard.xlsx) instead of standard output
cli-results-out = Write to this file instead of standard output (required for xlsx)
cli-schema-out = The folder to write the schemas into (created if missing)
cli-arg-passwords = A CSV of `id,password` (employees, and each bundle's recipient) to protect with
cli-build-pdf_a = Write PDF/A-2b (archival) PDFs
cli-report-pdf_a = Write PDF/A-2b (archival) PDFs
cli-distribute-pdf_a = Write PDF/A-2b reports (not with `--encrypt`: PDF/A forbids encryption)
cli-arg-per_minute = Messages a minute at most (default 20)
cli-arg-port = The port to listen on (0: any free port, printed at start)
cli-arg-quiet = Print nothing but errors and warnings (no progress bar, no summary)
cli-arg-records = Read the assessment records from this folder (`<cycle>/<employee-id>.yaml`) instead of CONTENT/assessments/, so personal data can live outside the standards' repository
cli-arg-reports = Also render the reports and team summaries and serve them under /reports/, to this computer only (they hold personal data)
cli-arg-reuse = Reuse the reports of this build output folder whose inputs have not changed (checked against its reports/manifest.json), instead of rendering them again
cli-template-sequence = The sequence's id or name
cli-results-sequence = Only this sequence, by id or name (repeatable)
cli-arg-server = The mail server (instead of, or over, the settings file)
cli-arg-settings = The mail settings (YAML: server, port, tls, user, from, reply_to, per_minute, max_size_mib, ca_file), kept outside the content repository
cli-arg-shard = Build one shard of several (K of N, as 2/4): the reports of a stable 1/N of the employees, by id; shard 1 also builds the site, the handbook, the sheets and the summaries. Join the shards' folders with `rungs merge`
cli-arg-shards = The shards' output folders
cli-arg-shell = bash, zsh, fish, elvish or powershell
cli-arg-since = Bundle only reports that are new or changed since this earlier manifest (`manifest.json` or `manifest.csv`), and list them
cli-arg-skip_bad = Write the good rows and list the bad ones, instead of writing nothing
cli-arg-tls = starttls (port 587), implicit (465), or none (a server on this computer only)
cli-arg-user = The account to log in with; its password comes from RUNGS_SMTP_PASSWORD or a prompt, never a file
cli-arg-verbose = Also print what each step did and how long it took (and, in `serve`, the files each rebuild saw change)
cli-arg-with_records = Fill the sheet with this cycle's records assessed for the level
cli-arg-yes = Send without asking: the recipients are listed first all the same

## A label before a line the command line prints: `error: …`, `help: …`.
labelled = { $label }: { $text }
## Diagnostics about sequences, levels, their basic conditions and scoring, assessment records,
## the reporting line and dates (src/check/sequences.rs, conditions.rs, managers.rs,
## assessments/, src/model/date.rs). A `-help` key whose text selects on `$case` names the
## closest known id (`suggest`), says none is defined (`none`), lists them (`list`), or says
## none of `$count` is close to `$word` (`many`).
sequence-no-levels = the sequence has no levels
sequence-no-levels-help = add `levels:`, lowest first
sequence-module-exam-and-kpi = the module `{ $module }` is both the exam and scored from KPIs
sequence-module-exam-and-kpi-help = keep `exam: true` (scored by `written_exam`) or `kpi: true` (scored from the KPI results)
sequence-kpi-module-items = the KPI module `{ $module }` has items
sequence-kpi-module-items-help = a KPI module is scored from the KPI results as one number: remove its items or `kpi: true`
sequence-exam-module-items = the exam module `{ $module }` has items
sequence-exam-module-items-help = an exam module is scored by the record's `written_exam` as one number: remove its items or `exam: true`
sequence-several-exams = sequence `{ $sequence }` has more than one exam module
sequence-several-exams-help = a record has one `written_exam` score, so keep one module with `exam: true`
sequence-required-twice = `{ $competency }` is required twice at level `{ $level }`
sequence-required-twice-help = keep one entry per competency
sequence-key-dropped = `{ $competency }` is key at the level below; without `key` it becomes normal here
sequence-key-dropped-help = write `key: true` to keep it key, or `key: false` to make it normal on purpose
sequence-required-lower = `{ $competency }` is required at level { $here } here but { $below } at the level below
sequence-required-lower-help = higher levels usually require at least as much; check the number, or remove the line to inherit
sequence-pass-out-of-range = the pass mark { $pass } is outside 0–{ $total } (the level's total)
sequence-pass-out-of-range-help = lower `pass`, or raise the module points
sequence-unknown-module = there is no scoring module `{ $module }` in this sequence
sequence-negative-points = points cannot be negative
sequence-negative-points-help = write the module's points, 0 or more
module-unknown-item = module `{ $module }` has no item `{ $item }`
sequence-item-without-points = module `{ $module }` gives no points for item `{ $item }`
sequence-item-without-points-help = add `{ $item }: <points>` under `items:` (0 if the item does not count at this level)
sequence-items-mismatch = the items of `{ $module }` add up to { $sum } but the module is worth { $points }
sequence-items-mismatch-help = make the item points add up to { $points }, or set `points: { $sum }`
sequence-items-without-points = module `{ $module }` has items but this level gives them no points
sequence-items-without-points-help = add `items: {"{"} <item>: <points>, … {"}"}` adding up to the module's points
sequence-module-without-items = module `{ $module }` has no items, so it cannot take item points
sequence-module-without-items-help = remove `items:`, or define the items under `scoring_modules:`
sequence-total-mismatch = the modules add up to { $sum } but `total` is { $total }
sequence-total-mismatch-help = change the module points so they add up to { $total }, or write `total: { $sum }`
sequence-inherited-total-mismatch = with this level's modules the scoring adds up to { $sum } but the total is { $total }, inherited from `{ $name }` ({ $level })
sequence-inherited-total-mismatch-help = a level inherits the total of the level below: change the module points so they add up to { $total }, or write `total: { $sum }` under this level's `scoring:`
sequence-contribution-kind-and-kinds = a contribution requirement has both `kind` and `kinds`
sequence-contribution-no-kind = a contribution requirement names no kind
sequence-contribution-kind-help = write `kind: <kind>` for one kind, or `kinds: [<kind>, …]` for at least `count` from any of them
sequence-contribution-zero = this must be at least 1
sequence-contribution-zero-help = `count` is how many contributions are needed; `within` how many latest cycles count (1: this one)
sequence-kpi-module-unscorable = `{ $module }` is scored from KPIs but no KPI of the sequence is scored
sequence-kpi-module-unscorable-help = give a KPI `target`, `weight` and `scoring:` (a deduction or a table)
condition-lower-than-below = `{ $field }` asks less here than at the level below ({ $here } here, { $below } at the level below)
condition-lower-than-below-help = higher levels usually ask at least as much; check the value, or remove it to inherit
condition-any-of-too-few = `any_of` needs at least two alternatives
condition-any-of-too-few-help = list each way to qualify, e.g. `- {"{"} education: bachelor, experience_years: 3 {"}"}` and `- {"{"} education: associate, experience_years: 5 {"}"}`; one alone is a plain condition
condition-empty-alternative = an alternative with no condition
condition-empty-alternative-help = give it education, experience_years, years_in_level, training_hours, major or title
condition-no-major = `major` lists no major
condition-no-major-help = list the accepted majors or fields, e.g. [市场营销, 工商管理], or remove `major`
condition-unknown-title = `{ $title }` is not a professional title
condition-no-title-scale-help = list the titles, lowest first, as `professional_titles: [初级, 中级, 高级]` in rungs.yaml
condition-performance-incomplete = `no_consecutive` and `rating` go together
condition-performance-incomplete-help = write e.g. `no_consecutive: 2` with `rating: C` (no two consecutive C or worse)
condition-performance-last = `last` must be at least 1
condition-performance-last-help = the number of latest ratings the rule looks at, e.g. 3
condition-performance-never-fires = { $consecutive } consecutive ratings cannot occur among the latest { $last }: the rule never fails
condition-performance-never-fires-help = lower `no_consecutive` to { $last } or less, or raise `last`
condition-negative = { $value } is negative
condition-negative-help = write a number of years or hours, 0 or more
manager-bad-email = `{ $email }` is not an email address
manager-bad-email-help = write one address like `name@example.com`, or leave `email` out
unknown-manager = manager `{ $manager }` has no name and is not an employee with a record
unknown-manager-help = give the manager a `name`, or use the employee id of an assessed employee
unknown-manager-suggest = did you mean employee `{ $candidate }`? Or give the manager a `name`
manager-name-mismatch = manager `{ $manager }` is named `{ $name }` here but `{ $first }` in `{ $file }`
manager-name-mismatch-help = one id is one person: correct the name, or give the other person an id of their own
manager-email-mismatch = manager `{ $manager }` has email `{ $email }` here but `{ $first }` in `{ $file }`
manager-email-mismatch-help = bundles are sent to one address per manager: use the same email in every record
manager-reporting-loop = the reporting line loops in cycle { $cycle }: { $chain }
manager-reporting-loop-help = someone in the loop reports to someone outside it: correct that record's `manager`
record-duplicate = employee `{ $employee }` already has a record for cycle `{ $cycle }`
record-duplicate-help = the first is { $file }; keep one record per employee per cycle
record-unsafe-employee-id = `{ $id }` is not a valid employee id
record-unsafe-cycle = `{ $cycle }` is not a valid cycle
record-unsafe-id-help = use letters, digits, `-` and `_` only (at most 64), starting with a letter or digit: it becomes a file name
record-unknown-edition = edition `{ $edition }` is not the current one, and no git tag holds it
record-unknown-edition-help = the record is checked and evaluated against the current edition; tag that edition in git (see `editions.tag_pattern`) or correct the name
record-before-every-edition = the record is dated { $date }, before any edition known took effect (the earliest, { $first }, took effect on { $effective })
record-before-every-edition-help = the record is checked and evaluated against the current edition, { $current }; write `edition:` naming the edition it was assessed against (and tag that edition in git), or correct `date`
record-unknown-contribution-kind = there is no contribution kind `{ $kind }`
record-file-name-mismatch = the file is named `{ $stem }` but the record is for `{ $employee }`
record-file-name-mismatch-help = rename it to assessments/{ $folder }/{ $employee }.yaml
record-cycle-folder-mismatch = the record is for cycle `{ $cycle }` but lies in folder `{ $folder }`
record-cycle-folder-mismatch-help = move it to assessments/{ $cycle }/ or correct `cycle:`
record-unknown-module = level `{ $level }` has no scoring module `{ $module }`
record-score-from-kpis = `{ $module }` is scored from the KPI results
record-score-from-kpis-help = give the results under `kpis:` at the top level of the record
record-score-is-exam = `{ $module }` is the written exam
record-score-is-exam-help = give the exam score as `written_exam:` at the top level of the record
record-score-per-item = module `{ $module }` is scored per item, not as one number ({ $score })
record-score-per-item-help = write `{ $module }: {"{"} { $items } {"}"}`
record-score-not-per-item = module `{ $module }` has no items; give one number
record-score-not-per-item-help = write `{ $module }: <score out of { $points }>`
record-score-out-of-range = `{ $module }` scores { $score } but is worth 0–{ $points }
record-item-score-out-of-range = item `{ $item }` of `{ $module }` scores { $score } but is worth 0–{ $points }
record-exam-out-of-range = the written exam scores { $score } but is worth 0–{ $points }
record-score-out-of-range-help = give a score between 0 and { $points }
record-item-unscored = item `{ $item }` of `{ $module }` is not scored; it counts as 0
record-item-unscored-help = add `{ $item }: <score>` to `{ $module }`
record-module-unscored = module `{ $module }` is not scored; it counts as 0
record-module-unscored-help = add `{ $module }:` under `scores:`
record-exam-unscored-help = add `written_exam: <score>`
record-no-exam-module = level `{ $level }` has no exam module; `written_exam` is ignored
record-no-exam-module-help = remove it, or add a module with `exam: true` to the level's scoring
record-unknown-sequence = there is no sequence `{ $sequence }`
record-unknown-level = sequence `{ $sequence }` has no level `{ $level }`
record-position-level-one = position `{ $position }` is open only at `{ $at }`, not at `{ $level }`
record-position-level = position `{ $position }` is open from `{ $from }` to `{ $to }`, not at `{ $level }`
record-position-level-help = check `position` and the level applied for
record-no-target-level = the record names neither `applied_level` nor `current_level`
record-no-target-level-help = add `applied_level: <level id>` (the level being assessed for)
record-applies-below-current = applies for `{ $applied }`, below the current level `{ $current }`
record-applies-below-current-help = check the two levels; a re-certification leaves `applied_level` out
record-skips-levels = applies for `{ $applied }`, { $count } levels above the current level `{ $current }` (a skip-level application)
record-skips-levels-help = skip-level applications are allowed and flagged in the report; check that the level applied for is right
record-unknown-rating = `{ $rating }` is not a performance rating
record-unknown-rating-help = use one of { $ratings } (set `performance_ratings` in rungs.yaml to change them)
record-negative-fact = { $value } is negative
record-negative-fact-help = write 0 or more
record-unknown-condition = level `{ $level }` has no condition `{ $condition }`; the fact is ignored
record-missing-fact = level `{ $level }` has a `{ $fact }` condition but the record gives no `facts.{ $fact }`
record-missing-fact-help = without the fact the condition counts as unmet; add it under `facts:`
record-unread-fact = level `{ $level }` has no `{ $fact }` condition; the fact is ignored
record-unread-fact-help = facts the level reads: { $read }; remove `{ $fact }` from `facts`, or check the level applied for
record-unread-fact-help-none = the level reads no facts; remove `{ $fact }` from `facts`, or check the level applied for
record-unknown-competency = there is no competency `{ $competency }`
record-competency-not-required = level `{ $level }` does not require `{ $competency }`; it is shown but not graded
record-competency-not-required-help = remove it, or check `applied_level` and `position`
record-competency-not-assessed = level `{ $level }` requires `{ $competency }` but the record does not assess it
record-competency-not-assessed-help = add `{ $competency }: { $how }` under `competencies:`; until then it counts as unmet
record-one-line-graded = `{ $competency }` is a one-line standard, met or not
record-one-line-no-met = the assessment of `{ $competency }` says neither met nor not
record-one-line-help = write `{"{"} met: true {"}"}` or `{"{"} met: false {"}"}`
record-graded-met = `{ $competency }` is graded; record the level achieved, not `met`
record-graded-no-level = the assessment of `{ $competency }` gives no level
record-graded-help = write `{"{"} level: N {"}"}` (0 when not yet at level 1)
record-level-out-of-range = `{ $competency }` is graded 0–{ $max }; level { $level } does not exist
record-level-out-of-range-help = record a level between 0 and { $max }
record-unknown-activity = sequence `{ $sequence }` has no activity `{ $activity }`
record-activity-not-required = level `{ $level }` does not require activity `{ $activity }`; it is shown but not graded
record-activity-not-required-help = remove it, or check `applied_level`
record-activity-not-assessed = level `{ $level }` requires activity `{ $activity }` but the record does not assess it
record-activity-not-assessed-help = add `{ $activity }: {"{"} met: true {"}"}` (or false) under `behaviours:`; until then it counts as not met
record-unknown-kpi = sequence `{ $sequence }` has no KPI `{ $kpi }`
record-kpi-not-measured = position `{ $position }` is not measured on `{ $kpi }`; the result is ignored
record-kpi-not-measured-help = remove it, or check `position`
record-kpi-missing = no result for KPI `{ $kpi }`; it scores 0
record-kpi-missing-help = add `{ $kpi }: <result>` under `kpis:`
record-unknown-reference = sequence `{ $sequence }` has no reference item `{ $item }` read from the record
record-reference-computed = `{ $item }` is computed (from the ratings or the KPIs); remove it here
date-malformed = `{ $text }` is not a date in the form YYYY-MM-DD
date-month-out-of-range = `{ $text }` has month { $month }; months run from 01 to 12
date-day-out-of-range = `{ $text }` does not exist: month { $month } of { $year } has { $days } days
## Diagnostics of loading and checking content (src/load, src/check's shared helpers and
## the rules for settings, the dictionary, positions, KPIs, plans, behaviours, pages, outputs).

# Nouns said inside the generic messages below. Those of ids take `$form`: `known` names the
# list of them ("the known competency ids are …"); otherwise one ("competency").
noun-activity = { $form ->
    [known] activity ids
   *[one] activity
}
noun-behaviour-module = { $form ->
    [known] behaviour module ids
   *[one] behaviour module
}
noun-category = { $form ->
    [known] category ids
   *[one] category
}
noun-competency = { $form ->
    [known] competency ids
   *[one] competency
}
noun-condition = { $form ->
    [known] condition ids
   *[one] condition
}
noun-contribution-kind = { $form ->
    [known] contribution kind ids
   *[one] contribution kind
}
noun-item = { $form ->
    [known] item ids
   *[one] item
}
noun-kpi = { $form ->
    [known] KPI ids
   *[one] KPI
}
noun-level = { $form ->
    [known] level ids
   *[one] level
}
noun-position = { $form ->
    [known] position ids
   *[one] position
}
noun-reference-item = { $form ->
    [known] reference item ids
   *[one] reference item
}
noun-scoring-item = { $form ->
    [known] scoring item ids
   *[one] scoring item
}
noun-scoring-module = { $form ->
    [known] scoring module ids
   *[one] scoring module
}
noun-sequence = { $form ->
    [known] sequence ids
   *[one] sequence
}
noun-theme = { $form ->
    [known] theme ids
   *[one] theme
}
noun-employee-id = { $form ->
    [known] employee ids
   *[one] employee id
}
noun-professional-title = { $form ->
    [known] professional titles
   *[one] professional title
}
noun-department = { $form ->
    [known] departments
   *[one] department
}
noun-cycle = { $form ->
    [known] cycles
   *[one] cycle
}
noun-column = { $form ->
    [known] columns
   *[one] column
}
noun-manager = { $form ->
    [known] manager ids
   *[one] manager
}
noun-activity-name = activity name
noun-assessor-name = assessor name
noun-behaviour-module-name = behaviour module name
noun-category-name = category name
noun-competency-level-title = level title
noun-competency-name = competency name
noun-contribution-kind-name = contribution kind name
noun-criterion = criterion
noun-edition = edition
noun-level-name = level name
noun-level-title = level title
noun-manager-id = manager id
noun-manager-name = manager name
noun-name = name
noun-one-line-standard = one-line standard
noun-organisation = organisation
noun-owner = owner
noun-page-title = page title
noun-plan-goal = plan goal
noun-position-name = position name
noun-reference-item-name = reference item name
noun-sequence-name = sequence name
noun-title = title
# What a list over its budget holds: always more than one.
count-competencies = competencies
count-sequences = sequences
count-levels = levels
count-key-points = key points
count-level-behaviours = behaviours in one level
count-level-competencies = competencies required by one level
count-plan-items = development plan items
# Where the known ids are defined, after a did-you-mean help.
hint-activities = activities are listed under `behaviour_standards:`
hint-categories = categories are listed in rungs.yaml
hint-competencies = competencies live in competencies/<id>.yaml
hint-kinds = kinds are listed in rungs.yaml
hint-kpis = KPIs are listed under the sequence's `kpis:`
hint-levels-of-sequence = levels of this sequence
hint-positions-of-sequence = positions of sequence `{ $sequence }`
hint-modules = modules are listed under `scoring_modules:`
hint-professional-titles = `professional_titles` in rungs.yaml

suggest-did-you-mean = did you mean `{ $suggestion }`?
suggest-none-defined = no { $what } is defined yet
suggest-known = the known { $known } are { $list }
suggest-none-close = none of the { $count } known { $known } is close to `{ $word }`
suggest-with-hint = { $help } ({ $hint })

check-id-help = ids use lowercase letters a–z, digits and `-`, start with a letter or digit, and are at most 64 characters (e.g. `customer-orientation`)
check-invalid-id = `{ $id }` is not a valid { $what } id
check-invalid-page-id = the page file name `{ $id }` is not a valid id
check-reserved-id = `{ $id }` cannot be a { $what } id: rungs generates a page of that name
check-reserved-id-help = choose another id; { $count ->
    [one] `{ $last }` is
   *[other] { $rest } and `{ $last }` are
} reserved for { $what } ids
check-first-defined-here = first defined here
check-first-record-here = the first record
check-duplicate-id = the { $what } id `{ $id }` is already used
check-duplicate-id-help = ids must be unique: give this { $what } another id (the first is at { $file }:{ $line })
check-unknown-reference = there is no { $what } `{ $id }`
check-too-many = { $count } { $what }; the limit is { $limit }
check-too-many-help = this is item { $item }: split the list, or keep the { $limit } that matter most
check-too-many-files-help = this file is the { $position }th: a standard that large cannot be printed as one handbook; split it into several content projects
check-char-nul = NUL
check-char-tab = a tab
check-char-line-break = a line break
check-control-character = the { $what } holds the control character { $code }
check-control-character-named = the { $what } holds the control character { $code } ({ $name })
check-control-character-help = remove it: the { $what } is shown in headings and tables and may become part of a file name, where control characters are invisible or refused (a quoted `\t`, `\n` or `\0`, or a `|` block, puts one there)
check-name-too-long = the { $what } has { $count } characters; the limit is { $limit }
check-name-too-long-help = shorten the { $what }: it shows in headings, navigation and tables, so its length multiplies; put the detail in a description
check-empty-name = the { $what } is empty
check-empty-name-help = write the { $what }
check-ratings-empty = performance_ratings is empty
check-ratings-empty-help = list the ratings, best first, e.g. [S, A, B, C, D]
check-share-out-of-range = b_max_normal_unmet is { $value }; it is a share between 0 and 1
check-share-out-of-range-help = write 0.15 for 15 %
check-grade-counts-nothing = the grade counts nothing
check-grade-counts-nothing-help = list what the grade counts: [competencies, behaviours], or one of them
check-invalid-date = `{ $text }` is not a date in the form YYYY-MM-DD
check-invalid-date-month = `{ $text }` has month { $month }; months run from 01 to 12
check-invalid-date-day = `{ $text }` does not exist: month { $month } of { $year } has { $days } days
check-invalid-date-help = write dates as YYYY-MM-DD, e.g. 2013-10-10
check-url-invalid = `{ $text }` is not a URL ({ $reason })
check-url-reason-relative = relative URL without a base
check-url-reason-empty-host = empty host
check-url-reason-port = invalid port number
check-url-reason-domain-character = invalid domain character
check-url-reason-idna = invalid international domain name
check-url-reason-ip = invalid { $version } address
check-url-not-http = `{ $text }` is a `{ $scheme }:` URL; the site's address starts with https:// or http://
check-url-query = `{ $text }` has a query or fragment; give the site's folder address
check-url-help = write the address the site is published at, e.g. https://hr.example.com/standards/
check-file-name-too-long = this name makes a file name of { $bytes } bytes ({ $named }); file systems allow { $limit }
check-file-name-too-long-help = shorten it: with { $added }, the file name must fit in { $limit } bytes — a Chinese character takes 3, an emoji 4, and only the first 80 characters are used
check-file-name-report = the employee's report in a bundle
check-file-name-report-added = the employee id, the cycle and `.pdf`
check-file-name-department = the department's summaries and bundles
check-file-name-department-added = the cycle, `.zip` and a number when two departments' names meet
check-file-name-manager = the manager's team summaries and bundles
check-file-name-manager-added = the manager id, the cycle, `.zip` and a number when two teams' names meet
check-missing-glyph = no font has a glyph for `{ $character }` ({ $code }); PDFs will show a blank box
check-missing-glyph-help = replace the character, or add a font that has it to the content project's fonts/ folder
check-output-collision = { $what } would be written to `{ $path }`, where { $other } already goes
check-output-collision-case = { $what } would be written to `{ $path }`, which differs only by case from `{ $other_path }` ({ $other }); they are one file on Windows and macOS
check-output-collision-help = rename an id so the two outputs differ (the other comes from { $file })
check-output-home = the home page
check-output-dictionary = the competency dictionary
check-output-scoring = the scoring rules page
check-output-not-found = the 404 page
check-output-sequence = sequence `{ $id }`
check-output-picker = the level picker of `{ $id }`
check-output-level = level `{ $id }`
check-output-compare = the comparison of `{ $from }` and `{ $to }`
check-output-position = position `{ $id }`
check-output-competency = competency `{ $id }`
check-output-page = page `{ $id }`
check-output-report = the report of `{ $employee_id }` for cycle `{ $cycle }`
check-page-title-empty = the page title is empty
check-page-title-empty-help = give the page a title
check-position-range-backwards = the range of `{ $id }` runs from `{ $from }` down to `{ $to }`
check-position-range-backwards-help = write the lower level as `from` and the higher as `to`
check-kpi-weight-negative = the weight of `{ $id }` is negative
check-kpi-weight-negative-help = write the KPI's points in the KPI score, e.g. `weight: 40`
check-kpi-no-target = `{ $id }` is scored but has no target
check-kpi-no-target-help = add `target: <number>` (e.g. `target: 100` for 100 %)
check-kpi-no-weight = `{ $id }` is scored but has no weight
check-kpi-no-weight-help = add `weight: <points>`: what the KPI is worth at target
check-kpi-rule-choice = `{ $id }` needs exactly one of `deduct` and `table`
check-kpi-rule-choice-help = `deduct: {"{"} step: 5, points: 10 {"}"}` takes 10 points off for each 5 short of target; `table:` lists bands, best first
check-kpi-deduct = a deduction needs a step above 0 and points of 0 or more
check-kpi-deduct-help = e.g. `deduct: {"{"} step: 5, points: 10 {"}"}`: 10 points off for each whole 5 short of target
check-kpi-band-points = a band worth { $points } points, outside 0–{ $weight } (the weight)
check-kpi-band-points-help = a band gives part or all of the KPI's weight
check-kpi-bands-order = the bands of `{ $id }` are not in order, best first
check-kpi-bands-order-help-higher = list the bands from the highest `from` down, each worth no more than the one before
check-kpi-bands-order-help-lower = list the bands from the lowest `from` down, each worth no more than the one before
check-levels-and-standard = the competency has both graded `levels` and a one-line `standard`
check-levels-and-standard-help = keep `levels:` to grade it 1, 2, 3 …, or `standard:` to assess it met or not
check-no-graded-levels = the competency has no graded levels
check-no-graded-levels-help = add `levels:` with level 1, 2, … and their behaviours
check-no-levels-nor-standard = the competency has neither graded `levels` nor a one-line `standard`
check-no-levels-nor-standard-help = add `levels:` with level 1, 2, … and their behaviours, or `standard: <one line>` to assess it met or not
check-level-numbering = this is graded level { $level } but it is entry { $entry }
check-level-numbering-help = number the levels 1, 2, 3 … in order without gaps; write `level: { $entry }` here
check-no-behaviours = level { $level } lists no behaviours
check-no-behaviours-help = describe what a person at this level is seen to do
check-file-name-mismatch = the file is named `{ $stem }` but holds `{ $id }`
check-file-name-mismatch-help = rename the file to `{ $path }` so reviewers find it by its id
check-plan-overdue = this plan item was due on { $due } and has no status (the latest assessment is dated { $latest })
check-plan-overdue-help = add `status: done`, `in-progress` or `dropped`, or move `due:` to a later date
check-cycle-order = cycle `{ $cycle }` is dated { $date } but the earlier cycle `{ $earlier }` is dated { $earlier_date }
check-cycle-order-help = cycles are ordered by name (2024H1 before 2024H2): check the record's `date:` or `cycle:`
check-criterion-unknown-level = the sequence has no level `{ $level }`
check-activity-required-twice = activity `{ $id }` is required twice at level `{ $level }`
check-activity-required-twice-help = keep one entry per activity
check-activity-key-dropped = `{ $id }` is key at the level below; without `key` it becomes normal here
check-key-dropped-help = write `key: true` to keep it key, or `key: false` to make it normal on purpose
check-no-criterion = activity `{ $id }` has no criterion at level `{ $level }` or below
check-no-criterion-help = add `{ $level }: <what it looks like at this level>` under the activity's `criteria:`
check-one-line-has-no-level = `{ $id }` is a one-line standard, met or not; it has no level { $level }
check-one-line-has-no-level-help = leave `level` out
check-requirement-no-level = the requirement of `{ $id }` gives no `level`
check-requirement-no-level-help = add `level: N` (1–{ $max })
check-requirement-level-out-of-range = `{ $id }` is graded 1–{ $max }; level { $level } does not exist
check-requirement-level-out-of-range-help = require a level between 1 and { $max }, or add the level to competencies/{ $id }.yaml

load-records-ignored = the content folder's own `assessments/` is not read: `--records` names another folder
load-records-ignored-help = keep records in one place: move them to the `--records` folder, or drop the option
load-symlink = this is a symbolic link; rungs does not follow links, so it is not read
load-symlink-help = replace the link with the file itself, so the content is the same in git and on every machine
load-file-too-large-for-it = this file has { $size } bytes; the limit for it is { $limit }
load-font-too-large-help = use a font of at most 32 MiB (subset it to the characters the content uses, as scripts/subset-fonts.sh does)
load-theme-file-too-large-help = theme files (templates, styles, scripts, Typst templates) are at most 8 MiB; move large images or data out of the theme
load-file-too-large-split-help = split the content into several files
load-misplaced-file = this file is not in a place rungs reads
load-misplaced-record-help = move it into a cycle folder: assessments/<cycle>/<employee-id>.yaml
load-misplaced-file-help = content files go in rungs.yaml, competencies/, sequences/, pages/ or assessments/<cycle>/; this one is ignored
load-empty-content = the content folder `{ $folder }` is empty
load-missing-settings = the content folder has no rungs.yaml
load-missing-settings-help = create rungs.yaml with the handbook's title, organisation, edition and other settings (see docs/content-model.md)
load-empty-file = this file is empty
load-empty-file-help = write the document's fields, or delete the file
load-file-too-large = this file has { $size } bytes; the limit is { $limit }
load-file-too-large-help = split it into several files (one competency, sequence or record per file)
load-not-utf8 = this file is not valid UTF-8
load-not-utf8-help = save the file as UTF-8 (files saved as GBK/GB2312 by older editors must be converted, e.g. `iconv -f GBK -t UTF-8`)
load-missing-front-matter = a page must start with front matter between `---` lines
load-missing-front-matter-help = begin the file with `---`, a line `title: …`, and a closing `---`
load-unclosed-front-matter = the front matter opened on line 1 is never closed
load-unclosed-front-matter-help = add a line with only `---` after the front matter fields

# What the YAML parser found wrong, worded for an author.
yaml-tab = a tab in the indentation
yaml-tab-help = YAML indents with spaces only: replace the tab with spaces
yaml-multiple-documents = this file holds a second YAML document
yaml-multiple-documents-help = one file holds one YAML document: remove the `---` line and what follows, or move it into a file of its own
yaml-age-or-gender = unknown field `{ $field }`: rungs does not gate on age or gender
yaml-age-or-gender-help = remove it: age and gender say nothing about competence, and screening by them is discrimination the Employment Promotion Law forbids (see docs/content-model.md, "No age or gender conditions")
yaml-unknown-field = unknown field `{ $field }`
yaml-unknown-field-suggest = did you mean `{ $suggestion }`? (field names are case-sensitive)
yaml-unknown-field-help = the fields allowed here are { $fields }
yaml-unknown-value = `{ $value }` is not an allowed value here
yaml-unknown-value-help = use one of { $values }
yaml-missing-field = missing field `{ $field }`
yaml-missing-field-help = add `{ $field }:` with a value to this mapping (see the format reference in docs/content-model.md)
yaml-duplicate-key = the key `{ $key }` appears twice in this mapping
yaml-duplicate-key-unnamed = a key appears twice in this mapping
yaml-duplicate-key-help = remove or rename the second one
yaml-expected-whole-number = expected a whole number here
yaml-expected-whole-number-help = write digits only, e.g. `3`
yaml-expected-number = expected a number here
yaml-expected-number-help = write a number such as `3` or `2.5`
yaml-expected-boolean = expected `true` or `false` here
yaml-expected-boolean-help = write `true` or `false`
yaml-expected-found = expected { $expected }, found { $found }
yaml-expected = expected { $expected }
yaml-expected-here = expected { $expected } here
yaml-type-help = check the value's type against the format reference in docs/content-model.md (quote text that looks like a number or a date)
yaml-expected-text-found-nothing = expected text here, found nothing
yaml-expected-text-found-nothing-help = write the text after the `:`, or remove the field
yaml-text-too-long = this text has { $count } characters; the limit is { $limit }
yaml-text-too-long-help = shorten it, or move the detail into a page of its own (`pages/*.md`, which has no such limit) and refer to it
yaml-expected-score = expected one number, or item scores such as `{"{"} dedication: 3, cooperation: 2 {"}"}`
yaml-expected-score-help = a module without items takes one number; a module with items takes a mapping of item scores
yaml-limit = the document exceeds rungs' limits ({ $what })
yaml-limit-help = write the values out plainly: nesting is limited to 32 levels and aliases to 1,000
yaml-limit-aliases = aliases expand too far
yaml-limit-aliases-count = more than 1,000 aliases
yaml-limit-anchors = more than 1,000 anchors
yaml-limit-depth = nested more than 32 levels deep
yaml-limit-nodes = more than 200,000 values
yaml-limit-documents = more than one document
yaml-syntax = { $what }
yaml-syntax-help = fix the YAML syntax at this position (check indentation, a missing `:` or an unclosed quote or bracket)
# What a value should have been, and what stood there instead.
yaml-kind-mapping-written = a mapping (`key: value` lines, or `{"{"} … {"}"}`)
yaml-kind-list-written = a list (`- item` lines, or `[ … ]`)
yaml-kind-text = text
yaml-kind-value = a single value
yaml-kind-a-string = a string
yaml-kind-a-boolean = a boolean
yaml-kind-a-sequence = a sequence
yaml-kind-a-map = a map
yaml-kind-integer = a whole number
yaml-kind-float = a number
yaml-kind-struct = a mapping
yaml-found-boolean = boolean `{ $value }`
yaml-found-integer = integer `{ $value }`
yaml-found-float = floating point `{ $value }`
yaml-found-string = string "{ $value }"
yaml-found-sequence = sequence
yaml-found-map = map
yaml-found-unit = unit value
# The YAML parser's words for the usual syntax errors.
yaml-unclosed-quote = unclosed quote
yaml-unclosed-bracket = unclosed bracket '{ $open }'
yaml-mismatched-bracket = mismatched bracket '{ $open }' closed by '{ $close }'
yaml-misplaced-bracket = misplaced bracket
yaml-unexpected-character = unexpected character `{ $character }`
yaml-invalid-indentation = invalid indentation
yaml-mapping-values-not-allowed = mapping values are not allowed in this context
yaml-expected-key = while parsing a block mapping, did not find expected key
yaml-flow-mapping-separator = while parsing a flow mapping, did not find expected ',' or '{"}"}'
yaml-flow-sequence-separator = while parsing a flow sequence, expected ',' or ']'
yaml-expected-dash = while parsing a block collection, did not find expected '-' indicator
yaml-expected-content = while parsing a node, did not find expected node content
yaml-expected-colon = simple key expected ':'
yaml-key-too-long = simple key is no longer valid
yaml-colon-space = ':' must be followed by a valid YAML whitespace
yaml-colon-placement = illegal placement of ':' indicator
yaml-dash-space = '-' must be followed by a valid YAML whitespace
yaml-sequence-not-allowed = block sequence entries are not allowed in this context
yaml-key-not-allowed = mapping keys are not allowed in this context
yaml-unknown-anchor = alias references unknown anchor
yaml-unknown-escape = while parsing a quoted scalar, found unknown escape character
yaml-block-indentation = wrongly indented line in block scalar
yaml-quoted-indentation = invalid indentation in multiline quoted scalar
yaml-after-double-quote = invalid trailing content after double-quoted scalar
yaml-after-single-quote = invalid trailing content after single-quoted scalar
yaml-comment-space = comments must be separated from other tokens by whitespace
yaml-tab-indentation = tab cannot be used as indentation
yaml-tab-not-allowed = tabs disallowed in this context
yaml-tab-block = tabs disallowed within this context (block indentation)
yaml-tab-in-text = while scanning a plain scalar, found a tab
yaml-unexpected-end = unexpected eof
yaml-end-of-input = unexpected end of input
yaml-enum-shape = externally tagged enum expected scalar or mapping
yaml-enum-value = unexpected value for unit enum variant
yaml-folded-indentation = folded block scalars must indent their content
yaml-merge-value = YAML merge value must be mapping or sequence of mappings
## The command line: progress, closing lines, notes, and why a command stopped.

# Content sources.
source-not-found = content folder `{ $path }` does not exist (pass the folder that holds rungs.yaml)
source-not-a-folder = `{ $path }` is not a folder (pass the folder that holds rungs.yaml)
source-too-many-entries = `{ $path }` holds more than { $limit } files; is it the right folder?
source-cannot-read = cannot read `{ $path }`: { $error }

# The content's git history.
history-not-a-repository = `{ $path }` is not inside a git repository (run `git init` and commit the content first)
history-unknown-revision = `{ $rev }` does not name a commit ({ $error }); try a commit hash, a tag, a branch or HEAD~1
history-no-content-at = the content folder `{ $folder }` does not exist at `{ $rev }`
history-git = cannot read the git repository: { $error }

# Writing an output folder.
publish-cannot-write = cannot write `{ $path }`: { $error }
publish-cannot-write-help = check that the disk has space and the folder is writable, then run again; the previous output is unchanged
publish-refused = refusing to write into `{ $out }`: { $reason }
publish-refused-help = pass `--out` a new or empty folder outside the content (rungs replaces the folder's contents on every build)
publish-refused-root = it is the root of the file system
publish-refused-home = it is, or holds, the home folder `{ $home }`
publish-refused-content = it is the content folder itself
publish-refused-inside = it lies inside `{ $folder }`, which rungs reads
publish-refused-holds = it holds `{ $folder }`, which rungs reads and would replace
publish-refused-file = it is a file, not a folder
publish-refused-not-ours = it is not empty and rungs did not make it (it has no `{ $marker }` file)
publish-refused-outside = the path would leave the output folder
publish-busy = another rungs build is writing into `{ $out }`; wait for it to finish, then run again
publish-busy-help = two builds into one folder would overwrite each other
publish-unknown-files = `{ $out }` holds { $count ->
    [one] { $count } file
   *[other] { $count } files
} the previous build did not write: { $files }
publish-unknown-files-more = `{ $out }` holds { $count } files the previous build did not write: { $files }, …
publish-unknown-files-help = move them out of the output folder (rungs replaces it on every build), or pass `--force` to delete them

# Rendering.
render-template = theme template { $file }: { $error }
render-template-line = theme template { $file }, line { $line }: { $error }
render-template-help = fix the theme template named above (the content itself passed `check`)
render-too-large = { $document } would lay out { $size } KiB of content (about { $pages } pages); the limit is { $limit } KiB
render-too-large-help = one PDF is laid out whole in memory, so its size is bounded: split the standard into several content projects, or build the other parts with `--only site,reports,summaries`
render-document-handbook = the handbook
render-document-sheets = the sheets of sequence `{ $sequence }`

# `rungs init`.
init-not-empty = `{ $dir }` is not empty
init-not-empty-help = give a new folder's name, e.g. `rungs init my-standard`, or empty this one first
init-cannot-write = cannot write `{ $path }`: { $error }
init-created = created a rungs project in { $dir } ({ $count } files: content/, schemas/, .gitignore)
init-next = next:
init-next-check = validate the content
init-next-serve = preview the handbook as you edit, at http://127.0.0.1:1111
init-next-build = the site, the handbook PDF and the reports, into output/

# Shards and `rungs merge`.
shard-bad = `{ $text }` is not a shard: write K/N, as 2/4 for the second of four
shard-out-of-range = `{ $text }` is not a shard: K counts from 1 up to N (1/{ $count } … { $count }/{ $count })
merge-not-an-output = `{ $dir }` is not a rungs build (it has no `{ $marker }` file)
merge-not-an-output-help = pass the folders `rungs build --shard K/N --out DIR` wrote
merge-conflict = `{ $path }` differs between `{ $first }` and `{ $second }`: were the shards built from the same content and options?
merge-shard-twice = shard { $shard } appears twice, in `{ $first }` and `{ $second }`
merge-no-slices = no folder holds a shard's manifest (`reports/manifest.K-of-N.json`): build each with `--shard K/N`
merge-different-splits = the folders are shards of different splits (of { $counts }): merge the shards of one build
merge-missing-shards = { $count ->
    [one] shard { $shards } is
   *[other] shards { $shards } are
} missing: pass every shard's folder
merge-help = build every shard of one split from the same commit with the same options, then merge all their folders
merge-done = merged { $shards ->
    [one] 1 shard folder
   *[other] { $shards } shard folders
} into { $out } ({ $files ->
    [one] 1 file
   *[other] { $files } files
})

# Reading a reports' manifest.
manifest-cannot-read = cannot read `{ $path }`: { $error }
manifest-bad = `{ $path }` is not a rungs manifest: { $error }
manifest-unknown-version = `{ $path }` is not a rungs manifest: format `{ $format }` version { $version } (this rungs reads `{ $known }` up to version { $known_version })

# `rungs send`.
send-no-bundles = cannot read `{ $path }` ({ $error }): send a folder `rungs distribute` wrote
send-bad-bundles = `{ $path }`: { $error }
send-no-template = the theme has no `{ $path }`
send-not-an-address = `{ $text }` is not an address: { $error }
send-no-address = no address: give the manager's email in the records (`manager: { "{" } …, email: … { "}" }`), or hand it over by another way
send-cannot-read = cannot read `{ $path }`: { $error }
send-cannot-write = cannot write `{ $path }`: { $error }
send-bad-ca-file = `{ $path }`: { $error }
send-too-large = { $size } MiB, over the { $limit } MiB a message may carry (`max_size_mib`): raise the limit if the mail server takes larger messages, or hand this bundle over another way (a folder only HR and this manager can open)
send-not-the-bundle = `{ $path }` is not the bundle `bundles.csv` lists (its SHA-256 differs): run `rungs distribute` again
send-log-failed = the send log: { $error }
send-no-tls = cannot set up TLS: { $error }
send-tls-none-remote = `tls: none` is for a server on this computer only, not `{ $server }`: use `starttls` or `implicit`
send-no-password = no password for `{ $user }`: set { $variable }, or run in a terminal to be asked
send-unreachable = cannot reach the mail server { $server }: { $error }
send-dry-run-sends-nothing = a dry run sends nothing
send-settings-inside = `{ $path }` is inside the content folder: keep the mail settings outside the standards' repository (in your home folder, say)
send-settings-password = `{ $path }` holds a password: remove it; rungs takes the password only from { $variable } or asks for it
send-settings-bad = `{ $path }`: { $error }
send-unprotected = the bundles in `{ $folder }` are not password-protected: a report sent by mail would open for anyone who gets the message
send-unprotected-help = run `rungs distribute --encrypt` first, or pass `--allow-unprotected` if they must go unprotected
send-nothing-to-send = nothing to send: the log shows every bundle sent, unchanged since (`--again` sends again)
send-sent = sent { $bundle } to { $email } ({ $response })
send-already-sent = already sent { $bundle } to { $email } (the log says so; unchanged since)
send-wrote = wrote { $file }
send-not-sent = not sent { $bundle }: { $why }
send-dry-run-done = wrote { $messages ->
    [one] 1 message
   *[other] { $messages } messages
} into { $folder } to read; nothing was sent
send-done = sent { $sent ->
    [one] 1 bundle
   *[other] { $sent } bundles
}, { $already } already sent before, { $not_sent } not sent; the log is { $log }
send-some-not-sent = { $count ->
    [one] 1 bundle
   *[other] { $count } bundles
} not sent: { $bundles }
send-some-not-sent-help = fix what each says and run `rungs send` again: only what was not sent goes
send-about-to-send = about to send { $count ->
    [one] 1 message
   *[other] { $count } messages
} through { $server } as { $from }:
send-recipient = { $bundle }  →  { $name } <{ $email }>  ({ $reports ->
    [one] 1 report
   *[other] { $reports } reports
})
send-no-address-short = no address
send-confirm-with-yes = not sent: confirm the recipients above with `--yes`
send-confirm-with-yes-help = or run in a terminal to be asked; `--dry-run` writes the messages to read first
send-ask = send them? [y/N]
send-cannot-read-answer = cannot read the answer: { $error }
send-declined = not sent: nothing left this computer
send-no-server = no mail server
send-no-server-help = pass `--settings FILE` (kept outside the content repository) or `--server HOST --from ADDRESS`
send-no-sender = no sender: pass `--from ADDRESS`
send-password-prompt = password for { $user }:
send-cannot-read-password = cannot read the password: { $error }

# Protecting reports with a password.
publish-protect = cannot protect `{ $path }`: { $error }
publish-protect-help = this is a bug in rungs: please report it with the command you ran
encrypt-cannot-read = cannot read the PDF: { $error }
encrypt-no-random = no random numbers: { $error }
encrypt-no-aes = cannot set up AES-256: { $error }
encrypt-failed = cannot encrypt the PDF: { $error }
encrypt-cannot-write = cannot write the PDF: { $error }

# `rungs distribute`.
distribute-encrypt-pdf-a = `--encrypt` cannot be combined with `--pdf-a`: PDF/A (ISO 19005) forbids encryption
distribute-encrypt-pdf-a-help = distribute protected reports without `--pdf-a`, and archive the PDF/A originals that `rungs build --pdf-a` writes
distribute-gitignore-comment = Personal data and passwords (rungs distribute): never commit this folder.
distribute-since-help = pass the `manifest.json` or `manifest.csv` of an earlier `rungs build` or `rungs distribute`
distribute-passwords-without-encrypt = `--passwords` only applies with `--encrypt`
distribute-passwords-help = a CSV whose first line is `employee_id,password`, one employee per line, passwords of at least { $min } characters
distribute-passwords-warning = `{ $file }` holds every password ({ $kept } kept from before or given, { $new } new): hand each to its person by another channel than the bundles (never in the same message); the next run keeps them, `--new-passwords` renews them all
distribute-no-manager = { $count ->
    [one] 1 report names
   *[other] { $count } reports name
} no manager and { $count ->
    [one] is
   *[other] are
} bundled in `{ $bundle }`: give their records a `manager`
distribute-nothing-changed = no report of cycle { $cycle } changed since the earlier manifest
distribute-change-new = new
distribute-change-changed = changed
distribute-done = distributed { $bundled } of { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} of cycle { $cycle } ({ $rendered } rendered, { $reused } reused from an up-to-date build) in { $bundles ->
    [one] 1 bundle
   *[other] { $bundles } bundles
} into { $out } in { $seconds }s
distribute-done-encrypted = distributed { $bundled } of { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} of cycle { $cycle } ({ $rendered } rendered, { $reused } reused from an up-to-date build) in { $bundles ->
    [one] 1 bundle
   *[other] { $bundles } bundles
}, each report protected with AES-256, into { $out } in { $seconds }s
distribute-thread-time = thread time: { $spent }
distribute-time-spent = { $what } { $seconds }s
distribute-time-reports = rendering reports
distribute-time-reuse = reading reused reports
distribute-time-summaries = summaries
distribute-time-protection = protection
distribute-time-zips = zips
distribute-unknown-cycle = there are no records of cycle `{ $cycle }` (cycles: { $cycles })
distribute-no-records = there are no assessment records
distribute-missing-passwords = the password file has no password for { $count } of the employees and recipients (managers, departments or sequences whose bundle it protects): { $ids }
distribute-missing-passwords-more = the password file has no password for { $count } of the employees and recipients (managers, departments or sequences whose bundle it protects): { $ids }, …
passwords-cannot-read = cannot read `{ $path }`: { $error }
passwords-bad = `{ $path }`: { $error }
passwords-no-column = `{ $path }` has no `{ $column }` column (its first line must name the columns `id,password`)
passwords-bad-line = `{ $path }` line { $line }: { $error }
passwords-too-short = `{ $path }` line { $line }: the password for `{ $id }` is shorter than { $min } characters
passwords-twice = `{ $path }` line { $line }: a second, different password for `{ $id }`

# What the commands share.
editions-same-name = tags `{ $first }` and `{ $second }` both carry edition `{ $edition }`; `{ $second }` is used for it (give each edition its own `edition:` in rungs.yaml)
cli-reading-content-folder = `{ $project }` holds a project; reading its content folder `{ $content }`
cli-unknown-edition = `--against { $asked }` names no edition: neither the current one ({ $current }) nor a tagged one
cli-unknown-edition-help = use one of { $known }
cli-verbose-check = check: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} in { $ms } ms
cli-history-dirty = the standards have uncommitted changes: pages and reports are stamped `{ $commit }`
cli-history-none = `{ $content }` is not in a git repository, so pages carry no commit stamp, change dates or editions
cli-history-shallow = this is a shallow clone: change dates and editions stop where its history does (fetch with --unshallow for all of it)
cli-history-detached = HEAD is detached: the stamp, dates and editions are those of the commit checked out
cli-inside-content = `{ $out }` is inside the content folder `{ $content }`
cli-inside-content-help = write it outside the content folder, e.g. in a folder beside it
cli-cannot-write-stdout = cannot write to standard output: { $error }
cli-cannot-write = cannot write `{ $path }`: { $error }
cli-cannot-write-workbook = cannot write the workbook: { $error }
progress-checking = checking the content
progress-checking-revision = checking a revision
progress-checking-import = checking the records with the sheet's rows in place
progress-reports = reports

# `rungs check`.
check-ok = ok: { $competencies ->
    [one] 1 competency
   *[other] { $competencies } competencies
}, { $sequences ->
    [one] 1 sequence
   *[other] { $sequences } sequences
}, { $levels ->
    [one] 1 level
   *[other] { $levels } levels
}, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $records ->
    [one] 1 assessment record
   *[other] { $records } assessment records
}

# `rungs build`.
build-verbose-render = render: { $site_files } site files, { $handbooks } handbook, { $sheets } sheets, { $reports } reports, { $summaries } summaries in { $ms } ms; { $reused } of { $total } outputs carried over unchanged
build-verbose-publish = publish: swapped into { $out } in { $ms } ms
build-done = built { $site_files ->
    [one] 1 site file
   *[other] { $site_files } site files
}, { $handbooks ->
    [one] 1 handbook PDF
   *[other] { $handbooks } handbook PDFs
}, { $word ->
    [one] 1 Word edition
   *[other] { $word } Word editions
}, { $sheets ->
    [one] 1 sheet PDF
   *[other] { $sheets } sheet PDFs
}, { $reports ->
    [one] 1 report
   *[other] { $reports } reports
}, { $summaries ->
    [one] 1 team summary
   *[other] { $summaries } team summaries
}, { $packs ->
    [one] 1 calibration pack
   *[other] { $packs } calibration packs
}, { $notices ->
    [one] 1 notice
   *[other] { $notices } notices
} and { $certificates ->
    [one] 1 certificate
   *[other] { $certificates } certificates
} into { $out } in { $seconds }s, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
build-done-partly = built { $site_files ->
    [one] 1 site file
   *[other] { $site_files } site files
}, { $handbooks ->
    [one] 1 handbook PDF
   *[other] { $handbooks } handbook PDFs
}, { $word ->
    [one] 1 Word edition
   *[other] { $word } Word editions
}, { $sheets ->
    [one] 1 sheet PDF
   *[other] { $sheets } sheet PDFs
}, { $reports ->
    [one] 1 report
   *[other] { $reports } reports
}, { $summaries ->
    [one] 1 team summary
   *[other] { $summaries } team summaries
}, { $packs ->
    [one] 1 calibration pack
   *[other] { $packs } calibration packs
}, { $notices ->
    [one] 1 notice
   *[other] { $notices } notices
} and { $certificates ->
    [one] 1 certificate
   *[other] { $certificates } certificates
} into { $out } in { $seconds }s ({ $rendered } of { $total } outputs rendered, the rest unchanged), { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
build-done-and-verdicts = { $built }; { $verdicts }
build-verdicts-changed = { $count ->
    [one] 1 verdict differs
   *[other] { $count } verdicts differ
} from the previous build's (`--list-records` names them)
build-verdicts-changed-listed = { $count ->
    [one] 1 verdict differs
   *[other] { $count } verdicts differ
} from the previous build's:

# "Did you mean …?" on the command line and in an import.

# Reading a filled-in sheet.
sheet-cannot-read = cannot read `{ $path }`: { $error }
sheet-too-large = `{ $path }` has { $size } MiB; rungs imports files of at most { $limit } MiB: split the sheet (by department, say) and import each part
sheet-undecodable = `{ $path }` { $why }
sheet-bad-csv = `{ $path }`: { $why }
sheet-unknown-format = `{ $path }` is not a spreadsheet rungs reads: give an .xlsx, .xls, .ods or .csv file
sheet-not-a-workbook = `{ $path }` is not a workbook rungs can open: { $error }
sheet-zip-bomb = `{ $path }` would unpack to { $size } MiB (a workbook of at most { $limit } MiB unpacked is imported): it is not an ordinary sheet — split it, or save it again from the spreadsheet program
sheet-cannot-open = cannot open `{ $path }` as a spreadsheet: { $error }
sheet-too-many-cells = `{ $path }` has more than { $limit } cells: split it and import each part
sheet-too-many-rows = sheet { $sheet } of `{ $path }` has { $rows } rows; rungs imports at most { $limit } rows a sheet: split it (by department, say) and import each part
sheet-formula-without-result = the formula ={ $formula } has no saved result: open and save the file in Excel, WPS or LibreOffice, or type the value
sheet-error-value = the cell holds the error value { $value }: correct it, or type the value
sheet-utf16-without-bom = looks like UTF-16 without a byte-order mark, which rungs cannot read: save it again as UTF-8 (Excel: 另存为 → CSV UTF-8) or as GBK (Excel's plain CSV on a Chinese Windows)
sheet-unknown-encoding = is neither UTF-8 nor GBK (it holds bytes neither can read, as Latin-1 or Shift-JIS files do): save it again as UTF-8 (Excel: 另存为 → CSV UTF-8) or as GBK (Excel's plain CSV on a Chinese Windows)
sheet-csv-unreadable = the CSV cannot be read: { $error }
sheet-csv-too-large = more than { $rows } rows or { $cells } cells; split it (by department, say) and import each part

# `rungs import`: what is wrong with a cell.
import-not-a-date = is not a valid date: write it as YYYY-MM-DD, e.g. 2024-12-12
import-not-a-level-number = is not a level; write a whole number from 0 to { $max }
import-not-yes-no = write yes or no
import-not-a-number = is not a number
import-out-of-range = is out of range; write a number from 0 to { $max }
import-negative = must not be negative
import-list-more = { $first }, { $rest }
import-name-with-id = { $name } ({ $id })
import-not-a-choice = is not one of: { $options }
import-not-a-rating = `{ $rating }` is not a rating; write { $scale } oldest first, separated by commas or spaces
import-level-forms-numbered = { $number }, { $number }级, { $name }, { $id } or { $name } { $title }
import-level-forms = { $name }, { $id } or { $name } { $title }
import-not-a-level = is not a level of the sequence; write one of: { $levels }
import-not-a-level-with-forms = is not a level of the sequence; write one of: { $levels }; it may be written { $forms }

# `rungs import`: where a problem is, and what is wrong with a row.
import-at-row = { $sheet }, row { $row }: { $message }
import-at-row-value = { $sheet }, row { $row }, value "{ $value }": { $message }
import-at-cell = { $sheet }, row { $row }, column { $column } "{ $header }": { $message }
import-at-cell-value = { $sheet }, row { $row }, column { $column } "{ $header }", value "{ $value }": { $message }
import-employee-twice = employee { $employee_id } appears twice for cycle { $cycle } (first in { $sheet }, row { $row })
import-employee-twice-help = keep one row per employee and cycle
import-unknown-header = this header names no field of the standard's sheets
import-header-twice = column { $column } already holds this field
import-header-twice-help = keep one column per field
import-formula-like = looks like a spreadsheet formula; it is imported as the text it is
import-formula-like-help = check the value: a formula is never run, and CSV files rungs writes show it as text
import-existing-unreadable = the existing record { $path } cannot be read; fix it (rungs check) and import again
import-no-employee-id = the employee ID is empty
import-cycle-mismatch = the row is for cycle { $cycle }, but --cycle says { $given }
import-no-cycle = no cycle: fill in the cycle column or pass --cycle
import-no-sequence = no sequence: fill in the sequence column for a new record
import-unknown-sequence = no sequence has this id or name
import-no-such-field = sequence { $sequence } has no such field; leave the cell empty for this employee
import-check-problem = { $message } [{ $code }]

# `rungs import`: what the command says.
import-no-file = give the sheet to import: rungs import [CONTENT] FILE
import-sheet-skipped = sheet { $sheet } has no employee-ID column and is not imported (a CSV saved in another encoding than UTF-8 or GBK shows no column rungs knows: save it again as UTF-8 or GBK)
import-no-rows = `{ $file }` holds no rows to import
import-no-rows-help = rows go under the header row (工号, 姓名 …); write one with `rungs template`
import-label-skipped = skipped
import-cannot-write = cannot write `{ $path }`: { $error }; nothing was imported
import-created = created { $path } ({ $sheet }, row { $row })
import-would-create = would create { $path } ({ $sheet }, row { $row })
import-updated = updated { $path } ({ $sheet }, row { $row })
import-would-update = would update { $path } ({ $sheet }, row { $row })
import-loses-comments = the record's `#` comments are not kept when it is rewritten; git diff shows them
import-done = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}: { $created } created, { $updated } updated, { $unchanged } unchanged
import-done-skipped = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}: { $created } created, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped
import-dry-run = { $counts } (dry run: nothing written)
import-errors-elsewhere = the content has errors besides the sheet's rows; nothing was written
import-errors-elsewhere-help = fix them (see `rungs check`) and import again
import-refused = { $problems ->
    [one] 1 problem
   *[other] { $problems } problems
} in { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}; nothing was written
import-refused-help = fix the rows, or pass --skip-bad to import the good ones
import-row-warning = { $sheet }, row { $row } ({ $employee_id }): { $message }
import-more-warnings = … and { $count } more (`rungs check` lists them all)
import-more-rows-warnings = { $rows ->
    [one] 1 more row has
   *[other] { $rows } more rows have
} warnings: { $kinds } (`rungs check` lists them all)

# `rungs template` and `rungs report`.
template-no-records = no records for cycle `{ $cycle }`
template-empty = no record of cycle { $cycle } is assessed for { $sequence } { $level }; the sheet is empty
template-wrote = wrote { $file } ({ $columns ->
    [one] 1 column
   *[other] { $columns } columns
}, { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}) for { $sequence } { $level }
template-bad-name = `{ $file }`: give the sheet an .xlsx or .csv name
template-no-sequence = no sequence `{ $sequence }`
template-no-level = sequence `{ $sequence }` has no level `{ $level }`
report-no-record = no assessment record for employee `{ $id }`
report-wrote = wrote { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} into { $folder }

# `rungs results`.
results-xlsx-needs-out = an xlsx roll-up is a file: pass --out FILE.xlsx
results-no-cycle = no cycle `{ $given }` in the records
results-no-sequence = no sequence `{ $given }` in the records
results-no-level = no level `{ $given }` in the records
results-no-department = no department `{ $given }` in the records
results-no-manager = no manager `{ $given }` in the records
results-wrote = wrote { $file } ({ $records ->
    [one] 1 record
   *[other] { $records } records
}; personal data: keep it within HR)

# `rungs export` and `rungs schema`.
export-needs-out = `--format { $format }` writes files, so it needs `--out DIR`
export-needs-out-help = pass a folder, e.g. `rungs export --format { $format } --out export/`; it receives { $files }
export-wrote-file = wrote { $file }
export-case-several = the standard has { $sequences } sequences and CASE takes one package per sequence
export-case-several-help = pass `--out DIR` to write case-<sequence>.json for each, e.g. `rungs export --format case --out case/`
export-wrote-files = wrote { $count ->
    [one] 1 file
   *[other] { $count } files
} to { $folder }: { $files }
export-out-is-a-file = `{ $file }` is a file, and this format writes a folder of files
cli-out-folder-help = pass a folder for `--out` (it is created if missing)
cli-cannot-create-folder = cannot create the folder `{ $folder }`: { $error }
schema-out-is-a-file = `{ $file }` is a file, and `rungs schema` writes a folder of schemas
schema-wrote = wrote { $count } schemas into { $folder }: { $files }
schema-help = start each YAML file with its schema line, e.g. in competencies/<id>.yaml:

# `rungs diff`.
diff-side-working-tree = the working tree
diff-side-revision = `{ $rev }`
diff-list-records-warning = --list-records prints employee ids and verdicts: personal data
diff-too-many-arguments = give at most a content folder and two revisions
diff-side-has-errors = the content at { $side } has errors, so it cannot be compared

# `rungs serve`.
serve-not-content = `{ $folder }` holds no rungs.yaml, so it is not a content folder
serve-not-content-help = pass the content folder (`rungs serve path/to/content`), or make one with `rungs init`
serve-cannot-listen = cannot listen on { $address }: { $error }
serve-cannot-listen-help = pick another port with `--port`, or `--port 0` for any free one
serve-cannot-start = cannot start the server: { $error }
serve-serving = serving { $folder } at { $url } (Ctrl+C to stop)
serve-handbook = handbook PDF: { $url }handbook.pdf (rendered when asked for)
serve-reports-warning = reports hold personal data: they are served at { $url }reports/ to this computer only
serve-not-loopback = listening on { $address }, so other computers on the network can read the preview
serve-cannot-watch = cannot watch the content for changes: { $error }
serve-watcher-stopped = the file watcher stopped
serve-changed = changed: { $path }
serve-rebuilt = build { $generation }: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} in { $ms } ms
serve-rebuilt-after = build { $generation }: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} in { $ms } ms after editing { $file }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
serve-has-errors = the content has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}: shown in the browser over the last good pages
serve-verbose-timing = check { $check } ms, templates and navigation { $rest } ms
serve-no-handbook = the handbook was not rendered
serve-reports-built = { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} and { $summaries ->
    [one] 1 team summary
   *[other] { $summaries } team summaries
} in { $ms } ms
serve-reports-failed = the reports could not be rendered: { $error }
serve-no-browser = could not start `{ $program }`; open { $url } yourself
init-gitignore-comment = rungs writes these; they are made from content/ and hold personal data.

## The preview server's own pages (`rungs serve`).
serve-page-failed = /{ $path } could not be rendered: { $message }
serve-page-failed-help = fix the theme template named above; saving it rebuilds
serve-page-failed-notice = This page could not be rendered: see the error shown.
serve-building = Building…
serve-not-building-yet = The content does not build yet: fix the errors shown (they are also in the terminal).

## The message `rungs send` mails with each bundle (laid out by the theme's mail/subject.txt and
## mail/body.txt). Each takes $recipient, $cycle, $reports, $attachment, $title and $edition.
mail_correction_tag = {"["}Correction]{" "}
mail_subject = {"["}Confidential] Qualification results ({ $cycle }) · { $recipient }'s team, { $reports } { $reports ->
        [one] person
       *[other] people
    }
mail_greeting = Dear { $recipient },
mail_correction = This message corrects the attachment of the same name sent before: please use this one, delete the earlier one, and take back any report from it already handed out.
mail_attachment = The attachment "{ $attachment }" holds the qualification reports of the { $reports } { $reports ->
        [one] person
       *[other] people
    } of your team for { $cycle }, with the team's summary ({ $title }, { $edition }).
mail_protected = Every file in it is protected with a password of its own (not your mail or OA password): yours opens the team's summary and every report; each employee can also open their own report with theirs. No password is sent with this message: HR gives yours, and each employee theirs, by another channel. Open the files on a computer with Adobe Reader or WPS; the team's table (CSV) is among the attachments of the summary PDF.
mail_confidential = Each report is personal and confidential: go through it with each employee in person, then hand it to them; do not forward or copy it to anyone else.
mail_questions = If you have questions, reply to this message. Thank you.
settings-not-positive = `{ $value }` is not above zero
settings-not-positive-help = give a number of years above zero, e.g. 3, or remove the line
load-unreadable-sheet-help = save it again from Excel or WPS as .xlsx, or as CSV (UTF-8 or GBK), and keep it under 32 MiB
roster-header-employee-id = Employee ID|employee_id|Employee No.|Staff ID|ID
roster-header-name = Name|Employee name|Full name
roster-header-department = Department|Dept
roster-header-manager = Manager ID|Manager|manager_id|Line manager
roster-header-email = E-mail|Email|Mail
roster-header-hire-date = Hire date|Date hired|Join date|hire_date
roster-header-prior-experience-years = Prior experience (years)|Prior experience|prior_experience_years
roster-header-experience-years = Experience (years)|Experience|experience_years|Relevant experience (years)
roster-header-education = Education|Highest education
roster-header-major = Major|Field
roster-header-title = Professional title|Title
roster-header-certifications = Certifications|Certificates
roster-header-sequence = Sequence|Track
roster-header-level = Current level|Level|current_level
roster-header-level-since = Level since|Level held since|level_since
roster-header-years-in-level = Years in level|years_in_level
roster-header-training-hours = Training hours|training_hours
roster-header-performance = Performance|Performance rating|Rating
roster-education-high-school = High school|high-school
roster-education-associate = Associate degree|Associate|College
roster-education-bachelor = Bachelor's degree|Bachelor|Undergraduate
roster-education-master = Master's degree|Master|MBA
roster-education-doctorate = Doctorate|PhD|Doctor
application-header-level = Level applied for|Applied level|applied_level|Level
application-header-date = Date|Application date|Applied on
table-cell = row { $row }, column { $column } ("{ $header }")
table-bad-cell = { $cell }, value "{ $value }": { $why }
table-not-email = is not an e-mail address
table-not-education = is not an education rungs knows
table-education-help = write one of 高中/中专, 大专, 本科, 硕士, 博士 (or high-school, associate, bachelor, master, doctorate)
table-not-title = is not one of the settings' professional titles
table-choose-help = write one of: { $choices }
table-not-date = is not a date
table-date-help = write dates as YYYY-MM-DD, e.g. 2021-06-12, or format the cell as a date
table-not-number = is not a number of at least 0
table-number-help = write a number, e.g. 3 or 2.5, without units
table-not-sequence = is not a sequence of the standard
table-level-without-sequence = gives a level but no sequence
table-level-without-sequence-help = give the person's sequence in the sequence column, or leave the level blank
table-not-level = is not a level of { $sequence }
table-not-rating = is not a performance rating
roster-no-id-column = the roster has no employee ID column ("{ $header }") in its first rows
roster-no-id-column-help = name one column { $english } (or { $names }); rows above the header row are skipped
roster-column-twice = the column "{ $header }" is there twice (first in column { $first }); the first is read
roster-column-twice-help = delete or rename one of them
roster-no-name-column = the roster has no name column ("{ $header }")
roster-no-name-column-help = add a column of the people's names; reports and lists show them
roster-person-twice = employee { $employee } is on the roster twice (first on row { $row })
roster-person-twice-help = keep one row per person; the first is read
roster-first-row-here = first here
roster-unknown-manager = the manager { $manager } of { $employee } is not a person of this roster
roster-unknown-manager-help = give the manager's employee ID, and add the manager as a row of the roster (sequence and level may be blank)
roster-no-id = row { $row } has no employee ID
roster-no-id-help = give every person their employee ID, or delete the row
roster-unsafe-id = is not an employee ID rungs can use (letters, digits, - and _; at most 64)
roster-no-name = employee { $employee } has no name
roster-no-name-help = give every person their name
roster-second = a second roster in this cycle; { $first } is read
roster-second-help = keep one roster per cycle folder (people.csv or people.xlsx) and delete the other
roster-cell-here = the roster's "{ $header }" says otherwise
record-missing-identity = the record gives no { $fields }
record-not-in-roster-help = the roster of { $cycle } does not hold { $employee }: add them to it, or give these fields in the record
record-no-roster-help = give these fields in the record, or add the cycle's roster as assessments/{ $cycle }/people.csv
record-contradicts-roster = the record's `{ $field }` is { $record }, the cycle's roster says { $roster }
record-contradicts-roster-help = correct whichever is wrong; or leave `{ $field }` out of the record to take the roster's
applications-no-roster = the applications of { $cycle } have no roster to be checked against
applications-no-roster-help = add the people of the cycle as assessments/{ $cycle }/people.csv (or .xlsx), exported from the HR system
application-unknown-person = { $employee } applies, but the roster of { $cycle } does not hold them
application-no-sequence = { $employee } applies in no sequence the standard has ("{ $sequence }")
application-unknown-level = "{ $level }" is not a level of { $sequence }
application-twice = { $employee } applies for { $level } twice (first on line { $line })
application-twice-help = keep one application per person and level
applications-columns-help = an applications sheet has the columns 工号 (Employee ID) and 申请级别 (Level applied for), and optionally 申请日期 (Date) and 序列 (Sequence)
applications-no-level-column = the applications sheet has no column of the level applied for ("{ $header }")
application-no-level = { $employee } gives no level applied for
application-ineligible = { $employee } { $name } applies for { $level } but does not meet its basic conditions on { $date }: { $conditions }
application-ineligible-until = time alone meets them on { $date }; `rungs eligibility --cycle { $cycle }` lists each figure
application-ineligible-help = `rungs eligibility --cycle { $cycle }` lists each condition with the figure and the requirement
record-not-applied = { $employee } has a record for { $level } in { $cycle }, which takes applications, but did not apply for it
record-not-applied-help = add the application to the cycle's applications, or check the record's applied_level
cli-eligibility-long =
    Screen a cycle's roster before anyone is rated (资格审查).

    For every person of assessments/<cycle>/people.csv (or .xlsx) with a sequence: the level above the one held (and the one held, when `verdict.recertify_after_years` says re-certification is due; every level up to the first not met for a first certification; any level applied for), each basic condition met or not with the figure and the requirement, and the day time alone will meet experience and years in the level. Conditions assessors judge (`other`) are listed to judge. The PDF opens with a summary per department. Personal data: never part of the site.
cli-eligibility-examples =
    Examples:
      rungs eligibility --cycle 2025H1 --out eligibility.pdf
      rungs eligibility --cycle 2025H1 --on 2025-05-31 --out eligibility.xlsx
      rungs eligibility --cycle 2025H1 --sequence 销售序列 --level 三级 --out s3.pdf
cli-eligibility = Screen a cycle's roster: who may apply for which level, each basic condition met or not (a PDF list or a workbook; personal data)
cli-eligibility-content = The content folder (holding rungs.yaml)
cli-eligibility-cycle = The cycle whose roster (assessments/<cycle>/people.csv or .xlsx) is screened
cli-eligibility-on = The screening date years are counted up to (default: `screening_date` in the cycle's cycle.yaml)
cli-eligibility-sequence = Only this sequence, by id or name
cli-eligibility-level = Only candidates for this level of `--sequence`, by id or name
cli-eligibility-department = Only this department
cli-eligibility-out = The file to write: `.pdf` (the list for the committee) or `.xlsx` (the workbook)
eligibility-bad-name = `{ $file }` is neither a .pdf nor an .xlsx file
eligibility-no-roster = cycle { $cycle } has no roster to screen
eligibility-no-roster-help = export the people from the HR system as assessments/{ $cycle }/people.csv (or .xlsx); see docs/people.md
eligibility-bad-date = `{ $date }` is not a date
eligibility-no-date = cycle { $cycle } has no screening date
eligibility-no-date-help = give one with --on YYYY-MM-DD, or as `screening_date:` in assessments/{ $cycle }/cycle.yaml
eligibility-level-needs-sequence = `--level` needs `--sequence`
eligibility-wrote = wrote { $file }: { $candidates } candidates on { $date }, { $eligible } eligible, { $later } eligible later by time alone, { $applied } applied
template-no-applications = no applications for cycle `{ $cycle }`
cli-arg-with_applications = Fill the sheet with this cycle's applicants for the level (from its applications and roster), leaving out what the roster answers
record-roster-blank-help = the roster of { $cycle } leaves these blank for { $employee }: fill them in there, or give them in the record
years_months = { $years ->
    [0] { $months ->
        [one] 1 month
       *[other] { $months } months
    }
    [one] 1 year{ $months ->
        [0] {""}
        [one] {" "}1 month
       *[other] {" "}{ $months } months
    }
   *[other] { $years } years{ $months ->
        [0] {""}
        [one] {" "}1 month
       *[other] {" "}{ $months } months
    }
}
calibration-bad-item = `{ $item }` is not an item a decision can name
calibration-bad-item-help = write `competencies.ID`, `behaviours.ID`, `scores.MODULE.ITEM`, or `scores.MODULE` for a module without items
calibration-stale = the decision on { $item } starts from { $from }, but the item is { $now } before it
calibration-stale-help = the ratings or an earlier decision changed it since: decide again on the value it has now, or correct `from`
calibration-unknown-item = the record holds no value for { $item } to decide on
calibration-unknown-item-help = name an item the record's ratings (or its own values) give: check the id against the level's requirements and modules
ratings-above-zero-help = give a number above 0 and at most { $most }
ratings-built-in-role = `{ $role }` is a built-in role and needs no declaring
ratings-built-in-role-help = self, manager, panel and peer are always known: remove it from `ratings.roles`
ratings-divergent-help = it is listed in the calibration pack (summaries/<cycle>/calibration.pdf); a decision in `calibration:` settles it, or the combined value stands
ratings-duplicate-rater-help = the first is on line { $line }: keep one rating per rater and role
ratings-level-not-whole = { $competency }: `{ $level }` is not a whole level
ratings-level-not-whole-help = a rater gives a whole level (0, 1, 2 …); the standard's rules combine the raters into one
ratings-manager-on-panel = { $rater } sits on the panel and manages the employee
ratings-manager-on-panel-help = a judge should take no part in rating their own report: replace the judge, or keep it and say why at the calibration meeting
ratings-margin-help = give a number of points, 0 or more
ratings-min-panel-help = a panel needs at least 1 judge
ratings-no-manager = { $rater } rates as manager, but the record has no manager
ratings-not-the-manager = { $rater } rates as manager, but the record's manager is { $manager }
ratings-nothing-counts = no role counts for these items: every weight is 0
ratings-nothing-counts-help = give at least one role a weight above 0, e.g. `manager: 1`
ratings-out-of-range = `{ $value }` is out of range
ratings-panel-too-small-help = add the missing judges' ratings, or lower `ratings.min_panel` (now { $min }) in rungs.yaml
ratings-typed-twice = { $item } is given here and combined from the ratings
ratings-typed-twice-help = the ratings decide { $item }: remove the value here (keep `evidence:`), or record a calibration decision to change it
ratings-unknown-role = `{ $role }` is not a rating role
ratings-weight-help = give a weight of 0 or more (0: shown, not counted)
ratings-wrong-rater-help = a self rating is the employee's own; a manager rating is the record's manager's; everyone else rates as panel, peer or a declared role
ratings-self-by-other = { $rater } gives a self rating on { $employee }'s record
ratings-rates-themselves = { $rater } rates themselves as { $role }
ratings-duplicate-rater = { $rater } rates twice as { $role }
ratings-panel-too-small = { $item } has { $judges } panel judges, fewer than { $min }
ratings-divergent = { $item }: counting raters range from { $low } to { $high } ({ $spread } apart): marked for calibration
noun-rating-role = { $form ->
    [known] rating roles
   *[one] rating role
}
noun-rater-id = { $form ->
    [known] rater ids
   *[one] rater id
}
noun-rater-name = { $form ->
    [known] rater names
   *[one] rater name
}
noun-decision-by = { $form ->
    [known] deciders
   *[one] decision's `by`
}
noun-decision-reason = { $form ->
    [known] reasons
   *[one] decision's reason
}
rating_role_self = self
rating_role_manager = manager
rating_role_panel = panel
rating_role_peer = peer
judge_number = judge { $n }
report_rating_rule = { $kind }: { $roles }, rounded { $rounding } to steps of { $step }
rating_kind_competencies = Competencies
rating_kind_behaviours = Behaviour standards
rating_kind_scores = Scores
rounding_nearest = to the nearest
rounding_down = down
rounding_up = up
panel_pooling_mean = The panel counts as the mean of its judges.
panel_pooling_median = The panel counts as the median of its judges.
panel_pooling_trimmed = The panel counts as the mean of its judges without the highest and the lowest (with three judges or more).
self_not_counted = The self rating is shown, not counted.
self_above_manager = { $competency }: self { $own }, manager { $manager }
self_below_manager = { $competency }: self { $own }, manager { $manager } (rates themselves lower)
ratings_section = Where the ratings came from
rating_raters = Raters
rating_rules = How they combine
rating_result = Result
calibrated = calibrated
divergent = divergent
self_gaps_title = Where self and manager see it differently — worth raising in the review conversation:
calibration_decisions = Calibration decisions
decision_change = Change
decision_by = Decided by, on
decision_reason = Reason
legend_ratings = Each role's value before rounding; a panel's judges' scores in brackets, lowest first. The result is after rounding and calibration.
decision_item = Item
decision_kept = kept at { $value }
cal_title = Calibration pack, { $cycle }
cal_subtitle = { $organisation } · as of { $date }
cal_confidential = Internal · personal data · for the calibration meeting only
cal_summary_records = { $records } records this cycle, { $rated } of them rated by several raters.
cal_summary_divergent = { $divergent } divergent items, { $undecided } of them not yet decided.
cal_summary_near = { $near } records near a boundary (within { $margin } points of the pass mark, or one item from another grade).
cal_summary_to_decide = { $items } items on the decision sheet.
cal_sheet_distribution = Distribution
cal_sheet_distribution_title = Verdicts and grades by level
cal_note_distribution = Per sequence and level applied for: records, qualified, grades A/B/C, mean total.
cal_sheet_leniency = Leniency
cal_sheet_leniency_title = Leniency of managers and judges
cal_note_leniency = Each rater's mean difference from the other counting raters on the same people and items: in levels for competencies, as a share of the item's points for scores. Positive is more lenient; from ±0.25 level or ±5 % the pack calls it lenient or strict.
cal_sheet_divergent = Divergent
cal_sheet_divergent_title = Divergent items
cal_note_divergent = Items where the counting raters differ by the standard's threshold or more, with each rater's value and any decision.
cal_sheet_near = Near a boundary
cal_sheet_near_title = Records near a boundary
cal_note_near = Records within the margin of the pass mark, or one item from another grade: a C one unmet item short of B, an A or B that one disputed item would make a C.
cal_sheet_decide = Decisions
cal_sheet_decide_title = Items to decide
cal_note_decide = One row per item: write the value decided, the reason, who decided and the date; rows left blank change nothing. The reason is printed in the employee's report.
cal_col_level = Applied for
cal_col_records = Records
cal_col_qualified = Qualified
cal_col_pass_rate = Pass rate
cal_col_grade_a = A
cal_col_grade_b = B
cal_col_grade_c = C
cal_col_mean_total = Mean total
cal_col_role = Role
cal_col_rater = Rater
cal_col_people = People
cal_col_levels_n = Competencies compared
cal_col_levels_diff = Difference (levels)
cal_col_points_n = Scores compared
cal_col_points_diff = Difference (share of points)
cal_col_lean = Leaning
cal_lenient = lenient
cal_strict = strict
cal_col_item = Item
cal_col_given = Ratings
cal_col_spread = Spread
cal_col_combined = Combined
cal_col_decision = Decision
cal_undecided = to decide
cal_col_total = Total / pass
cal_col_grade = Grade
cal_col_qualified_q = Qualified
cal_col_why_near = Why near
cal_near_grade_up = one item from grade { $grade } ({ $items })
cal_near_grade_down = one disputed item from grade { $grade } ({ $items }: met only by rounding up)
cal_col_cycle = Cycle
cal_col_item_code = Item code
cal_col_from = Now
cal_col_to = Decided value
cal_col_reason = Reason
cal_col_by = Decided by
cal_col_on = Date
calibration-import-missing-column = the decision sheet has no column “{ $column }”
calibration-import-missing-column-help = import the decision sheet of the calibration pack the build wrote (summaries/<cycle>/calibration.xlsx), with its header row as it is
calibration-import-no-record = no record of { $employee } in cycle { $cycle }
calibration-import-no-record-help = keep the cycle and employee id as the pack wrote them
calibration-import-not-met-word = the decided value is neither “met” nor “not met”
calibration-import-not-a-number = the decided value is not a number
calibration-import-value-help = write the value decided: a level or points as a number, a one-line standard or an activity as 达标 / 未达标 (met / not met)
calibration-import-stale-help = the ratings or a decision changed since the pack was made: build again and decide on the new pack
calibration-import-no-reason = a decision without a reason
calibration-import-no-reason-help = say why, as the meeting decided: it is printed beside the value in the employee's report
calibration-import-no-by = a decision without who decided
calibration-import-no-by-help = write the committee's name or the person who decided
calibration-import-bad-date = the decision's date is not a date
calibration-import-needs-check = the records have errors, so the decisions cannot be read against them
calibration-import-needs-check-help = run `rungs check` and fix what it reports, then import the decisions again
template-by-rater-xlsx = one sheet per rater needs a workbook: name the output `.xlsx`
template-wrote-by-rater = Wrote { $file }: { $sheets } sheets, one per rater, for { $records } records of { $sequence } { $level }
import-rater-no-role = the row names the rater { $rater } but not their role
sheet_rater = Rater
sheet_note_rater = The rater's id: this row's values go into that rater's own rating
sheet_rater_role = Role
cli-arg-by_rater = One sheet per rater (self, manager, panel judges and others the records name), each pre-filled with what that rater gave; needs --with-records and an .xlsx file
results_role_means = Mean competency level by role
results_divergent = Divergent items
results_calibrated = Calibrated items
team_ratings_line = Rated by several raters: { $rated }; divergent items: { $divergent }, { $settled } settled by calibration; calibration decisions: { $decisions }
cal_near_pass_at = exactly at the pass mark
flag_pending_calibration = Pending calibration: { $items }
pending_calibration = pending calibration
cal_recertification = { $level } (re-certification)
cal_total = Total
cal_few_people = {" "}(few people)
cal_spread_points = { $spread } points ({ $share } % of { $points })
cal_spread_levels = { $spread } levels
cal_spread_met = met / not met
cal_col_not_qualified = Why not qualified
cal_why_divergent = raters diverge
cal_why_grade_up = would lift the grade
cal_why_grade_down = met only by rounding up
cal_why_points = total near the pass mark
cal_key_mark = {" "}★
cal_required_level = level { $level }
cal_full_points = of { $points }
cal_col_requirement = Required / points
cal_col_why = Listed because
cal_near_pass_above = { $points } points above the pass mark
cal_near_pass_below = { $points } points below the pass mark
appeal-no-reviewers = the appeal names no reviewer
appeal-no-reviewers-help = name who reviews it, e.g. `reviewers: [人力资源部 孙敏]`: people who took no part in rating or calibrating this record
appeal-rejected-changes = a rejected appeal changes nothing, but this one lists changes
appeal-pending-changes = the appeal is not decided yet, but lists changes
appeal-changes-help = give `decision: upheld` or `partly-upheld` with `decided_on`, or remove the changes
appeal-no-decided-on = the appeal is decided but says not when
appeal-no-decided-on-help = add `decided_on: YYYY-MM-DD`
appeal-dates-help = an appeal is submitted during the 公示 and by the appeal deadline in the cycle's cycle.yaml, and decided after it is submitted
appeal-late = submitted on { $day }, after the appeal deadline { $deadline }
appeal-before-announcement = submitted on { $day }, before the 公示 began on { $from }
appeal-decided-before = decided on { $decided }, before it was submitted on { $submitted }
appeal-involved-rater = rated this record as { $role }
appeal-involved-manager = is the employee's manager
appeal-involved-assessor = assessed this record
appeal-involved-calibration = calibrated this record
appeal-involved-self = is the employee
appeal-not-recused = the reviewer { $reviewer } { $how }
appeal-not-recused-help = an appeal is reviewed by people who took no part in the result: name another reviewer
record-outside-cycle = dated { $date }, outside the cycle's applications and review ({ $from } to { $to })
record-outside-cycle-help = check the record's `date`, or the dates in the cycle's cycle.yaml
calendar-period-backwards = the period ends on { $to }, before it begins on { $from }
calendar-out-of-order = `{ $later }` starts on { $start }, before `{ $earlier }` ends on { $end }
calendar-effective-early = the results take effect on { $day }, before the 公示 ends on { $end }
calendar-order-help = a cycle runs applications → review → 公示 → appeal deadline, and its results take effect once the 公示 has ended
noun-appeal-grounds = { $form ->
    [known] appeal grounds
   *[one] appeal's grounds
}
noun-committee = { $form ->
    [known] committees
   *[one] committee
}
noun-renewal = { $form ->
    [known] renewal requirements
   *[one] renewal requirement
}
noun-certification-reason = { $form ->
    [known] reasons
   *[one] reason for the suspension or revocation
}
cert_heading = Certificate of Qualification
cert_statement = Having been assessed, { $name } is certified at { $sequence } { $level } ({ $title }).
cert_effective = Effective from
cert_valid_until = Valid until
cert_serial = Serial number
cert_verify = The serial can be checked with the HR department.
notice_title = Notice of the { $cycle } qualification results
notice_intro = The qualification assessment of cycle { $cycle } is complete. The committee proposes to certify the following { $count } people at the levels below, and announces it here:
notice_period = The objection period runs from { $from } to { $to }.
notice_object_by = Objections, signed and with facts and evidence, go to { $how } by { $deadline } (that day included); who objects is kept confidential.
notice_object_default = Objections, signed and with facts and evidence, go to the HR department during the objection period; who objects is kept confidential.
notice_confidential = Internal announcement · personal data · do not forward outside the company
notice_col_name = Name
notice_col_id = Employee ID
notice_col_department = Department
notice_col_sequence = Sequence
notice_col_level = Level
notice_col_title = Title
notice_col_outcome = Result
cert_col_level = Level
cert_col_title = Title
cert_col_since = Held since
cert_col_status = Status
cert_col_reason = Note
cert_status_active = active
cert_status_expiring = due for renewal
cert_status_observation = on probation
cert_status_expired = expired
cert_status_suspended = suspended
cert_status_revoked = revoked
cert_list_title = Certifications held
cert_list_as_of = As of { $date }.
cert_renewal_title = Due for renewal within { $months } months
certifications-bad-date = `{ $date }` is not a date
certifications-no-records = there are no records to read certifications from
certifications-wrote = Wrote { $file }: { $people } people holding a certification on { $date }, { $due } due for renewal within { $months } months
verify-in-force = genuine and in force on { $date }: { $serial }, { $who }, valid until { $until } ({ $status })
verify-not-in-force = genuine, but not in force on { $date }: { $serial }, { $who } — { $status }
verify-replaced = replaced by certificate { $by }
verify-not-held = no certification held
verify-unknown-serial = not genuine: no certificate the records give has the serial { $serial }
verify-altered = not genuine: the file is not the certificate { $serial } as issued (it was altered)
verify-no-serial = not genuine: the file carries no certificate serial
verify-not-genuine-help = check the serial against the issuing HR department; exit code 5 means not genuine
cli-certifications = Who holds which certification on a date, and who is due for renewal (CSV, xlsx or Markdown; personal data)
cli-verify = Check a certificate (a PDF or its serial): genuine, in force, or not
cli-arg-within = Months ahead to list certifications due for renewal (default: `certification.expiring_months`)
cli-arg-certificate = The certificate PDF, or its serial number
report_reissued = {" "}(reissued after appeal)
report_valid_until = Certified from { $effective }, valid until { $until } (certificate { $serial }).
appeal_section = Appeal
appeal_submitted = Appeal submitted on { $date }: { $grounds }
appeal_reviewers = Reviewed by
appeal_decided = Decided on { $date }: { $decision }
appeal_pending = Under review: the result may still change.
appeal_upheld = upheld
appeal_partly_upheld = partly upheld
appeal_rejected = rejected, the result stands
appeal_first_verdict = First verdict, replaced by this one
cli-certifications-content = The content folder (holding rungs.yaml)
cli-certifications-on = The day certifications are read on (default: the latest cycle's effective date)
cli-certifications-format = csv, xlsx (the list and the renewal list as sheets) or md
cli-certifications-out = The file to write (default: standard output; xlsx needs a file)
cli-verify-content = The content folder (holding rungs.yaml)
cli-verify-on = The day the certificate is checked on (default: the latest cycle's effective date)
cli-certifications-long =
    Who holds which certification on a day, and who is due for renewal.

    Each person's current certification from their records in cycle order (the level, since, valid until, status: active, due for renewal, on probation, expired, suspended, revoked, and the serial), as of `--on` or the latest cycle's effective date — never the clock. The renewal list holds those in force and ending within `--within` months. Personal data: never part of the site.
cli-certifications-examples =
    Examples:
      rungs certifications
      rungs certifications --on 2025-06-30 --format md
      rungs certifications --within 12 --format xlsx --out certifications.xlsx
cli-verify-long =
    Check a certificate: genuine and in force, genuine but no longer in force, or not genuine.

    A file must be byte for byte the certificate rungs renders for its serial; a serial must be one the records give. Exit codes: 0 genuine and in force, 4 genuine but no longer in force, 5 not genuine.
cli-verify-examples =
    Examples:
      rungs verify --certificate output/certificates/2024H2/E1013-sales-s3.pdf
      rungs verify --certificate 2024H2-60C2EC5C --on 2025-06-30
team_renewals_line = Due for renewal in the coming cycle: { $people }
cert_employee_id = Employee ID
cert_seal = Seal
notice_effective = The results take effect on { $date } once the objection period has passed.
appeal-rejected-without-reason = a rejected appeal gives no reason
appeal-rejected-without-reason-help = add `reason:`: the employee reads it in the report
appeal_reason = Reason: { $reason }
appeal_reissued = This report was reissued on { $date } after the appeal; it replaces the first report of { $first }.
appeal_changed = changed on appeal
noun-appeal-reason = { $form ->
    [known] reasons
   *[one] appeal decision's reason
}
approval_prepared = Prepared by
approval_reviewed = Reviewed by
approval_approved = Approved by
approval_role = Role
approval_name = Name
approval_date = Date
noun-signatory = { $form ->
    [known] signatories
   *[one] signatory's name
}
kpi_total_weight = Scored KPIs: { $n }, weights adding up to { $total }.
condition_subsumed = {" "}(already part of every “one of” option)
sheet = One-page sheet
sheet_one_page = this level on one page
sheet_full_level = The level in full
sheet_pdf = Print this sheet (PDF, A4)
downloads = Downloads
downloads_handbook = The handbook
downloads_handbook_note = the official standard as printed: cover with the approval block, contents, every sequence, level and competency, the scoring rules and the sheets
downloads_sheets_note = One A4 page per level: conditions, scoring, required competencies and contributions at a glance, to print and hand out.
downloads_sheet_pages = On the site
handbook_word = Word edition
check-output-sheet = level `{ $id }`'s one-page sheet
check-output-downloads = the downloads page
level_title = Title
downloads_word_note = the same standard as a Word document in the official-document layout (GB/T 9704), for OA approval; update its table of contents after opening (F9 in Word)
cli-build-pdf_ua = Write tagged PDF/UA-1 (accessible) PDFs: headings, reading order, alt text for charts; with --pdf-a, PDF/A-2a as well
cli-report-pdf_ua = Write tagged PDF/UA-1 (accessible) PDFs; with --pdf-a, PDF/A-2a as well
cli-distribute-pdf_ua = Write tagged PDF/UA-1 (accessible) reports
approval_signature = Signature
matrix_legend = A number is the level to reach; ★ key item (must be met); “must be met”: a one-line standard to meet; – not required at this level
downloads_missing = (not in this build: run `rungs build` with its part)
sheets_note_word = Each level's essentials in brief: basic conditions, required competencies, scoring and pass mark, contributions. The one-page A4 layout to print and post is the sheets PDF.
book_sheet_guide = Guide
book_sheet_categories = Categories
book_sheet_kinds = Contribution kinds
book_sheet_competencies = Competencies
book_sheet_competency_levels = Competency levels
book_sheet_sequences = Sequences
book_sheet_levels = Levels
book_sheet_contributions = Contributions
book_sheet_modules = Scoring modules
book_sheet_kpis = KPIs
book_sheet_positions = Positions
book_sheet_references = Reference items
book_sheet_behaviour_standards = Behaviour standards
book_sheet_grid_competencies = Requirements·
book_sheet_grid_behaviours = Activities·
book_sheet_grid_scoring = Points·
book_about_categories = The categories competencies are grouped in (rungs.yaml's categories).
book_about_kinds = The kinds of contribution levels ask for (rungs.yaml's contribution_kinds).
book_about_competencies = The dictionary: one row per competency (one file competencies/<id>.yaml each). A new row makes a new competency; a deleted row removes it (only with --allow-removals).
book_about_competency_levels = Each graded level of each competency: its title, behaviours and development suggestions (70/20/10), one per line in a cell.
book_about_sequences = One row per sequence (one file sequences/<id>.yaml each).
book_about_levels = One row per level of each sequence, lowest first. Basic conditions and the pass mark show the value in effect, inherited from the level below where the level gives none.
book_about_contributions = What each level asks for in contributions: kinds, how many, within how many cycles. A level inherits the level below's unless it lists the same kinds.
book_about_modules = Each sequence's scoring modules and their items. A module's name is on its first row.
book_about_kpis = Each sequence's KPIs: formula, target, weight and how a result becomes points.
book_about_positions = Positions over a range of levels, with their KPIs and the competency requirements they add.
book_about_references = Reference items shown beside the verdict (never gating it).
book_about_behaviour_standards = Behaviour standards: modules, their activities, and what each activity looks like at each level.
book_about_grid_competencies = One sheet per sequence: what each level requires of each competency. 2 = level 2; 2★ = key; ✓ = a one-line standard met; blank = not required. A level keeps what the level below requires; the cell shows what is in effect.
book_about_grid_behaviours = One sheet per sequence with behaviour standards: ✓ = the activity is required at that level, ✓★ = a key one.
book_about_grid_scoring = One sheet per sequence: the points of each module (its row) and of each item (the rows under it) at each level. The items' points add up to the module's.
book_key_competency = Competency ID
book_key_sequence = Sequence ID
book_col_competency_name = Competency
book_col_sequence_name = Sequence
book_note_key_competency = The competency's ID: lower-case letters, digits and -, e.g. customer-focus. It names the file; do not change it for an existing competency.
book_note_key_sequence = The sequence's ID, e.g. sales. It names the file; do not change it for an existing sequence.
book_note_info = For reading only: not imported.
book_key_categories_categories = Category ID
book_note_key_categories_categories = The category's ID, e.g. skill; competencies name it.
book_key_kinds_contribution_kinds = Kind ID
book_note_key_kinds_contribution_kinds = The contribution kind's ID, e.g. work-case.
book_key_competency_levels_levels = Level
book_note_key_competency_levels_levels = The level's number: 1, 2, 3 … in order.
book_key_levels_levels = Level ID
book_note_key_levels_levels = The level's ID within the sequence, e.g. s1. New levels go above the existing ones.
book_key_contributions_levels = Level ID
book_note_key_contributions_levels = The level that asks for the contribution.
book_key_contributions_contributions = No.
book_note_key_contributions_contributions = The requirement's number within its level; leave blank for a new one.
book_key_modules_scoring_modules = Module ID
book_note_key_modules_scoring_modules = The scoring module's ID, e.g. basic.
book_key_modules_items = Item ID
book_note_key_modules_items = The item's ID; blank on a module's own row (a module without items).
book_key_kpis_kpis = KPI ID
book_note_key_kpis_kpis = The KPI's ID, e.g. sales-completion; positions and records name it.
book_key_positions_positions = Position ID
book_note_key_positions_positions = The position's ID, e.g. sales-manager.
book_key_references_reference_items = Item ID
book_note_key_references_reference_items = The reference item's ID.
book_key_behaviour_standards_behaviour_standards = Module ID
book_note_key_behaviour_standards_behaviour_standards = The behaviour-standard module's ID, e.g. research.
book_key_behaviour_standards_activities = Activity ID
book_note_key_behaviour_standards_activities = The activity's ID, e.g. group-survey; levels name it.
book_col_name = Name
book_note_name = The name as printed.
book_col_description = Description
book_note_description = What it covers; Markdown allowed. Optional.
book_col_category = Category
book_note_category = One of the categories on the Categories sheet (its name).
book_col_definition = Definition
book_note_definition = What the competency means; Markdown allowed.
book_col_key_points = Key points
book_note_key_points = One per line. Optional.
book_col_standard = One-line standard
book_note_standard = For a competency assessed met or not (no graded levels): the one-line standard.
book_col_title = Title held
book_note_title = The title held at this level, e.g. 客户经理.
book_col_behaviours = Behaviours
book_note_behaviours = Observable behaviours at this level, one per line.
book_col_on_the_job = On the job (70%)
book_note_on_the_job = Development suggestions learned on the job, one per line.
book_col_from_others = From others (20%)
book_note_from_others = Suggestions learned from others (mentors, feedback), one per line.
book_col_course = Courses (10%)
book_note_course = Courses and reading, one per line.
book_col_order = Order
book_note_order = Position among sequences, lowest first. Optional.
book_col_positioning = Positioning
book_note_positioning = The level's role positioning. Optional, not inherited.
book_col_education = Education
book_note_education = The lowest education.
book_col_experience_years = Experience (years)
book_note_experience_years = Years of relevant work experience, at least.
book_col_years_in_level = Years in level
book_note_years_in_level = Years in the current level, at least.
book_col_training_hours = Training hours
book_note_training_hours = Training hours in the cycle, at least.
book_col_certifications = Certifications
book_note_certifications = Certifications to hold, one per line.
book_col_major = Majors
book_note_major = Accepted majors, one per line.
book_col_professional_title = Professional title
book_note_professional_title = The lowest professional title, on the settings' scale.
book_col_performance_last = Ratings looked at
book_note_performance_last = How many of the latest performance ratings the rule looks at.
book_col_performance_no_consecutive = No consecutive
book_note_performance_no_consecutive = No this many consecutive ratings at or below the rating in the next column.
book_col_performance_rating = At or below
book_note_performance_rating = The rating that, with those below it, counts towards the consecutive rule.
book_col_performance_at_least = Every rating at least
book_note_performance_at_least = Every rating looked at must be at least this.
book_col_any_of = Alternatives
book_note_any_of = Ways to qualify, one per line, e.g. 学历=本科，工作年限=3 (the left side is a header of this sheet).
book_col_other = Other conditions
book_note_other = Conditions the assessors judge met or not, one per line (added to the level below's).
book_col_knowledge = Knowledge
book_note_knowledge = Required knowledge, one per line. Not inherited.
book_col_responsibilities = Responsibilities
book_note_responsibilities = Responsibilities, one per line.
book_col_pass = Pass mark
book_note_pass = The total score required.
book_col_total = Total
book_note_total = The total of the module points at this level. Optional; checked against their sum.
book_col_kinds = Kinds
book_note_kinds = Contribution kind IDs; several separated by commas mean any of them.
book_col_count = Count
book_note_count = How many contributions are needed (default 1).
book_col_within = Within cycles
book_note_within = Contributions of the latest this many cycles count (default 1).
book_col_module_name = Module
book_note_module_name = The module's name.
book_col_module_description = Module description
book_note_module_description = What the module assesses. Optional.
book_col_exam = Written exam
book_note_exam = 是 when the module is scored by the written exam (one per sequence).
book_col_kpi = From KPIs
book_note_kpi = 是 when the module is scored from the record's KPI results.
book_col_item_name = Item
book_note_item_name = The item's name.
book_col_item_description = Item description
book_note_item_description = What the item assesses. Optional.
book_col_formula = Formula
book_note_formula = How the result is computed, as text.
book_col_unit = Unit
book_note_unit = Printed after target and result, e.g. %.
book_col_direction = Better when
book_note_direction = Whether higher or lower results are better.
book_col_target = Target
book_note_target = The result aimed at; required when scored.
book_col_weight = Weight
book_note_weight = The points the KPI earns at target; required when scored.
book_col_deduct_step = Deduct per
book_note_deduct_step = Scoring by deduction: the size of one step short of target.
book_col_deduct_points = Points off
book_note_deduct_points = Scoring by deduction: points off per whole step.
book_col_bands = Bands
book_note_bands = Scoring by bands instead: one `from: points` per line, best first, e.g. 100: 60.
book_col_from = From level
book_note_from = The lowest level the position is open at (level ID).
book_col_to = To level
book_note_to = The highest level the position is open at (level ID).
book_col_position_kpis = KPIs
book_note_position_kpis = The sequence's KPI IDs the position is measured on, separated by commas.
book_col_extra = Extra requirements
book_note_extra = Competency requirements the position adds or raises, one per line: name, level, ★ if key, e.g. 沟通能力 3★.
book_col_source = Source
book_note_source = Where the value comes from.
book_col_activity_name = Activity
book_note_activity_name = The activity's name.
book_col_criteria = Criteria by level
book_note_criteria = What the activity looks like at each level, one `level ID: text` per line, e.g. m1: …
book_col_module = Module ID
book_note_module = The scoring module's ID.
book_col_item = Item ID
book_note_item = The item's ID; blank on the module's row.
book_note_grid_id = The competency's ID. A new row may leave it blank and give the name.
book_note_grid_name = The competency's name (read when the ID is blank).
book_col_activity = Activity ID
book_note_activity = The behaviour-standard activity's ID.
book_note_grid_competencies = 2 = level 2, 2★ = key, ✓ = one-line standard met, blank = not required.
book_note_grid_behaviours = ✓ = required, ✓★ = key, blank = not required.
book_note_grid_scoring = Points at this level; blank = the module does not count at this level.
book_note_inherited = Shows the value in effect; the same as the level below's is not written again.
book_note_parent = On the first row of its module.
book_yes = yes
book_no = no
book_direction_higher = higher is better
book_direction_lower = lower is better
book_guide_title = The standard as a workbook
book_guide_intro = This workbook is the qualification standard: the standard's identity, the competency dictionary, and each sequence's levels, requirements, points, KPIs, positions and behaviour standards, one sheet each (listed below). Change what the standard should say, directly in the cells, then hand the file back to be imported: every changed cell becomes that change in the standard, the whole standard is checked first, and nothing is written if any cell is wrong — each problem is named by sheet, row and column.
book_guide_rules = How to fill it in: row 1 is the header and row 2 says what each column takes (never read); grey columns are for reading only. IDs (编号) are short codes of lower-case letters, digits and - (e.g. customer-focus): a new row needs one, and an existing row's ID must not change. A cell that holds a list takes one entry per line (Alt+Enter). ★ marks a key requirement: missing a key one weighs more in the verdict. A level's conditions, requirements and points show what applies at that level, including what it keeps from the level below; a level cannot require less than the level below. Adding a row adds; deleting a row (or a line in a cell) removes, which the import does only when told to (--allow-removals). Columns may be moved; headers must not be renamed.
book_guide_import = For whoever imports it: rungs import content standard.xlsx --dry-run shows what would change; rungs import content standard.xlsx writes it. A new standard from scratch: rungs export --format xlsx --starter --out standard.xlsx, fill it in, then rungs init my-standard --from standard.xlsx.
book_guide_sheet = Sheet
book_guide_holds = What it holds
book_guide_columns = Columns
book_guide_not_carried = Not in this workbook (edit them in the content files): the pages (pages/*.md: overview, process, appendix); rungs.yaml's rules (status, approval, grading, verdict and rating rules, certification, professional titles); assessment records and cycles; the comments in the YAML files (kept as they are). A new sequence: add its row on 序列/Sequences and its levels on 职级/Levels (leave the pass mark blank), import, then export again: the new workbook has its requirement and points sheets to fill in.
book-not-a-number = Write a number.
book-not-a-whole-number = Write a whole number, 0 or more.
book-not-yes-no = Write { $yes } or { $no }.
book-not-a-choice = Write one of: { $choices }.
book-unknown-category = No such category; the categories are { $known } (add one on the categories sheet).
book-not-a-pair = “{ $line }” is not in the form `name: value`.
book-not-a-band = “{ $line }” is not a band `from: points` (two numbers).
book-unknown-competency = No competency “{ $name }” on the competencies sheet: add it there (with an ID), or delete this row.
book-unknown-condition = No condition “{ $name }”: use education, experience, years in level, training hours, majors or professional title.
book-file-not-yaml = { $path } is not a YAML mapping, so the workbook cannot carry it; run `rungs check` to see what is wrong.
book-bad-requirement = Write a level (e.g. 2), a level with ★ for a key requirement (2★), ✓ for a one-line standard, or leave it blank.
book-bad-activity-requirement = Write ✓ (required), ✓★ (key), or leave it blank.
book-level-above-top = The competency has { $top } graded levels: write 1 to { $top }.
book-cannot-drop-inherited = The level below ({ $level }) requires { $was }, and a level keeps what the level below requires: write at least that here, or change { $level } first.
book-items-all-or-none = Give points to every item of the module, and to the module, or to none.
book-unknown-module = No scoring module or item “{ $name }” in this sequence; add it on the scoring modules sheet first.
book-sheet-missing = The workbook has no sheet “{ $sheet }”: its part of the standard is left as it is.
book-key-column-missing = The sheet lacks the column { $columns }, which says which row is which; nothing of this sheet is read.
book-id-missing = The ID is missing: write one of lower-case letters, digits and -, e.g. data-literacy.
book-bad-id = An ID takes lower-case letters, digits and -, and starts with a letter or digit.
book-unknown-file-id = No such ID on the “{ $sheet }” sheet: add it there, or delete this row.
book-duplicate-id = The same ID is on row { $other } too.
book-parent-conflict = Another row of the same module says otherwise; say it once, on the module's first row.
book-bad-position = The level has { $count } such requirements; leave the number blank for a new one.
book-unknown-level-column = The column's header does not start with a level ID of the sequence ({ $levels }).
book-grid-sheet-skipped = The sheet “{ $sheet }” names no sequence of the standard; it was not read.
book-wrote = Wrote the standard workbook { $file }.
book-import-refused = { $count } problems in { $file }: nothing was written.
book-import-unchanged = The workbook says what the content says: nothing to write.
book-removes-file = The workbook removes { $path } ({ $name }).
book-removes-lines = The workbook removes { $path }:{ $line }: { $text }
book-removals-refused = The workbook removes { $count } entries: nothing was written.
book-removals-refused-help = If these removals are meant, import again with --allow-removals; else restore the rows or cells.
book-import-invalid = The standard as the workbook makes it would have { $count } errors: nothing was written.
book-import-invalid-help = Each error is shown in the file as it would be written, then at the workbook row or cell that made it: change that cell.
book-created = Created { $path }
book-would-create = Would create { $path }
book-updated = Updated { $path }
book-would-update = Would update { $path }
book-removed = Removed { $path }
book-would-remove = Would remove { $path }
book-the-workbook = the workbook
book-dry-run = Dry run: nothing was written.
book-not-a-standard-workbook = { $file } is not a standard workbook (it lacks the competencies and levels sheets); write one with `rungs export --format xlsx`.
cli-import-standard = Read FILE as a standard workbook (recognised by its sheets without this)
cli-import-allow_removals = Let a standard workbook remove what it no longer lists (competencies, levels, entries, cell contents)
cli-export-starter = With --format xlsx: the workbook of the starter standard, to fill in for a new project (no content needed)
cli-init-from = Make the project's standard from a filled-in standard workbook
book_col_level_title = Level title
book_note_level_title = The level's short title, e.g. 及时回应.
diff_title_held = Title held
book-one-line-takes-met = This competency is a one-line standard, met or not: write ✓ (✓★ when key).

book-unknown-kind = No contribution kind “{ $name }”; the kinds are { $known } (add one on the contribution kinds sheet).
book-column-ignored = The sheet “{ $sheet }” has a column “{ $column }” that rungs does not read: what it holds is not kept.
book_sheet_settings = Standard
book_about_settings = The standard's identity in rungs.yaml: its title, organisation, edition and dates (one row).
book_col_standard_title = Title
book_note_standard_title = The standard's title, e.g. 营销体系任职资格标准.
book_col_organisation = Organisation
book_note_organisation = The organisation the standard is for.
book_col_edition = Edition
book_note_edition = The edition's name, e.g. 第02版.
book_col_effective_date = Effective
book_note_effective_date = The date the edition takes effect, YYYY-MM-DD.
book_col_issued = Issued
book_note_issued = The date the edition was issued, YYYY-MM-DD. Optional.
book_col_owner = Owner
book_note_owner = The department that owns the standard.
book_col_serial = Number
book_note_serial = The document number, e.g. HR-QS-2013-001. Optional.
book_col_edition_notes = Edition notes
book_note_edition_notes = What this edition changed. Optional.
book_guide_stamp = Content mark (do not change: tells the import whether this workbook is older than the standard)
book-stale = The content changed after this workbook was written from it: where a cell still holds the old value, the import puts the old value back. Read the changes below, or export a fresh workbook and make the edits there.
book-error-from-cell = { $sheet }, row { $row }, column { $column } “{ $header }” (written to { $place }): { $message }
book-error-from-row = { $sheet }, row { $row } (written to { $place }): { $message }
build-verbose-workers = typeset: in { $count } worker processes (one per thread; RUNGS_TYPESET=threads typesets on the threads)
