"""xml.parsers: the package holding xml.parsers.expat."""
