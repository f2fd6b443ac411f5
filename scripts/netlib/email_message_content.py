# EmailMessage under policy.default: set_content, add_attachment turning the message
# multipart/mixed, iter_parts/iter_attachments/get_body, and a round trip through bytes.
from email.message import EmailMessage
import email, email.policy
m = EmailMessage()
m['From'] = 'a@example.com'
m['To'] = 'b@example.com'
m['Subject'] = 'Report'
m.set_content('See attached.\n')
m.add_attachment(b'\x00\x01data', maintype='application', subtype='octet-stream', filename='d.bin')
print(m.get_content_type(), m.is_multipart(), [p.get_content_type() for p in m.iter_parts()])
print([p.get_filename() for p in m.iter_attachments()], m.get_body().get_content())
print(m.get_body(('plain',)).get_content_type())
att = list(m.iter_attachments())[0]
print(att.get_content(), att['Content-Disposition'], att.is_attachment())
back = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
print(type(back).__name__, back['subject'], [p.get_content_type() for p in back.walk()])
print(back.get_body().get_content(), list(back.iter_attachments())[0].get_content())
print(email.message_from_string('Subject: x\n\nbody\n', policy=email.policy.default).get_content())
e = EmailMessage(); e.set_content('<p>x</p>', subtype='html'); print(e['Content-Type'], repr(e.get_content()))
