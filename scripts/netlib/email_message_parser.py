# email: parsing text into Message trees (headers, continuation lines, multipart with
# preamble/epilogue, message/rfc822, defects), the header mapping and parameters,
# serialising back, decoding transfer encodings, EmailMessage basics, HeaderParser.
import email.parser
import email
m = email.message_from_string('From: a@b\nSubject: hello\n world  \nX-A: 1\nx-a: 2\nContent-Type: text/plain; charset="UTF-8"; name=x\n\nbody\nline\n')
print(repr(m['subject']), m.get_all('X-A'), m.keys(), repr(m.get_payload()))
print(m.get_params(), m.get_param('charset'), m.get_content_charset())
print(repr(m.as_string()))
m['Subject']='two'; print(m.get_all('subject'))
print(repr(str(m)))
m2=email.message_from_string('Content-Type: multipart/mixed; boundary=XX\n\npre\n--XX\nA: 1\n\none\n--XX\n\ntwo\n--XX--\nepi\n')
print(m2.is_multipart(), repr(m2.preamble), repr(m2.epilogue), [repr(p.get_payload()) for p in m2.get_payload()], [p.get_content_type() for p in m2.walk()])
print(repr(m2.as_string()))
m3=email.message_from_string('bad header line\nA: b\n\nx')
print(m3.keys(), repr(m3.get_payload()), m3.defects)
m4=email.message_from_string('A:b\r\nB:  c \r\n\r\nbody\r\n')
print(m4.items(), repr(m4.get_payload()))
for t in ['Content-Type: multipart/mixed; boundary=XX\n\n--XX\n\none\n--XX--\n', 'Content-Type: multipart/mixed; boundary=XX\n\n--XX\n\none\n--XX--', 'Content-Type: multipart/mixed; boundary=XX\n\n--XX\n\none\n\n--XX\n\ntwo', 'Content-Type: multipart/mixed; boundary=XX\n\nno boundaries here\n','Content-Type: multipart/mixed\n\nbody\n', 'Content-Type: message/rfc822\n\nA: b\n\ninner\n']:
  m=email.message_from_string(t)
  print(repr(m.preamble), repr(m.epilogue), m.defects, [repr(p.get_payload()) if hasattr(p,'get_payload') else p for p in (m.get_payload() if m.is_multipart() else [m])], repr(m.as_string()))
from email.message import Message, EmailMessage
m=Message()
m['Subject']='word '*20
m.set_payload('hi')
print(m.as_string())
m.add_header('Content-Disposition','attachment',filename='a b.txt')
m.set_param('charset','utf-8')
print(m.items())
m.set_type('text/html'); print(m.items())
m.replace_header('subject','s'); print(m['subject'])
try: m.replace_header('nope','x')
except Exception as e: print(type(e), e)
print(m.get_filename(), m.get('missing','d'), 'x' in m, len(m))
del m['subject']; print(m.keys())
e=EmailMessage(); e['To']='a@b'; 
try: e['To']='c@d'
except Exception as ex: print(type(ex),ex)
e2=EmailMessage(); e2.set_content('plain\n'); print(e2.as_string(), repr(e2.get_content()))
print(repr(e2['content-type']))
m=email.message_from_bytes(b'Content-Transfer-Encoding: base64\nContent-Type: text/plain; charset=utf-8\n\naMOpbGxvCg==\n')
print(m.get_payload(decode=True), m.get_payload())
m=email.message_from_string('Content-Transfer-Encoding: quoted-printable\n\nh=C3=A9llo=\n world\n')
print(m.get_payload(decode=True))
h=email.parser.HeaderParser().parsestr('A: 1\n\nContent-Type: x\n\nbody')
print(h.items(), repr(h.get_payload()))
m=Message(); m.set_payload('héllo', 'utf-8'); print(m.as_string())
m=Message(); m.set_payload('héllo', 'iso-8859-1'); print(m.as_string())
m=Message(); m['Content-Type']='text/plain; title*=us-ascii\'en\'This%20is%20fun; x="a;b"'; print(m.get_params(), m.get_param('title'), m.get_param('x'))
print(m.get_params(unquote=False))
