"""The controlled vocabularies: every term a criterion field may hold, defined once.

Each criterion of the original overview has its own list of terms. A term's
definition is reStructuredText: the glossary renders it, and the contributor
guide links to it. Adding a term is one edit here; nothing else needs to change.

Term labels are unique across all criteria, because each one is also a glossary
entry (and Sphinx's glossary terms share one namespace). Two labels are valid in
every criterion and mean different things: ``none`` (the sources confirm the
framework has no such support) and ``unknown`` (not verified yet).
"""

from __future__ import annotations

from dataclasses import dataclass

NONE = "none"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Term:
    """One vocabulary term: its label, its definition and accepted spellings."""

    label: str
    definition: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    """One value of the ``status`` field, with the rule that assigns it."""

    label: str
    definition: str


#: The overview's core concepts, and the terms readers confuse with them.
#: The distinctions follow the original overview: a session tells visitors
#: apart, identification recognises a returning one, and authentication gives
#: that identity a meaning in the application.
CONCEPTS: tuple[Term, ...] = (
    Term(
        "session",
        "Whatever lets an application tell one visitor from another across "
        "requests, although HTTP itself treats every request on its own. A "
        "session must never take two visitors for one, nor fail to recognise a "
        "visitor it already knows during the same visit. It says nothing about "
        "who the visitor is.",
    ),
    Term(
        "identity",
        "What an application recognises a visitor as: a distinct, known "
        "participant. An identity alone carries no meaning for the "
        "application; :term:`authentication` gives it one.",
    ),
    Term(
        "identification",
        "Recognising a returning visitor as the same :term:`identity` on "
        "later visits, for example through a long-lived cookie. "
        "Identification says *this is the visitor seen before*, not *this is "
        "user Alice with these rights*.",
    ),
    Term(
        "authentication",
        "Giving an :term:`identity` a meaning in the application: checking "
        "credentials and linking the visitor to a user known to the "
        "application, whose data and rights then apply. It answers *who is "
        "this?*, not *what may they do?* (see :term:`authorization`).",
    ),
    Term(
        "authorization",
        "Deciding what an authenticated user may do: which pages, actions and "
        "data are open to them. It builds on :term:`authentication` and is "
        "often confused with it.",
    ),
    Term(
        "session state",
        "Data kept for the length of a :term:`session` (a basket, a wizard's "
        "progress). Unlike :term:`persistence`, it is expected to vanish when "
        "the session ends.",
    ),
    Term(
        "cookie",
        "A small value that a server asks the browser to store and send back "
        "with later requests. Cookies are the usual carrier of a session "
        "identifier, but a cookie is a mechanism, not a session.",
    ),
    Term(
        "persistence",
        "Keeping information beyond a single request: in the original "
        "overview, both recording what is known about a visitor for later "
        "visits and convenient access to the application's shared resources, "
        "such as a database.",
    ),
    Term(
        "licence",
        "The terms under which a framework may be used, changed and "
        "redistributed. This site names licences with SPDX identifiers; only "
        "the licence text published by the project is authoritative.",
    ),
)

#: The two values every criterion accepts, shown distinctly in every view.
SPECIAL_TERMS: tuple[Term, ...] = (
    Term(
        NONE,
        "The framework's own sources confirm that it has no support of this "
        "kind: an application has to bring its own, or do without.",
    ),
    Term(
        UNKNOWN,
        "Nobody has yet verified this criterion against a source. It is a gap "
        "in this site, not a statement about the framework; a cited answer is "
        "a welcome contribution.",
    ),
)

STATUSES: tuple[Status, ...] = (
    Status(
        "active",
        "The project published a release in the twelve months before the page's review date.",
    ),
    Status(
        "maintained",
        "The latest release is between one and three years older than the "
        "review date, or the maintainers still publish releases but state "
        "that the project only receives fixes.",
    ),
    Status(
        "dormant",
        "No release in the three years before the review date, but the "
        "maintainers have not declared the project finished.",
    ),
    Status(
        "historical",
        "The maintainers have declared the project discontinued or superseded, "
        "or no release and no commit from the ten years before the review date "
        "can be found anywhere (a project whose source history is lost counts "
        "by its last known release). The page records it for its place in the "
        "history of Python on the web.",
    ),
)

#: criterion field key -> its terms, in the order the views show them.
VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "kind": (
        Term(
            "full-stack framework",
            "One project that brings the layers most web applications need beyond "
            "request handling, wired together: a database layer of its own (an "
            ":term:`ORM` or a :term:`DAL`), templates, forms and user accounts.",
            aliases=("full-stack", "full stack", "batteries included"),
        ),
        Term(
            "microframework",
            "A small framework, by its own description: a compact core of URL "
            "handling and request and response objects, often with templates or "
            "sessions, that leaves a database layer and most other layers to "
            "extensions or to the application.",
            aliases=("micro-framework", "micro framework"),
        ),
        Term(
            "API framework",
            "A framework that its project presents as made first for HTTP APIs "
            "(JSON services and microservices) rather than for HTML pages: request "
            "validation, serialisation and API descriptions come first.",
            aliases=("api",),
        ),
        Term(
            "app/UI framework",
            "The application and its user interface are written in Python, as a "
            "script or as component objects, and the framework generates the "
            "browser side and keeps it in step: no routes, templates or HTML to "
            "write.",
            aliases=("app framework", "ui framework", "data app framework"),
        ),
        Term(
            "toolkit",
            "A library of web components (request objects, an HTTP server, "
            "sessions, templates) from which an application, or another "
            "framework, is put together; it sets less of an application's shape "
            "than a framework does.",
            aliases=("library",),
        ),
        Term(
            "application server",
            "A long-running server process into which applications are deployed "
            "(servlets, components or published objects), and which gives them "
            "shared services such as sessions, security or storage.",
            aliases=("app server",),
        ),
        Term(
            "server-pages engine",
            "An engine whose pages are markup files with embedded Python code, "
            "compiled into handlers, in the manner of PHP, ASP or JSP.",
        ),
    ),
    "deployment": (
        Term(
            "CGI",
            "The Common Gateway Interface: the web server starts a new process "
            "for every request and passes the request in environment variables "
            "and standard input. It runs on almost any host, at the price of "
            "start-up time on each request.",
        ),
        Term(
            "FastCGI",
            "A protocol through which a web server hands requests to a "
            "long-running application process, so the start-up cost of "
            ":term:`CGI` is paid once.",
        ),
        Term(
            "SCGI",
            "The Simple Common Gateway Interface: a simpler alternative to "
            ":term:`FastCGI` for talking to a long-running application process.",
        ),
        Term(
            "mod_python",
            "The application runs inside the Apache HTTP Server, in the Python "
            "interpreter that the mod_python module embeds there.",
            aliases=("modpython", "mod-python"),
        ),
        Term(
            "Apache module",
            "The framework ships its own Apache HTTP Server module (for example "
            "Webware's ``mod_webkit``) that forwards requests to the "
            "framework's application server.",
        ),
        Term(
            "WSGI",
            "The Web Server Gateway Interface (:pep:`3333`): a synchronous, "
            "standard calling convention between Python web servers and "
            "applications, so one application runs on any WSGI server.",
        ),
        Term(
            "ASGI",
            "The Asynchronous Server Gateway Interface: the asynchronous "
            "successor of :term:`WSGI`, which also carries WebSocket and "
            "long-lived connections, served by servers such as Uvicorn or "
            "Hypercorn.",
        ),
        Term(
            "RSGI",
            "The Rust Server Gateway Interface defined by the Granian server: an "
            "asynchronous interface alternative to :term:`ASGI`.",
        ),
        Term(
            "Twisted",
            "The application runs inside the event loop and web server of the "
            "Twisted networking engine.",
        ),
        Term(
            "ISAPI",
            "Internet Server API: the extension interface of Microsoft's IIS web server.",
        ),
        Term(
            "own server",
            "The framework ships an HTTP server of its own that its "
            "documentation presents as a way to run applications, not only "
            "for development.",
            aliases=("own http server", "built-in server"),
        ),
    ),
    "development": (
        Term(
            "CGI style",
            "Each request runs a script or function that reads the request "
            "details from a request object or environment, in the manner of "
            "Python's old ``cgi`` module, and writes the response.",
        ),
        Term(
            "servlet style",
            "Requests are handled by instances of handler classes that the "
            "application subclasses from the framework, after Java servlets: "
            "one class per page or resource, with methods per request phase or "
            "HTTP method.",
        ),
        Term(
            "object publishing",
            "The URL path is resolved by walking a tree of Python objects, and "
            "the object or method found at the end is called to produce the "
            "response. Only objects marked as published are reachable.",
            aliases=("traversal", "object dispatch"),
        ),
        Term(
            "URL routing",
            "The application declares patterns of URLs (a table, or decorators "
            "on functions) and the framework calls the function or class that "
            "matches.",
            aliases=("routing", "url dispatch"),
        ),
        Term(
            "class-based views",
            "A URL maps to a class whose methods are named after HTTP methods "
            "(``get``, ``post``...), or to a class of reusable view behaviour.",
            aliases=("class based views", "resource classes"),
        ),
        Term(
            "server pages",
            "Python code is embedded in markup files, in the manner of ASP, "
            "JSP or PHP, and the framework compiles each file into a handler.",
            aliases=("psp style",),
        ),
        Term(
            "MVC",
            "The framework divides an application into models, views (templates) "
            "and controllers, usually with one directory or module for each.",
            aliases=("model-view-controller",),
        ),
        Term(
            "async handlers",
            "Handlers run on an event loop and may finish a response later, so "
            "one process serves many slow connections at once: coroutines "
            "(``async def``), or callbacks on Deferreds or futures in the "
            "older Twisted and Tornado manner.",
            aliases=("async", "asynchronous handlers"),
        ),
        Term(
            "Python UI components",
            "The user interface is written as a tree of Python objects; the "
            "framework generates the browser side (HTML and JavaScript) and "
            "keeps it in step with the server.",
            aliases=("ui components",),
        ),
    ),
    "environment": (
        Term(
            "import",
            "Application code, shared business logic and resources are found "
            "through Python's ordinary ``import`` system and modules.",
            aliases=("python import",),
        ),
        Term(
            "persistent object tree",
            "Components and resources live in a persistent object database "
            "that the framework traverses, so code and content are located "
            "the same way (Zope's object database is the classic example).",
        ),
        Term(
            "acquisition",
            "An object found in the tree takes on attributes of the objects "
            "that contain it, so shared resources are looked up by context "
            "rather than imported.",
        ),
        Term(
            "application context",
            "The framework exposes the running application, its configuration "
            "and per-request state through objects it provides (for example "
            "context-local globals), rather than through explicit imports.",
        ),
        Term(
            "dependency injection",
            "Handlers declare what they need (a database session, the current "
            "user, a setting) as parameters, and the framework supplies it.",
            aliases=("di",),
        ),
        Term(
            "component registry",
            "Services and adapters are registered with and looked up from a "
            "registry of components, as in the Zope Component Architecture.",
        ),
        Term(
            "plug-ins",
            "The framework loads plug-in packages into its application server, "
            "and applications reach shared services through them.",
            aliases=("plugins",),
        ),
    ),
    "sessions": (
        Term(
            "server-side sessions",
            "Session data is kept on the server (memory, files, a database or a "
            "cache), and the client holds only an identifier that refers to it.",
        ),
        Term(
            "client-side sessions",
            "Session data travels with the client, usually in a cookie that the "
            "framework signs (or encrypts) so that it cannot be forged.",
            aliases=("cookie sessions", "signed-cookie sessions"),
        ),
        Term(
            "hidden-field sessions",
            "Session state is written into hidden fields of each generated form "
            "and read back when the form is submitted.",
        ),
        Term(
            "add-on sessions",
            "The framework has no session support of its own, but a separately "
            "distributed package that targets it provides it.",
        ),
    ),
    "identification": (
        Term(
            "session cookie",
            "A cookie carries an identifier that lets the server recognise the "
            "same visitor on later requests.",
        ),
        Term(
            "signed cookie",
            "A cookie holds a value with a signature made with a server secret, "
            "so the server can recognise a visitor without storing anything.",
            aliases=("secure cookie",),
        ),
        Term(
            "URL session ID",
            "The visitor's identifier is written into every URL the application "
            "generates, for clients that refuse cookies.",
            aliases=("url rewriting",),
        ),
        Term(
            "hidden form field",
            "The visitor's identifier is carried in hidden fields of generated forms.",
        ),
        Term(
            "HTTP auth header",
            "The client sends credentials in the HTTP ``Authorization`` header "
            "(Basic or Digest) on every request, and that identifies it.",
        ),
        Term(
            "client token",
            "The browser keeps an identifier in its own storage (not in a "
            "cookie) and sends it with every request or WebSocket message.",
        ),
        Term(
            "API key",
            "The client sends a key issued to it, in a header or a query "
            "parameter, with every request: usual for programs rather than "
            "people.",
        ),
        Term(
            "bearer token",
            "The client presents a token (for example a JSON Web Token) in the "
            "``Authorization`` header, issued to it earlier.",
            aliases=("jwt", "token"),
        ),
    ),
    "authentication": (
        Term(
            "user accounts",
            "The framework ships a user store with password handling and "
            "log-in and log-out views or functions.",
            aliases=("built-in", "built-in authentication"),
        ),
        Term(
            "HTTP authentication",
            "The framework checks HTTP Basic or Digest credentials against a "
            "user list or a function the application supplies.",
            aliases=("basic auth", "http basic"),
        ),
        Term(
            "authentication hooks",
            "The framework defines where and how authentication happens (a "
            "policy, middleware or decorators), and the application supplies "
            "the user lookup and credential checks.",
            aliases=("auth hooks",),
        ),
        Term(
            "third-party login",
            "Visitors log in through an outside identity provider, using OAuth, "
            "OpenID or OpenID Connect.",
            aliases=("oauth", "openid", "oidc"),
        ),
        Term(
            "permissions",
            "The framework also handles :term:`authorization`: it decides what "
            "an authenticated user may do, through roles, groups or "
            "permissions.",
            aliases=("authorization", "roles"),
        ),
        Term(
            "add-on authentication",
            "The framework has no authentication of its own, but a separately "
            "distributed package that targets it provides it.",
        ),
    ),
    "persistence": (
        Term(
            "ORM",
            "An object-relational mapper: classes stand for tables, and "
            "instances for rows, of a relational database.",
            aliases=("object-relational mapper",),
        ),
        Term(
            "DAL",
            "A database abstraction layer: queries are built from Python "
            "expressions and run on several SQL databases, without mapping "
            "rows onto classes of the application's own.",
            aliases=("database abstraction layer",),
        ),
        Term(
            "object database",
            "Python objects are stored as they are, in a transactional object "
            "database such as ZODB or Durus.",
        ),
        Term(
            "DB-API helpers",
            "Thin helpers over Python's database interface (:pep:`249`): "
            "connection handling and query utilities, no mapping layer.",
            aliases=("db-api",),
        ),
        Term(
            "key-value storage",
            "The framework stores dictionaries of data per user, per browser "
            "tab or per application, in files or a key-value store.",
        ),
        Term(
            "add-on persistence",
            "The framework has no persistence layer of its own, but a "
            "separately distributed package made for it provides one.",
        ),
    ),
    "presentation": (
        Term(
            "Jinja",
            "The Jinja template engine (package ``Jinja2``): text templates "
            "with inheritance, filters and sandboxing.",
            aliases=("jinja2",),
        ),
        Term(
            "Django templates",
            "The Django template language: text templates with tags and filters "
            "that deliberately keep program logic out of templates.",
            aliases=("django template language", "dtl"),
        ),
        Term(
            "Mako",
            "The Mako template engine: text templates compiled to Python "
            "modules, with Python expressions inside.",
        ),
        Term(
            "Page Templates",
            "Templates written as valid XML or HTML whose behaviour is given "
            "in attributes (the Template Attribute Language, TAL), as in Zope "
            "Page Templates and Chameleon.",
            aliases=("zpt", "tal", "chameleon"),
        ),
        Term(
            "DTML",
            "The Document Template Markup Language: Zope's original tag-based template language.",
        ),
        Term(
            "Cheetah",
            "The Cheetah template engine, which came out of the Webware "
            "community: text templates with ``$placeholders`` and "
            "``#directives`` compiled to Python classes.",
        ),
        Term(
            "PSP",
            "Python Server Pages: HTML with embedded Python code blocks, in the manner of JSP.",
            aliases=("python server pages",),
        ),
        Term(
            "Genshi",
            "The Genshi toolkit: XML-based templates with attribute directives "
            "and stream processing.",
        ),
        Term(
            "Kajiki",
            "The Kajiki template engine: XML templates in the Genshi manner, "
            "compiled to Python code.",
        ),
        Term(
            "own template language",
            "The framework defines a template language of its own that no "
            "other entry in this list names (for example web.py's Templetor).",
        ),
        Term(
            "Python-built markup",
            "Pages are built by Python code: functions or expressions that "
            "return HTML, or a tree of tag objects serialised to HTML.",
        ),
        Term(
            "generated frontend",
            "There are no page templates: the framework generates the browser "
            "side from Python component objects.",
        ),
        Term(
            "add-on templates",
            "The framework renders no templates itself, but separately "
            "distributed packages made for it plug template engines in.",
        ),
    ),
}
