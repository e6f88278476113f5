//! `arbitrary::Arbitrary` for [`Frame`], for fuzzing and property tests.

use alloc::boxed::Box;
use alloc::vec::Vec;

use arbitrary::{Arbitrary, Result, Unstructured};
use bytes::Bytes;

use crate::frame::{Frame, VerbatimFormat};

/// How deep generated aggregates nest.
const MAX_DEPTH: u32 = 4;

/// How many elements a generated aggregate holds at most.
const MAX_LEN: usize = 6;

impl<'a> Arbitrary<'a> for Frame {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        frame(u, MAX_DEPTH)
    }
}

/// Any frame that [`crate::encode`] accepts, nesting at most `depth` deep.
fn frame(u: &mut Unstructured<'_>, depth: u32) -> Result<Frame> {
    let last = if depth == 0 { 9 } else { 14 };
    Ok(match u.int_in_range(0..=last)? {
        0 => Frame::SimpleString(line(u)?),
        1 => Frame::SimpleError(line(u)?),
        2 => Frame::Integer(u.arbitrary()?),
        3 => Frame::BulkString(bytes(u)?),
        4 => Frame::Null,
        5 => Frame::Boolean(u.arbitrary()?),
        6 => Frame::Double(u.arbitrary()?),
        7 => {
            let mut digits: Vec<u8> = Vec::new();
            if u.arbitrary()? {
                digits.push(b'-');
            }
            let count = u.int_in_range(1..=40)?;
            for _ in 0..count {
                digits.push(b'0' + u.int_in_range(0..=9)?);
            }
            Frame::BigNumber(Bytes::from(digits))
        }
        8 => {
            let mut format = [0; 3];
            for byte in &mut format {
                *byte = b'a' + u.int_in_range(0..=25)?;
            }
            Frame::VerbatimString {
                format: VerbatimFormat::new(format).expect("lowercase letters"),
                text: bytes(u)?,
            }
        }
        9 => Frame::BulkError(bytes(u)?),
        10 => Frame::Array(frames(u, depth - 1)?),
        11 => Frame::Set(frames(u, depth - 1)?),
        12 => Frame::Push(frames(u, depth - 1)?),
        13 => Frame::Map(pairs(u, depth - 1)?),
        _ => Frame::Attributed {
            attributes: pairs(u, depth - 1)?,
            frame: Box::new(frame(u, depth - 1)?),
        },
    })
}

fn bytes(u: &mut Unstructured<'_>) -> Result<Bytes> {
    let data: &[u8] = u.arbitrary()?;
    Ok(Bytes::copy_from_slice(data))
}

/// Text without CR or LF.
fn line(u: &mut Unstructured<'_>) -> Result<Bytes> {
    let data: &[u8] = u.arbitrary()?;
    Ok(data
        .iter()
        .map(|&byte| {
            if byte == b'\r' || byte == b'\n' {
                b' '
            } else {
                byte
            }
        })
        .collect())
}

fn frames(u: &mut Unstructured<'_>, depth: u32) -> Result<Vec<Frame>> {
    let len = u.int_in_range(0..=MAX_LEN)?;
    (0..len).map(|_| frame(u, depth)).collect()
}

fn pairs(u: &mut Unstructured<'_>, depth: u32) -> Result<Vec<(Frame, Frame)>> {
    let len = u.int_in_range(0..=MAX_LEN / 2)?;
    (0..len)
        .map(|_| Ok((frame(u, depth)?, frame(u, depth)?)))
        .collect()
}
