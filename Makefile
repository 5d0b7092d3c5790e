# Two commands do everything on a fresh machine:
#   make run   - sync server (gunicorn, SQLite) + the app, or a headless end-to-end demo without a display
#   make test  - the whole test suite (SQLite and PostgreSQL, Kivy window, headless browser)
.PHONY: run test setup train evaluate bench lint

setup:
	bash scripts/bootstrap.sh

run: setup
	bash scripts/run.sh

test: setup
	bash scripts/test.sh

train: setup
	.venv/bin/python -m model_training train

evaluate: setup
	.venv/bin/python -m model_training evaluate ../shared/data/dev_conversations.jsonl ../shared/data/dev_v2_conversations.jsonl model_training/data/holdout/probe.jsonl --evasion
	.venv/bin/python -m model_training evaluate ../shared/data/dev_conversations.jsonl ../shared/data/dev_v2_conversations.jsonl model_training/data/holdout/probe.jsonl --contact-only

bench: setup
	.venv/bin/python benchmarks/device_latency.py
	.venv/bin/python benchmarks/evasion_tokens.py ../shared/data/dev_v2_conversations.jsonl
	.venv/bin/python benchmarks/app_start.py
	.venv/bin/python benchmarks/server_ingest.py
	.venv/bin/python benchmarks/server_scale.py
	.venv/bin/python benchmarks/workbench_pages.py

lint: setup
	.venv/bin/ruff check .
	.venv/bin/mypy
