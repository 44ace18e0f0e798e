#!/usr/bin/python3
"""A mail catcher with mailpit's ports and the part of its API this project uses.

`/mailpit` serves SMTP on 1025 and HTTP on 8025; `/mailpit readyz` asks the running one whether it
is ready (exit 0) or not (exit 1), as mailpit's own subcommand does for Docker's health check.
"""
import sys
import urllib.request

SMTP_PORT, HTTP_PORT = 1025, 8025


def readyz():
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{HTTP_PORT}/readyz", timeout=2) as answer:
            return 0 if answer.status == 200 else 1
    except OSError:
        return 1


# The health check runs `/mailpit readyz` every few seconds: it imports nothing of the server.
if __name__ == "__main__" and sys.argv[1:] == ["readyz"]:
    sys.exit(readyz())

import email  # noqa: E402
import email.policy  # noqa: E402
import email.utils  # noqa: E402
import html  # noqa: E402
import json  # noqa: E402
import threading  # noqa: E402
import uuid  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402

from aiosmtpd.controller import Controller  # noqa: E402

messages = []  # newest first, like mailpit's list
lock = threading.Lock()


def address(value):
    name, addr = email.utils.parseaddr(value or "")
    return {"Name": name, "Address": addr}


class Store:
    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",))
        body_html = msg.get_body(preferencelist=("html",))
        entry = {
            "ID": uuid.uuid4().hex,
            "MessageID": msg.get("Message-ID", ""),
            "From": address(msg.get("From", envelope.mail_from)),
            "To": [address(a) for a in envelope.rcpt_tos],
            "Subject": str(msg.get("Subject", "")),
            "Created": datetime.now(timezone.utc).isoformat(),
            "Size": len(envelope.content),
            "Text": text.get_content() if text else "",
            "HTML": body_html.get_content() if body_html else "",
        }
        entry["Snippet"] = entry["Text"][:250]
        with lock:
            messages.insert(0, entry)
        return "250 Message accepted"


class Http(BaseHTTPRequestHandler):
    def send(self, status, body, kind="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            current = list(messages)
        if self.path == "/readyz":
            self.send(200, "ok", "text/plain")
        elif self.path.startswith("/api/v1/messages"):
            listed = [{k: v for k, v in m.items() if k not in ("Text", "HTML")} for m in current]
            self.send(200, json.dumps({"total": len(current), "unread": len(current),
                                       "messages_count": len(current), "messages": listed}))
        elif self.path.startswith("/api/v1/message/"):
            found = [m for m in current if m["ID"] == self.path.rsplit("/", 1)[1]]
            self.send(200, json.dumps(found[0])) if found else self.send(404, "not found", "text/plain")
        elif self.path == "/":
            rows = "".join(f"<li>{html.escape(m['Created'])} {html.escape(m['From']['Address'])} → "
                           f"{html.escape(', '.join(t['Address'] for t in m['To']))}: "
                           f"<b>{html.escape(m['Subject'])}</b><pre>{html.escape(m['Text'])}</pre></li>"
                           for m in current)
            self.send(200, f"<!doctype html><html lang=en><title>Mail catcher</title>"
                           f"<h1>{len(current)} messages</h1><ul>{rows}</ul></html>", "text/html; charset=utf-8")
        else:
            self.send(404, "not found", "text/plain")

    def do_DELETE(self):
        if self.path == "/api/v1/messages":
            with lock:
                messages.clear()
            self.send(200, "ok", "text/plain")
        else:
            self.send(404, "not found", "text/plain")

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    smtp = Controller(Store(), hostname="0.0.0.0", port=SMTP_PORT)
    smtp.start()
    print(f"mail catcher: SMTP on {SMTP_PORT}, UI and API on {HTTP_PORT}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", HTTP_PORT), Http).serve_forever()
