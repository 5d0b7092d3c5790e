"""Gunicorn settings: `gunicorn -c python:sync_server.gunicorn_conf 'sync_server:create_app()'`.

Every value can be overridden on the command line or with GUNICORN_CMD_ARGS. Threaded workers keep
HTTP/1.1 connections alive (sync workers close after each request, which costs a TCP handshake per
upload). Requests spend most of their time in Python, so one process per core; a second thread per
process covers database waits. Measured on 2 cores (benchmarks/server_ingest.py): more processes or
threads only add GIL and SQLite lock contention (server CPU per upload rose 15-25 %).
"""

from __future__ import annotations

import os

_cpus = os.cpu_count() or 1

worker_class = "gthread"
workers = int(os.environ.get("GUARDLINE_WORKERS", _cpus))
threads = int(os.environ.get("GUARDLINE_THREADS", 2))
keepalive = 30  # seconds an idle keep-alive connection is held open
backlog = 2048
timeout = 60
graceful_timeout = 20
max_requests = 0  # no periodic worker restarts: the app holds no leaky state
accesslog = None  # access logs go through the reverse proxy; set --access-logfile - to enable
