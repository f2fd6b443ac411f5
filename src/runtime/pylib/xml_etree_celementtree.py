"""xml.etree.cElementTree: the deprecated alias of xml.etree.ElementTree."""

from xml.etree.ElementTree import *  # noqa: F401,F403
