//! Time as the caller tells it: resp-core never reads a clock.

use core::fmt;
use core::ops::{Add, Sub};
use core::time::Duration;

/// A point on the caller's monotonic clock.
///
/// resp-core reads no clock (it runs without `std`); every call that needs
/// the time takes it as an `Instant`, measured from an origin the caller
/// picks once, such as the moment its runtime started. Tests use it as
/// virtual time.
///
/// ```
/// use std::time::Duration;
/// use resp_core::Instant;
///
/// // With std, a runtime keeps one `std::time::Instant` as the origin.
/// let origin = std::time::Instant::now();
/// let now = Instant::from_elapsed(origin.elapsed());
/// let later = now + Duration::from_millis(250);
/// assert_eq!(later - now, Duration::from_millis(250));
/// assert_eq!(now - later, Duration::ZERO); // never negative
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(Duration);

impl Instant {
    /// The origin of the caller's clock.
    pub const ZERO: Self = Self(Duration::ZERO);

    /// The instant `elapsed` after the origin.
    pub const fn from_elapsed(elapsed: Duration) -> Self {
        Self(elapsed)
    }

    /// How long after the origin this instant is.
    pub const fn elapsed(self) -> Duration {
        self.0
    }

    /// `self + duration`, or `None` if that cannot be represented.
    pub fn checked_add(self, duration: Duration) -> Option<Self> {
        self.0.checked_add(duration).map(Self)
    }

    /// How long after `earlier` this instant is; zero if it is not after it.
    pub fn saturating_duration_since(self, earlier: Self) -> Duration {
        self.0.saturating_sub(earlier.0)
    }
}

impl Add<Duration> for Instant {
    type Output = Self;

    /// Saturates at the largest representable instant instead of panicking.
    fn add(self, duration: Duration) -> Self {
        Self(self.0.saturating_add(duration))
    }
}

impl Sub for Instant {
    type Output = Duration;

    /// Saturates at zero, like [`Instant::saturating_duration_since`].
    fn sub(self, earlier: Self) -> Duration {
        self.saturating_duration_since(earlier)
    }
}

impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Instant({:?})", self.0)
    }
}
