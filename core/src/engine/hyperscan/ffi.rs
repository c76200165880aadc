//! The eight Hyperscan/Vectorscan C functions the backend calls (`hs.h`,
//! stable since Hyperscan 4), with owning wrappers that free what they hold.
//!
//! Declared here rather than through a binding crate: the `hyperscan-sys`
//! build script fails where pkg-config cannot find `libhs`, which made the
//! default build fail on any machine without `libvectorscan-dev`. With the
//! declarations here, `build.rs` links `libhs` only where it finds it and
//! otherwise builds the portable backend alone. This is the one module of
//! the crate allowed `unsafe`; every block says why it holds.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString, c_char, c_int, c_uint, c_ulonglong, c_void};
use std::marker::{PhantomData, PhantomPinned};
use std::ptr::{self, NonNull};
use std::sync::Arc;

/// `hs_error_t`: `HS_SUCCESS` or a negative error code.
pub type HsError = c_int;
const HS_SUCCESS: HsError = 0;
/// `HS_FLAG_CASELESS`: match letters in either case.
pub const HS_FLAG_CASELESS: c_uint = 1;
const HS_MODE_STREAM: c_uint = 2;

/// Opaque `hs_database_t`, `hs_scratch_t`, `hs_stream_t` (the nomicon's
/// pattern: not constructible, not `Send`/`Sync`/`Unpin` by themselves).
macro_rules! opaque {
    ($($name:ident),*) => {$(
        #[repr(C)]
        struct $name {
            _data: [u8; 0],
            _marker: PhantomData<(*mut u8, PhantomPinned)>,
        }
    )*};
}
opaque!(RawDatabase, RawScratch, RawStream);

/// `hs_compile_error_t`.
#[repr(C)]
struct CompileError {
    message: *const c_char,
    expression: c_int,
}

/// `match_event_handler`: return non-zero to stop the scan.
type MatchHandler = Option<
    unsafe extern "C" fn(
        id: c_uint,
        from: c_ulonglong,
        to: c_ulonglong,
        flags: c_uint,
        context: *mut c_void,
    ) -> c_int,
>;

unsafe extern "C" {
    fn hs_compile_multi(
        expressions: *const *const c_char,
        flags: *const c_uint,
        ids: *const c_uint,
        elements: c_uint,
        mode: c_uint,
        platform: *const c_void,
        db: *mut *mut RawDatabase,
        error: *mut *mut CompileError,
    ) -> HsError;
    fn hs_free_compile_error(error: *mut CompileError) -> HsError;
    fn hs_free_database(db: *mut RawDatabase) -> HsError;
    fn hs_alloc_scratch(db: *const RawDatabase, scratch: *mut *mut RawScratch) -> HsError;
    fn hs_free_scratch(scratch: *mut RawScratch) -> HsError;
    fn hs_open_stream(
        db: *const RawDatabase,
        flags: c_uint,
        stream: *mut *mut RawStream,
    ) -> HsError;
    fn hs_scan_stream(
        stream: *mut RawStream,
        data: *const c_char,
        length: c_uint,
        flags: c_uint,
        scratch: *mut RawScratch,
        on_event: MatchHandler,
        context: *mut c_void,
    ) -> HsError;
    fn hs_close_stream(
        stream: *mut RawStream,
        scratch: *mut RawScratch,
        on_event: MatchHandler,
        context: *mut c_void,
    ) -> HsError;
}

/// A compiled streaming-mode database.
pub struct Database(NonNull<RawDatabase>);

// SAFETY: a compiled database is immutable; hs.h lets any number of threads
// scan with it at once, each with its own scratch space.
unsafe impl Send for Database {}
// SAFETY: as for `Send`.
unsafe impl Sync for Database {}

impl Database {
    /// Compiles `patterns` (expression, `HS_FLAG_*` flags; the pattern id is
    /// the index) into a streaming-mode database, or returns the compiler's
    /// message.
    pub fn streaming(patterns: &[(CString, c_uint)]) -> Result<Database, String> {
        let elements = c_uint::try_from(patterns.len()).map_err(|e| e.to_string())?;
        let expressions: Vec<*const c_char> = patterns.iter().map(|(e, _)| e.as_ptr()).collect();
        let flags: Vec<c_uint> = patterns.iter().map(|&(_, f)| f).collect();
        let ids: Vec<c_uint> = (0..elements).collect();
        let mut db = ptr::null_mut();
        let mut error = ptr::null_mut();
        // SAFETY: the three arrays hold `elements` entries each and outlive
        // the call; every expression is NUL-terminated (CString); a null
        // platform means the host.
        let rc = unsafe {
            hs_compile_multi(
                expressions.as_ptr(),
                flags.as_ptr(),
                ids.as_ptr(),
                elements,
                HS_MODE_STREAM,
                ptr::null(),
                &mut db,
                &mut error,
            )
        };
        if rc == HS_SUCCESS
            && let Some(db) = NonNull::new(db)
        {
            return Ok(Database(db));
        }
        if error.is_null() {
            return Err(format!("error {rc}"));
        }
        // SAFETY: on failure `error` points to a compile error that we own
        // and free exactly once, after copying its message.
        unsafe {
            let message = (*error).message;
            let mut text = if message.is_null() {
                format!("error {rc}")
            } else {
                CStr::from_ptr(message).to_string_lossy().into_owned()
            };
            if (*error).expression >= 0 {
                text = format!("pattern {}: {text}", (*error).expression);
            }
            hs_free_compile_error(error);
            Err(text)
        }
    }

    /// Scratch space for one thread's scans with this database.
    pub fn alloc_scratch(&self) -> Result<Scratch, HsError> {
        let mut scratch = ptr::null_mut();
        // SAFETY: `self.0` is a live database; a null `scratch` asks for a new one.
        let rc = unsafe { hs_alloc_scratch(self.0.as_ptr(), &mut scratch) };
        match NonNull::new(scratch) {
            Some(s) if rc == HS_SUCCESS => Ok(Scratch(s)),
            _ => Err(rc),
        }
    }

    /// A new stream; it keeps the database alive, since it points into it.
    pub fn open_stream(self: &Arc<Self>) -> Result<Stream, HsError> {
        let mut stream = ptr::null_mut();
        // SAFETY: `self.0` is a live database compiled in streaming mode.
        let rc = unsafe { hs_open_stream(self.0.as_ptr(), 0, &mut stream) };
        match NonNull::new(stream) {
            Some(raw) if rc == HS_SUCCESS => Ok(Stream {
                raw,
                _db: Arc::clone(self),
            }),
            _ => Err(rc),
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // SAFETY: we own the database; streams hold an `Arc` to it, so none
        // is open any more.
        unsafe { hs_free_database(self.0.as_ptr()) };
    }
}

/// Scratch space: one scan at a time uses it (`&mut` in [`Stream::scan`]).
pub struct Scratch(NonNull<RawScratch>);

// SAFETY: scratch space is plain memory, usable from any thread as long as
// one scan at a time uses it, which `&mut Scratch` ensures.
unsafe impl Send for Scratch {}

impl Drop for Scratch {
    fn drop(&mut self) {
        // SAFETY: we own the scratch space and no scan is using it.
        unsafe { hs_free_scratch(self.0.as_ptr()) };
    }
}

/// An open stream; dropping it closes it without reporting end-of-data
/// matches (the backend's literals have none).
pub struct Stream {
    raw: NonNull<RawStream>,
    _db: Arc<Database>,
}

// SAFETY: stream state is plain memory used by one scan at a time (`&mut self`).
unsafe impl Send for Stream {}

impl Stream {
    /// Scans the next bytes of the stream, calling `on_match(id, end)` with
    /// the pattern id and the stream offset just past each match.
    pub fn scan<F: FnMut(u32, u64)>(
        &mut self,
        data: &[u8],
        scratch: &mut Scratch,
        mut on_match: F,
    ) -> Result<(), HsError> {
        /// Calls the closure behind `context`; 0 lets the scan go on.
        unsafe extern "C" fn trampoline<F: FnMut(u32, u64)>(
            id: c_uint,
            _from: c_ulonglong,
            to: c_ulonglong,
            _flags: c_uint,
            context: *mut c_void,
        ) -> c_int {
            // SAFETY: `context` is the `&mut F` passed with this trampoline
            // to `hs_scan_stream` below, which calls it only during that call.
            let on_match = unsafe { &mut *context.cast::<F>() };
            on_match(id, to);
            0
        }
        // One call takes at most `c_uint::MAX` bytes; a stream runs on.
        for chunk in data.chunks(c_uint::MAX as usize) {
            // SAFETY: stream and scratch are live and exclusively borrowed,
            // `chunk` is valid for its length (which fits in c_uint), and the
            // context is a `&mut F` matching the trampoline's type.
            let rc = unsafe {
                hs_scan_stream(
                    self.raw.as_ptr(),
                    chunk.as_ptr().cast(),
                    chunk.len() as c_uint,
                    0,
                    scratch.0.as_ptr(),
                    Some(trampoline::<F>),
                    (&mut on_match as *mut F).cast(),
                )
            };
            if rc != HS_SUCCESS {
                return Err(rc);
            }
        }
        Ok(())
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: we own the stream; hs.h allows a null scratch with a null
        // callback, which frees the stream without reporting matches.
        unsafe { hs_close_stream(self.raw.as_ptr(), ptr::null_mut(), None, ptr::null_mut()) };
    }
}
