"""`email.mime.multipart`: MIMEMultipart (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMEMultipart

__all__ = ["MIMEMultipart"]
