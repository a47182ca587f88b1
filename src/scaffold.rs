//! `folio new-locale`: a new locale folder mirroring English, every message
//! present as guidance the way Fluent translators expect (the English as a
//! comment, so nothing counts as translated until it is), and the locale
//! added to `folio.toml` as `in-progress` with its formatting kept.

use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::config::{CONFIG_FILE, Project};
use crate::error::{Error, Result};
use crate::locale::Locale;

/// A translation file for `locale` with every message of `english` as a
/// commented-out guide line, group comments kept.
pub fn guide_ftl(locale: &Locale, english_path: &Path, english: &str) -> String {
    let mut out = format!(
        "### {} translation of {}.\n### Each message below is the English, commented out: remove the `# ` and translate.\n### A line such as `# $date (date) - …` just above a message is the English note on it: leave it commented.\n### Messages still commented out are shown in English on the site.\n\n",
        locale.endonym(),
        english_path.display()
    );
    let res = fluent_syntax::parser::parse(english).unwrap_or_else(|(r, _)| r);
    for entry in &res.body {
        match entry {
            ast::Entry::GroupComment(c) => {
                out.push_str(&format!("\n## {}\n\n", c.content.join(" ")));
            }
            ast::Entry::Comment(c) => {
                // A note of its own, not attached to a message: kept, apart.
                for line in &c.content {
                    out.push_str(&comment_line(line));
                }
                out.push('\n');
            }
            ast::Entry::Message(_) | ast::Entry::Term(_) => {
                // The English note on the message (`# $date (date) - …`), as
                // it is: once the message below is uncommented it is the
                // translation's note again.
                if let Some(c) = entry_comment(entry) {
                    for line in &c.content {
                        out.push_str(&comment_line(line));
                    }
                }
                let one = ast::Resource {
                    body: vec![strip_comment(entry)],
                };
                for line in fluent_syntax::serializer::serialize(&one).lines() {
                    out.push_str(if line.is_empty() { "#\n" } else { "# " });
                    if !line.is_empty() {
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn comment_line(line: &str) -> String {
    if line.is_empty() {
        "#\n".to_owned()
    } else {
        format!("# {line}\n")
    }
}

fn entry_comment<'a, 's>(entry: &'a ast::Entry<&'s str>) -> Option<&'a ast::Comment<&'s str>> {
    match entry {
        ast::Entry::Message(m) => m.comment.as_ref(),
        ast::Entry::Term(t) => t.comment.as_ref(),
        _ => None,
    }
}

fn strip_comment<'s>(entry: &ast::Entry<&'s str>) -> ast::Entry<&'s str> {
    match entry.clone() {
        ast::Entry::Message(mut m) => {
            m.comment = None;
            ast::Entry::Message(m)
        }
        ast::Entry::Term(mut t) => {
            t.comment = None;
            ast::Entry::Term(t)
        }
        other => other,
    }
}

/// Creates `locales/<tag>/` and registers the locale; returns the files written.
pub fn new_locale(project: &Project, tag: &str) -> Result<Vec<PathBuf>> {
    let locale: Locale = tag
        .parse()
        .map_err(|e: crate::locale::LocaleError| Error::Input(e.to_string()))?;
    if crate::pseudo::PSEUDO_LOCALES.contains(&locale.as_str()) {
        return Err(Error::Input(format!(
            "`{locale}` is a pseudo-locale, made on the fly by `build --pseudo`"
        )));
    }
    if let Some(other) = project
        .locales
        .iter()
        .find(|l| l.as_str().eq_ignore_ascii_case(locale.as_str()))
    {
        return Err(Error::Input(format!(
            "`{other}` is already a locale of this project"
        )));
    }
    let dir = project.locale_dir(&locale);
    if dir.exists() {
        return Err(Error::Input(format!("{} already exists", dir.display())));
    }
    let en_dir = project.locale_dir(&project.source);
    let mut written = Vec::new();
    for rel in crate::check::run::ftl_files(&en_dir)? {
        let en_path = en_dir.join(&rel);
        let english = std::fs::read_to_string(&en_path).map_err(|e| Error::io(&en_path, e))?;
        let shown = project.locales_dir.join(project.source.as_str()).join(&rel);
        let target = dir.join(&rel);
        crate::output::write_atomic(&target, guide_ftl(&locale, &shown, &english).as_bytes())?;
        written.push(project.locales_dir.join(locale.as_str()).join(&rel));
    }
    // Register it in folio.toml, keeping the file's comments and layout.
    let config = project.root.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&config).map_err(|e| Error::io(&config, e))?;
    let mut doc: toml_edit::DocumentMut =
        text.parse()
            .map_err(|e: toml_edit::TomlError| Error::Config {
                path: config.clone(),
                message: e.to_string(),
            })?;
    let bad = |m: &str| Error::Config {
        path: config.clone(),
        message: m.to_owned(),
    };
    doc["locales"]
        .as_array_mut()
        .ok_or_else(|| bad("`locales` is not an array"))?
        .push(locale.as_str());
    if doc.get("locale").is_none() {
        let mut t = toml_edit::Table::new();
        t.set_implicit(true);
        doc["locale"] = toml_edit::Item::Table(t);
    }
    let table = doc["locale"]
        .as_table_mut()
        .ok_or_else(|| bad("`locale` is not a table"))?;
    let mut entry = toml_edit::Table::new();
    entry["status"] = toml_edit::value("in-progress");
    table.insert(locale.as_str(), toml_edit::Item::Table(entry));
    crate::output::write_atomic(&config, doc.to_string().as_bytes())?;
    written.push(PathBuf::from(CONFIG_FILE));
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_keeps_the_english_notes() {
        let en = "## Article furniture\n\n# $date (date) - the date the English article was last revised.\nlast-revised = Last Revised: { DATETIME($date, dateStyle: \"long\") }\n# Two lines\n#\n# of note.\nteam = Team\n\n# A note on its own.\n\nplain = Plain\n";
        let g = guide_ftl(&"fr".parse().unwrap(), Path::new("locales/en/x.ftl"), en);
        assert!(
            g.contains("# $date (date) - the date the English article was last revised.\n# last-revised = Last Revised: { DATETIME($date, dateStyle: \"long\") }\n"),
            "{g}"
        );
        assert!(
            g.contains("# Two lines\n#\n# of note.\n# team = Team\n"),
            "{g}"
        );
        assert!(
            g.contains("# A note on its own.\n\n# plain = Plain\n"),
            "{g}"
        );
        // Uncommenting the message makes the note its comment again.
        let translated = g.replace(
            "# last-revised = Last Revised:",
            "last-revised = Dernière révision :",
        );
        let res = fluent_syntax::parser::parse(translated.as_str()).unwrap();
        let note = res.body.iter().find_map(|e| match e {
            ast::Entry::Message(m) if m.id.name == "last-revised" => m.comment.clone(),
            _ => None,
        });
        assert_eq!(
            note.map(|c| c.content),
            Some(vec![
                "$date (date) - the date the English article was last revised."
            ])
        );
    }

    #[test]
    fn guide_comments_out_every_message() {
        let en = "## Section\n\n# note\nhello = Hello { $name }\n    .title = Hi\n-brand = Folio\nmulti =\n    one\n    two\n";
        let g = guide_ftl(&"fr".parse().unwrap(), Path::new("locales/en/x.ftl"), en);
        assert!(g.contains("## Section\n"), "{g}");
        assert!(
            g.contains("# hello = Hello { $name }\n#     .title = Hi\n"),
            "{g}"
        );
        assert!(g.contains("# -brand = Folio\n"));
        // The English note stays, just above its message.
        assert!(g.contains("# note\n# hello = Hello { $name }\n"), "{g}");
        // Nothing in it is an entry: a translator's file starts with nothing translated.
        let c = crate::catalog::parse_catalog(Path::new("g.ftl"), &g);
        assert!(
            c.entries.is_empty() && c.diagnostics.is_empty(),
            "{:?}",
            c.entries
        );
    }
}
