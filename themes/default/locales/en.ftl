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
}, { $sheets ->
    [one] 1 sheet PDF
   *[other] { $sheets } sheet PDFs
}, { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} and { $summaries ->
    [one] 1 team summary
   *[other] { $summaries } team summaries
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
}, { $sheets ->
    [one] 1 sheet PDF
   *[other] { $sheets } sheet PDFs
}, { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} and { $summaries ->
    [one] 1 team summary
   *[other] { $summaries } team summaries
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
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-none-yet = no { $what } is defined yet
cli-known = the known { $what } are { $known }
cli-none-close = none of the { $count } known { $what } is close to `{ $word }`
cli-noun-employee-id = employee id
cli-noun-employee-ids = employee ids
cli-noun-cycle = cycle
cli-noun-cycles = cycles
cli-noun-sequence = sequence
cli-noun-sequence-ids = sequence ids
cli-noun-level = level
cli-noun-level-ids = level ids
cli-noun-column = column
cli-noun-columns = columns
cli-noun-department = department
cli-noun-departments = departments
cli-noun-manager = manager
cli-noun-manager-ids = manager ids

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
import-not-a-date = is not a date; write it as 2024-12-12
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
import-at-row-value = { $sheet }, row { $row }, value 「{ $value }」: { $message }
import-at-cell = { $sheet }, row { $row }, column { $column } 「{ $header }」: { $message }
import-at-cell-value = { $sheet }, row { $row }, column { $column } 「{ $header }」, value 「{ $value }」: { $message }
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
