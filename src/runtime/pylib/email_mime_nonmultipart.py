"""`email.mime.nonmultipart`: MIMENonMultipart (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMENonMultipart

__all__ = ["MIMENonMultipart"]
