"""The team server: the only door to a team's database, over the same service functions.

FastAPI on uvicorn, because its dependency injection gives one `current_person` that
every route declares (the actor always comes from the token, never from the request),
it validates request bodies against declared models (unknown fields refused), and it
publishes an OpenAPI schema that attacker and fuzz tests can walk route by route.
Litestar would do as well; FastAPI is the one more people on a team will know. No Qt
here, and no rules either: those stay in crmdesk.core.

The application is `crmdesk.server.app.create_app`; this package imports nothing on its
own, so `crmdesk serve --help` (and every other command) starts without FastAPI.
"""
