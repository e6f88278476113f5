//! What the fuzz targets share: an allocation cap.
//!
//! `resp-core` promises that the decoder never makes an allocation larger
//! than 64 KiB on the strength of a length the peer declared before its bytes
//! arrived: `*2147483647\r\n` or `$536870912\r\n` must not make it reserve
//! gigabytes. A fuzzer only notices a broken promise of that kind if it is
//! checked, so this crate installs a [`global_allocator`] that wraps
//! [`System`] and aborts the process on any single allocation (or
//! reallocation) larger than the cap. libFuzzer treats the abort as a crash
//! and saves the input under `fuzz/artifacts/<target>/`.
//!
//! # When the cap applies
//!
//! Only while [`capped`] is running the property function, on the thread
//! that called it. libFuzzer's own allocations (C++, through `malloc`) never
//! reach this allocator anyway, and the Rust side of `libfuzzer-sys` and std
//! allocate what they like outside the property call. A panic turns the
//! check off as well, so that formatting the message of a failed assertion,
//! which may hold a long `Debug` dump, is never itself reported as an
//! over-cap allocation and the real failure is what gets printed.
//!
//! # The size of the cap
//!
//! A single allocation made while armed may be as large as the larger of:
//!
//! - [`PREALLOC_CAP`] (64 KiB + 1 KiB). 64 KiB is what the decoder may
//!   reserve for a declared length: `*2147483647\r\n` alone legitimately
//!   allocates 65,520 bytes (the largest multiple of the 40-byte `Frame`
//!   under 64 KiB). The 1 KiB is slack for rounding, not room to grow.
//! - `size_of::<Frame>()` bytes per input byte ([`per_input_byte`]). Bytes
//!   that have actually arrived may legitimately drive allocations in
//!   proportion to their number: `_\r\n` repeated 1,025 times (3,075 bytes,
//!   under libFuzzer's default `-max_len` of 4096) decodes to 1,025 frames,
//!   and the `Vec` collecting them doubles to 2,048 slots, 80 KiB. A flat
//!   64 KiB cap would report that as a crash. The bound: a `Vec` reaches
//!   `2c` slots only after `c + 1` pushes, every frame takes at least 3
//!   input bytes (`_\r\n`) and every map pair at least 6, so a frame vector
//!   of `2c * F` bytes or a pair vector of `2c * 2F` bytes needs more than
//!   `3c` input bytes: under `F` per input byte. Byte buffers (`BytesMut`,
//!   re-encoded frames) stay within a small multiple of the input, far
//!   below that.
//!
//! So for inputs up to about 1.6 KiB the cap is a flat 65 KiB, and a
//! decoder that reserved for a declared length without bound is caught by
//! any short input that declares a large length, which the seed corpus holds
//! and the fuzzer finds at once.
//!
//! # Unsafe code
//!
//! Implementing [`GlobalAlloc`] takes `unsafe`; it is confined to this
//! module, and each block says why it is sound.

#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks, missing_docs)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write as _;
use std::mem::size_of;

use resp_core::Frame;

/// The flat part of the cap: the decoder's 64 KiB allowance for declared
/// lengths, plus 1 KiB of slack.
pub const PREALLOC_CAP: usize = 64 * 1024 + 1024;

/// How many bytes of a single allocation each input byte can account for;
/// see the module docs.
pub const fn per_input_byte() -> usize {
    size_of::<Frame>()
}

/// The largest single allocation allowed while checking an input of
/// `input_len` bytes.
pub const fn cap_for(input_len: usize) -> usize {
    let proportional = input_len.saturating_mul(per_input_byte());
    if proportional > PREALLOC_CAP {
        proportional
    } else {
        PREALLOC_CAP
    }
}

/// Reported when nothing is armed: no allocation exceeds it.
const DISARMED: usize = usize::MAX;

thread_local! {
    /// The cap in force on this thread, [`DISARMED`] outside [`capped`].
    ///
    /// Const-initialised and without a destructor, so reading it never
    /// allocates and works at any point of the thread's life, which the
    /// allocator needs.
    static LIMIT: Cell<usize> = const { Cell::new(DISARMED) };
}

/// Runs `check` on an input of `input_len` bytes with the allocation cap
/// armed on this thread; see the module docs.
pub fn capped<R>(input_len: usize, check: impl FnOnce() -> R) -> R {
    /// Disarms on the way out, unwinding included.
    struct Disarm(usize);
    impl Drop for Disarm {
        fn drop(&mut self) {
            LIMIT.with(|limit| limit.set(self.0));
        }
    }
    let previous = LIMIT.with(|limit| limit.replace(cap_for(input_len)));
    let _disarm = Disarm(previous);
    check()
}

/// [`System`], aborting on an over-cap allocation while [`capped`] is running.
struct CappedAlloc;

impl CappedAlloc {
    /// Aborts if an allocation of `size` bytes breaks the cap in force.
    #[inline]
    fn check(size: usize) {
        let limit = LIMIT.with(Cell::get);
        if size > limit && !std::thread::panicking() {
            over_cap(size, limit);
        }
    }
}

/// Reports an over-cap allocation and aborts.
#[cold]
#[inline(never)]
fn over_cap(size: usize, limit: usize) -> ! {
    // Disarm first: should anything below allocate, it must not land here
    // again.
    LIMIT.with(|limit| limit.set(DISARMED));
    // Stderr is unbuffered and integers format on the stack, so this writes
    // without allocating.
    let _ = writeln!(
        std::io::stderr(),
        "\n==== allocation cap exceeded: one allocation of {size} bytes while \
         checking an input, cap {limit} bytes (see fuzz/src/lib.rs) ====\n\
         A length the input declared probably made the decoder reserve memory \
         for bytes that never arrived."
    );
    std::process::abort()
}

// SAFETY: every method forwards to `System` with the caller's arguments
// unchanged, so `System` upholds the `GlobalAlloc` contract; the extra work
// (`check`) reads a const-initialised thread-local and, on failure, writes
// to stderr and aborts without returning, which never touches the
// allocation being made.
unsafe impl GlobalAlloc for CappedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::check(layout.size());
        // SAFETY: the caller guarantees `layout` has non-zero size, as
        // `System.alloc` requires.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::check(layout.size());
        // SAFETY: as in `alloc`: the caller guarantees a non-zero size.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller guarantees `ptr` came from this allocator, hence
        // from `System`, with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        Self::check(new_size);
        // SAFETY: the caller guarantees `ptr` came from this allocator, hence
        // from `System`, with `layout`, and that `new_size` is non-zero and
        // does not overflow `isize` when rounded to `layout.align()`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CappedAlloc = CappedAlloc;
