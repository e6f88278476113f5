//! Fresh temporary directories, removed when dropped.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process;
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes the directories one process creates.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A directory under [`std::env::temp_dir`] that this value owns: created
/// empty by [`TempDir::new`], removed with everything in it on drop.
///
/// Its name is `<prefix>-<pid>-<counter>`, so directories made by parallel
/// tests and by concurrent test processes never collide. A leftover
/// directory of that name (from an earlier process that had the same pid
/// and was killed before it cleaned up) is skipped, never reused.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates a new empty directory whose name starts with `prefix`.
    ///
    /// # Errors
    ///
    /// Any I/O error from creating the directory, other than the name being
    /// taken, which makes it try the next name.
    pub fn new(prefix: &str) -> io::Result<Self> {
        let base = std::env::temp_dir();
        let pid = process::id();
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = base.join(format!("{prefix}-{pid}-{n}"));
            match fs::create_dir(&path) {
                Ok(()) => return Ok(Self { path }),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(err),
            }
        }
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path of `name` inside the directory.
    pub fn join(&self, name: impl AsRef<Path>) -> PathBuf {
        self.path.join(name)
    }

    /// Gives up ownership: the directory is left on disk, and its path returned.
    pub fn keep(self) -> PathBuf {
        let path = self.path.clone();
        std::mem::forget(self);
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Nothing useful can be done about a failure here, and panicking in
        // drop could abort a test that is already unwinding.
        let _ = fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_distinct_empty_directories_and_removes_them_on_drop() {
        let a = TempDir::new("resp-tests-unit").unwrap();
        let b = TempDir::new("resp-tests-unit").unwrap();
        assert_ne!(a.path(), b.path());
        assert!(a.path().is_dir());
        assert_eq!(fs::read_dir(a.path()).unwrap().count(), 0);

        fs::write(a.join("file"), b"data").unwrap();
        let path = a.path().to_path_buf();
        drop(a);
        assert!(!path.exists());

        let kept = b.keep();
        assert!(kept.is_dir());
        fs::remove_dir_all(kept).unwrap();
    }
}
