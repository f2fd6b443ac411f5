# wsgiref: util and headers helpers, a handler run over in-memory streams (CGI and
# origin-server forms, an application error), the validator, and a WSGIServer on
# 127.0.0.1 port 0 answering one request read back with http.client.
import http.client
import io
import threading
import wsgiref
from wsgiref import util
from wsgiref.handlers import BaseCGIHandler, SimpleHandler, format_date_time
from wsgiref.headers import Headers
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, demo_app, make_server
from wsgiref.validate import validator

h = Headers([("Content-Type", "text/plain")])
h.add_header("content-disposition", "attachment", filename="bud.gif")
h.add_header("X-Flag", None, yes=None)
h["X-A"] = "b"
print(repr(h))
print(bytes(h))
print(h.get_all("content-type"), h.keys(), len(h), "x-a" in h, h.setdefault("X-N", "v"), h["missing"])
del h["x-a"]
print(h.items())
for bad in (lambda: Headers({}), lambda: h.__setitem__("X", 5)):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

env = {}
util.setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith("wsgi.")))
env["PATH_INFO"] = "/a/b/c"
env["SCRIPT_NAME"] = "/app"
env["QUERY_STRING"] = "x=1"
print(util.shift_path_info(env), env["SCRIPT_NAME"], env["PATH_INFO"])
print(util.request_uri(env), util.request_uri(env, include_query=False), util.application_uri(env))
for path in ["/", "", "/x/", "//a//b/", "/./a", "/a/../b"]:
    e = {"PATH_INFO": path, "SCRIPT_NAME": "/s"}
    print(repr(path), repr(util.shift_path_info(e)), e)
print(util.guess_scheme({"HTTPS": "on"}), util.is_hop_by_hop("Connection"), util.is_hop_by_hop("X"))
print(list(util.FileWrapper(io.BytesIO(b"abcdefgh"), 3)))
print(format_date_time(0), format_date_time(1700000000))


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"path=", environ["PATH_INFO"].encode(), b" query=", environ["QUERY_STRING"].encode()]


base = {"REQUEST_METHOD": "GET", "PATH_INFO": "/p", "QUERY_STRING": "q=1", "SERVER_NAME": "h",
        "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1"}
out = io.BytesIO()
BaseCGIHandler(io.BytesIO(), out, io.StringIO(), dict(base)).run(app)
print(out.getvalue())


def one(environ, start_response):
    start_response("201 Created", [("Content-Type", "text/plain"), ("Date", "now")])
    return [b"single"]


out = io.BytesIO()
handler = SimpleHandler(io.BytesIO(), out, io.StringIO(), dict(base))
handler.server_software = "Test/1"
handler.run(one)
print(out.getvalue())


def broken(environ, start_response):
    raise ValueError("boom")


out, err = io.BytesIO(), io.StringIO()
BaseCGIHandler(io.BytesIO(), out, err, dict(base)).run(broken)
print(out.getvalue())
print(err.getvalue().splitlines()[-1])

checked = validator(app)
env = dict(base, **{"wsgi.version": (1, 0), "wsgi.input": io.BytesIO(), "wsgi.errors": io.StringIO(),
                    "wsgi.multithread": False, "wsgi.multiprocess": False, "wsgi.run_once": False,
                    "wsgi.url_scheme": "http", "SCRIPT_NAME": ""})
result = checked(env, lambda status, headers, exc=None: None)
print(b"".join(result))
result.close()
def bad_headers(e, s):
    s("200 OK", {})
    return [b""]


def returns_str(e, s):
    s("200 OK", [("Content-Type", "x")])
    return "str"


def bad_status(e, s):
    s("OK", [("Content-Type", "x")])
    return [b""]


def no_type(e, s):
    s("200 OK", [])
    return [b""]


for bad_app in [bad_headers, returns_str, bad_status, no_type]:
    try:
        validator(bad_app)(dict(env), lambda *a: None)
    except AssertionError as e:
        print("AssertionError", e)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def hello(environ, start_response):
    body = ("hello %s %s %s" % (environ["REQUEST_METHOD"], environ["PATH_INFO"],
                                environ.get("HTTP_X_TEST"))).encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Served", "yes")])
    return [body]


with make_server("127.0.0.1", 0, hello, handler_class=QuietHandler) as server:
    print(type(server).__name__, server.get_app() is hello, server.base_environ["GATEWAY_INTERFACE"])
    port = server.server_port
    worker = threading.Thread(target=server.handle_request)
    worker.start()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/some/path?x=1", headers={"X-Test": "42"})
    response = conn.getresponse()
    print(response.status, response.reason, response.getheader("X-Served"),
          response.getheader("Content-Length"), response.getheader("Server").split()[0])
    print(response.read())
    conn.close()
    worker.join()
