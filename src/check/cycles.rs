//! Reference cycles among a locale's messages and terms (Tarjan's strongly
//! connected components, iterative so deep graphs cannot overflow the stack).

use std::collections::{BTreeMap, BTreeSet};

/// Symbols that lie on a reference cycle (Tarjan's algorithm, iterative).
pub(super) fn cycles(
    graph: &BTreeMap<String, (BTreeSet<String>, usize, usize)>,
) -> BTreeSet<String> {
    let names: Vec<&String> = graph.keys().collect();
    let pos: std::collections::HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let adj: Vec<Vec<usize>> = names
        .iter()
        .map(|n| {
            graph[*n]
                .0
                .iter()
                .filter_map(|t| pos.get(t.as_str()).copied())
                .collect()
        })
        .collect();
    let n = names.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut out = BTreeSet::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if *i == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *i < adj[v].len() {
                let w = adj[v][*i];
                *i += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 || adj[v].contains(&v) {
                    out.extend(component.into_iter().map(|w| names[w].clone()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cycles() {
        let mut g = BTreeMap::new();
        let e = |v: &[&str]| {
            (
                v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(),
                0,
                0,
            )
        };
        g.insert("a".to_owned(), e(&["b"]));
        g.insert("b".to_owned(), e(&["a"]));
        g.insert("c".to_owned(), e(&["a", "-t"]));
        g.insert("-t".to_owned(), e(&["-t"]));
        g.insert("d".to_owned(), e(&[]));
        let c = cycles(&g);
        assert_eq!(c.into_iter().collect::<Vec<_>>(), ["-t", "a", "b"]);
    }
}
