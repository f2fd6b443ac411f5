# http.HTTPStatus and http.HTTPMethod: members, values, phrases, descriptions, lookups.
import http
from http import HTTPStatus, HTTPMethod

print(len(HTTPStatus), len(HTTPMethod))
for s in HTTPStatus:
    print(int(s), s.name, repr(s.phrase), repr(s.description))
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), f"{HTTPStatus.NOT_FOUND}", HTTPStatus.OK == 200)
print(HTTPStatus(404), HTTPStatus["IM_A_TEAPOT"].phrase, HTTPStatus(418) is HTTPStatus.IM_A_TEAPOT)
print(isinstance(HTTPStatus.OK, int), HTTPStatus.OK + 1, sorted([HTTPStatus.GONE, HTTPStatus.OK]))
print({HTTPStatus.CREATED: "made"}[201], HTTPStatus.OK.value, HTTPStatus.OK.name)
print([s for s in HTTPStatus if 300 <= s < 303])
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
for m in HTTPMethod:
    print(repr(m), str(m), m.value, m.description)
print(HTTPMethod.GET == "GET", HTTPMethod("POST"), f"{HTTPMethod.PUT}", HTTPMethod.GET.upper())
print(http.HTTPStatus is HTTPStatus, sorted(http.__all__))
try:
    import http.nonexistent
except ModuleNotFoundError as e:
    print(e)
