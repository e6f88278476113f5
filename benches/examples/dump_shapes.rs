//! Writes the bytes of every comparison shape to a directory, so that a
//! harness outside Rust (the hiredis one in `benches/hiredis/`) decodes
//! exactly the input the criterion benches decode:
//! `cargo run --release -p resp-benches --example dump_shapes -- DIR`.
//!
//! Each shape goes to `DIR/<name>.resp`. `DIR/manifest.txt` lists one
//! measurement a line, `<name> <frames> <chunk>`: the shape, how many frames
//! it holds, and the size of the pieces it is fed in (0 for all at once). The
//! lines follow the `compare` bench's groups.

use std::{fs, path::PathBuf};

use resp_benches::shapes;

/// The chunk size of the chunked comparison, as in the `compare` bench.
const CHUNK: usize = 16;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(std::env::args_os().nth(1).expect("usage: dump_shapes DIR"));
    fs::create_dir_all(&dir)?;
    let mut manifest = String::new();
    let big_array = ("array_10000x16B", shapes::bulk_array(10_000, 16), 1);
    for (name, input, frames) in shapes::all().into_iter().chain([big_array]) {
        fs::write(dir.join(format!("{name}.resp")), &input)?;
        manifest.push_str(&format!("{name} {frames} 0\n"));
        if name == "array_10000x16B" {
            manifest.push_str(&format!("{name} {frames} {CHUNK}\n"));
        }
        println!("{name}: {} bytes, {frames} frames", input.len());
    }
    fs::write(dir.join("manifest.txt"), manifest)?;
    Ok(())
}
