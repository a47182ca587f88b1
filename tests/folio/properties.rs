//! Property tests of the split: for any Markdown article, IDs are valid and
//! unique, the English catalog parses cleanly, splitting again changes
//! nothing, and formatting each message back gives the block's content.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use folio::catalog::parse_catalog;
use folio::content::segment::{TermValue, inlines_from_markup};
use folio::content::{Inline, parse_article};
use folio::localize::Localizer;
use folio::split::{is_identifier, plan_article, previous_messages, write_ftl};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z]{1,10}",
        "[0-9]{1,4}",
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("<b>".to_owned()),
        Just("a<b".to_owned()),
        Just("&amp;".to_owned()),
        Just("&".to_owned()),
        Just("\"q\"".to_owned()),
        Just("niño".to_owned()),
        Just("中文".to_owned()),
        Just("العربية".to_owned()),
        Just("ACS".to_owned()),
        Just(".dot".to_owned()),
        Just("[x]".to_owned()),
        Just("-dash".to_owned()),
        Just("`code`".to_owned()),
        Just("*em*".to_owned()),
        Just("**strong**".to_owned()),
        Just("[link](https://example.org/a?b=1&c=2)".to_owned()),
        Just("[Read more](tel:+1800)".to_owned()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..12).prop_map(|w| w.join(" "))
}

fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => line(),
        1 => line().prop_map(|l| format!("## {l}")),
        1 => line().prop_map(|l| format!("### {l}")),
        1 => prop::collection::vec(line(), 1..4).prop_map(|items| items.iter().map(|i| format!("- {i}")).collect::<Vec<_>>().join("\n")),
        1 => prop::collection::vec(line(), 1..4).prop_map(|items| items.iter().enumerate().map(|(n, i)| format!("{}. {i}", n + 1)).collect::<Vec<_>>().join("\n")),
    ]
}

fn article_md() -> impl Strategy<Value = String> {
    prop::collection::vec(block(), 1..15).prop_map(|blocks| {
        format!("+++\ntitle = \"A {{title}} & <more>\"\nslug = \"prop\"\nrevised = 2024-02-29\nsummary = \"Sum\"\n+++\n\n{}\n", blocks.join("\n\n"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn split_round_trips(md in article_md()) {
        let (article, diags) = parse_article(Path::new("p.md"), &md);
        let article = article.expect("parses");
        prop_assert!(diags.iter().all(|d| d.code != "front-matter"), "{diags:?}");
        let terms = [TermValue { name: "org".into(), value: "ACS".into() }];
        let (plan, d) = plan_article(&article, &terms, &[], &BTreeSet::new());
        prop_assert!(d.is_empty());

        // IDs valid and unique.
        let mut seen = BTreeSet::new();
        for m in &plan.messages {
            prop_assert!(is_identifier(&m.id), "invalid id {}", m.id);
            prop_assert!(seen.insert(m.id.clone()), "duplicate id {}", m.id);
        }

        // The catalog is valid Fluent holding exactly the planned messages.
        let ftl = write_ftl(&article, &plan);
        let catalog = parse_catalog(Path::new("en.ftl"), &ftl);
        prop_assert!(catalog.diagnostics.is_empty(), "{:?}\n{ftl}", catalog.diagnostics);
        let prev = previous_messages(&catalog);
        prop_assert_eq!(prev.len(), plan.messages.len());

        // Splitting again against its own output changes nothing.
        let (again, _) = plan_article(&article, &terms, &prev, &BTreeSet::new());
        prop_assert_eq!(write_ftl(&article, &again), ftl.clone());

        // Formatting each message gives back the block's content.
        let terms_res = FluentResource::try_new("-org = ACS\n".to_owned()).expect("terms");
        let l = Localizer::new("en".parse().expect("en"), &[&terms_res, &catalog.resource], None);
        for m in &plan.messages {
            let f = l.format(&m.id, None);
            prop_assert!(f.problems.is_empty(), "{:?}", f.problems);
            let back = inlines_from_markup(&folio::markup::parse(&f.text), &m.links);
            match m.block {
                Some(b) => prop_assert_eq!(&back, &article.blocks[b].inlines, "message {} = {}", m.id, m.source),
                None => {
                    let expected = if m.id == "title" { &article.title } else { &article.summary };
                    prop_assert_eq!(&Inline::plain_text(&back), expected);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_breaks_the_catalog_parser(text in "\\PC{0,200}") {
        let c = parse_catalog(Path::new("x.ftl"), &text);
        for d in &c.diagnostics {
            prop_assert!(d.location.line >= 1 && d.location.column >= 1);
        }
    }
}
