"""`email.mime.base`: MIMEBase (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMEBase

__all__ = ["MIMEBase"]
