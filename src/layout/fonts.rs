//! Fonts for the PDF stage: the faces built into the binary (Noto, OFL) and
//! any a project adds, each parsed once per process; the per-locale fallback
//! chain; coverage tests. Input: font bytes and family names. Output:
//! [`FontSet`]s the layout module picks faces from. Reads project font files
//! only when the configuration names them; never reads the system's fonts.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::error::{Error, Result};

/// A face's weight and slant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variant {
    Regular,
    Bold,
    Italic,
}

/// One parsed face. Bytes live for the whole process (built in, or loaded
/// once per distinct file), so shaping faces can borrow them freely.
pub struct Face {
    pub family: String,
    pub variant: Variant,
    pub bytes: &'static [u8],
    pub shaper: rustybuzz::Face<'static>,
    /// A name for the PDF resource and the subset tag: eight letters A–P
    /// derived from the bytes, so it never depends on what was built before.
    pub pdf_name: String,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
    pdf: OnceLock<Option<printpdf::ParsedFont>>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("family", &self.family)
            .field("variant", &self.variant)
            .field("pdf_name", &self.pdf_name)
            .finish()
    }
}

impl Face {
    fn new(family: &str, variant: Variant, bytes: &'static [u8]) -> Option<Face> {
        let shaper = rustybuzz::Face::from_slice(bytes, 0)?;
        let upem = shaper.units_per_em() as f32;
        use sha2::Digest;
        let hash = sha2::Sha256::digest(bytes);
        let pdf_name: String = hash[..8]
            .iter()
            .map(|b| char::from(b'A' + (b & 0x0f)))
            .collect();
        Some(Face {
            family: family.to_owned(),
            variant,
            bytes,
            ascender: shaper.ascender() as f32 / upem,
            descender: shaper.descender() as f32 / upem,
            units_per_em: upem,
            shaper,
            pdf_name,
            pdf: OnceLock::new(),
        })
    }

    /// True if the face maps `c` to a real glyph.
    pub fn covers(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// The glyph for `c`, if the face has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.shaper.glyph_index(c).map(|g| g.0).filter(|g| *g != 0)
    }

    /// The face as printpdf needs it, parsed on first use and kept for the
    /// process (the CJK faces take tens of milliseconds to parse).
    pub fn pdf_font(&self) -> Option<&printpdf::ParsedFont> {
        self.pdf
            .get_or_init(|| printpdf::ParsedFont::from_bytes(self.bytes, 0, &mut Vec::new()))
            .as_ref()
    }
}

/// A family: its faces by variant (Regular is always present).
#[derive(Debug)]
pub struct Family {
    pub name: String,
    pub faces: BTreeMap<Variant, Arc<Face>>,
}

impl Family {
    /// The face for `variant`, or the closest one the family has.
    pub fn face(&self, variant: Variant) -> &Arc<Face> {
        self.faces
            .get(&variant)
            .or_else(|| self.faces.get(&Variant::Regular))
            .or_else(|| self.faces.values().next())
            .unwrap_or_else(|| unreachable!("a family always has a face"))
    }
}

macro_rules! builtin {
    ($file:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/", $file))
    };
}

/// The families built into folio (Noto, SIL Open Font License 1.1).
pub const BUILTIN_FAMILIES: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans SC",
    "Noto Sans KR",
];

type FaceFiles = &'static [(Variant, &'static [u8])];

fn builtin_files(name: &str) -> Option<FaceFiles> {
    const SANS: FaceFiles = &[
        (Variant::Regular, builtin!("NotoSans-Regular.ttf")),
        (Variant::Bold, builtin!("NotoSans-Bold.ttf")),
        (Variant::Italic, builtin!("NotoSans-Italic.ttf")),
    ];
    const ARABIC: FaceFiles = &[
        (Variant::Regular, builtin!("NotoSansArabic-Regular.ttf")),
        (Variant::Bold, builtin!("NotoSansArabic-Bold.ttf")),
    ];
    const SC: FaceFiles = &[
        (Variant::Regular, builtin!("NotoSansSC-Regular.otf")),
        (Variant::Bold, builtin!("NotoSansSC-Bold.otf")),
    ];
    const KR: FaceFiles = &[
        (Variant::Regular, builtin!("NotoSansKR-Regular.otf")),
        (Variant::Bold, builtin!("NotoSansKR-Bold.otf")),
    ];
    match name {
        "Noto Sans" => Some(SANS),
        "Noto Sans Arabic" => Some(ARABIC),
        "Noto Sans SC" => Some(SC),
        "Noto Sans KR" => Some(KR),
        _ => None,
    }
}

/// Every family parsed so far, built in or from a project file; each one is
/// parsed once per process.
fn registry() -> &'static Mutex<BTreeMap<String, Arc<Family>>> {
    static REG: OnceLock<Mutex<BTreeMap<String, Arc<Family>>>> = OnceLock::new();
    REG.get_or_init(|| Mutex::new(BTreeMap::new()))
}

/// The built-in family `name`, parsed on first use.
pub fn builtin_family(name: &str) -> Option<Arc<Family>> {
    let key = format!("builtin:{name}");
    let mut reg = registry().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = reg.get(&key) {
        return Some(f.clone());
    }
    let files = builtin_files(name)?;
    let faces = files
        .iter()
        .filter_map(|(v, bytes)| Face::new(name, *v, bytes).map(|f| (*v, Arc::new(f))))
        .collect();
    let family = Arc::new(Family {
        name: name.to_owned(),
        faces,
    });
    reg.insert(key, family.clone());
    Some(family)
}

/// A project family from font files (paths already checked to be inside the
/// project). The same bytes are parsed once per process.
pub fn file_family(name: &str, files: &[(Variant, std::path::PathBuf)]) -> Result<Arc<Family>> {
    let mut faces = BTreeMap::new();
    for (variant, path) in files {
        let bytes = crate::output::read_regular_file(path, 64 << 20)?;
        use sha2::Digest;
        let digest = sha2::Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let key = format!("file:{name}:{hex}");
        let mut reg = registry().lock().unwrap_or_else(|e| e.into_inner());
        let face = match reg.get(&key).and_then(|f| f.faces.values().next().cloned()) {
            Some(f) => f,
            None => {
                // Leaked once per distinct file for the life of the process:
                // shaping faces borrow the bytes.
                let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
                let face = Face::new(name, *variant, bytes).ok_or_else(|| {
                    Error::Input(format!(
                        "{}: not a font folio can read (TrueType or OpenType)",
                        path.display()
                    ))
                })?;
                let face = Arc::new(face);
                let mut one = BTreeMap::new();
                one.insert(*variant, face.clone());
                reg.insert(
                    key,
                    Arc::new(Family {
                        name: name.to_owned(),
                        faces: one,
                    }),
                );
                face
            }
        };
        faces.insert(*variant, face);
    }
    if !faces.contains_key(&Variant::Regular) {
        return Err(Error::Input(format!(
            "font family \"{name}\" needs a regular face"
        )));
    }
    Ok(Arc::new(Family {
        name: name.to_owned(),
        faces,
    }))
}

/// The default fallback chain for a language: Latin first (digits and
/// punctuation look the same in every PDF), then the script of the locale,
/// then the other scripts, so a Korean name in a Chinese PDF still draws.
pub fn default_chain(language: &str) -> Vec<&'static str> {
    match language {
        "ko" => vec![
            "Noto Sans",
            "Noto Sans KR",
            "Noto Sans SC",
            "Noto Sans Arabic",
        ],
        "ar" | "fa" | "ur" => vec![
            "Noto Sans",
            "Noto Sans Arabic",
            "Noto Sans SC",
            "Noto Sans KR",
        ],
        _ => vec![
            "Noto Sans",
            "Noto Sans SC",
            "Noto Sans KR",
            "Noto Sans Arabic",
        ],
    }
}

/// The fonts one document may use, in fallback order.
#[derive(Debug, Clone)]
pub struct FontSet {
    pub chain: Vec<Arc<Family>>,
}

impl FontSet {
    /// The built-in chain for `language`.
    pub fn builtin(language: &str) -> FontSet {
        FontSet {
            chain: default_chain(language)
                .into_iter()
                .filter_map(builtin_family)
                .collect(),
        }
    }

    /// Index in the chain of the first family covering `c`.
    pub fn first_covering(&self, c: char) -> Option<usize> {
        self.chain
            .iter()
            .position(|f| f.face(Variant::Regular).covers(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_families_parse_once_and_cover_their_scripts() {
        let set = FontSet::builtin("ar");
        assert_eq!(set.chain.len(), 4);
        assert_eq!(set.first_covering('A'), Some(0));
        assert_eq!(set.first_covering('ب'), Some(1));
        assert_eq!(set.first_covering('健'), Some(2));
        assert_eq!(set.first_covering('건'), Some(3));
        assert_eq!(set.first_covering('\u{20000}'), None);
        let again = builtin_family("Noto Sans").map(|f| Arc::as_ptr(&f));
        assert_eq!(again, Some(Arc::as_ptr(&set.chain[0])));
        let name = &set.chain[0].face(Variant::Bold).pdf_name;
        assert_eq!(name.len(), 8);
        assert!(name.bytes().all(|b| (b'A'..=b'P').contains(&b)));
        // Arabic has no italic: the regular face stands in.
        assert_eq!(set.chain[1].face(Variant::Italic).variant, Variant::Regular);
    }
}
