# email.mime: building messages (text in us-ascii/utf-8/iso-8859-1, multipart with
# boundaries and parts, application bytes in base64, message/rfc822) and reading one back.
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
m=MIMEText('hello\n'); print(repr(m.as_string()))
m=MIMEText('héllo\n'); print(repr(m.as_string()))
m=MIMEText('<b>x</b>','html','iso-8859-1'); print(repr(m.as_string()))
mp=MIMEMultipart(boundary='BB'); mp['Subject']='s'; mp.attach(MIMEText('a')); mp.attach(MIMEApplication(b'\x00\x01', Name='f.bin')); print(repr(mp.as_string()))
mp=MIMEMultipart('alternative', 'CC', [MIMEText('x')]); print(repr(mp.as_string()))
b=MIMEBase('image','png', name='x'); print(b.items())
try: MIMEText('x').attach(MIMEText('y'))
except Exception as e: print(type(e).__name__, e)
mm=MIMEMessage(MIMEText('inner')); print(repr(mm.as_string()), mm.is_multipart(), MIMEText.__module__)
import email
back = email.message_from_string(mp.as_string())
print([p.get_content_type() for p in back.walk()], back.get_boundary())
