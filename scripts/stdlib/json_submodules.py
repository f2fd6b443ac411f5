# json's submodules as CPython names them: json.decoder / json.encoder hold the classes
# (`from json.decoder import JSONDecodeError`), and the classes' module is theirs.
import json
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder
import json.decoder

print(json.decoder.JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder,
      JSONEncoder is json.JSONEncoder, json.encoder.JSONEncoder is JSONEncoder)
print(JSONDecodeError.__module__, JSONDecoder.__module__, JSONEncoder.__module__)
print(JSONDecodeError, json.decoder.__name__, json.encoder.__name__)
try:
    json.loads('{"a": }')
except JSONDecodeError as e:
    print(type(e).__module__, type(e).__qualname__, e.msg, e.pos, e.lineno, e.colno)
print(json.decoder.scanstring('"ab\\n"', 1), json.encoder.encode_basestring_ascii('é'))
import traceback
try:
    json.loads('[1, 2')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end='')
