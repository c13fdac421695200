/// The OpenAPI 3.1 document served at /openapi.yaml. Tests check that it parses, names every
/// route and gives every POST a request schema; `.ci/run` validates it with
/// openapi-spec-validator and runs schemathesis against a served store. Every text value is
/// quoted, so that no comma or colon in a summary can turn it into YAML structure.
enum OpenAPI {
    static let document = #"""
        openapi: "3.1.0"
        info:
          title: "Sightline API"
          version: "0.2.0"
          description: "Networks, cases, enforcement and reports of Sightline. Every route but the health checks needs a bearer token (roles viewer, analyst, admin). Viewers see networks without the identifiers of the operators' infrastructure; analysts see them."
        servers:
          - url: "/"
        security:
          - bearer: []
        components:
          securitySchemes:
            bearer:
              type: "http"
              scheme: "bearer"
          responses:
            BadRequest:
              description: "The body or a parameter is not what the route takes; the message says what to send."
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            Unauthorized:
              description: "No token, or an unknown or revoked one."
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            Forbidden:
              description: "The token's role is too low."
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            NotFound:
              description: "No such thing."
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            Conflict:
              description: "The change conflicts with what is stored."
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
            TooLarge:
              description: "The body is over the route's limit."
            TooManyRequests:
              description: "Too many failed sign-ins from this address; no credential from it is checked until Retry-After seconds have passed."
              headers:
                Retry-After:
                  schema: {type: "integer", minimum: 1}
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Error"}
          schemas:
            Error:
              type: "object"
              properties:
                error: {type: "string"}
              required: ["error"]
            Time:
              type: "string"
              description: "RFC 3339, UTC, with milliseconds."
            IngestResult:
              type: "object"
              properties:
                stored: {type: "integer", minimum: 0}
                duplicates: {type: "integer", minimum: 0}
                quarantined: {type: "integer", minimum: 0, description: "Every line set aside."}
                quarantine_kept: {type: "integer", minimum: 0, description: "The lines kept in quarantine: at most 1,000 a request, the first ones."}
                lines:
                  type: "array"
                  description: "The first 100 lines that were not stored, by line."
                  items:
                    type: "object"
                    properties:
                      line: {type: "integer"}
                      status: {enum: ["quarantined", "duplicate"]}
                      reason: {type: "string"}
                    required: ["line", "status"]
                lines_omitted: {type: "integer", minimum: 0}
              required: ["stored", "duplicates", "quarantined", "quarantine_kept", "lines", "lines_omitted"]
            Network:
              type: "object"
              properties:
                id: {type: "string"}
                name: {type: "string"}
                category: {type: "string"}
                categories: {type: "object", additionalProperties: {type: "number"}}
                risk: {type: "number"}
                accounts: {type: "array", items: {type: "string"}}
                attribution:
                  type: "object"
                  properties:
                    prompt_languages: {type: "object", additionalProperties: {type: "number"}}
                    output_languages: {type: "object", additionalProperties: {type: "number"}}
                    utc_offset_hours: {type: ["integer", "null"]}
                    anonymizer_share: {type: "number"}
                    countries: {type: "object", additionalProperties: {type: "number"}}
                    confidence: {enum: ["low", "moderate", "high"]}
                    reasons: {type: "array", items: {type: "string"}}
                breakout:
                  oneOf:
                    - type: "null"
                    - type: "object"
                      properties:
                        category: {type: "integer", minimum: 1, maximum: 6}
                        rationale: {type: "string"}
                        observations: {type: "array", items: {type: "string"}}
                ttps:
                  type: "array"
                  items:
                    type: "object"
                    properties:
                      framework: {type: "string"}
                      id: {type: "string"}
                      name: {type: "string"}
                evidence:
                  type: "array"
                  items:
                    type: "object"
                    properties:
                      kind: {type: "string"}
                      detail: {type: "string", description: "For viewers, shared infrastructure is named by its attribute only."}
                      accounts: {type: "array", items: {type: "string"}}
                    required: ["kind", "detail", "accounts"]
                events: {type: "integer"}
                first_seen: {$ref: "#/components/schemas/Time"}
                last_seen: {$ref: "#/components/schemas/Time"}
                hour_of_week: {type: "array", items: {type: "integer"}}
                reported_because: {type: "array", items: {type: "string"}}
              required: ["id", "name", "category", "risk", "accounts", "evidence"]
            Case:
              type: "object"
              properties:
                network: {type: "string"}
                status: {enum: ["new", "investigating", "actioned", "closed", "dismissed"]}
                verdict: {type: ["string", "null"]}
                verdict_reason: {type: ["string", "null"]}
                lead_source: {type: "string"}
                updated: {$ref: "#/components/schemas/Time"}
                notes:
                  type: "array"
                  items:
                    type: "object"
                    properties:
                      time: {$ref: "#/components/schemas/Time"}
                      author: {type: "string"}
                      text: {type: "string"}
              required: ["network", "status", "notes"]
            CaseUpdate:
              type: "object"
              properties:
                status: {enum: ["new", "investigating", "actioned", "closed", "dismissed"]}
                verdict: {type: "string"}
                reason: {type: "string"}
                note: {type: "string"}
                lead: {enum: ["internal detection", "tip from a partner", "public reporting"]}
                clear: {type: "array", items: {type: "string"}, description: "Members judged innocent: out of the network's actions at once, out of linking from the next analyze (needs reason)."}
                restore: {type: "array", items: {type: "string"}, description: "Cleared accounts to link again (needs reason)."}
                split: {type: "array", items: {type: "string"}, description: "Members to judge as a network of their own from the next analyze, two or more on each side (needs reason)."}
            EnforcementOrder:
              type: "object"
              description: "An action on a target, or with reverse the id of an action to reverse."
              properties:
                target_kind: {enum: ["account", "network", "organization"]}
                target: {type: "string"}
                action: {enum: ["ban", "suspend", "warn"]}
                category: {type: "string"}
                reason: {type: "string"}
                dry_run: {type: "boolean"}
                exclude: {type: "array", items: {type: "string"}, description: "Accounts of the target to leave out of the action."}
                reverse: {type: "integer"}
              required: ["reason"]
            EnforcementOutcome:
              type: "object"
              properties:
                action_id: {type: "integer", description: "0 for a dry run."}
                accounts: {type: "integer"}
                changes: {type: "array", items: {type: "string"}}
              required: ["action_id", "accounts", "changes"]
            Standing:
              type: "object"
              properties:
                account: {type: "string"}
                action: {enum: ["ban", "suspend", "warn"]}
                action_id: {type: "integer"}
                category: {type: "string"}
                since: {$ref: "#/components/schemas/Time"}
              required: ["account", "action", "action_id"]
            EnforcementList:
              type: "object"
              properties:
                accounts: {type: "array", items: {$ref: "#/components/schemas/Standing"}}
                changes: {type: "array", items: {type: "object"}}
              required: ["accounts"]
            Account:
              type: "object"
              properties:
                account: {type: "string"}
                events: {type: "integer"}
                first_seen: {$ref: "#/components/schemas/Time"}
                last_seen: {$ref: "#/components/schemas/Time"}
                networks: {type: "array", items: {type: "string"}}
                enforcement: {oneOf: [{type: "null"}, {$ref: "#/components/schemas/Standing"}]}
                prompts:
                  type: "array"
                  items:
                    type: "object"
                    properties:
                      id: {type: "string"}
                      time: {$ref: "#/components/schemas/Time"}
                      prompt: {type: "string"}
              required: ["account", "events", "networks"]
            SimilarQuery:
              type: "object"
              description: "Either text or event (an event id)."
              properties:
                text: {type: "string"}
                event: {type: "string"}
                limit: {type: "integer", minimum: 1, maximum: 100}
            TokenRequest:
              type: "object"
              properties:
                role: {enum: ["viewer", "analyst", "admin"]}
                name: {type: "string", minLength: 1, maxLength: 100}
              required: ["role"]
            TokenCreated:
              type: "object"
              properties:
                id: {type: "integer"}
                token: {type: "string", description: "The secret: shown here once, never stored."}
                role: {enum: ["viewer", "analyst", "admin"]}
                name: {type: "string"}
              required: ["id", "token", "role", "name"]
            Token:
              type: "object"
              properties:
                id: {type: "integer"}
                name: {type: "string"}
                role: {enum: ["viewer", "analyst", "admin"]}
                created: {$ref: "#/components/schemas/Time"}
                last_used: {$ref: "#/components/schemas/Time"}
                revoked: {$ref: "#/components/schemas/Time"}
              required: ["id", "name", "role", "created"]
        paths:
          /healthz:
            get:
              summary: "Liveness"
              security: []
              responses:
                "200": {description: "ok", content: {text/plain: {schema: {type: "string"}}}}
          /readyz:
            get:
              summary: "Readiness: the store answers"
              security: []
              responses:
                "200": {description: "ready", content: {text/plain: {schema: {type: "string"}}}}
          /metrics:
            get:
              summary: "Prometheus metrics (viewer)"
              responses:
                "200": {description: "Text exposition format", content: {text/plain: {schema: {type: "string"}}}}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /openapi.yaml:
            get:
              summary: "This document (viewer)"
              responses:
                "200": {description: "This document, as YAML", content: {application/yaml: {schema: {type: "object", required: ["openapi", "paths"]}}}}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/networks:
            get:
              summary: "Networks of the latest analysis, as `sightline networks --format json` (viewer; identifiers for analysts)"
              responses:
                "200":
                  description: "The networks"
                  content:
                    application/json:
                      schema:
                        type: "object"
                        properties:
                          networks: {type: "array", items: {$ref: "#/components/schemas/Network"}}
                        required: ["networks"]
                "401": {$ref: "#/components/responses/Unauthorized"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/networks/{id}:
            get:
              summary: "One network (viewer; identifiers for analysts)"
              parameters:
                - {name: "id", in: "path", required: true, schema: {type: "string"}}
              responses:
                "200": {description: "The network", content: {application/json: {schema: {$ref: "#/components/schemas/Network"}}}}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "404": {$ref: "#/components/responses/NotFound"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/events:
            post:
              summary: "Batch ingestion of usage events, JSON Lines or a JSON array, with counts and the first lines not stored (analyst)"
              requestBody:
                required: true
                content:
                  application/x-ndjson:
                    schema: {type: "string", description: "One event.schema.json object a line."}
                  application/json:
                    schema: {type: "array", items: {type: "object"}}
              responses:
                "200": {description: "What each line became", content: {application/json: {schema: {$ref: "#/components/schemas/IngestResult"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/observations:
            post:
              summary: "Batch ingestion of external observations, as for events (analyst)"
              requestBody:
                required: true
                content:
                  application/x-ndjson:
                    schema: {type: "string", description: "One observation.schema.json object a line."}
                  application/json:
                    schema: {type: "array", items: {type: "object"}}
              responses:
                "200": {description: "What each line became", content: {application/json: {schema: {$ref: "#/components/schemas/IngestResult"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/cases:
            get:
              summary: "All cases (viewer)"
              responses:
                "200":
                  description: "The cases"
                  content:
                    application/json:
                      schema:
                        type: "object"
                        properties:
                          cases: {type: "array", items: {$ref: "#/components/schemas/Case"}}
                        required: ["cases"]
                "401": {$ref: "#/components/responses/Unauthorized"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/cases/{id}:
            post:
              summary: "Update a case: status, verdict with reason, note, lead, membership (clear, restore, split with reason) (analyst)"
              parameters:
                - {name: "id", in: "path", required: true, schema: {type: "string"}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/CaseUpdate"}
              responses:
                "200": {description: "The case", content: {application/json: {schema: {$ref: "#/components/schemas/Case"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/enforcement:
            post:
              summary: "Ban, suspend or warn an account, network or organization, or reverse an action; dry_run shows the changes (admin)"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/EnforcementOrder"}
              responses:
                "200": {description: "A dry run: nothing was written", content: {application/json: {schema: {$ref: "#/components/schemas/EnforcementOutcome"}}}}
                "201": {description: "Taken", content: {application/json: {schema: {$ref: "#/components/schemas/EnforcementOutcome"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/enforcement/export:
            get:
              summary: "The current enforcement list, with the changes since a time (admin)"
              parameters:
                - {name: "since", in: "query", schema: {type: "string", format: "date-time"}}
              responses:
                "200": {description: "The list", content: {application/json: {schema: {$ref: "#/components/schemas/EnforcementList"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/reports/{format}:
            get:
              summary: "The threat report (markdown, html) or a STIX 2.1 bundle; internal=1 needs analyst (viewer)"
              parameters:
                - {name: "format", in: "path", required: true, schema: {enum: ["markdown", "html", "stix"]}}
                - {name: "internal", in: "query", schema: {enum: ["1"]}}
                - {name: "since", in: "query", description: "first day of the period (networks actioned on or after it)", schema: {type: "string", format: "date"}}
                - {name: "until", in: "query", description: "last day of the period, included", schema: {type: "string", format: "date"}}
              responses:
                "200":
                  description: "The report"
                  content:
                    text/markdown: {schema: {type: "string"}}
                    text/html: {schema: {type: "string"}}
                    application/stix+json: {schema: {type: "object"}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/accounts/{id}:
            get:
              summary: "One account: events, networks, enforcement; prompts=1 adds its last prompts (analyst, audited) (viewer)"
              parameters:
                - {name: "id", in: "path", required: true, schema: {type: "string"}}
                - {name: "prompts", in: "query", schema: {enum: ["1"]}}
              responses:
                "200": {description: "The account", content: {application/json: {schema: {$ref: "#/components/schemas/Account"}}}}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
          /v1/similar:
            post:
              summary: "Find more like this: the stored prompts nearest in meaning to a text or an event, one result per distinct prompt with its events, accounts and networks (analyst, audited)"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/SimilarQuery"}
              responses:
                "200":
                  description: "The nearest prompts"
                  content:
                    application/json:
                      schema:
                        type: "object"
                        properties:
                          searched: {type: "integer"}
                          results: {type: "array", items: {type: "object"}}
                        required: ["searched", "results"]
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
                "503":
                  description: "The encoder model is not fetched on the server"
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Error"}
          /v1/tokens:
            get:
              summary: "The tokens: id, name, role, created, last used, revoked; never their secrets (admin)"
              responses:
                "200":
                  description: "The tokens"
                  content:
                    application/json:
                      schema:
                        type: "object"
                        properties:
                          tokens: {type: "array", items: {$ref: "#/components/schemas/Token"}}
                        required: ["tokens"]
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
            post:
              summary: "Create a token; the secret is in the answer, once (admin)"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/TokenRequest"}
              responses:
                "201": {description: "Created", content: {application/json: {schema: {$ref: "#/components/schemas/TokenCreated"}}}}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "429": {$ref: "#/components/responses/TooManyRequests"}
        """#
}
