//! Standard-library modules written in Python, embedded in the binary with `include_str!`
//! and compiled on first import: the language's helpers (`itertools`, `operator`,
//! `contextlib`, `types`, `collections`, `copy`, `abc`, `enum`, `dataclasses`, `typing`,
//! `__future__`, `importlib`), the file-system group (`os`, `posixpath`, `pathlib`,
//! `shutil`, ...) and the rest of docs/STDLIB.md. The VM's import system (`vm::import`)
//! finds them by name after the search path and runs them.
//! It is not an importer: only the modules listed here, and it only lists them.

mod cache;

use crate::compiler::bytecode::SourceFile;
use crate::compiler::{compile, CompileMode};
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::{CodeObj, Interned};
use crate::syntax_error::SyntaxError;
use std::rc::Rc;

/// The Python source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "itertools" => include_str!("itertools.py"),
        "ast" => include_str!("ast.py"),
        "_ast_unparse" => include_str!("_ast_unparse.py"),
        "operator" => include_str!("operator.py"),
        "contextlib" => include_str!("contextlib.py"),
        "types" => include_str!("types.py"),
        "collections" => include_str!("collections.py"),
        "_collections_user" => include_str!("_collections_user.py"),
        "_sitebuiltins" => include_str!("_sitebuiltins.py"),
        "string" => include_str!("string.py"),
        "copy" => include_str!("copy.py"),
        "weakref" => include_str!("weakref.py"),
        "_weakrefset" => include_str!("_weakrefset.py"),
        "contextvars" => include_str!("contextvars.py"),
        "time" => include_str!("time.py"),
        "datetime" => include_str!("datetime.py"),
        "logging" => include_str!("logging.py"),
        "argparse" => include_str!("argparse.py"),
        "traceback" => include_str!("traceback.py"),
        "_frame" => include_str!("_frame.py"),
        "doctest" => include_str!("doctest.py"),
        "re" => include_str!("re.py"),
        "pprint" => include_str!("pprint.py"),
        "functools" => include_str!("functools.py"),
        "fractions" => include_str!("fractions.py"),
        "numbers" => include_str!("numbers.py"),
        "statistics" => include_str!("statistics.py"),
        "warnings" => include_str!("warnings.py"),
        "inspect" => include_str!("inspect.py"),
        "difflib" => include_str!("difflib.py"),
        "unittest" => include_str!("unittest.py"),
        "unittest.__main__" => include_str!("unittest_main.py"),
        "_unittest_asserts" => include_str!("_unittest_asserts.py"),
        "_unittest_result" => include_str!("_unittest_result.py"),
        "_unittest_run" => include_str!("_unittest_run.py"),
        "unittest.mock" => include_str!("unittest_mock.py"),
        "_unittest_mock_magic" => include_str!("_unittest_mock_magic.py"),
        "_unittest_mock_patch" => include_str!("_unittest_mock_patch.py"),
        "_inspect_signature" => include_str!("_inspect_signature.py"),
        "decimal" => include_str!("decimal.py"),
        "_decimal_context" => include_str!("_decimal_context.py"),
        "_decimal_math" => include_str!("_decimal_math.py"),
        "_decimal_format" => include_str!("_decimal_format.py"),
        "_sys_info" => include_str!("_sys_info.py"),
        "_frozen_importlib" => include_str!("_frozen_importlib.py"),
        "importlib" => include_str!("importlib.py"),
        "importlib.machinery" => include_str!("importlib_machinery.py"),
        "importlib.util" => include_str!("importlib_util.py"),
        "importlib.resources" => include_str!("importlib_resources.py"),
        "importlib.resources.abc" => include_str!("importlib_resources_abc.py"),
        "pkgutil" => include_str!("pkgutil.py"),
        "runpy" => include_str!("runpy.py"),
        "__future__" => include_str!("__future__.py"),
        "os" => include_str!("os.py"),
        "posixpath" => include_str!("posixpath.py"),
        "stat" => include_str!("stat.py"),
        "_structseq" => include_str!("_structseq.py"),
        "fnmatch" => include_str!("fnmatch.py"),
        "glob" => include_str!("glob.py"),
        "shutil" => include_str!("shutil.py"),
        "tempfile" => include_str!("tempfile.py"),
        "pathlib" => include_str!("pathlib.py"),
        "random" => include_str!("random.py"),
        "bisect" => include_str!("bisect.py"),
        "secrets" => include_str!("secrets.py"),
        "heapq" => include_str!("heapq.py"),
        "base64" => include_str!("base64.py"),
        "json" => include_str!("json.py"),
        "textwrap" => include_str!("textwrap.py"),
        "tomllib" => include_str!("tomllib.py"),
        "timeit" => include_str!("timeit.py"),
        "uuid" => include_str!("uuid.py"),
        "socket" => include_str!("socket.py"),
        "struct" => include_str!("struct.py"),
        "signal" => include_str!("signal.py"),
        "subprocess" => include_str!("subprocess.py"),
        "abc" => include_str!("abc.py"),
        "enum" => include_str!("enum.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "typing" => include_str!("typing.py"),
        "_collections_abc" => include_str!("_collections_abc.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "_typing_extras" => include_str!("_typing_extras.py"),
        "threading" => include_str!("threading.py"),
        "queue" => include_str!("queue.py"),
        "concurrent" => include_str!("concurrent.py"),
        "concurrent.futures" => include_str!("concurrent_futures.py"),
        "concurrent.futures._base" => include_str!("concurrent_futures_base.py"),
        "concurrent.futures.thread" => include_str!("concurrent_futures_thread.py"),
        "_csv" => include_str!("_csv.py"),
        "csv" => include_str!("csv.py"),
        "keyword" => include_str!("keyword.py"),
        "colorsys" => include_str!("colorsys.py"),
        "getopt" => include_str!("getopt.py"),
        "shlex" => include_str!("shlex.py"),
        "calendar" => include_str!("calendar.py"),
        "reprlib" => include_str!("reprlib.py"),
        "graphlib" => include_str!("graphlib.py"),
        "sched" => include_str!("sched.py"),
        "html" => include_str!("html.py"),
        "html.parser" => include_str!("html_parser.py"),
        "http" => include_str!("http.py"),
        "select" => include_str!("select.py"),
        "selectors" => include_str!("selectors.py"),
        "html.entities" => include_str!("html_entities/entities.py"),
        "json.decoder" => include_str!("json_decoder.py"),
        "json.encoder" => include_str!("json_encoder.py"),
        "urllib" => include_str!("urllib.py"),
        "urllib.parse" => include_str!("urllib_parse.py"),
        "hmac" => include_str!("hmac.py"),
        "linecache" => include_str!("linecache.py"),
        "array" => include_str!("array.py"),
        "zlib" => include_str!("zlib.py"),
        "gzip" => include_str!("gzip.py"),
        "platform" => include_str!("platform.py"),
        "getpass" => include_str!("getpass.py"),
        "filecmp" => include_str!("filecmp.py"),
        "codecs" => include_str!("codecs.py"),
        "_codecs" => include_str!("_codecs.py"),
        "pickle" => include_str!("pickle.py"),
        "copyreg" => include_str!("copyreg.py"),
        "locale" => include_str!("locale.py"),
        "configparser" => include_str!("configparser.py"),
        "ipaddress" => include_str!("ipaddress.py"),
        "_ipaddress_text" => include_str!("_ipaddress_text.py"),
        "socketserver" => include_str!("socketserver.py"),
        "email" => include_str!("email.py"),
        "email.errors" => include_str!("email_errors.py"),
        "email.header" => include_str!("email_header.py"),
        "email.message" => include_str!("email_message.py"),
        "email.parser" => include_str!("email_parser.py"),
        "email.feedparser" => include_str!("email_parser.py"),
        "email.generator" => include_str!("email_generator.py"),
        "email.policy" => include_str!("email_policy.py"),
        "email.utils" => include_str!("email_utils.py"),
        "email.mime" => include_str!("email_mime.py"),
        "_email_mime" => include_str!("_email_mime.py"),
        "email.mime.base" => include_str!("email_mime_base.py"),
        "email.mime.nonmultipart" => include_str!("email_mime_nonmultipart.py"),
        "email.mime.multipart" => include_str!("email_mime_multipart.py"),
        "email.mime.text" => include_str!("email_mime_text.py"),
        "email.mime.application" => include_str!("email_mime_application.py"),
        "email.mime.message" => include_str!("email_mime_message.py"),
        "http.client" => include_str!("http_client.py"),
        "http.server" => include_str!("http_server.py"),
        "http.cookies" => include_str!("http_cookies.py"),
        "urllib.error" => include_str!("urllib_error.py"),
        "urllib.request" => include_str!("urllib_request.py"),
        "urllib.response" => include_str!("urllib_response.py"),

        "xml" => include_str!("xml.py"),
        "xml.parsers" => include_str!("xml_parsers.py"),
        "xml.parsers.expat" => include_str!("xml_parsers_expat.py"),
        "pyexpat" => include_str!("pyexpat.py"),
        "_pyexpat_state" => include_str!("_pyexpat_state.py"),
        "_xml_scanner" => include_str!("_xml_scanner.py"),
        "_xml_dtd" => include_str!("_xml_dtd.py"),
        "_xml_decode" => include_str!("_xml_decode.py"),
        "xml.etree" => include_str!("xml_etree.py"),
        "xml.etree.ElementTree" => include_str!("xml_etree_elementtree.py"),
        "xml.etree.cElementTree" => include_str!("xml_etree_celementtree.py"),
        "_xml_etree_path" => include_str!("_xml_etree_path.py"),
        "_xml_etree_parse" => include_str!("_xml_etree_parse.py"),
        "_xml_etree_write" => include_str!("_xml_etree_write.py"),
        "xml.dom" => include_str!("xml_dom.py"),
        "xml.dom.minidom" => include_str!("xml_dom_minidom.py"),
        "_xml_minidom_doc" => include_str!("_xml_minidom_doc.py"),
        "_xml_minidom_node" => include_str!("_xml_minidom_node.py"),
        "_xml_minidom_build" => include_str!("_xml_minidom_build.py"),
        "xml.sax" => include_str!("xml_sax.py"),
        "xml.sax.handler" => include_str!("xml_sax_handler.py"),
        "xml.sax.saxutils" => include_str!("xml_sax_saxutils.py"),
        "xml.sax.xmlreader" => include_str!("xml_sax_xmlreader.py"),
        "xml.sax.expatreader" => include_str!("xml_sax_expatreader.py"),
        "xml.sax._exceptions" => include_str!("xml_sax_exceptions.py"),

        "zipfile" => include_str!("zipfile.py"),
        "_zipfile_path" => include_str!("_zipfile_path.py"),
        "_zipinfo" => include_str!("_zipinfo.py"),
        "_zipfile_streams" => include_str!("_zipfile_streams.py"),
        "tarfile" => include_str!("tarfile.py"),
        "_tarinfo" => include_str!("_tarinfo.py"),
        "_tarfile_extract" => include_str!("_tarfile_extract.py"),
        "_shutil_archives" => include_str!("_shutil_archives.py"),
        "pwd" => include_str!("pwd.py"),
        "grp" => include_str!("grp.py"),
        "mimetypes" => include_str!("mimetypes.py"),
        "optparse" => include_str!("optparse.py"),
        "_optparse_help" => include_str!("_optparse_help.py"),
        "bz2" => include_str!("bz2.py"),
        "sqlite3" => include_str!("sqlite3.py"),
        "zoneinfo" => include_str!("zoneinfo.py"),
        "dbm" => include_str!("dbm.py"),
        "dbm.dumb" => include_str!("dbm_dumb.py"),
        "shelve" => include_str!("shelve.py"),
        "token" => include_str!("token.py"),
        "tokenize" => include_str!("tokenize.py"),
        "fcntl" => include_str!("fcntl.py"),
        "termios" => include_str!("termios.py"),
        "tty" => include_str!("tty.py"),
        "pty" => include_str!("pty.py"),
        "resource" => include_str!("resource.py"),
        "mmap" => include_str!("mmap.py"),
        "faulthandler" => include_str!("faulthandler.py"),
        "codeop" => include_str!("codeop.py"),
        "code" => include_str!("code.py"),
        "cmd" => include_str!("cmd.py"),
        "fileinput" => include_str!("fileinput.py"),
        "gettext" => include_str!("gettext.py"),
        "plistlib" => include_str!("plistlib.py"),
        "logging.handlers" => include_str!("logging_handlers.py"),
        "logging.config" => include_str!("logging_config.py"),
        "wsgiref" => include_str!("wsgiref.py"),
        "wsgiref.util" => include_str!("wsgiref_util.py"),
        "wsgiref.headers" => include_str!("wsgiref_headers.py"),
        "wsgiref.handlers" => include_str!("wsgiref_handlers.py"),
        "wsgiref.simple_server" => include_str!("wsgiref_simple_server.py"),
        "wsgiref.validate" => include_str!("wsgiref_validate.py"),
        _ => return None,
    })
}

/// Whether the embedded module `name` is a package (it has submodules here).
pub fn is_package(name: &str) -> bool {
    matches!(
        name,
        "importlib"
            | "importlib.resources"
            | "collections"
            | "concurrent"
            | "concurrent.futures"
            | "dbm"
            | "email"
            | "email.mime"
            | "html"
            | "http"
            | "json"
            | "logging"
            | "urllib"
            | "wsgiref"
            | "unittest"
            | "xml"
            | "xml.parsers"
            | "xml.etree"
            | "xml.dom"
            | "xml.sax"
    )
}

/// Is `source_name` (a code object's file name) one of the embedded modules that
/// CPython implements in C? Its frames are left out of tracebacks, as CPython's C
/// functions add none: `datetime.date(2024, 13, 1)` shows only the caller's line.
/// Modules that are Python in CPython (or mix Python functions in, as `heapq`,
/// `functools`, `collections`, `csv`) keep their frames.
pub fn stands_in_for_c(source_name: &str) -> bool {
    let Some(name) = source_name
        .strip_prefix("<frozen ")
        .and_then(|n| n.strip_suffix('>'))
    else {
        return false;
    };
    matches!(
        name,
        "itertools"
            | "operator"
            | "contextvars"
            | "time"
            | "datetime"
            | "_frame"
            | "decimal"
            | "_decimal_context"
            | "_decimal_math"
            | "_decimal_format"
            | "_sys_info"
            | "_structseq"
            | "bisect"
            | "struct"
            | "select"
            | "array"
            | "zlib"
            | "_codecs"
            | "pickle"
            | "pyexpat"
            | "_pyexpat_state"
            | "_xml_scanner"
            | "_xml_dtd"
            | "_xml_decode"
            | "_csv"
            | "pwd"
            | "grp"
            | "sqlite3"
            | "fcntl"
            | "termios"
            | "resource"
            | "mmap"
            | "faulthandler"
    )
}

/// An embedded module that does not compile is a bug in this folder; it still surfaces
/// as an ImportError rather than a panic.
pub fn compile_embedded(
    t: &crate::runtime::types::Types,
    interned: &Interned,
    name: &str,
    text: &'static str,
) -> PyResult<Rc<CodeObj>> {
    let source = Rc::new(SourceFile {
        name: format!("<frozen {name}>").into(),
        text: text.into(),
    });
    if let Some(code) = cache::load(name, &source) {
        return Ok(CodeObj::new(t, Rc::new(code), interned));
    }
    let module = crate::parser::parse_module(text).map_err(|e| broken(&source, &e))?;
    let code =
        compile(&module, source.clone(), CompileMode::Module).map_err(|e| broken(&source, &e))?;
    cache::store(name, &code);
    Ok(CodeObj::new(t, code, interned))
}

#[cold]
fn broken(source: &SourceFile, err: &SyntaxError) -> PyErr {
    crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::ImportError,
        format!(
            "{} does not compile: {} (line {})",
            source.name,
            err.message,
            source.line_of(err.span.start)
        ),
    )
}

#[cfg(test)]
pub(crate) mod tests;
