"""`email.mime.text`: MIMEText (see _email_mime, where the email.mime classes live)."""
from _email_mime import MIMEText

__all__ = ["MIMEText"]
