"""`email.mime.application`: MIMEApplication (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMEApplication

__all__ = ["MIMEApplication"]
