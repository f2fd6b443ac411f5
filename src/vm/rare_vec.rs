//! [`RareVec`]: a vector one word wide that allocates nothing until its first push, for
//! a frame's lists that most frames never fill (the block stack of `try`/`with`, the
//! cells of closures). A suspended coroutine keeps its frame, often by the hundred
//! thousand, so each of these costs 8 bytes there instead of a `Vec`'s 24.
//!
//! Not a general vector: it keeps its buffer once made (a pooled frame reuses it), and
//! offers only what frames use.

/// A `Vec<T>` behind one pointer, `None` until the first item. The box around the
/// `Vec` is the point (one word in the frame, not three), hence the allowed lint.
#[allow(clippy::box_collection)]
pub struct RareVec<T>(Option<Box<Vec<T>>>);

impl<T> RareVec<T> {
    pub const fn new() -> RareVec<T> {
        RareVec(None)
    }

    /// The vector, made on first use.
    #[inline]
    fn vec_mut(&mut self) -> &mut Vec<T> {
        self.0.get_or_insert_with(Default::default)
    }

    #[inline]
    pub fn push(&mut self, item: T) {
        self.vec_mut().push(item);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        self.0.as_mut()?.pop()
    }

    /// Empty it, keeping the buffer for the next use.
    #[inline]
    pub fn clear(&mut self) {
        if let Some(v) = &mut self.0 {
            v.clear();
        }
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = T>) {
        self.vec_mut().extend(items);
    }
}

impl<T> Default for RareVec<T> {
    fn default() -> Self {
        RareVec::new()
    }
}

impl<T> From<Vec<T>> for RareVec<T> {
    fn from(v: Vec<T>) -> RareVec<T> {
        if v.is_empty() {
            RareVec(None)
        } else {
            RareVec(Some(Box::new(v)))
        }
    }
}

impl<T> std::ops::Deref for RareVec<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match &self.0 {
            Some(v) => v,
            None => &[],
        }
    }
}

impl<T> std::ops::DerefMut for RareVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.0 {
            Some(v) => v,
            None => &mut [],
        }
    }
}

impl<'a, T> IntoIterator for &'a RareVec<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
