//! Properties of the codec and the connection that hold for any input.
//!
//! The fuzz targets in `fuzz/` are one call each into this module, and
//! `cargo test` replays their committed corpora through the same calls. Each
//! function panics when its property is violated.
//!
//! [`fake_server`] and [`pair`] drive a [`Connection`](crate::Connection)
//! against a fake Redis on virtual time, for the connection's properties.

mod conversation;
#[cfg(test)]
mod exchanges;
pub mod fake_server;
pub mod pair;
#[cfg(test)]
mod regressions;

use alloc::vec::Vec;

use arbitrary::{Arbitrary, Unstructured};
use bytes::BytesMut;

use crate::cluster::{NodeAddr, Redirect, SlotMap};
use crate::decode::{DecodeError, Decoder, Limits};
use crate::encode::encode;
use crate::frame::Frame;
use crate::monitor::MonitorLine;
use crate::pubsub::Push;
use crate::server_error::ServerError;

/// Limits small enough for short inputs to reach them.
const TIGHT: Limits = Limits {
    max_bulk_len: 16,
    max_aggregate_len: 4,
    max_depth: 3,
};

/// What decoding a byte stream gave.
#[derive(Debug, PartialEq)]
struct Outcome {
    frames: Vec<Frame>,
    error: Option<DecodeError>,
    /// Bytes left in the buffer, when no error stopped decoding.
    rest: Vec<u8>,
    mid_frame: bool,
}

/// Decodes `data` as one buffer, calling `decode` until it needs more.
fn whole(data: &[u8], limits: Limits) -> Outcome {
    chunked(data, limits, data.len().max(1))
}

/// Decodes `data` appended `chunk` bytes at a time, calling `decode` after
/// each append until it needs more.
fn chunked(data: &[u8], limits: Limits, chunk: usize) -> Outcome {
    let mut decoder = Decoder::with_limits(limits);
    let mut buf = BytesMut::new();
    let mut frames = Vec::new();
    for piece in data.chunks(chunk) {
        buf.extend_from_slice(piece);
        loop {
            match decoder.decode(&mut buf) {
                Ok(Some(frame)) => frames.push(frame),
                Ok(None) => break,
                Err(error) => {
                    return Outcome {
                        frames,
                        error: Some(error),
                        rest: Vec::new(),
                        mid_frame: false,
                    };
                }
            }
        }
    }
    Outcome {
        frames,
        error: None,
        rest: buf.to_vec(),
        mid_frame: decoder.is_mid_frame(),
    }
}

/// Asserts that `frame` encodes, and decodes back to itself in one piece and
/// one byte at a time, leaving nothing behind.
fn assert_roundtrip(frame: &Frame) {
    let mut buf = BytesMut::new();
    encode(frame, &mut buf).unwrap_or_else(|err| panic!("{frame:?} does not encode: {err}"));
    let expected = Outcome {
        frames: alloc::vec![frame.clone()],
        error: None,
        rest: Vec::new(),
        mid_frame: false,
    };
    assert_eq!(
        whole(&buf, Limits::default()),
        expected,
        "one piece: {buf:?}"
    );
    assert_eq!(
        chunked(&buf, Limits::default(), 1),
        expected,
        "byte by byte: {buf:?}"
    );
}

/// Decodes arbitrary bytes: no panic, and every frame decoded re-encodes and
/// decodes to itself.
pub fn decode(data: &[u8]) {
    for limits in [Limits::default(), TIGHT] {
        for frame in whole(data, limits).frames {
            assert_roundtrip(&frame);
        }
    }
}

/// Decoding arbitrary bytes in one piece and one byte at a time gives the
/// same frames, the same error, and leaves the same bytes behind.
pub fn decode_split(data: &[u8]) {
    for limits in [Limits::default(), TIGHT] {
        let one_piece = whole(data, limits);
        assert_eq!(chunked(data, limits, 1), one_piece, "byte by byte");
        assert_eq!(chunked(data, limits, 7), one_piece, "7 bytes at a time");
    }
}

/// Builds a frame from arbitrary bytes: it encodes, and decodes back to itself.
pub fn roundtrip(data: &[u8]) {
    if let Ok(frame) = Frame::arbitrary_take_rest(Unstructured::new(data)) {
        assert_roundtrip(&frame);
    }
}

/// Reads arbitrary bytes with every parser that takes replies: the frames
/// decoded from them as topology replies, pushes and server errors, and the
/// bytes themselves as redirect text. No panic; a slot map that parses has
/// sorted, disjoint ranges that, with its gaps, cover every slot once; a
/// redirect's slot is in range; a published message taken apart by move
/// equals its classification; a MONITOR line that parses, quoted again as
/// the server quotes, parses to the same.
pub fn parsers(data: &[u8]) {
    for frame in whole(data, Limits::default()).frames {
        for map in [
            SlotMap::from_cluster_shards(&frame),
            SlotMap::from_cluster_slots(&frame),
        ]
        .into_iter()
        .flatten()
        {
            assert_partition(&map);
        }
        if let Some(err) = ServerError::from_frame(&frame) {
            let _ = (
                err.kind(),
                err.code(),
                err.message(),
                alloc::format!("{err}"),
            );
            if let Some(redirect) = err.redirect() {
                assert!(redirect.slot.get() < crate::cluster::Slot::COUNT);
            }
        }
        if let Ok(message) = Push::take_message(frame.clone()) {
            assert_eq!(Push::classify(frame), message);
        } else {
            let _ = Push::classify(frame);
        }
    }
    if let Ok(line) = MonitorLine::parse(data) {
        assert!(!line.args.is_empty());
        let again = MonitorLine::parse(&quote_monitor_line(&line));
        assert_eq!(again.as_ref(), Ok(&line));
    }
    if let Some(redirect) = Redirect::parse(data) {
        assert_eq!(
            NodeAddr::parse(&alloc::format!("{}", redirect.node)),
            Some(redirect.node)
        );
    }
}

/// A MONITOR line as the server writes it: every argument quoted, with
/// `\\`, `\"`, `\n`, `\r`, `\t`, `\a`, `\b` and `\xHH` escapes.
fn quote_monitor_line(line: &MonitorLine) -> Vec<u8> {
    let mut out = alloc::format!(
        "{}.{:06} [{} ",
        line.time.as_secs(),
        line.time.subsec_micros(),
        line.db
    )
    .into_bytes();
    out.extend_from_slice(&line.client);
    out.push(b']');
    for arg in &line.args {
        out.extend_from_slice(b" \"");
        for &b in arg.iter() {
            match b {
                b'\\' | b'"' => out.extend_from_slice(&[b'\\', b]),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x07 => out.extend_from_slice(b"\\a"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x20..=0x7e => out.push(b),
                _ => out.extend_from_slice(alloc::format!("\\x{b:02x}").as_bytes()),
            }
        }
        out.push(b'"');
    }
    out
}

/// Plays an arbitrary conversation between a
/// [`Connection`](crate::Connection) and the [`fake_server`]: the bytes pick
/// both sides' settings, then interleave sends (from a small set of
/// commands that includes the subscribe commands, `MULTI`, `CLIENT REPLY`,
/// `BLPOP`, `MONITOR` and `RESET`), batches, abandons, the server's bytes in
/// chunks of any size, arbitrary bytes, what other clients do, faults,
/// timeouts and end of stream.
///
/// No panic; every reply is for a request that was sent and not abandoned,
/// comes once, and is of the request's kind (a batch's has one reply per
/// command); nothing comes after `Closed`, which lists only requests never
/// completed, and every send after it is refused. When the client read
/// only what the server wrote, nothing closes the connection but the
/// server, a timeout or a refused handshake, and every reply is the one the
/// server logged for that request (save after a `CLIENT REPLY OFF` or
/// `SKIP` that a server wanting a password refused with `NOAUTH`, which the
/// connection cannot foresee).
pub fn connection(data: &[u8]) {
    conversation::check(data);
}

/// Asserts that a slot map's ranges and gaps cover every slot exactly once,
/// and that looking up a range's slots finds it.
fn assert_partition(map: &SlotMap) {
    let mut covered = 0u32;
    for pair in map.ranges().windows(2) {
        assert!(
            pair[0].end < pair[1].start,
            "ranges overlap or are unsorted"
        );
    }
    for range in map.ranges() {
        covered += u32::from(range.end.get() - range.start.get()) + 1;
        assert_eq!(map.range_of(range.start), Some(range));
        assert_eq!(map.range_of(range.end), Some(range));
    }
    for (first, last) in map.gaps() {
        covered += u32::from(last.get() - first.get()) + 1;
        assert!(map.range_of(first).is_none() && map.range_of(last).is_none());
    }
    assert_eq!(covered, u32::from(crate::cluster::Slot::COUNT));
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use arbitrary::Arbitrary as _;
    use proptest::prelude::*;

    use super::*;

    /// Feeds every file of a fuzz target's committed corpus to `check`.
    fn replay(target: &str, check: fn(&[u8])) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus")
            .join(target);
        let entries =
            std::fs::read_dir(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
        let mut count = 0;
        for entry in entries {
            let path = entry.expect("corpus entry").path();
            let data =
                std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            let result = std::panic::catch_unwind(|| check(&data));
            assert!(result.is_ok(), "{} fails {target}", path.display());
            count += 1;
        }
        assert!(count >= 10, "{}: only {count} corpus files", dir.display());
    }

    #[test]
    fn replay_decode_corpus() {
        replay("decode", decode);
    }

    #[test]
    fn replay_decode_split_corpus() {
        replay("decode_split", decode_split);
    }

    #[test]
    fn replay_roundtrip_corpus() {
        replay("roundtrip", roundtrip);
    }

    #[test]
    fn replay_parsers_corpus() {
        replay("parsers", parsers);
    }

    #[test]
    fn replay_connection_corpus() {
        replay("connection", connection);
    }

    fn frames_from(seed: &[u8]) -> Vec<Frame> {
        let mut u = Unstructured::new(seed);
        let mut frames = Vec::new();
        while let Ok(frame) = Frame::arbitrary(&mut u) {
            if u.is_empty() {
                break;
            }
            frames.push(frame);
        }
        frames
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn encode_then_decode_is_identity(seed in proptest::collection::vec(any::<u8>(), 0..2048)) {
            roundtrip(&seed);
        }

        #[test]
        fn every_split_of_a_valid_stream_decodes_alike(
            seed in proptest::collection::vec(any::<u8>(), 0..2048),
            cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..16),
        ) {
            let frames = frames_from(&seed);
            let mut stream = BytesMut::new();
            for frame in &frames {
                encode(frame, &mut stream).expect("arbitrary frames encode");
            }
            let mut at: Vec<usize> = cuts.iter().map(|cut| cut.index(stream.len() + 1)).collect();
            at.push(stream.len());
            at.sort_unstable();

            let mut decoder = Decoder::new();
            let mut buf = BytesMut::new();
            let mut decoded = Vec::new();
            let mut from = 0;
            for to in at {
                buf.extend_from_slice(&stream[from..to]);
                from = to;
                while let Some(frame) = decoder.decode(&mut buf).expect("valid stream") {
                    decoded.push(frame);
                }
            }
            prop_assert_eq!(&decoded, &frames);
            prop_assert!(buf.is_empty() && !decoder.is_mid_frame());
            prop_assert_eq!(chunked(&stream, Limits::default(), 1).frames, frames);
        }

        #[test]
        fn arbitrary_bytes_never_panic_and_split_alike(data in proptest::collection::vec(any::<u8>(), 0..512)) {
            decode(&data);
            decode_split(&data);
        }

        #[test]
        fn arbitrary_conversations_keep_the_connection_honest(
            data in proptest::collection::vec(any::<u8>(), 0..1024),
        ) {
            connection(&data);
        }

        #[test]
        fn resp_shaped_bytes_never_panic_and_split_alike(
            data in proptest::collection::vec(
                prop::sample::select(&b"+-:$*_#,(=!%~>|;.?\r\n0123456789-abtfx"[..]), 0..256),
        ) {
            decode(&data);
            decode_split(&data);
        }
    }
}
