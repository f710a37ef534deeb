#!/usr/bin/env python3
"""The local web server the URL tests fetch from: 127.0.0.1 on a free port (printed on the
first line of stdout), serving the pages in this folder and the failure cases. It exits when
the test process that started it is gone (its parent changes, or its stdin closes)."""
import gzip, http.server, os, sys, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))

def page(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location, status=302):
        self.send(status, b"", headers=[("Location", location)])

    def do_GET(self):
        path = self.path.split("?")[0]
        if path.startswith("/pages/"):
            name = path[len("/pages/"):]
            if "/" in name or not os.path.exists(os.path.join(HERE, name)):
                return self.send(404, b"<h1>Not found</h1>")
            charset = "windows-1251" if "cp1251" in name else "utf-8"
            return self.send(200, page(name), "text/html; charset=" + charset)
        if path.startswith("/gzip/"):
            body = gzip.compress(page(path[len("/gzip/"):]))
            return self.send(200, body, headers=[("Content-Encoding", "gzip")])
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            return self.redirect("/pages/news-roundup-jsonld.html" if n == 0 else "/redirect/%d" % (n - 1), 301 if n % 2 else 302)
        if path == "/loop/a":
            return self.redirect("/loop/b")
        if path == "/loop/b":
            return self.redirect("/loop/a")
        if path == "/slow":
            time.sleep(8)
            return self.send(200, page("news-roundup-jsonld.html"))
        if path == "/wrong-charset":   # windows-1251 bytes served as UTF-8
            return self.send(200, page("cyrillic-cp1251.html"), "text/html; charset=utf-8")
        if path == "/no-charset":      # windows-1251 bytes, no header charset: the page's <meta> decides
            return self.send(200, page("cyrillic-cp1251.html"), "text/html")
        if path == "/huge":            # 25 MB, length not declared: the cap stops the download
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 1020 + b"</p>\n"
            try:
                for _ in range(25 * 1024):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            return
        if path == "/binary":
            return self.send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
        if path == "/image":
            return self.send(200, b"GIF89a", "image/gif")
        if path == "/plain":
            return self.send(200, page("../articles/04_insider_sahel_short.txt"), "text/plain; charset=utf-8")
        if path == "/user-agent":
            return self.send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        return self.send(404, b"<h1>Not found</h1>")

def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # The pipe's write end may have leaked into this process, so EOF alone is not enough.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)

if __name__ == "__main__":
    main()
