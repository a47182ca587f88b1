//! Fidelity tokens: the numbers, phone numbers, URLs and e-mail addresses of
//! a text, normalized so that a faithful translation has the same ones
//! (`1,000` and `1.000` are the same digits; Arabic-Indic and full-width
//! digits count as their ASCII values). For medical text a changed dose or
//! helpline number must never pass silently.

/// The tokens of one text, each list sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Runs of digits outside phone numbers, URLs and e-mail addresses.
    pub numbers: Vec<String>,
    /// Phone numbers as their digits (7 or more digits with separators).
    pub phones: Vec<String>,
    pub urls: Vec<String>,
    pub emails: Vec<String>,
    /// The text shows a placeholder address at a reserved example domain
    /// (`yourname@example.com`), which translators legitimately localize.
    pub email_placeholder: bool,
}

fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        '\u{FF10}'..='\u{FF19}' => char::from_digit(c as u32 - 0xFF10, 10),
        '\u{0966}'..='\u{096F}' => char::from_digit(c as u32 - 0x0966, 10),
        _ => None,
    }
}

fn url_end(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '<' | '>' | '）' | '」' | '”' | '»' | '\u{E000}'
        )
}

/// Extracts the tokens of `text`.
///
/// ```
/// use folio::check::fidelity::tokens;
/// let t = tokens("Call 1-800-227-2345 or see https://example.org/x. Dose: 2.5 mg, 13-cis.");
/// assert_eq!(t.phones, ["18002272345"]);
/// assert_eq!(t.urls, ["https://example.org/x"]);
/// assert_eq!(t.numbers, ["13", "2", "5"]);
/// ```
pub fn tokens(text: &str) -> Tokens {
    // Most strings have no digit, no `@`, no URL: nothing to collect.
    let worth = text.bytes().any(|b| b.is_ascii_digit() || b == b'@')
        || text.contains("://")
        || text.contains("www.")
        || (!text.is_ascii() && text.chars().any(|c| ascii_digit(c).is_some()));
    if !worth {
        return Tokens::default();
    }
    // Without URL, e-mail or enough digits for a phone number, only digit runs matter.
    if !text.contains('@')
        && !text.contains("://")
        && !text.contains("www.")
        && text.chars().filter(|c| ascii_digit(*c).is_some()).count() < 7
    {
        let mut t = Tokens::default();
        let mut cur = String::new();
        for c in text.chars() {
            match ascii_digit(c) {
                Some(d) => cur.push(d),
                None if !cur.is_empty() => t.numbers.push(std::mem::take(&mut cur)),
                None => {}
            }
        }
        if !cur.is_empty() {
            t.numbers.push(cur);
        }
        t.numbers.sort();
        return t;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut t = Tokens::default();
    let mut used = vec![false; chars.len()];
    let s: String = chars.iter().collect();
    // URLs.
    for scheme in ["https://", "http://", "www."] {
        let mut from = 0;
        while let Some(pos) = s[from..].find(scheme) {
            let start_b = from + pos;
            let start = s[..start_b].chars().count();
            if scheme == "www."
                && start > 0
                && (chars[start - 1] == '/' || chars[start - 1].is_alphanumeric())
            {
                from = start_b + scheme.len();
                continue;
            }
            let mut end = start;
            while end < chars.len() && !url_end(chars[end]) {
                end += 1;
            }
            while end > start
                && matches!(
                    chars[end - 1],
                    '.' | ',' | ';' | ':' | ')' | '!' | '?' | '。' | '，'
                )
            {
                end -= 1;
            }
            if !used[start] {
                let url: String = chars[start..end].iter().collect();
                t.urls.push(url.trim_end_matches('/').to_owned());
                used[start..end].iter_mut().for_each(|u| *u = true);
            }
            from = start_b + scheme.len();
        }
    }
    // E-mail addresses.
    for (i, &c) in chars.iter().enumerate() {
        if c != '@' || used[i] {
            continue;
        }
        let mut a = i;
        while a > 0
            && (chars[a - 1].is_alphanumeric() || matches!(chars[a - 1], '.' | '_' | '-' | '+'))
        {
            a -= 1;
        }
        let mut b = i + 1;
        while b < chars.len() && (chars[b].is_alphanumeric() || matches!(chars[b], '.' | '-')) {
            b += 1;
        }
        while b > i + 1 && chars[b - 1] == '.' {
            b -= 1;
        }
        let domain: String = chars[i + 1..b].iter().collect();
        // Addresses at the reserved example domains are placeholders that
        // translators legitimately localize (RFC 2606).
        let placeholder = domain
            .to_lowercase()
            .split('.')
            .any(|part| part == "example");
        t.email_placeholder |= placeholder;
        if a < i && domain.contains('.') && !placeholder {
            t.emails
                .push(chars[a..b].iter().collect::<String>().to_lowercase());
            used[a..b].iter_mut().for_each(|u| *u = true);
        }
    }
    // Phone numbers: a digit run joined by spaces, dashes, dots or parentheses, 7+ digits.
    let mut i = 0;
    while i < chars.len() {
        if used[i]
            || ascii_digit(chars[i]).is_none()
                && !(chars[i] == '+' && chars.get(i + 1).and_then(|c| ascii_digit(*c)).is_some())
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut digits = String::new();
        let mut groups = 0;
        let mut lengths: Vec<usize> = Vec::new();
        let mut j = i;
        let mut last_digit = false;
        while j < chars.len() && !used[j] {
            if let Some(d) = ascii_digit(chars[j]) {
                if !last_digit {
                    groups += 1;
                    lengths.push(0);
                }
                if let Some(l) = lengths.last_mut() {
                    *l += 1;
                }
                digits.push(d);
                last_digit = true;
                end = j + 1;
            } else if matches!(chars[j], '-' | ' ' | '.' | '(' | ')' | '+' | '\u{a0}')
                && j + 1 < chars.len()
            {
                last_digit = false;
            } else {
                break;
            }
            j += 1;
        }
        let joined: String = chars[start..end].iter().collect();
        let plus = chars[start] == '+';
        // Dashes, dots or parentheses make a phone number; spaces alone are
        // thousands separators in many languages (`100 985 047`).
        let has_sep = joined.contains(['-', '(', '.']) || plus;
        // `100.985.047`, `1-000-000`: groups of three after a short first
        // group are a number with thousands separators, not a phone number.
        let thousands =
            lengths.first().is_some_and(|&f| f <= 3) && lengths.iter().skip(1).all(|&l| l == 3);
        if digits.len() >= 7
            && (groups >= 3 || plus)
            && has_sep
            && !thousands
            && !joined.contains(". ")
            && !joined.contains(", ")
        {
            t.phones.push(digits);
            used[start..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else {
            i += 1;
        }
    }
    // Plain numbers: maximal digit runs not already used.
    let mut cur = String::new();
    for (k, &c) in chars.iter().enumerate() {
        match ascii_digit(c) {
            Some(d) if !used[k] => cur.push(d),
            _ => {
                if !cur.is_empty() {
                    t.numbers.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        t.numbers.push(cur);
    }
    for list in [&mut t.numbers, &mut t.phones, &mut t.urls, &mut t.emails] {
        list.sort();
    }
    t
}

/// The kinds of fidelity tokens, for [`locate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Number,
    Phone,
    Url,
    Email,
}

/// Where token `token` (as [`tokens`] gives it: normalized digits, a URL
/// without its trailing `/`, a lower-case address) first appears in `text`,
/// as a byte range; `None` if it does not.
///
/// ```
/// use folio::check::fidelity::{locate, TokenKind};
/// let text = "Take ٢ tablets, call 1-800-227-2345 (step 12).";
/// assert_eq!(locate(text, TokenKind::Number, "2"), Some(5..7));
/// assert_eq!(&text[locate(text, TokenKind::Phone, "18002272345").unwrap()], "1-800-227-2345");
/// assert_eq!(&text[locate(text, TokenKind::Number, "12").unwrap()], "12");
/// ```
pub fn locate(text: &str, kind: TokenKind, token: &str) -> Option<std::ops::Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    match kind {
        TokenKind::Url => text.find(token).map(|p| p..p + token.len()),
        TokenKind::Email => (0..chars.len()).find_map(|k| {
            let at = chars[k].0;
            let candidate = text.get(at..at + token.len())?;
            candidate
                .eq_ignore_ascii_case(token)
                .then_some(at..at + token.len())
        }),
        TokenKind::Number => {
            // Maximal digit runs, not part of a name (`$x2`, `step3`).
            let mut k = 0;
            while k < chars.len() {
                if ascii_digit(chars[k].1).is_none() {
                    k += 1;
                    continue;
                }
                let start = k;
                let mut digits = String::new();
                while let Some(d) = chars.get(k).and_then(|(_, c)| ascii_digit(*c)) {
                    digits.push(d);
                    k += 1;
                }
                let named = start > 0
                    && (chars[start - 1].1.is_ascii_alphabetic()
                        || matches!(chars[start - 1].1, '_' | '$'));
                if digits == token && !named {
                    return Some(chars[start].0..end_of(k));
                }
            }
            None
        }
        TokenKind::Phone => {
            for start in 0..chars.len() {
                let c = chars[start].1;
                let first = ascii_digit(c).is_some() || c == '+';
                let after_digit = start > 0 && ascii_digit(chars[start - 1].1).is_some();
                if !first || after_digit {
                    continue;
                }
                let mut digits = String::new();
                let mut k = start;
                while k < chars.len() && digits.len() < token.len() {
                    let c = chars[k].1;
                    if let Some(d) = ascii_digit(c) {
                        digits.push(d);
                    } else if !matches!(c, '-' | ' ' | '.' | '(' | ')' | '+' | '\u{a0}') {
                        break;
                    }
                    k += 1;
                }
                if digits == token {
                    return Some(chars[start].0..end_of(k));
                }
            }
            None
        }
    }
}

/// Items of `a` not in `b` and of `b` not in `a`, as multisets.
pub fn difference(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let mut only_a = Vec::new();
    let mut b_left: Vec<&String> = b.iter().collect();
    for x in a {
        if let Some(p) = b_left.iter().position(|y| *y == x) {
            b_left.remove(p);
        } else {
            only_a.push(x.clone());
        }
    }
    (only_a, b_left.into_iter().cloned().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_scripts_do_not_matter() {
        assert_eq!(tokens("1,000 mg").numbers, tokens("1.000 mg").numbers);
        assert_eq!(tokens("٢٤ ساعة").numbers, ["24"]);
        assert_eq!(tokens("２０２３年").numbers, ["2023"]);
    }

    #[test]
    fn phones_and_emails() {
        let t = tokens("Llame al +1 (800) 227-2345 o escriba a Help@Cancer.org.");
        assert_eq!(t.phones, ["18002272345"]);
        assert_eq!(t.emails, ["help@cancer.org"]);
        assert!(t.numbers.is_empty());
        // A reference's page range is not a phone number.
        assert!(tokens("2019;322(8):746-755.").phones.is_empty());
        assert!(tokens("2015: 30;3008-3017.").phones.is_empty());
        assert!(tokens("100 985 047 people").phones.is_empty());
        assert!(tokens("100.985.047 people").phones.is_empty());
        assert_eq!(tokens("800.227.2345").phones, ["8002272345"]);
        assert_eq!(
            tokens("See https://a.org/ and https://a.org").urls,
            ["https://a.org", "https://a.org"]
        );
    }

    #[test]
    fn multiset_difference() {
        let a = vec!["1".to_owned(), "1".to_owned(), "2".to_owned()];
        let b = vec!["1".to_owned(), "3".to_owned()];
        assert_eq!(
            difference(&a, &b),
            (vec!["1".to_owned(), "2".to_owned()], vec!["3".to_owned()])
        );
    }
}
