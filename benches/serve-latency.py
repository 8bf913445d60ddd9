#!/usr/bin/env python3
"""Edit-to-reload latency of `rungs serve`: start the server on CONTENT, follow its event
stream as a page does, then edit one competency file RUNS times and time each edit from the
write to the page fetched again after the `reload` event. Prints the median and the slowest.

    python3 benches/serve-latency.py RUNGS CONTENT COMPETENCY_FILE PAGE_PATH [RUNS]
"""
import re
import socket
import statistics
import subprocess
import sys
import time


def request(port, path):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(f"GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def main():
    rungs, content, competency, page = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    server = subprocess.Popen(
        [rungs, "serve", content, "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    try:
        port = None
        for line in server.stderr:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
            # The first build's line, in English or in the content's language (Chinese).
            if line.startswith("build 1:") or line.startswith("第 1 次构建"):
                print("first build:", line.strip(), file=sys.stderr)
                break
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /__rungs/events HTTP/1.0\r\nHost: localhost\r\n\r\n")
        stream = events.makefile("rb")

        def wait_for(name):
            current = None
            for raw in stream:
                line = raw.decode().rstrip("\r\n")
                if line.startswith("event: "):
                    current = line[7:]
                elif line.startswith("data: ") and current == name:
                    return line[6:]
            raise SystemExit("the event stream ended")

        wait_for("state")
        original = open(competency, encoding="utf-8").read()
        times = []
        for i in range(runs + 1):
            text = original + f"\n# edit {i}\n"
            started = time.perf_counter()
            with open(competency, "w", encoding="utf-8") as f:
                f.write(text)
            wait_for("reload")
            status, _ = request(port, page)
            elapsed = time.perf_counter() - started
            assert status == 200, status
            if i > 0:  # the first edit warms caches
                times.append(elapsed)
            time.sleep(0.3)
        open(competency, "w", encoding="utf-8").write(original)
        times.sort()
        print(
            f"edit -> page reloaded: median {statistics.median(times) * 1000:.0f} ms, "
            f"slowest {times[-1] * 1000:.0f} ms over {runs} edits"
        )
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
