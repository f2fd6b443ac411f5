"""The urllib package: of its modules coro has urllib.parse (URL parsing and quoting);
urllib.request, urllib.error and urllib.robotparser are not here."""
