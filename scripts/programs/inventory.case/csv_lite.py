"""A small CSV reader: commas, double-quoted fields, CRLF or LF lines."""


def parse(text):
    rows = []
    for line in text.splitlines():
        if not line:
            continue
        fields, field, quoted = [], "", False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif ch == "," and not quoted:
                fields.append(field)
                field = ""
            else:
                field += ch
        fields.append(field)
        rows.append(fields)
    return rows
