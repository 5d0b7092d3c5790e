"""Business rules. Services take plain values and return plain values or models; they never read
`flask.request`, so the JSON API, the moderator web pages and the CLI share one implementation.

Modules: devices, reports (ingest), suspects (aggregation, queue, decisions), priority, evidence
(audited reads), staff (accounts, passwords, tokens), releases (bundles, rollout, stats), retention,
audit.
"""
