"""A small HTTP server for WSGI applications (for development and tests):
WSGIServer, WSGIRequestHandler, ServerHandler, demo_app and make_server."""

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

from wsgiref.handlers import SimpleHandler

__version__ = "0.2"
__all__ = ["WSGIServer", "WSGIRequestHandler", "demo_app", "make_server"]

server_version = "WSGIServer/" + __version__
sys_version = "CPython/" + sys.version.split()[0]
software_version = server_version + " " + sys_version


class ServerHandler(SimpleHandler):
    server_software = software_version

    def close(self):
        try:
            self.request_handler.log_request(self.status.split(" ", 1)[0], self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """An HTTPServer that runs one WSGI application."""

    application = None

    def server_bind(self):
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        self.base_environ = {
            "SERVER_NAME": self.server_name,
            "GATEWAY_INTERFACE": "CGI/1.1",
            "SERVER_PORT": str(self.server_port),
            "REMOTE_HOST": "",
            "CONTENT_LENGTH": "",
            "SCRIPT_NAME": "",
        }

    def get_app(self):
        return self.application

    def set_app(self, application):
        self.application = application


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Turns each HTTP request into a WSGI environ and runs the server's application."""

    server_version = "WSGIServer/" + __version__

    def get_environ(self):
        env = self.server.base_environ.copy()
        env["SERVER_PROTOCOL"] = self.request_version
        env["SERVER_SOFTWARE"] = self.server_version
        env["REQUEST_METHOD"] = self.command
        path, _, query = self.path.partition("?")
        env["PATH_INFO"] = urllib.parse.unquote(path, "iso-8859-1")
        env["QUERY_STRING"] = query
        host = self.address_string()
        if host != self.client_address[0]:
            env["REMOTE_HOST"] = host
        env["REMOTE_ADDR"] = self.client_address[0]
        content_type = self.headers.get("content-type")
        env["CONTENT_TYPE"] = content_type if content_type is not None \
            else self.headers.get_content_type()
        length = self.headers.get("content-length")
        if length:
            env["CONTENT_LENGTH"] = length
        for name, value in self.headers.items():
            key = name.replace("-", "_").upper()
            value = value.strip()
            if key in env:
                continue
            key = "HTTP_" + key
            env[key] = env[key] + "," + value if key in env else value
        return env

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        """Read one request and run the application for it."""
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = ""
            self.request_version = ""
            self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = ServerHandler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                                multithread=False)
        handler.request_handler = self
        handler.run(self.server.get_app())


def demo_app(environ, start_response):
    """A WSGI application that answers 'Hello world!' and the sorted environ."""
    from io import StringIO
    out = StringIO()
    print("Hello world!", file=out)
    print(file=out)
    for key, value in sorted(environ.items()):
        print(key, "=", repr(value), file=out)
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return [out.getvalue().encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    """A server for `app` listening on (host, port)."""
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server


if __name__ == "__main__":
    with make_server("", 8000, demo_app) as httpd:
        sa = httpd.socket.getsockname()
        print("Serving HTTP on", sa[0], "port", sa[1], "...")
        import webbrowser
        webbrowser.open("http://localhost:8000/xyz?abc")
        httpd.handle_request()
