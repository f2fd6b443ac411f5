"""The xml package: xml.parsers.expat (over coro's pyexpat), xml.etree.ElementTree,
xml.dom (minidom) and xml.sax. The package itself only names its subpackages."""

__all__ = ["dom", "parsers", "sax", "etree"]
