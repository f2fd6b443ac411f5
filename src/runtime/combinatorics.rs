//! The index walks behind `itertools.permutations`, `combinations`,
//! `combinations_with_replacement` and `product`: each yields tuples of items of a
//! snapshot of its pools, in CPython's (lexicographic) order, advancing without running
//! Python code. Not the argument checking (pylib `itertools.py` normalises arguments
//! before `_itertools` builds one) nor the iterator protocol (`vm::protocol`).

use super::tuple::{PyTuple, TupleRef};
use super::value::Value;

/// Which walk, with what it needs beyond the shared index vector.
pub enum Walk {
    /// `permutations(pool, r)`: CPython's cycles (`indices` holds all n positions).
    Permutations {
        cycles: Vec<usize>,
    },
    Combinations,
    CombinationsWithReplacement,
    /// `product(*pools)`: `indices[i]` indexes `pools[i]`.
    Product {
        pools: Vec<Vec<Value>>,
    },
}

pub struct Combinatoric {
    walk: Walk,
    /// The pool (empty for `product`, whose pools are in the walk).
    pool: Vec<Value>,
    indices: Vec<usize>,
    /// Items per result.
    r: usize,
    started: bool,
    done: bool,
}

impl Combinatoric {
    pub fn permutations(pool: Vec<Value>, r: usize) -> Combinatoric {
        let n = pool.len();
        let cycles = (0..r.min(n)).map(|i| n - i).collect();
        Combinatoric::new(
            Walk::Permutations { cycles },
            pool,
            (0..n).collect(),
            r,
            r > n,
        )
    }

    pub fn combinations(pool: Vec<Value>, r: usize) -> Combinatoric {
        let done = r > pool.len();
        Combinatoric::new(Walk::Combinations, pool, (0..r).collect(), r, done)
    }

    pub fn combinations_with_replacement(pool: Vec<Value>, r: usize) -> Combinatoric {
        let done = pool.is_empty() && r > 0;
        let walk = Walk::CombinationsWithReplacement;
        Combinatoric::new(walk, pool, vec![0; r], r, done)
    }

    pub fn product(pools: Vec<Vec<Value>>) -> Combinatoric {
        let (r, done) = (pools.len(), pools.iter().any(|p| p.is_empty()));
        Combinatoric::new(Walk::Product { pools }, Vec::new(), vec![0; r], r, done)
    }

    fn new(walk: Walk, pool: Vec<Value>, indices: Vec<usize>, r: usize, done: bool) -> Self {
        Combinatoric {
            walk,
            pool,
            indices,
            r,
            started: false,
            done,
        }
    }

    /// Show every pooled value to `f` (the cycle collector's traversal).
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        self.pool.iter().for_each(&mut f);
        if let Walk::Product { pools } = &self.walk {
            pools.iter().flatten().for_each(f);
        }
    }

    /// `type(it).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self.walk {
            Walk::Permutations { .. } => "permutations",
            Walk::Combinations => "combinations",
            Walk::CombinationsWithReplacement => "combinations_with_replacement",
            Walk::Product { .. } => "product",
        }
    }

    /// The next result, or None when all have been produced.
    pub fn next_tuple(&mut self) -> Option<TupleRef> {
        if !self.advance() {
            return None;
        }
        let items = &self.indices[..self.r];
        Some(match &self.walk {
            Walk::Product { pools } => {
                PyTuple::collect(items.iter().zip(pools).map(|(&i, p)| p[i].clone()))
            }
            _ => PyTuple::collect(items.iter().map(|&i| self.pool[i].clone())),
        })
    }

    /// Step to the next result without building it (islice skips this way); false when
    /// there is none.
    pub fn advance(&mut self) -> bool {
        if self.done {
            return false;
        }
        if !self.started {
            self.started = true;
            return true;
        }
        let stepped = match &mut self.walk {
            Walk::Permutations { cycles } => step_permutation(&mut self.indices, cycles, self.r),
            Walk::Combinations => step_combination(&mut self.indices, self.pool.len()),
            Walk::CombinationsWithReplacement => step_multiset(&mut self.indices, self.pool.len()),
            Walk::Product { pools } => step_product(&mut self.indices, pools),
        };
        self.done = !stepped;
        stepped
    }
}

fn step_permutation(indices: &mut [usize], cycles: &mut [usize], r: usize) -> bool {
    let n = indices.len();
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            return true;
        }
    }
    false
}

fn step_combination(indices: &mut [usize], n: usize) -> bool {
    let r = indices.len();
    let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
        return false;
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    true
}

fn step_multiset(indices: &mut [usize], n: usize) -> bool {
    let Some(i) = (0..indices.len()).rev().find(|&i| indices[i] != n - 1) else {
        return false;
    };
    let v = indices[i] + 1;
    indices[i..].fill(v);
    true
}

fn step_product(indices: &mut [usize], pools: &[Vec<Value>]) -> bool {
    for i in (0..indices.len()).rev() {
        if indices[i] + 1 < pools[i].len() {
            indices[i] += 1;
            indices[i + 1..].fill(0);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(n: i64) -> Vec<Value> {
        (0..n).map(Value::Int).collect()
    }

    fn all(mut c: Combinatoric) -> Vec<Vec<i64>> {
        let mut out = Vec::new();
        while let Some(t) = c.next_tuple() {
            out.push(
                t.items
                    .iter()
                    .map(|v| if let Value::Int(i) = v { *i } else { -1 })
                    .collect(),
            );
        }
        assert!(c.next_tuple().is_none(), "stays exhausted");
        out
    }

    #[test]
    fn walks_match_the_documented_orders() {
        let c = all(Combinatoric::combinations(ints(4), 2));
        assert_eq!(c, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
        let m = all(Combinatoric::combinations_with_replacement(ints(3), 2));
        assert_eq!(m, [[0, 0], [0, 1], [0, 2], [1, 1], [1, 2], [2, 2]]);
        let p = all(Combinatoric::permutations(ints(3), 2));
        assert_eq!(p, [[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]]);
        let x = all(Combinatoric::product(vec![ints(2), ints(3)]));
        assert_eq!(x, [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
    }

    #[test]
    fn edge_sizes() {
        assert_eq!(
            all(Combinatoric::combinations(ints(3), 0)),
            [Vec::<i64>::new()]
        );
        assert!(all(Combinatoric::combinations(ints(2), 3)).is_empty());
        assert_eq!(
            all(Combinatoric::combinations_with_replacement(ints(0), 0)).len(),
            1
        );
        assert!(all(Combinatoric::combinations_with_replacement(ints(0), 1)).is_empty());
        assert_eq!(all(Combinatoric::product(vec![])), [Vec::<i64>::new()]);
        assert!(all(Combinatoric::product(vec![ints(2), ints(0)])).is_empty());
        assert_eq!(all(Combinatoric::permutations(ints(0), 0)).len(), 1);
        assert!(all(Combinatoric::permutations(ints(2), 3)).is_empty());
    }
}
