//! A private temporary directory, removed when dropped.
//!
//! Markdown cases are written here as scripts for the interpreter to run; unit tests build
//! case trees here. Not a general temp-file library: names are unique per process and call.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A directory under the system temp dir that lives as long as this value.
#[derive(Debug)]
pub(crate) struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    pub fn new(purpose: &str) -> std::io::Result<ScratchDir> {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("coro-golden-{purpose}-{}-{id}", std::process::id()));
        // A leftover from a crashed run with a recycled pid is stale; start clean.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)?;
        Ok(ScratchDir { path })
    }

    /// A new directory holding a copy of the tree at `source`.
    pub fn copy_of(purpose: &str, source: &std::path::Path) -> std::io::Result<ScratchDir> {
        let dir = ScratchDir::new(purpose)?;
        copy_tree(source, &dir.path)?;
        Ok(dir)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Writes `contents` to `relative` inside the directory, creating parent folders.
    pub fn write(&self, relative: &str, contents: &str) -> std::io::Result<PathBuf> {
        let path = self.path.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, contents)?;
        Ok(path)
    }

    /// [`ScratchDir::write`] for test set-up, where failing to write is a broken test machine.
    #[cfg(test)]
    pub fn put(&self, relative: &str, contents: &str) -> PathBuf {
        self.write(relative, contents)
            .unwrap_or_else(|e| panic!("cannot write {relative}: {e}"))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Copy the files and folders under `from` into the existing folder `to`.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
