//! `rungs.yaml`: the settings, the verdict and grading rules, editions, categories and
//! contribution kinds.

use serde::Deserialize;

use super::S;

/// `rungs.yaml`: the settings of the whole standard (title, edition, scales, grading rules).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    /// The handbook's title, e.g. 营销体系任职资格标准.
    pub title: S<String>,
    /// The organisation the standard belongs to, shown on the cover.
    pub organisation: S<String>,
    /// The edition name printed on every page and report, e.g. 第01版.
    pub edition: S<String>,
    /// The date the standard takes effect, `YYYY-MM-DD`; also the handbook PDF's date.
    pub effective_date: S<String>,
    /// The issue date (发布日期) on the cover, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub issued: Option<S<String>>,
    /// What this edition changed (修订内容), in Markdown; optional.
    #[serde(default)]
    pub edition_notes: Option<S<String>>,
    /// The standard's status: `draft`, `published` or `superseded`.
    pub status: S<crate::model::Status>,
    /// The documents' language: `zh-CN`, `en`, or one added by `themes/<theme>/locales/<tag>.ftl`.
    pub language: S<String>,
    /// The absolute http(s) address the site is published at, for sitemap.xml and the 404 page.
    #[serde(default)]
    pub base_url: Option<S<String>>,
    /// The theme whose `themes/<theme>/` files override the built-in ones (default `default`).
    #[serde(default)]
    pub theme: Option<S<String>>,
    /// Who interprets the standard (解释部门), shown on the cover, e.g. 总裁办部.
    pub owner: S<String>,
    /// The document number on the cover, e.g. HR-QS-2013-001; optional.
    #[serde(default)]
    pub serial: Option<S<String>>,
    /// Whether raw HTML in Markdown is let through (default `false`: shown as text).
    #[serde(default)]
    pub raw_html: bool,
    /// The performance ratings, best first (default `[S, A, B, C, D]`).
    #[serde(default)]
    pub performance_ratings: Option<S<Vec<S<String>>>>,
    /// How the A/B/C competency grade is reached; optional, with defaults.
    #[serde(default)]
    pub grading: Option<RawGrading>,
    /// Versioning settings; optional.
    #[serde(default)]
    pub editions: Option<RawEditions>,
    /// Competency categories (layers), in display order; competencies name one by id.
    #[serde(default)]
    pub categories: Vec<RawCategory>,
    /// The kinds of contribution a level may require and a record may list.
    #[serde(default)]
    pub contribution_kinds: Vec<RawCategory>,
    /// Professional titles (职称), lowest first: `title:` conditions compare on this scale.
    #[serde(default)]
    pub professional_titles: Option<S<Vec<S<String>>>>,
    /// How the verdict is reached beyond conditions, points and grade; optional, with defaults.
    #[serde(default)]
    pub verdict: Option<RawVerdict>,
    /// How ratings by several raters combine into a record's values; optional, with defaults.
    #[serde(default)]
    pub ratings: Option<RawRatingRules>,
    /// How long a certification is valid and what renewal needs; optional.
    #[serde(default)]
    pub certification: Option<RawCertificationRules>,
    /// Who prepared, reviewed and approved this edition (编制、审核、批准), for the handbook's
    /// approval block; a role left out gets blank lines to sign by hand.
    #[serde(default)]
    pub approval: Option<RawApproval>,
    /// How the printed handbook and sheets are set; optional.
    #[serde(default)]
    pub handbook: Option<RawHandbook>,
}

/// The printed handbook's typography.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawHandbook {
    /// `serif` (default: Noto Serif CJK SC, a 宋体 style, as official standards are set) or
    /// `sans` (Noto Sans CJK SC, like the reports) for body text; headings stay in the sans.
    #[serde(default)]
    pub body_font: Option<S<crate::model::BodyFont>>,
}

/// The approval block's three roles.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawApproval {
    /// 编制.
    #[serde(default)]
    pub prepared: Option<RawSignature>,
    /// 审核.
    #[serde(default)]
    pub reviewed: Option<RawSignature>,
    /// 批准.
    #[serde(default)]
    pub approved: Option<RawSignature>,
}

/// Who signed, and when.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSignature {
    /// The name (and post, if wanted), e.g. 人力资源部 王芳.
    pub name: S<String>,
    /// When, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub date: Option<S<String>>,
}

/// How long a certification is valid and what renewal needs.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCertificationRules {
    /// Years a certification is valid from the day it takes effect (default 3).
    #[serde(default)]
    pub valid_years: Option<S<f64>>,
    /// Level id → years, for levels valid for another time than `valid_years`.
    #[serde(default)]
    pub levels: std::collections::BTreeMap<String, S<f64>>,
    /// A certification is listed for renewal this many months before it ends (default 6).
    #[serde(default)]
    pub expiring_months: Option<S<u32>>,
    /// What renewal (复审) needs, in words; printed on certificates and the renewal list.
    #[serde(default)]
    pub renewal: Option<S<String>>,
}

/// How ratings by several raters combine (README, *The evaluation rules*, §0).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRatingRules {
    /// Roles beyond `self`, `manager`, `panel` and `peer` a rating may name.
    #[serde(default)]
    pub roles: Vec<S<String>>,
    /// Per kind of item (`competencies`, `behaviours`, `scores`), role → weight; a kind given
    /// lists every role that counts for it. Default: every role but `self` weighs 1.
    #[serde(default)]
    pub weights: std::collections::BTreeMap<
        crate::model::ItemKind,
        std::collections::BTreeMap<String, S<f64>>,
    >,
    /// How a panel's judges combine: `mean`, `median` or `trimmed-mean` (default).
    #[serde(default)]
    pub panel: Option<S<crate::model::Pooling>>,
    /// The fewest judges an item the panel rates needs (default 3).
    #[serde(default)]
    pub min_panel: Option<S<u32>>,
    /// `nearest` (default, halves up), `down` or `up`.
    #[serde(default)]
    pub rounding: Option<S<crate::model::Rounding>>,
    /// The step combined points are rounded to (default 0.5).
    #[serde(default)]
    pub score_step: Option<S<f64>>,
    /// When counting raters diverge: `levels` apart on a competency (default 2), `share` of an
    /// item's points apart (default 0.3).
    #[serde(default)]
    pub divergence: Option<RawDivergence>,
    /// Whether reports name the panel's judges (default) or number them (评委 1, 评委 2).
    #[serde(default)]
    pub name_judges: Option<S<bool>>,
    /// Points of the pass mark a total must be within to be listed for calibration (default 3).
    #[serde(default)]
    pub calibration_margin: Option<S<f64>>,
}

/// When counting raters diverge on an item.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDivergence {
    #[serde(default)]
    pub levels: Option<S<f64>>,
    #[serde(default)]
    pub share: Option<S<f64>>,
}

/// How the verdict is reached beyond conditions, points and grade.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVerdict {
    /// Whether unmet contribution requirements fail the verdict (default: they do not).
    #[serde(default)]
    pub contributions_gate: bool,
    /// What a failed re-certification means: `demote` (降级) or `observe` (保留观察, default).
    #[serde(default)]
    pub failed_recertification: Option<S<crate::model::FailedRecertification>>,
    /// After how many years in a level its holder is due for re-certification (复核): the
    /// eligibility screening then lists the level they hold too. Optional: without it,
    /// screening lists only the levels above.
    #[serde(default)]
    pub recertify_after_years: Option<S<f64>>,
}

/// How the A/B/C grade is reached from met and unmet requirements.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGrading {
    /// Grade B allows at most this share (0 to 1) of normal items unmet (default 0.15).
    #[serde(default)]
    pub b_max_normal_unmet: Option<S<f64>>,
    /// Which kinds of requirement the A/B/C grade counts (default: both).
    #[serde(default)]
    pub counts: Option<S<Vec<S<crate::model::GradedKind>>>>,
}

/// Versioning of the standard's editions.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEditions {
    /// Pattern of the git tags that mark editions, e.g. `v*` (the default without `editions`).
    pub tag_pattern: S<String>,
}

/// A competency category or a contribution kind: both are an id, a name and a description.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    /// The id (`[a-z0-9][a-z0-9-]*`) competencies or contribution requirements refer to.
    pub id: S<String>,
    /// The display name, e.g. 职业素养 or 项目管理.
    pub name: S<String>,
    /// What it covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
}
