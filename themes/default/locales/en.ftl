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
menu = Menu
permalink = Link to this section
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
owner = Interpreted by
serial = Document number
organisation = Organisation
guide = How to use this handbook
guide_text = Open a sequence to see each level's requirements, the competency dictionary for graded behaviours, and Compare levels to see what a promotion takes.
ladder = Career ladder
positioning = Role positioning
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
contribution_kinds = Contribution kinds
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
changelog_note = Editions come from git tags; each lists what changed since the one before, and changes marked as affecting assessments can alter verdicts.
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
on_this_page = On this page
grade_counts_both = competency and behaviour-standard requirements counted together
grade_counts_competencies = competency requirements counted
grade_counts_behaviours = behaviour-standard requirements counted
grade_rules = Grades ({ $counted }): A every requirement met; B every key one met and at most { $pct } of the normal ones unmet; C otherwise.
verdict_rules = Qualified = every basic condition met, total at least the pass mark, and a grade other than C.
verdict_rules_gate = Qualified = every basic condition met, total at least the pass mark, a grade other than C, and every contribution requirement met.
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
years_at_least = at least { $n } years
hours_at_least = at least { $n } hours
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
generated_by = Generated by rungs
commit = Content commit
report_title = Qualification report
employee = Employee
employee_id = Employee id
department = Department
manager = Manager
current_level = Current level
applied_level = Applied-for level
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
reach_next = Next target
comments = Assessors' comments
signoff = Sign-off
sign_employee = Employee
sign_manager = Manager
sign_assessor = Assessor
sign_date = Date
page = Page { $p } of { $n }
legend_gap = Green: met; amber: one below; red: two or more below, or a one-line standard not met; Position: added or raised by the position
no_development = Every required competency is met.
no_strengths = No requirement is met yet this cycle.
contribution_titles = Contributions submitted
summary = Summary
confidential = Personal: for the employee and their manager only
reason_total = total { $total } below the pass mark { $pass }
gate_total = { $total } (pass mark { $pass } of { $points })
gate_grade = A or B needed
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
guide_expected = , expected to be met in { $month }
strength_above = { $name } at level { $achieved } ({ $required } required)
strength_raised_from = , up from level { $from }
strength_raised = { $name } raised { $steps } level(s) since the last cycle ({ $from } → { $to })
strength_full_marks = { $module }: full marks ({ $points }/{ $points })
strength_kpi = { $kpi } { $result }, better than the target { $target }
strength_all_met = all { $n } requirements met
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
verdict_qualified = every basic condition met, total { $total }/{ $points } at least the pass mark { $pass }, grade { $grade }
grade_a = Grade A: every requirement met
grade_b = Grade B: every key item met, { $n } normal one(s) not met
grade_c_key = Grade C: { $n } key item(s) not met: { $names }
grade_c_normal = Grade C: { $n } of { $m } normal items not met, over { $pct }
top_strengths = Main strengths
top_priorities = Development priorities
none_yet = None yet
development_plan = Development plan
proposed = Proposed
proposed_note = This record has no development plan. The plan below is proposed from the gaps (key items first, then the largest), to agree with the manager.
plan_none_needed = Every competency requirement is met; no development plan is needed this cycle. The next level's requirements show how to grow further.
goal = Goal
plan_owner = Owner
plan_due = Due
plan_status = Status
plan_planned = Planned
plan_in-progress = In progress
plan_done = Done
plan_dropped = Dropped
plan_overdue = Overdue
plan_unset = Not set
reach_level = level { $from } → level { $to } “{ $title }”
target_behaviours = Behaviours of the target level
actions = Actions (70/20/10)
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
years = { $n } years
hours = { $n } hours
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
conditions_all_met = All basic conditions met
conditions_some_unmet = Some basic conditions not met
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
sheet_notes_row = How to fill in
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
key_unmet = Key items unmet
normal_unmet = Normal items unmet

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
yaml-unexpected-character = unexpected character: `{ $character }'
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
