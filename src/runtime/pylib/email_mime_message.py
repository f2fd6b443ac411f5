"""`email.mime.message`: MIMEMessage (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMEMessage

__all__ = ["MIMEMessage"]
