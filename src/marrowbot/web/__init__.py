"""The optional ``[web]`` extra: the HTTP API and chat page (``app``), its protections (``security``), its
OpenAPI description (``openapi``) and the ``marrowbot serve`` command (``serve``)."""
