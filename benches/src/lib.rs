//! Benchmarks for resp.
//!
//! The criterion benches live in `benches/`; this library holds the inputs
//! they share, so that every bench (and any comparison with another client)
//! measures exactly the same bytes.

/// How the benches drive resp-core's decoder, shared so that every bench
/// feeds it alike.
pub mod drive {
    use std::hint::black_box;

    use bytes::BytesMut;
    use resp_core::Decoder;

    use crate::shapes::READ_BUFFER;

    /// Decodes every frame in `buf`, dropping each; returns how many there were.
    pub fn decode_all(decoder: &mut Decoder, mut buf: BytesMut) -> usize {
        let mut count = 0;
        while let Some(frame) = decoder.decode(&mut buf).expect("valid input") {
            black_box(frame);
            count += 1;
        }
        count
    }

    /// Feeds `input` to the decoder `chunk` bytes at a time, trying to decode
    /// after every chunk as reads from a socket would, and dropping each
    /// frame; returns how many there were.
    pub fn decode_chunked(decoder: &mut Decoder, input: &[u8], chunk: usize) -> usize {
        let mut buf = BytesMut::with_capacity(READ_BUFFER);
        let mut count = 0;
        for piece in input.chunks(chunk) {
            buf.extend_from_slice(piece);
            while let Some(frame) = decoder.decode(&mut buf).expect("valid input") {
                black_box(frame);
                count += 1;
            }
        }
        count
    }
}

/// The reply shapes the decoder benches measure.
pub mod shapes {
    /// The read buffer a connection would use; chunked benches read into one.
    pub const READ_BUFFER: usize = 16 * 1024;

    /// How many replies the per-reply benches decode per iteration.
    pub const REPLIES: usize = 1_000;

    /// `count` small bulk replies, `$5\r\nhello\r\n` each.
    pub fn small_bulks(count: usize) -> Vec<u8> {
        b"$5\r\nhello\r\n".repeat(count)
    }

    /// `count` integer replies, `:1234567\r\n` each.
    pub fn integers(count: usize) -> Vec<u8> {
        b":1234567\r\n".repeat(count)
    }

    /// An array of `len` bulk strings of `size` bytes each.
    pub fn bulk_array(len: usize, size: usize) -> Vec<u8> {
        let mut out = format!("*{len}\r\n").into_bytes();
        for i in 0..len {
            out.extend_from_slice(format!("${size}\r\n").as_bytes());
            out.extend((0..size).map(|j| b'a' + ((i + j) % 26) as u8));
            out.extend_from_slice(b"\r\n");
        }
        out
    }

    /// Arrays nested 10 x 10 x 10, with a small bulk string (`hello`) at
    /// each of the 1,000 leaves.
    pub fn nested_10x10x10() -> Vec<u8> {
        let leaf = b"$5\r\nhello\r\n";
        let mut inner = b"*10\r\n".to_vec();
        inner.extend(leaf.repeat(10));
        let mut middle = b"*10\r\n".to_vec();
        middle.extend(inner.repeat(10));
        let mut outer = b"*10\r\n".to_vec();
        outer.extend(middle.repeat(10));
        outer
    }

    /// One bulk string of `len` bytes.
    pub fn big_bulk(len: usize) -> Vec<u8> {
        let mut out = format!("${len}\r\n").into_bytes();
        out.extend((0..len).map(|i| b'a' + (i % 26) as u8));
        out.extend_from_slice(b"\r\n");
        out
    }

    /// A RESP3 map of `len` entries, bulk-string field names and values.
    pub fn map(len: usize) -> Vec<u8> {
        let mut out = format!("%{len}\r\n").into_bytes();
        for i in 0..len {
            let key = format!("field:{i:04}");
            let value = format!("value:{i:06}");
            out.extend_from_slice(
                format!("${}\r\n{key}\r\n${}\r\n{value}\r\n", key.len(), value.len()).as_bytes(),
            );
        }
        out
    }

    /// Every decode shape: its name, its bytes, and how many frames they hold.
    pub fn all() -> Vec<(&'static str, Vec<u8>, usize)> {
        vec![
            ("small_bulk_x1000", small_bulks(REPLIES), REPLIES),
            ("integer_x1000", integers(REPLIES), REPLIES),
            ("array_1000x16B", bulk_array(1_000, 16), 1),
            ("nested_10x10x10", nested_10x10x10(), 1),
            ("bulk_1MiB", big_bulk(1 << 20), 1),
            ("map_100", map(100), 1),
        ]
    }

    #[cfg(test)]
    mod tests {
        use bytes::BytesMut;
        use resp_core::{Decoder, Frame};

        use super::*;

        fn decode_one(input: &[u8]) -> Frame {
            let mut buf = BytesMut::from(input);
            let frame = Decoder::new()
                .decode(&mut buf)
                .expect("valid")
                .expect("whole");
            assert!(buf.is_empty());
            frame
        }

        #[test]
        fn shapes_decode_to_what_they_claim() {
            let Frame::Array(outer) = decode_one(&nested_10x10x10()) else {
                panic!("array")
            };
            assert_eq!(outer.len(), 10);
            assert_eq!(
                outer[9],
                Frame::Array(vec![Frame::Array(vec![Frame::bulk("hello"); 10]); 10]).clone()
            );
            let Frame::Array(items) = decode_one(&bulk_array(1_000, 16)) else {
                panic!("array")
            };
            assert!(
                items
                    .iter()
                    .all(|item| matches!(item, Frame::BulkString(b) if b.len() == 16))
            );
            let Frame::Map(pairs) = decode_one(&map(100)) else {
                panic!("map")
            };
            assert_eq!(
                pairs[7],
                (Frame::bulk("field:0007"), Frame::bulk("value:000007"))
            );
            let Frame::BulkString(data) = decode_one(&big_bulk(1 << 20)) else {
                panic!("bulk")
            };
            assert_eq!(data.len(), 1 << 20);
            for (name, input, frames) in all() {
                let mut buf = BytesMut::from(&input[..]);
                let mut decoder = Decoder::new();
                let mut count = 0;
                while decoder.decode(&mut buf).expect("valid").is_some() {
                    count += 1;
                }
                assert_eq!(count, frames, "{name}");
            }
        }
    }
}
