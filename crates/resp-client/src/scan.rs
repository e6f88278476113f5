//! `SCAN`, `HSCAN`, `SSCAN` and `ZSCAN` as [`Stream`]s: [`Scan`].

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use resp_core::{Cmd, Frame, ToArg};

use crate::client::Client;
use crate::error::{Error, ErrorKind, Result};
use crate::runtime::Runtime;
use crate::value::FromValue;

/// The options of a scan: `MATCH`, `COUNT` and `TYPE`.
///
/// ```
/// use resp_client::ScanOptions;
///
/// let options = ScanOptions::new().pattern("user:*").count(500).key_type("hash");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct ScanOptions {
    pattern: Option<Bytes>,
    count: Option<u64>,
    key_type: Option<Bytes>,
}

impl ScanOptions {
    /// No options: every element, at the server's default page size.
    pub fn new() -> Self {
        Self::default()
    }

    /// `MATCH pattern`: only elements (keys, fields, members) matching the
    /// glob-style `pattern`. The server filters each page after reading
    /// it, so a page may come back empty; the stream goes on to the next.
    pub fn pattern(mut self, pattern: impl Into<Bytes>) -> Self {
        self.pattern = Some(pattern.into());
        self
    }

    /// `COUNT n`: about how many elements the server looks at per call (a
    /// hint; the default is 10).
    pub fn count(mut self, count: u64) -> Self {
        self.count = Some(count);
        self
    }

    /// `TYPE type`: only keys of this type (`string`, `list`, `set`,
    /// `zset`, `hash`, `stream`, or a module's type name). `SCAN` only:
    /// the other scans refuse it with a server error.
    pub fn key_type(mut self, key_type: impl Into<Bytes>) -> Self {
        self.key_type = Some(key_type.into());
        self
    }

    pub(crate) fn write(&self, cmd: &mut Cmd) {
        if let Some(pattern) = &self.pattern {
            cmd.push("MATCH");
            cmd.push(pattern);
        }
        if let Some(count) = self.count {
            cmd.push("COUNT");
            cmd.push(count);
        }
        if let Some(key_type) = &self.key_type {
            cmd.push("TYPE");
            cmd.push(key_type);
        }
    }
}

type Request = Pin<Box<dyn Future<Output = Result<Frame>> + Send>>;

/// A scan in progress: a [`Stream`] of `Result<T>`, one item per element,
/// fetching a page at a time (`SCAN cursor ...`, then the cursor the server
/// returns, until it returns `0`).
///
/// Made by [`Client::scan_iter`], [`Client::hscan_iter`], [`Client::sscan_iter`] and
/// [`Client::zscan_iter`]. Each page is converted as a `Vec<T>` (so a page of
/// `HSCAN` field, value, field, value... reads as `(F, V)` pairs); an error
/// (a server error such as `WRONGTYPE`, a lost connection, a page that
/// does not convert) comes out as one `Err` item, and then the stream
/// ends. Elements already fetched come out before a later page's error.
///
/// The guarantees are `SCAN`'s own: an element present for the whole scan
/// comes out at least once, but **may come out more than once** (when the
/// server's table is resized between calls), and an element added or
/// removed during the scan may or may not come out. Collect into a set
/// when duplicates matter.
///
/// Dropping the stream at any point is safe: a page in flight is
/// abandoned, its reply read and discarded by the connection, and the
/// client stays usable.
///
/// ```no_run
/// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) -> resp_client::Result<()> {
/// use std::collections::HashSet;
/// use std::future::poll_fn;
/// use std::pin::Pin;
///
/// use futures_core::Stream;
/// use resp_client::ScanOptions;
///
/// let mut keys = client.scan_iter::<String>(ScanOptions::new().pattern("session:*").count(1000));
/// let mut found = HashSet::new();
/// // `futures::StreamExt::next` does the same.
/// while let Some(key) = poll_fn(|cx| Pin::new(&mut keys).poll_next(cx)).await {
///     found.insert(key?);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a scan does nothing until polled"]
pub struct Scan<R: Runtime, T> {
    client: Client<R>,
    command: &'static str,
    key: Option<Bytes>,
    options: ScanOptions,
    /// The cursor to send next; `None` once the server returned `0` or an
    /// error ended the scan.
    cursor: Option<Bytes>,
    buffer: VecDeque<T>,
    request: Option<Request>,
}

// Nothing is pinned in place: the request is boxed, and items are only
// moved out of the buffer.
impl<R: Runtime, T> Unpin for Scan<R, T> {}

impl<R: Runtime, T> fmt::Debug for Scan<R, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scan")
            .field("command", &self.command)
            .field("options", &self.options)
            .field("cursor", &self.cursor)
            .field("buffered", &self.buffer.len())
            .field("in_flight", &self.request.is_some())
            .finish_non_exhaustive()
    }
}

impl<R: Runtime, T: FromValue> Scan<R, T> {
    fn new(
        client: &Client<R>,
        command: &'static str,
        key: Option<Bytes>,
        options: ScanOptions,
    ) -> Self {
        Self {
            client: client.clone(),
            command,
            key,
            options,
            cursor: Some(Bytes::from_static(b"0")),
            buffer: VecDeque::new(),
            request: None,
        }
    }

    /// Whether the scan is over: the server returned cursor `0` (or an
    /// error ended it). Items may still be buffered.
    pub fn is_finished(&self) -> bool {
        self.cursor.is_none() && self.request.is_none()
    }

    fn request(&self, cursor: &Bytes) -> Request {
        let mut cmd = Cmd::new(self.command);
        if let Some(key) = &self.key {
            cmd.push(key);
        }
        cmd.push(cursor);
        self.options.write(&mut cmd);
        let client = self.client.clone();
        Box::pin(async move { client.query_frame(&cmd).await })
    }

    /// Takes one page: `[cursor, [element, ...]]`.
    fn take_page(&mut self, frame: Frame) -> Result<()> {
        let (cursor, items): (Bytes, Frame) = FromValue::from_value(frame)?;
        if cursor.is_empty() || !cursor.iter().all(u8::is_ascii_digit) {
            return Err(Error::new(
                ErrorKind::Conversion,
                format!(
                    "expected a {} cursor of decimal digits, got another string",
                    self.command
                ),
            ));
        }
        let items = Vec::<T>::from_value(items)?;
        self.buffer.extend(items);
        self.cursor = (&cursor[..] != b"0").then_some(cursor);
        Ok(())
    }
}

impl<R: Runtime, T: FromValue> Stream for Scan<R, T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            let request = match &mut this.request {
                Some(request) => request,
                None => match &this.cursor {
                    Some(cursor) => this.request.insert(this.request(cursor)),
                    None => return Poll::Ready(None),
                },
            };
            let reply = match request.as_mut().poll(cx) {
                Poll::Ready(reply) => reply,
                Poll::Pending => return Poll::Pending,
            };
            this.request = None;
            if let Err(error) = reply.and_then(|frame| this.take_page(frame)) {
                this.cursor = None;
                this.buffer.clear();
                return Poll::Ready(Some(Err(error)));
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let more = self.cursor.is_some() || self.request.is_some();
        (self.buffer.len(), (!more).then_some(self.buffer.len()))
    }
}

/// `key` as the bytes of one argument.
fn key_bytes(key: impl ToArg) -> Bytes {
    let cmd = Cmd::new("KEY").arg(key);
    cmd.iter()
        .nth(1)
        .map(Bytes::copy_from_slice)
        .unwrap_or_default()
}

impl<R: Runtime> Client<R> {
    /// `SCAN`, every page: the keys of the current database, as a
    /// [`Stream`] of `Result<T>` ([`Scan`]); [`crate::Commands::scan`] runs
    /// one page. `T` is any [`FromValue`] for a key:
    /// `String`, `Bytes`, `Vec<u8>`...
    ///
    /// Keys may come out more than once; see [`Scan`].
    ///
    /// ```no_run
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) {
    /// use resp_client::ScanOptions;
    ///
    /// let hashes = client.scan_iter::<String>(ScanOptions::new().key_type("hash"));
    /// # }
    /// ```
    pub fn scan_iter<T: FromValue>(&self, options: ScanOptions) -> Scan<R, T> {
        Scan::new(self, "SCAN", None, options)
    }

    /// `HSCAN key`: the fields of a hash with their values, as a
    /// [`Stream`] of `Result<(F, V)>` ([`Scan`]).
    ///
    /// ```no_run
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) {
    /// use bytes::Bytes;
    /// use resp_client::ScanOptions;
    ///
    /// let fields = client.hscan_iter::<String, Bytes>("user:1", ScanOptions::new());
    /// # }
    /// ```
    pub fn hscan_iter<F: FromValue, V: FromValue>(
        &self,
        key: impl ToArg,
        options: ScanOptions,
    ) -> Scan<R, (F, V)> {
        Scan::new(self, "HSCAN", Some(key_bytes(key)), options)
    }

    /// `SSCAN key`: the members of a set, as a [`Stream`] of `Result<T>`
    /// ([`Scan`]).
    ///
    /// ```no_run
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) {
    /// use resp_client::ScanOptions;
    ///
    /// let members = client.sscan_iter::<String>("tags", ScanOptions::new().pattern("a*"));
    /// # }
    /// ```
    pub fn sscan_iter<T: FromValue>(&self, key: impl ToArg, options: ScanOptions) -> Scan<R, T> {
        Scan::new(self, "SSCAN", Some(key_bytes(key)), options)
    }

    /// `ZSCAN key`: the members of a sorted set with their scores, as a
    /// [`Stream`] of `Result<(M, f64)>` ([`Scan`]).
    ///
    /// ```no_run
    /// # async fn demo<R: resp_client::Runtime>(client: resp_client::Client<R>) {
    /// use resp_client::ScanOptions;
    ///
    /// let scored = client.zscan_iter::<String>("board", ScanOptions::new().count(100));
    /// # }
    /// ```
    pub fn zscan_iter<M: FromValue>(
        &self,
        key: impl ToArg,
        options: ScanOptions,
    ) -> Scan<R, (M, f64)> {
        Scan::new(self, "ZSCAN", Some(key_bytes(key)), options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_written_in_order() {
        let mut cmd = Cmd::new("SCAN").arg("0");
        ScanOptions::new()
            .key_type("zset")
            .count(7)
            .pattern("a*")
            .write(&mut cmd);
        let args: Vec<&[u8]> = cmd.iter().collect();
        assert_eq!(
            args,
            [
                &b"SCAN"[..],
                b"0",
                b"MATCH",
                b"a*",
                b"COUNT",
                b"7",
                b"TYPE",
                b"zset"
            ]
        );
        let mut cmd = Cmd::new("SCAN").arg("0");
        ScanOptions::new().write(&mut cmd);
        assert_eq!(cmd.iter().count(), 2);
    }

    #[test]
    fn keys_of_every_type_become_one_argument() {
        assert_eq!(key_bytes("k"), "k");
        assert_eq!(key_bytes(12u64), "12");
        assert_eq!(key_bytes(&b"\x00\xff"[..]), &b"\x00\xff"[..]);
    }
}
