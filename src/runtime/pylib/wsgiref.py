"""wsgiref: the WSGI reference pieces (PEP 3333): `util` (environ helpers), `headers`
(a response-header list), `handlers` (running an application for a server or CGI),
`simple_server` (a small HTTP server for WSGI applications) and `validate` (a
checking middleware). A package; the work is in its submodules."""
