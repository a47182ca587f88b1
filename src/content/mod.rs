//! The content stage: English articles in `content/*.md` (Markdown with TOML
//! front matter) → [`Article`]s of typed blocks with inline markup and link
//! targets. Pure and deterministic; reads files only in [`load`].

pub mod load;
pub mod model;
pub mod segment;

pub use load::{load_article, load_articles, parse_article};
pub use model::{Article, Block, BlockKind, Date, Inline};
