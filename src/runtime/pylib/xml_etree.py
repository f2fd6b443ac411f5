"""xml.etree: the package holding ElementTree (and its cElementTree alias)."""
