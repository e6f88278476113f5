//! A blocking RESP connection for tests, built on resp-core alone.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::TcpStream;

use bytes::BytesMut;
use resp_core::{Cmd, DecodeError, Decoder, Frame};

/// The read size of a new [`RawConnection`]: up to 16 KiB per `read` call.
pub const DEFAULT_READ_SIZE: usize = 16 * 1024;

/// A RESP protocol version, as chosen with `HELLO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// RESP2, what a connection speaks until it sends `HELLO 3`.
    Resp2,
    /// RESP3, chosen with `HELLO 3`.
    Resp3,
}

impl Protocol {
    /// Both versions, RESP2 first.
    pub const ALL: [Self; 2] = [Self::Resp2, Self::Resp3];

    /// The version number that `HELLO` takes: 2 or 3.
    pub const fn version(self) -> u8 {
        match self {
            Self::Resp2 => 2,
            Self::Resp3 => 3,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RESP{}", self.version())
    }
}

/// Why [`RawConnection::read_frame`] returned no frame.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConnectionError {
    /// Reading from the stream failed (a read timeout included).
    Io(io::Error),
    /// The bytes received are not valid RESP; resp-core's verdict.
    Decode(DecodeError),
    /// The peer closed the connection.
    Closed {
        /// Whether it closed in the middle of a frame.
        mid_frame: bool,
    },
}

impl fmt::Display for ConnectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(err) => write!(f, "I/O error: {err}"),
            Self::Decode(err) => write!(f, "decode error: {err}"),
            Self::Closed { mid_frame: true } => {
                f.write_str("connection closed in the middle of a frame")
            }
            Self::Closed { mid_frame: false } => f.write_str("connection closed"),
        }
    }
}

impl std::error::Error for ConnectionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(err) => Some(err),
            Self::Decode(err) => Some(err),
            Self::Closed { .. } => None,
        }
    }
}

impl From<io::Error> for ConnectionError {
    fn from(err: io::Error) -> Self {
        Self::Io(err)
    }
}

impl From<DecodeError> for ConnectionError {
    fn from(err: DecodeError) -> Self {
        Self::Decode(err)
    }
}

/// A blocking connection that writes [`Cmd`]s encoded by resp-core and reads
/// replies with resp-core's [`Decoder`], and nothing more: no reconnects, no
/// push routing, no reply typing.
///
/// It reads at most [`read_size`](Self::read_size) bytes per `read` call and
/// hands the decoder the buffer after every read, so a small read size (1 or
/// 7 bytes) makes the decoder see real server traffic cut at every possible
/// point.
///
/// Works over any `Read + Write` stream: a [`TcpStream`] by default, a Unix
/// socket, or an in-memory stream. Set timeouts on the stream before handing
/// it over, or a silent server hangs the test; the streams that
/// [`RedisServer`](crate::RedisServer) opens have them.
///
/// ```no_run
/// use resp_core::{Cmd, Frame};
/// use resp_tests::RedisServer;
///
/// let server = RedisServer::start();
/// let mut conn = server.connect();
/// conn.set_read_size(1);
/// let reply = conn.request(&Cmd::new("PING")).unwrap();
/// assert_eq!(reply, Frame::simple("PONG"));
/// ```
pub struct RawConnection<S = TcpStream> {
    stream: S,
    decoder: Decoder,
    /// Bytes read and not yet consumed by the decoder.
    input: BytesMut,
    /// Where each `read` lands before it is appended to `input`.
    scratch: Vec<u8>,
    read_size: usize,
    read_calls: u64,
    output: BytesMut,
}

impl<S: Read + Write> RawConnection<S> {
    /// A connection over `stream` with a default [`Decoder`] and
    /// [`DEFAULT_READ_SIZE`].
    pub fn new(stream: S) -> Self {
        Self::with_decoder(stream, Decoder::new())
    }

    /// A connection over `stream` that decodes with `decoder`, for example
    /// one made by [`Decoder::with_limits`].
    pub fn with_decoder(stream: S, decoder: Decoder) -> Self {
        Self {
            stream,
            decoder,
            input: BytesMut::new(),
            scratch: vec![0; DEFAULT_READ_SIZE],
            read_size: DEFAULT_READ_SIZE,
            read_calls: 0,
            output: BytesMut::new(),
        }
    }

    /// This connection, reading at most `read_size` bytes per `read` call.
    ///
    /// # Panics
    ///
    /// If `read_size` is 0.
    #[must_use]
    pub fn with_read_size(mut self, read_size: usize) -> Self {
        self.set_read_size(read_size);
        self
    }

    /// Reads at most `read_size` bytes per `read` call from now on.
    ///
    /// # Panics
    ///
    /// If `read_size` is 0.
    pub fn set_read_size(&mut self, read_size: usize) {
        assert!(read_size > 0, "the read size must be at least one byte");
        self.read_size = read_size;
        self.scratch.resize(read_size, 0);
    }

    /// The most bytes one `read` call asks for.
    pub fn read_size(&self) -> usize {
        self.read_size
    }

    /// How many `read` calls have returned data or end-of-stream so far.
    pub fn read_calls(&self) -> u64 {
        self.read_calls
    }

    /// Bytes received and not yet consumed by the decoder: what follows the
    /// last frame returned, when replies arrived together.
    pub fn buffered(&self) -> usize {
        self.input.len()
    }

    /// The decoder, to ask whether it holds part of a frame.
    pub fn decoder(&self) -> &Decoder {
        &self.decoder
    }

    /// Writes one command.
    ///
    /// # Errors
    ///
    /// Any error from writing to the stream.
    pub fn send(&mut self, cmd: &Cmd) -> io::Result<()> {
        self.send_all([cmd]).map(drop)
    }

    /// Encodes every command into one buffer and writes it with one
    /// `write_all`, pipelined: no reply is read in between. Returns the number
    /// of bytes written.
    ///
    /// # Errors
    ///
    /// Any error from writing to the stream.
    pub fn send_all<'a>(&mut self, cmds: impl IntoIterator<Item = &'a Cmd>) -> io::Result<usize> {
        self.output.clear();
        for cmd in cmds {
            cmd.encode(&mut self.output);
        }
        self.stream.write_all(&self.output)?;
        self.stream.flush()?;
        Ok(self.output.len())
    }

    /// Writes `bytes` as they are, to send what [`Cmd`] cannot express
    /// (inline commands, malformed requests).
    ///
    /// # Errors
    ///
    /// Any error from writing to the stream.
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.stream.write_all(bytes)?;
        self.stream.flush()
    }

    /// Reads the next frame, reading from the stream only when the bytes
    /// already received do not hold a whole frame.
    ///
    /// # Errors
    ///
    /// [`ConnectionError::Io`] when a read fails or times out,
    /// [`ConnectionError::Decode`] when the decoder rejects the bytes, and
    /// [`ConnectionError::Closed`] at end of stream.
    pub fn read_frame(&mut self) -> Result<Frame, ConnectionError> {
        loop {
            if let Some(frame) = self.decoder.decode(&mut self.input)? {
                return Ok(frame);
            }
            let n = loop {
                match self.stream.read(&mut self.scratch[..self.read_size]) {
                    Ok(n) => break n,
                    Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                    Err(err) => return Err(err.into()),
                }
            };
            self.read_calls += 1;
            if n == 0 {
                return Err(ConnectionError::Closed {
                    mid_frame: self.decoder.is_mid_frame() || !self.input.is_empty(),
                });
            }
            self.input.extend_from_slice(&self.scratch[..n]);
        }
    }

    /// Reads the next `count` frames.
    ///
    /// # Errors
    ///
    /// As [`read_frame`](Self::read_frame).
    pub fn read_frames(&mut self, count: usize) -> Result<Vec<Frame>, ConnectionError> {
        (0..count).map(|_| self.read_frame()).collect()
    }

    /// Writes `cmd` and reads the next frame, its reply unless the server
    /// sent something else first (a push, say).
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send) and [`read_frame`](Self::read_frame).
    pub fn request(&mut self, cmd: &Cmd) -> Result<Frame, ConnectionError> {
        self.send(cmd)?;
        self.read_frame()
    }

    /// Sends `HELLO <version>` (with `AUTH default <password>` when a
    /// password is given) and returns the reply: a map describing the server
    /// on success, an error frame otherwise. After a successful `HELLO 3`
    /// the server speaks RESP3 on this connection.
    ///
    /// # Errors
    ///
    /// As [`request`](Self::request).
    pub fn hello(
        &mut self,
        protocol: Protocol,
        password: Option<&str>,
    ) -> Result<Frame, ConnectionError> {
        let mut cmd = Cmd::new("HELLO").arg(u32::from(protocol.version()));
        if let Some(password) = password {
            cmd = cmd.arg("AUTH").arg("default").arg(password);
        }
        self.request(&cmd)
    }

    /// The stream.
    pub fn get_ref(&self) -> &S {
        &self.stream
    }

    /// The stream, to change its options. Reading from or writing to it
    /// directly desynchronises the connection.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.stream
    }

    /// The stream, and whatever was received but not yet decoded.
    pub fn into_inner(self) -> (S, BytesMut) {
        (self.stream, self.input)
    }
}

impl<S: fmt::Debug> fmt::Debug for RawConnection<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawConnection")
            .field("stream", &self.stream)
            .field("read_size", &self.read_size)
            .field("read_calls", &self.read_calls)
            .field("buffered", &self.input.len())
            .field("decoder", &self.decoder)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads from a fixed reply and records what was written.
    struct Scripted {
        reply: io::Cursor<Vec<u8>>,
        written: Vec<u8>,
    }

    impl Read for Scripted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.reply.read(buf)
        }
    }

    impl Write for Scripted {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn scripted(reply: &[u8]) -> RawConnection<Scripted> {
        RawConnection::new(Scripted {
            reply: io::Cursor::new(reply.to_vec()),
            written: Vec::new(),
        })
    }

    #[test]
    fn reads_in_pieces_of_the_read_size_and_keeps_what_follows() {
        let mut conn = scripted(b"+PONG\r\n:7\r\n").with_read_size(2);
        assert_eq!(
            conn.request(&Cmd::new("PING")).unwrap(),
            Frame::simple("PONG")
        );
        // `+PONG\r\n` is 7 bytes: four reads of 2, the last one holding `:`.
        assert_eq!(conn.read_calls(), 4);
        assert_eq!(conn.buffered(), 1);
        assert_eq!(conn.read_frame().unwrap(), Frame::Integer(7));
        assert!(matches!(
            conn.read_frame(),
            Err(ConnectionError::Closed { mid_frame: false })
        ));
        assert_eq!(conn.get_ref().written, b"*1\r\n$4\r\nPING\r\n");
    }

    #[test]
    fn reports_a_frame_cut_short_and_a_corrupt_stream() {
        let mut conn = scripted(b"$5\r\nab");
        assert!(matches!(
            conn.read_frame(),
            Err(ConnectionError::Closed { mid_frame: true })
        ));
        let mut conn = scripted(b"?oops\r\n");
        assert!(matches!(
            conn.read_frame(),
            Err(ConnectionError::Decode(DecodeError::InvalidTypeByte(b'?')))
        ));
    }

    #[test]
    fn pipelines_commands_in_one_write() {
        let mut conn = scripted(b"");
        let cmds = [Cmd::new("GET").arg("a"), Cmd::new("HELLO").arg(3)];
        let written = conn.send_all(&cmds).unwrap();
        let expected = b"*2\r\n$3\r\nGET\r\n$1\r\na\r\n*2\r\n$5\r\nHELLO\r\n$1\r\n3\r\n";
        assert_eq!(written, expected.len());
        assert_eq!(conn.get_ref().written, expected);
    }
}
