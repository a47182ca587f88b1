//! The editors' lints on the English source (`dangling-lead-in`,
//! `broken-anchor`, `page-part-reference`), reported by `folio split` and by
//! `folio check` with file:line:col, under the project's policy; and tables
//! in articles refused with their position.

use std::path::Path;

use folio::check::run::check_project;
use folio::config::Project;

use crate::support::{folio, stderr, stdout};

const SITE: &str = "-org-name = Example Health\n\
helpline-intro = Call us.\n\
helpline-chat = <a data-l10n-name=\"live-chat\">Chat live online</a>\n\
helpline-chat-how = Select the Live Chat button at the bottom of the page\n\
helpline-call = Call us\n\
helpline-hours = Any time\n\
helpline-specialists = Some of the topics we can assist with include:\n\
helpline-doctor = Ask your doctor.\n";

/// A project with one article `body` and the site bundle `site`.
fn project(body: &str, site: &str, extra_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("folio.toml"),
        format!("locales = [\"en\"]\n[site.links]\nlive-chat = \"#live-chat\"\n{extra_toml}"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::create_dir_all(root.join("locales/en")).unwrap();
    std::fs::write(
        root.join("content/a.md"),
        format!("+++\ntitle = \"A\"\nslug = \"a\"\nrevised = 2024-01-02\n+++\n\n{body}"),
    )
    .unwrap();
    std::fs::write(root.join("locales/en/site.ftl"), site).unwrap();
    dir
}

/// `(code, file:line:col)` of the English findings of `folio check`.
fn check_findings(root: &Path) -> Vec<(String, String)> {
    let p = Project::load(root).unwrap();
    let report = check_project(&p, &[]).unwrap();
    report
        .findings
        .iter()
        .map(|f| {
            (
                f.diag.code.to_owned(),
                format!(
                    "{}:{}:{}",
                    f.diag.location.file.to_string_lossy().replace('\\', "/"),
                    f.diag.location.line,
                    f.diag.location.column
                ),
            )
        })
        .collect()
}

// The article's body starts on line 7 of content/a.md.
const BODY: &str = "Intro text.\n\
\n\
## Gene changes\n\
\n\
There are a few different ways that genes change:\n\
\n\
Here are some changes being studied:\n\
\n\
## Lists {#lists}\n\
\n\
These are followed by a list:\n\
\n\
- one, see [above](#lists)\n\
- two, see [nowhere](#no-such-place)\n\
\n\
## Targeted drugs\n\
\n\
Newer drugs are being studied. For example:\n\
\n\
### ALK inhibitors\n\
\n\
Click here to read about [treatment](#treatment-heading) or [drugs](#targeted-drugs-heading).\n\
\n\
## Treatment\n\
\n\
The last word:\n";

fn expected_content() -> Vec<(String, String)> {
    [
        ("dangling-lead-in", "content/a.md:11:49"),
        ("dangling-lead-in", "content/a.md:13:36"),
        ("broken-anchor", "content/a.md:20:12"),
        ("page-part-reference", "content/a.md:28:1"),
        ("dangling-lead-in", "content/a.md:32:14"),
    ]
    .iter()
    .map(|(c, l)| ((*c).to_owned(), (*l).to_owned()))
    .collect()
}

#[test]
fn split_reports_each_lint_with_its_position_and_still_writes() {
    let dir = project(BODY, "-org-name = Example Health\n", "");
    let root = dir.path();
    let out = folio(root, &["split"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    for (code, at) in expected_content() {
        assert!(
            err.contains(&format!("warning[{code}]")) && err.contains(&format!("--> {at}\n")),
            "{code} at {at} missing:\n{err}"
        );
    }
    assert_eq!(err.matches("warning[").count(), 5, "{err}");
    assert!(err.contains("`#no-such-place`"), "{err}");
    assert!(err.contains("“click here”"), "{err}");
    // A lead-in followed by a list, and one followed by its subsections, are fine;
    // so are links to headings by message ID and by `{#anchor}`.
    assert!(!err.contains("content/a.md:17:"), "{err}");
    assert!(!err.contains("content/a.md:24:"), "{err}");
    assert!(!err.contains("content/a.md:19:"), "{err}");
    assert!(stdout(&out).contains("wrote locales/en/a.ftl"));
}

#[test]
fn check_reports_the_same_lints_for_the_english() {
    let dir = project(BODY, "-org-name = Example Health\n", "");
    let root = dir.path();
    assert_eq!(folio(root, &["split"]).status.code(), Some(0));
    let mut got = check_findings(root);
    got.sort();
    let mut want = expected_content();
    want.sort();
    assert_eq!(got, want);
    // Warnings do not fail the check; the human report names the place.
    let out = folio(root, &["check", "--max-findings", "0"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("content/a.md:13:36"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_link_to_its_own_heading_goes_nowhere() {
    let dir = project(
        "## Gene [changes](#genes) {#genes}\n\nSee [more](#more-heading).\n\n## More\n\nText.\n",
        "-org-name = Example Health\n",
        "",
    );
    let out = folio(dir.path(), &["split"]);
    let err = stderr(&out);
    assert!(
        err.contains("warning[broken-anchor]: the link to `#genes` points at the block it is in"),
        "{err}"
    );
    assert!(err.contains("--> content/a.md:7:9\n"), "{err}");
    assert_eq!(err.matches("warning[").count(), 1, "{err}");
}

#[test]
fn the_site_text_is_linted_where_the_article_places_it() {
    let dir = project("<!-- site: helpline -->\n\nText.\n", SITE, "");
    let root = dir.path();
    let out = folio(root, &["split"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    // The chat link points at the helpline box it stands in.
    assert!(
        err.contains("warning[broken-anchor]: the link to `#live-chat` (folio.toml [site.links]) points at the block it is in"),
        "{err}"
    );
    assert!(err.contains("--> locales/en/site.ftl:3:20\n"), "{err}");
    assert!(
        err.contains("warning[page-part-reference]: “at the bottom of the page”"),
        "{err}"
    );
    assert!(err.contains("--> locales/en/site.ftl:4:49\n"), "{err}");
    // The last message of the box ends with `:` and a paragraph follows.
    assert!(err.contains("--> locales/en/site.ftl:7:69\n"), "{err}");
    assert_eq!(err.matches("warning[").count(), 3, "{err}");
    let mut got = check_findings(root);
    got.sort();
    assert_eq!(
        got,
        [
            (
                "broken-anchor".to_owned(),
                "locales/en/site.ftl:3:20".to_owned()
            ),
            (
                "dangling-lead-in".to_owned(),
                "locales/en/site.ftl:7:69".to_owned()
            ),
            (
                "page-part-reference".to_owned(),
                "locales/en/site.ftl:4:49".to_owned()
            ),
        ]
    );
    // Without the helpline in the article, the chat link and the lead-in are
    // not on the page; the page-part words are still in the bundle.
    std::fs::write(
        root.join("content/a.md"),
        "+++\ntitle = \"A\"\nslug = \"a\"\nrevised = 2024-01-02\n+++\n\nText.\n",
    )
    .unwrap();
    let err = stderr(&folio(root, &["split"]));
    assert_eq!(err.matches("warning[").count(), 1, "{err}");
    assert!(err.contains("page-part-reference"), "{err}");
}

#[test]
fn the_policy_turns_lints_off_or_up_in_split_and_check() {
    let toml = "[check.severity]\npage-part-reference = \"off\"\n\
[[check.rule]]\ncode = \"dangling-lead-in\"\nid = \"treatment-*\"\nseverity = \"off\"\n";
    let dir = project(BODY, "-org-name = Example Health\n", toml);
    let root = dir.path();
    let out = folio(root, &["split"]);
    let err = stderr(&out);
    assert!(!err.contains("page-part-reference"), "{err}");
    assert!(!err.contains("content/a.md:32:"), "{err}");
    assert_eq!(err.matches("warning[").count(), 3, "{err}");
    assert_eq!(check_findings(root).len(), 3);

    // As errors they stop `split` like any broken English source.
    let dir = project(
        BODY,
        "-org-name = Example Health\n",
        "[check.severity]\ndangling-lead-in = \"error\"\n",
    );
    let out = folio(dir.path(), &["split"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("error[dangling-lead-in]"));
}

#[test]
fn tables_are_refused_with_their_position() {
    for (body, at) in [
        // A GFM table.
        (
            "Text.\n\n| Drug | Use |\n|---|---|\n| a | b |\n",
            "content/a.md:9:1",
        ),
        // Rows without the delimiter row: Markdown reads them as a paragraph.
        ("Text.\n\n| Drug | Use |\n| a | b |\n", "content/a.md:9:1"),
    ] {
        let dir = project(body, "-org-name = Example Health\n", "");
        let root = dir.path();
        let out = folio(root, &["split"]);
        assert_eq!(out.status.code(), Some(2), "{body}");
        let err = stderr(&out);
        assert!(
            err.contains("error[unsupported-markdown]: a table is not supported"),
            "{err}"
        );
        assert!(err.contains(&format!("--> {at}\n")), "{err}");
        assert!(
            !root.join("locales/en/a.ftl").exists(),
            "nothing is written"
        );
    }
    // A pipe inside prose is not a table.
    let dir = project("Use a | b here.\n", "-org-name = Example Health\n", "");
    assert_eq!(folio(dir.path(), &["split"]).status.code(), Some(0));
}
