//! Renderers: pure functions from content, plans and localizers to bytes.
//! They never touch the file system; [`crate::output`] writes their results.

pub mod html;
pub mod pdf;
