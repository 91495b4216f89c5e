"""The OpenAPI description of the HTTP API (contracts section 7), served at /openapi.json."""

from __future__ import annotations

from typing import Any

from marrowbot.session import SCHEMA as SESSION_SCHEMA
from marrowbot.text import MAX_INPUT_CHARS as MAX_MESSAGE_CHARS

_ERROR = {
    "description": "a client mistake",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            }
        }
    },
}
_SNIPPET = {
    "type": "object",
    "required": ["n", "text", "doc", "title", "section", "url", "score"],
    "properties": {
        "n": {"type": "integer", "minimum": 1},
        "text": {"type": "string"},
        "doc": {"type": "string"},
        "title": {"type": "string"},
        "section": {"type": "string"},
        "url": {"type": "string"},
        "score": {"type": "number"},
    },
}
_SESSION = SESSION_SCHEMA  # defined once, next to the code that enforces it
_ANSWER = {
    "type": "object",
    "required": [
        "question",
        "intent",
        "topic",
        "confidence",
        "abstained",
        "urgent",
        "text",
        "snippets",
        "disclaimer",
        "session",
    ],
    "properties": {
        "question": {"type": "string"},
        "intent": {"type": "string"},
        "topic": {"type": "string", "nullable": True},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "abstained": {"type": "boolean"},
        "urgent": {"type": "boolean"},
        "text": {"type": "string"},
        "snippets": {"type": "array", "items": _SNIPPET},
        "disclaimer": {"type": "string", "minLength": 1},
        "session": _SESSION,
        "lead": {"type": "string", "description": "the bot's own words before the quotes"},
        "sources": {"type": "array", "items": {"type": "object"}},
        "suggestions": {"type": "array", "items": {"type": "string"}},
        "link_titles": {"type": "object", "additionalProperties": {"type": "string"}},
        "lang": {"type": "string", "pattern": "^[a-z]{2}$",
                 "description": "the language of the bot's own words (the quotes stay as the documents wrote them)"},
        "words": {"type": "object", "additionalProperties": {"type": "string"},
                  "description": "the bot's words around the answer, in its language (headings, idle warning)"},
        "follow_ups": {"type": "array", "items": {"type": "string"},
                       "description": "questions to ask next that the documents can answer"},
        "own_language_links": {
            "type": "array",
            "description": "the documents' pages in the answer's language, for what was asked about",
            "items": {"type": "object", "properties": {"title": {"type": "string"}, "url": {"type": "string"}}},
        },
    },
}


def _json_ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


OPENAPI: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "marrowbot",
        "version": "1",
        "description": "Answers questions about bone marrow diseases by quoting trusted documents, with "
        "citations. General information, not medical advice. The server keeps no conversation state: "
        "send back the session object of the previous answer.",
    },
    "paths": {
        "/api/ask": {
            "post": {
                "summary": "Ask one question",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["message"],
                                "additionalProperties": False,
                                "properties": {
                                    "message": {"type": "string", "maxLength": MAX_MESSAGE_CHARS},
                                    "session": {**_SESSION, "nullable": True},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": _json_ok("the answer (contracts section 3) and the next session", _ANSWER),
                    "400": _ERROR,
                    "408": _ERROR,
                    "413": _ERROR,
                    "415": _ERROR,
                    "422": _ERROR,
                    "429": _ERROR,
                },
            }
        },
        "/api/topics": {
            "get": {
                "summary": "The conditions it can talk about",
                "responses": {"200": _json_ok("topics", {"type": "object"}), "429": _ERROR},
            }
        },
        "/api/sources": {
            "get": {
                "summary": "The documents it quotes",
                "responses": {"200": _json_ok("sources", {"type": "object"}), "429": _ERROR},
            }
        },
        "/api/messages": {
            "get": {
                "summary": "The page's words (welcome, disclaimer, suggestions) and kiosk timings",
                "responses": {"200": _json_ok("page text", {"type": "object"}), "429": _ERROR},
            }
        },
        "/healthz": {
            "get": {
                "summary": "Liveness",
                "responses": {"200": _json_ok("ok", {"type": "object"})},
            }
        },
    },
}
