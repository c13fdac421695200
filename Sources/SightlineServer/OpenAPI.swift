/// The OpenAPI document served at /openapi.yaml; a test checks it names every route.
enum OpenAPI {
    static let document = """
        openapi: 3.1.0
        info:
          title: Sightline API
          version: "0.1"
          description: Networks, cases, enforcement and reports of Sightline. Every route but the health checks needs a bearer token (roles viewer, analyst, admin).
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
          schemas:
            Error: {type: object, properties: {error: {type: string}}, required: [error]}
            IngestResult:
              type: object
              properties:
                stored: {type: integer}
                duplicates: {type: integer}
                quarantined: {type: integer}
                lines:
                  type: array
                  items: {type: object, properties: {line: {type: integer}, status: {enum: [stored, duplicate, quarantined]}, reason: {type: string}}}
        security: [{bearer: []}]
        paths:
          /healthz:
            get: {summary: Liveness, security: [], responses: {"200": {description: ok}}}
          /readyz:
            get: {summary: Readiness (the store answers), security: [], responses: {"200": {description: ready}}}
          /metrics:
            get: {summary: Prometheus metrics (viewer), responses: {"200": {description: text exposition format}, "401": {description: no or unknown token}}}
          /openapi.yaml:
            get: {summary: This document (viewer), responses: {"200": {description: YAML}}}
          /v1/networks:
            get: {summary: Networks of the latest analysis, as `sightline networks --format json` (viewer), responses: {"200": {description: "{networks: [...]}"}, "401": {description: no or unknown token}}}
          /v1/networks/{id}:
            get:
              summary: One network (viewer)
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: the network}, "404": {description: no such network}}
          /v1/events:
            post:
              summary: Batch ingestion of usage events, JSON Lines or a JSON array, with a result per line (analyst)
              requestBody: {content: {application/x-ndjson: {}, application/json: {}}}
              responses: {"200": {description: per-line results, content: {application/json: {schema: {$ref: "#/components/schemas/IngestResult"}}}}, "403": {description: needs analyst}, "413": {description: body over 16 MiB}}
          /v1/observations:
            post:
              summary: Batch ingestion of external observations (analyst)
              responses: {"200": {description: per-line results, content: {application/json: {schema: {$ref: "#/components/schemas/IngestResult"}}}}}
          /v1/cases:
            get: {summary: All cases (viewer), responses: {"200": {description: "{cases: [...]}"}}}
          /v1/cases/{id}:
            post:
              summary: Update a case - status, verdict with reason, note, lead (analyst)
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: the case}, "400": {description: invalid update}}
          /v1/enforcement:
            post: {summary: Ban, suspend or warn an account, network or organization; dry_run shows the changes (admin), responses: {"201": {description: taken}, "200": {description: dry run}, "400": {description: invalid}}}
          /v1/enforcement/export:
            get: {summary: The current enforcement list (admin), responses: {"200": {description: "{accounts: [...]}"}}}
          /v1/reports/{format}:
            get:
              summary: The threat report (markdown, html) or STIX 2.1 bundle; internal=1 needs analyst (viewer)
              parameters: [{name: format, in: path, required: true, schema: {enum: [markdown, html, stix]}}, {name: internal, in: query, schema: {enum: ["1"]}}]
              responses: {"200": {description: the report}}
          /v1/accounts/{id}:
            get:
              summary: One account - events, networks, enforcement; prompts=1 adds its last prompts (analyst, audited) (viewer)
              parameters: [{name: id, in: path, required: true, schema: {type: string}}, {name: prompts, in: query, schema: {enum: ["1"]}}]
              responses: {"200": {description: the account}, "404": {description: no such account}}
          /v1/similar:
            post:
              summary: "Find more like this - the stored prompts nearest in meaning to {text} or {event} (an event id), with limit 1-100; one result per distinct prompt with its events, accounts and networks (analyst, audited)"
              requestBody: {content: {application/json: {}}}
              responses: {"200": {description: "{searched, results}"}, "400": {description: invalid query}, "404": {description: no such event}, "503": {description: the encoder model is not fetched}}
          /v1/tokens:
            post: {summary: "Create a token {role, name}; the secret is returned once (admin)", responses: {"201": {description: "{token, role}"}}}
        """
}
