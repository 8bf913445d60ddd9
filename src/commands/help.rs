//! `--help` in the language that speaks: every command's about, long about and examples, every
//! option's help, the headings and clap's own words come from the locale files
//! (`cli-<command>`, `cli-<command>-examples`, `cli-<command>-<option>` or, for an option
//! several commands share, `cli-arg-<option>`; `-long` for the text `--help` adds). The Rust
//! definitions keep only names, types and defaults.

use clap::{Arg, ArgAction, Command};

use rungs::locale::Language;
use rungs::msg;

/// The command line `Cli::command()` defines, with its words in `language`.
pub(crate) fn localized(root: Command, language: Language) -> Command {
    let text = |key: &str| language.get(key).to_string();
    let root = root
        .about(text("cli-about"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text("cli-version-flag")),
        )
        .subcommand_value_name(text("cli-value-command"));
    let mut root = words(root, None, language);
    let subcommands: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in subcommands {
        root = root.mut_subcommand(&name, |c| words(c, Some(&name), language));
    }
    root.build();
    // Usage lines are made when the command is built; say their one English word.
    let options = format!("[{}]", text("cli-value-options"));
    let usage = |c: &mut Command| {
        let rendered = c.render_usage().to_string();
        let line = rendered
            .split_once(':')
            .map_or(rendered.as_str(), |(_, u)| u.trim());
        line.replace("[OPTIONS]", &options)
    };
    let root_usage = usage(&mut root);
    let mut root = root.override_usage(root_usage);
    let names: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        root = root.mut_subcommand(&name, |mut c| {
            if name == "help" {
                c = c.about(text("cli-help"));
            }
            let u = usage(&mut c);
            c.override_usage(u)
        });
    }
    root
}

/// One command's words: about, long about, examples, every argument's help and heading, and
/// the help flag.
fn words(command: Command, name: Option<&str>, language: Language) -> Command {
    let text = |key: &str| language.get(key).to_string();
    // Clap's own headings end in an ASCII colon; each section is headed here, the language's way.
    let heading = |key: &str| {
        language
            .say(&msg!("labelled", label = language.get(key), text = ""))
            .trim_end()
            .to_string()
    };
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n",
        text("cli-heading-usage")
    );
    if command.get_subcommands().next().is_some() {
        template += &format!("\n{}\n{{subcommands}}\n", heading("cli-heading-commands"));
    }
    if command.get_positionals().next().is_some() {
        template += &format!("\n{}\n{{positionals}}\n", heading("cli-heading-arguments"));
    }
    template += &format!(
        "\n{}\n{{options}}{{after-help}}",
        heading("cli-heading-options")
    );
    let mut command = command.help_template(template).disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(text("cli-help-flag")),
    );
    if let Some(name) = name {
        command = command.about(text(&format!("cli-{name}")));
        let long = format!("cli-{name}-long");
        if language.has(&long) {
            command = command.long_about(text(&long));
        }
        let examples = format!("cli-{name}-examples");
        if language.has(&examples) {
            command = command.after_help(text(&examples));
        }
    }
    command.mut_args(|arg| localize_arg(arg, name, language))
}

fn localize_arg(arg: Arg, command: Option<&str>, language: Language) -> Arg {
    let id = arg.get_id().to_string();
    if id == "help" || id == "version" {
        return arg;
    }
    // A command's own wording first, then the one shared by every command with the option.
    let find = |suffix: &str| {
        command
            .map(|c| format!("cli-{c}-{id}{suffix}"))
            .into_iter()
            .chain([format!("cli-arg-{id}{suffix}")])
            .find(|key| language.has(key))
            .map(|key| language.get(&key).to_string())
    };
    let mut help = find("").unwrap_or_default();
    let mut long = find("-long");
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let mut notes = Vec::new();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && !is_flag(&arg) {
        notes.push(language.say(&msg!("cli-default", value = defaults.join(", "))));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() && !is_flag(&arg) {
        notes.push(language.say(&msg!("cli-possible-values", values = values)));
    }
    if !notes.is_empty() {
        let notes = notes.join(" ");
        help = format!("{help} {notes}");
        long = long.map(|l| format!("{l}\n\n{notes}"));
    }
    let mut arg = arg.help(help);
    if !is_flag(&arg) {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    match long {
        Some(long) => arg.long_help(long),
        None => arg,
    }
}

/// A switch: its "default" (false) and "possible values" (true, false) say nothing.
fn is_flag(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        ArgAction::SetTrue | ArgAction::SetFalse | ArgAction::Count
    )
}

/// A mistake on the command line, in `language`: clap finds it, rungs words it. Help and
/// version requests are clap's own output.
pub(crate) fn say_error(error: &clap::Error, language: Language) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| {
        error.get(kind).map(|value| match value {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(list) => list.join(language.get("list_sep")),
            ContextValue::StyledStr(s) => s.to_string(),
            ContextValue::Number(n) => n.to_string(),
            other => other.to_string(),
        })
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::UnknownArgument => msg!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => msg!(
            "cli-error-unknown-command",
            command = context(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => match context(ContextKind::ValidValue) {
            Some(valid) => msg!(
                "cli-error-invalid-choice",
                value = value,
                arg = arg,
                valid = valid
            ),
            None => msg!("cli-error-empty-value", arg = arg),
        },
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|e| e.to_string())
                .unwrap_or_default();
            msg!(
                "cli-error-invalid-value",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => msg!("cli-error-missing-argument", args = arg),
        ErrorKind::ArgumentConflict => msg!(
            "cli-error-conflict",
            arg = arg,
            other = context(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            msg!("cli-error-missing-command")
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            msg!("cli-error-too-many-values", value = value, arg = arg)
        }
        _ => rungs::locale::Message::verbatim(
            error
                .to_string()
                .trim_start_matches("error: ")
                .lines()
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
    };
    let mut out = format!(
        "{}\n",
        language.say(&msg!(
            "labelled",
            label = language.get("label-error"),
            text = language.say(&message)
        ))
    );
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(context);
    if let Some(suggestion) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            language.say(&msg!("cli-error-did-you-mean", suggestion = suggestion))
        ));
    }
    if let Some(usage) = context(ContextKind::Usage) {
        let line = usage
            .split_once(':')
            .map_or(usage.as_str(), |(_, u)| u.trim());
        out.push_str(&format!("\n{}{line}\n", language.get("cli-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", language.get("cli-error-more")));
    out
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// The definitions hold no words of their own: each would be a second, drifting copy.
    #[test]
    fn the_words_are_in_the_locale_files_only() {
        let root = crate::commands::Cli::command();
        assert!(root.get_about().is_none());
        for command in root.get_subcommands() {
            assert!(command.get_about().is_none(), "{}", command.get_name());
            assert!(command.get_after_help().is_none(), "{}", command.get_name());
            for arg in command.get_arguments() {
                assert!(
                    arg.get_help().is_none(),
                    "`{} --{}` has help text in Rust",
                    command.get_name(),
                    arg.get_id()
                );
            }
        }
    }

    /// Every command, option and heading has its words in every bundled language.
    #[test]
    fn every_command_and_option_is_said_in_every_language() {
        for tag in rungs::locale::bundled_tags() {
            let language = Language::bundled(tag).unwrap();
            let mut root = localized(crate::commands::Cli::command(), language);
            root.build();
            for command in std::iter::once(&root).chain(root.get_subcommands()) {
                let name = command.get_name();
                assert!(
                    command
                        .get_about()
                        .is_some_and(|a| !a.to_string().is_empty()),
                    "{tag}: `{name}` has no about"
                );
                for arg in command.get_arguments() {
                    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                    assert!(
                        !help.trim().is_empty() && !help.starts_with(" ["),
                        "{tag}: `{name} {}` has no help",
                        arg.get_id()
                    );
                }
            }
        }
    }
}
