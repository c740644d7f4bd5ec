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
    """One vocabulary term: its label, its definition and accepted spellings.

    *rule* says when a framework gets the term: what counts as built in,
    what as an add-on, what as mere hooks. *example* and *counter* name a
    framework of this site that has the term and one that does not, and
    why (reStructuredText, with ``:framework:`` links).
    """

    label: str
    definition: str
    aliases: tuple[str, ...] = ()
    rule: str = ""
    example: str = ""
    counter: str = ""


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
            rule=(
                "A framework gets it when its own distribution wires a database layer, "
                "templates, forms and user accounts together; a small core that leaves "
                "any of them to add-ons is not full-stack."
            ),
            example=(
                ":framework:`Django` ships its ORM, templates, forms and "
                "``django.contrib.auth`` in one package."
            ),
            counter=(":framework:`Flask` leaves the database, forms and accounts to extensions."),
        ),
        Term(
            "microframework",
            "A small framework, by its own description: a compact core of URL "
            "handling and request and response objects, often with templates or "
            "sessions, that leaves a database layer and most other layers to "
            "extensions or to the application.",
            aliases=("micro-framework", "micro framework"),
            rule=(
                "A framework gets it when it describes itself as small or micro, or its "
                "core is request handling, routing and responses with the other layers "
                "left to add-ons or the application."
            ),
            example=(
                ":framework:`Flask` calls itself a micro framework and keeps its core to "
                "routing, requests and templates."
            ),
            counter=":framework:`Django` brings its own ORM, forms and accounts.",
        ),
        Term(
            "API framework",
            "A framework that its project presents as made first for HTTP APIs "
            "(JSON services and microservices) rather than for HTML pages: request "
            "validation, serialisation and API descriptions come first.",
            aliases=("api",),
            rule=(
                "A framework gets it when it is built for JSON or HTTP APIs first: typed "
                "request handling and an API description are its centre, not pages for a "
                "browser."
            ),
            example=":framework:`FastAPI` generates OpenAPI from typed handlers.",
            counter=(
                ":framework:`Flask` serves pages and APIs alike, with no API description "
                "of its own."
            ),
        ),
        Term(
            "app/UI framework",
            "The application and its user interface are written in Python, as a "
            "script or as component objects, and the framework generates the "
            "browser side and keeps it in step: no routes, templates or HTML to "
            "write.",
            aliases=("app framework", "ui framework", "data app framework"),
            rule=(
                "A framework gets it when the application's user interface is written in "
                "Python and the framework renders it in the browser; request handlers and"
                " templates are not the main way to write the application."
            ),
            example=":framework:`Streamlit` turns a Python script into an interactive page.",
            counter=(
                ":framework:`Django` builds pages from templates rendered by request handlers."
            ),
        ),
        Term(
            "toolkit",
            "A library of web components (request objects, an HTTP server, "
            "sessions, templates) from which an application, or another "
            "framework, is put together; it sets less of an application's shape "
            "than a framework does.",
            aliases=("library",),
            rule=(
                "A project gets it when it offers building blocks (a server interface, "
                "request handling, protocol support) that frameworks and applications are"
                " built on, rather than a way to structure a whole application."
            ),
            example=":framework:`Starlette` is the ASGI toolkit that FastAPI is built on.",
            counter=":framework:`Django` prescribes the shape of a whole application.",
        ),
        Term(
            "application server",
            "A long-running server process into which applications are deployed "
            "(servlets, components or published objects), and which gives them "
            "shared services such as sessions, security or storage.",
            aliases=("app server",),
            rule=(
                "A framework gets it when it runs as a long-lived server process of its "
                "own that hosts applications (and often their objects or servlets), "
                "rather than a library loaded into another server."
            ),
            example=(
                ":framework:`Zope` is a server that publishes an object database of applications."
            ),
            counter=":framework:`Flask` is a library that any WSGI server loads.",
        ),
        Term(
            "server-pages engine",
            "An engine whose pages are markup files with embedded Python code, "
            "compiled into handlers, in the manner of PHP, ASP or JSP.",
            rule=(
                "A framework gets it when its main way to write an application is pages "
                "that mix markup and Python code, run on the server per request."
            ),
            example=":framework:`Spyce` embeds Python in HTML pages.",
            counter=(
                ":framework:`Flask` writes handlers in Python modules and keeps markup in"
                " templates."
            ),
        ),
    ),
    "deployment": (
        Term(
            "CGI",
            "The Common Gateway Interface: the web server starts a new process "
            "for every request and passes the request in environment variables "
            "and standard input. It runs on almost any host, at the price of "
            "start-up time on each request.",
            rule="Given when the framework runs an application as a CGI script, by itself "
            "or through an adapter in its own distribution. That any WSGI application "
            "could be wrapped with the standard library's "
            "``wsgiref.handlers.CGIHandler`` does not count.",
            example=":framework:`Bottle` has a ``cgi`` server adapter among those ``run()`` "
            "accepts.",
            counter=":framework:`Tornado` runs only in its own long-running server process.",
        ),
        Term(
            "FastCGI",
            "A protocol through which a web server hands requests to a "
            "long-running application process, so the start-up cost of "
            ":term:`CGI` is paid once.",
            rule="Given when the framework ships a FastCGI entry point or adapter (one "
            "that calls flup counts). A set-up guide whose driver is no longer in the "
            "source does not count.",
            example=":framework:`Bottle` can serve through flup as a FastCGI process with its "
            "``flup`` adapter.",
            counter=":framework:`Quixote` 3.8 no longer ships the FastCGI driver that its "
            "web-server guide still names.",
        ),
        Term(
            "SCGI",
            "The Simple Common Gateway Interface: a simpler alternative to "
            ":term:`FastCGI` for talking to a long-running application process.",
            rule="Given when the framework ships an SCGI server or adapter, or its "
            "documentation runs it through one made for it.",
            example=":framework:`Quixote` ships the ``scgi_server`` driver.",
            counter=":framework:`Bottle` has CGI and FastCGI adapters, but none for SCGI.",
        ),
        Term(
            "mod_python",
            "The application runs inside the Apache HTTP Server, in the Python "
            "interpreter that the mod_python module embeds there.",
            aliases=("modpython", "mod-python"),
            rule="Given when the framework runs inside Apache's mod_python, with a handler "
            "or adapter for it. Apache's ``mod_wsgi`` is a WSGI server, so running "
            "under it is :term:`WSGI`.",
            example=":framework:`Draco` ran only inside Apache, through mod_python.",
            counter=":framework:`Flask` runs in Apache through ``mod_wsgi``, a WSGI server, "
            "not mod_python.",
        ),
        Term(
            "Apache module",
            "The framework ships its own Apache HTTP Server module (for example "
            "Webware's ``mod_webkit``) that forwards requests to the "
            "framework's application server.",
            rule="Given when the framework's project ships its own Apache module that "
            "forwards requests to the framework's application server. Running inside "
            "a general module such as mod_python or mod_wsgi does not count.",
            example=":framework:`Webware for Python` ships ``mod_webkit``, which passes "
            "requests to its WebKit application server.",
            counter=":framework:`Webware for Python 3` dropped the application server "
            "together with ``mod_webkit`` and runs under WSGI servers.",
        ),
        Term(
            "WSGI",
            "The Web Server Gateway Interface (:pep:`3333`): a synchronous, "
            "standard calling convention between Python web servers and "
            "applications, so one application runs on any WSGI server.",
            rule="Given when the application object is a WSGI callable, or the framework "
            "ships an adapter that makes it one, so that any WSGI server can run it. "
            "Hosting other frameworks' WSGI applications inside it does not count.",
            example=":framework:`Flask` application objects are WSGI callables.",
            counter=":framework:`Tornado` can run other WSGI applications in its "
            "``WSGIContainer``, but its own applications cannot be served by a WSGI "
            "server.",
        ),
        Term(
            "ASGI",
            "The Asynchronous Server Gateway Interface: the asynchronous "
            "successor of :term:`WSGI`, which also carries WebSocket and "
            "long-lived connections, served by servers such as Uvicorn or "
            "Hypercorn.",
            rule="Given when the application object is an ASGI callable that ASGI servers "
            "such as Uvicorn can run. ``async def`` views in a framework that stays a "
            "WSGI application do not count.",
            example=":framework:`Starlette` applications are ASGI callables.",
            counter=":framework:`Flask` accepts ``async def`` views but remains a WSGI "
            "application.",
        ),
        Term(
            "RSGI",
            "The Rust Server Gateway Interface defined by the Granian server: an "
            "asynchronous interface alternative to :term:`ASGI`.",
            rule="Given when the application object implements Granian's RSGI interface "
            "itself. An ASGI application that Granian serves through its ASGI "
            "interface does not count.",
            example=":framework:`Emmett` applications implement RSGI, which ``emmett serve`` "
            "uses by default.",
            counter=":framework:`FastAPI` can be served by Granian, but only as an ASGI "
            "application.",
        ),
        Term(
            "Twisted",
            "The application runs inside the event loop and web server of the "
            "Twisted networking engine.",
            rule="Given when the application's handlers are Twisted resources that run in "
            "Twisted's reactor and web server. A WSGI application served by Twisted's "
            "WSGI container is :term:`WSGI`.",
            example=":framework:`Twisted Web` serves a tree of resources from a ``Site`` in "
            "the reactor.",
            counter=":framework:`Bottle` can start Twisted's WSGI server with its ``twisted`` "
            "adapter, but the application stays a WSGI one.",
        ),
        Term(
            "ISAPI",
            "Internet Server API: the extension interface of Microsoft's IIS web server.",
            rule="Given when the framework ships an ISAPI extension or an adapter for "
            "IIS's ISAPI interface.",
            example=":framework:`web2py` includes a handler for IIS through isapi-wsgi.",
            counter=":framework:`Zope` now runs only as a WSGI application.",
        ),
        Term(
            "own server",
            "The framework ships an HTTP server of its own that its "
            "documentation presents as a way to run applications, not only "
            "for development.",
            aliases=("own http server", "built-in server"),
            rule="Given when the framework's own code includes an HTTP server that its "
            "documentation presents for running applications in production. A "
            "development-only server (``flask run``, ``manage.py runserver``) does "
            "not count, nor does a third-party server the framework starts "
            "(:term:`managed server`).",
            example=":framework:`Tornado` applications run on Tornado's own HTTP server.",
            counter=":framework:`Flask`'s ``flask run`` starts a development server that its "
            "documentation warns against using in production.",
        ),
        Term(
            "managed server",
            "The framework's own command starts a third-party server (such as "
            "Uvicorn or Tornado) for the application, so the developer never "
            "chooses or configures one.",
            aliases=("server started for you",),
            rule="Given when the framework's own command or run function starts a named "
            "third-party server for the application, and the documentation presents "
            "that as the way to run it in production. Adapters from which the "
            "developer picks a server (Bottle's ``run(server=...)``) do not count.",
            counter=":framework:`Starlette` leaves the choice and start of an ASGI server, "
            "such as Uvicorn, to the developer.",
        ),
        Term(
            "reverse proxy",
            "The documentation's production set-up puts the application behind "
            "a reverse proxy (nginx, Apache or a load balancer) that forwards "
            "requests to it.",
            rule="Given when the framework's own deployment documentation puts a reverse "
            "proxy in front of the application as its production set-up. A passing "
            "remark that a proxy may be used does not count.",
            counter=":framework:`mod_python` runs inside the Apache server itself, with "
            "nothing in front of it.",
        ),
        Term(
            "desktop window",
            "The application can run as a native desktop window of its own "
            "instead of, or as well as, a page in a browser.",
            aliases=("native window",),
            rule="Given when the framework's own distribution can show the application in "
            "a native desktop window, for example through pywebview. Wrapping a web "
            "application in a shell from another project does not count.",
            counter=":framework:`Dash` serves its application to a browser tab and opens no "
            "window of its own.",
        ),
        Term(
            "static export",
            "The application can be exported as static files that any web server "
            "or file host serves, with no Python process behind them.",
            rule="Given when the framework can export the whole application as static "
            "files that work with no Python process behind them. A static frontend "
            "that still needs the framework's Python backend does not count.",
            counter=":framework:`Streamlit` pages need the running Python server behind them.",
        ),
    ),
    "development": (
        Term(
            "CGI style",
            "Each request runs a script or function that reads the request "
            "details from a request object or environment, in the manner of "
            "Python's old ``cgi`` module, and writes the response.",
            rule="Given when a script or handler, found by the file or module it lives in "
            "rather than by a routing table, receives the request from the "
            "environment or a request object and writes the response. A function "
            "chosen by a URL pattern is :term:`URL routing`.",
            example=":framework:`mod_python` runs handler functions that receive Apache's "
            "request object, and its ``cgihandler`` runs old CGI scripts.",
            counter=(":framework:`Bottle` calls functions that its route decorators map to URLs."),
        ),
        Term(
            "servlet style",
            "Requests are handled by instances of handler classes that the "
            "application subclasses from the framework, after Java servlets: "
            "one class per page or resource, with methods per request phase or "
            "HTTP method.",
            rule="Given when each page or resource is a subclass of the framework's "
            "servlet class, found by its file or module, with methods per request "
            "phase or HTTP method. Handler classes mapped to URLs in a routing table "
            "are :term:`class-based views`.",
            example=":framework:`Webware for Python` serves servlets: subclasses of its "
            "``Page`` and ``HTTPServlet`` classes, one per file.",
            counter=":framework:`Tornado` handlers subclass ``RequestHandler`` too, but a "
            "routing table maps them to URLs.",
        ),
        Term(
            "object publishing",
            "The URL path is resolved by walking a tree of Python objects, and "
            "the object or method found at the end is called to produce the "
            "response. Only objects marked as published are reachable.",
            aliases=("traversal", "object dispatch"),
            rule="Given when the framework resolves the URL path by walking a tree of "
            "Python objects and calls what it finds at the end. A table of URL "
            "patterns is :term:`URL routing`, even when the patterns name classes.",
            example=":framework:`Zope` publishes the objects of its object tree by traversal.",
            counter=":framework:`Django` maps URLs through a URLconf of patterns and never "
            "walks objects.",
        ),
        Term(
            "URL routing",
            "The application declares patterns of URLs (a table, or decorators "
            "on functions) and the framework calls the function or class that "
            "matches.",
            aliases=("routing", "url dispatch"),
            rule="Given when the application declares URL patterns, in a table or with "
            "decorators, and the framework calls the function or class that matches.",
            example=":framework:`Flask` maps URLs to view functions with ``@app.route``.",
            counter=(":framework:`Zope` finds the object to call by traversing its object tree."),
        ),
        Term(
            "class-based views",
            "A URL maps to a class whose methods are named after HTTP methods "
            "(``get``, ``post``...), or to a class of reusable view behaviour.",
            aliases=("class based views", "resource classes"),
            rule="Given when the framework lets a URL map to a class whose methods are "
            "named after HTTP methods, or to a class of reusable view behaviour that "
            "it provides. Classes found by their file instead of a routing table are "
            ":term:`servlet style`.",
            example=":framework:`Django` ships ``View`` and its generic view classes.",
            counter=":framework:`Bottle` routes URLs to plain callback functions and has no "
            "view classes.",
        ),
        Term(
            "server pages",
            "Python code is embedded in markup files, in the manner of ASP, "
            "JSP or PHP, and the framework compiles each file into a handler.",
            aliases=("psp style",),
            rule="Given when the unit of the application is a markup file with embedded "
            "Python code that the framework compiles into a handler. Templates "
            "rendered by a separate handler, even with Python expressions inside, do "
            "not count.",
            example=":framework:`Spyce` compiles pages of HTML with embedded Python into "
            "handlers.",
            counter=":framework:`Pylons` renders Mako templates with Python inside, but its "
            "controllers handle the requests.",
        ),
        Term(
            "MVC",
            "The framework divides an application into models, views (templates) "
            "and controllers, usually with one directory or module for each.",
            aliases=("model-view-controller",),
            rule="Given when the framework's documentation and project layout divide an "
            "application into models, views (templates) and controllers; Django's "
            "model-template-view counts. Keeping templates apart from code is not "
            "enough.",
            example=":framework:`web2py` applications have ``models``, ``controllers`` and "
            "``views`` folders.",
            counter=":framework:`Flask` leaves the layout of an application to the developer.",
        ),
        Term(
            "async handlers",
            "Handlers run on an event loop and may finish a response later, so "
            "one process serves many slow connections at once: coroutines "
            "(``async def``), or callbacks on Deferreds or futures in the "
            "older Twisted and Tornado manner.",
            aliases=("async", "asynchronous handlers"),
            rule="Given when handlers run on an event loop and one process serves many "
            "waiting connections. ``async def`` views that a WSGI framework runs to "
            "completion in a worker, one request per worker, do not count.",
            example=":framework:`Tornado` runs coroutine handlers on its event loop.",
            counter=":framework:`Flask` accepts ``async def`` views, but each request still "
            "ties up one worker.",
        ),
        Term(
            "Python UI components",
            "The user interface is written as a tree of Python objects; the "
            "framework generates the browser side (HTML and JavaScript) and "
            "keeps it in step with the server.",
            aliases=("ui components",),
            rule="Given when the interface is a tree of Python component objects and the "
            "framework generates the browser side and keeps it in step with the "
            "server. Building HTML strings in Python is :term:`Python-built markup`.",
            example=":framework:`NiceGUI` builds pages from ``ui`` elements that it keeps in "
            "step with the browser.",
            counter=":framework:`Quixote` builds HTML in Python code but sends plain pages.",
        ),
    ),
    "environment": (
        Term(
            "import",
            "Application code, shared business logic and resources are found "
            "through Python's ordinary ``import`` system and modules.",
            aliases=("python import",),
            rule="Given when application code and shared resources are found through "
            "Python's ordinary ``import`` system; it may stand beside any other term "
            "of this criterion.",
            example=":framework:`Django` projects reach models, settings and shared code as "
            "Python modules.",
        ),
        Term(
            "persistent object tree",
            "Components and resources live in a persistent object database "
            "that the framework traverses, so code and content are located "
            "the same way (Zope's object database is the classic example).",
            rule="Given when components and content live in a persistent object database "
            "that the framework traverses. A tree of objects built in memory at "
            "start-up does not count.",
            example=":framework:`Zope` keeps its object tree in the ZODB.",
            counter=":framework:`CherryPy` publishes a tree of objects built in memory when "
            "the application starts.",
        ),
        Term(
            "acquisition",
            "An object found in the tree takes on attributes of the objects "
            "that contain it, so shared resources are looked up by context "
            "rather than imported.",
            rule="Given when an object in the tree takes on attributes of the objects that "
            "contain it. Looking up a parent explicitly does not count.",
            example=":framework:`Zope` objects acquire attributes from their containers.",
            counter=":framework:`Pyramid` resources can list their parents with "
            "``lineage()``, but they do not take on their attributes.",
        ),
        Term(
            "application context",
            "The framework exposes the running application, its configuration "
            "and per-request state through objects it provides (for example "
            "context-local globals), rather than through explicit imports.",
            rule="Given when the framework provides context-local globals or an "
            "application object that handlers reach at run time to share resources "
            "and configuration (Flask's ``current_app`` and ``g``, Starlette's "
            "``app.state``). A settings object imported like a module, or a request "
            "object that carries only that request's data, does not count.",
            example=":framework:`Flask` offers ``current_app``, ``g`` and ``request`` as "
            "context-local proxies.",
            counter=":framework:`Django` passes the request to each view and has settings "
            "imported from ``django.conf``.",
        ),
        Term(
            "dependency injection",
            "Handlers declare what they need (a database session, the current "
            "user, a setting) as parameters, and the framework supplies it.",
            aliases=("di",),
            rule="Given when the framework itself supplies what a handler declares in its "
            "parameters (a database session, the current user, a setting), beyond the "
            "request and URL values.",
            example=(":framework:`FastAPI` resolves ``Depends()`` parameters for every request."),
            counter=":framework:`Starlette` hands endpoints the request and nothing else.",
        ),
        Term(
            "component registry",
            "Services and adapters are registered with and looked up from a "
            "registry of components, as in the Zope Component Architecture.",
            rule="Given when the framework registers services and adapters in a registry "
            "and looks them up by interface or name, as the Zope Component "
            "Architecture does. A list of installed applications is not a component "
            "registry.",
            example=":framework:`Pyramid` keeps settings and registrations in a ZCA registry.",
            counter=":framework:`Django`'s app registry lists installed applications, not "
            "services looked up by interface.",
        ),
        Term(
            "plug-ins",
            "The framework loads plug-in packages into its application server, "
            "and applications reach shared services through them.",
            aliases=("plugins",),
            rule="Given when the framework defines a plug-in interface through which "
            "packages are installed into the application or its server and supply "
            "shared services to handlers. Libraries that the application imports and "
            "sets up itself do not count.",
            example=":framework:`Bottle` installs plug-ins on the application, and they wrap "
            "every route callback.",
            counter=":framework:`Falcon` has no plug-in interface; shared objects are handed "
            "to resource constructors.",
        ),
    ),
    "sessions": (
        Term(
            "server-side sessions",
            "Session data is kept on the server (memory, files, a database or a "
            "cache), and the client holds only an identifier that refers to it.",
            rule="Given when the framework stores session data on the server (memory, "
            "files, a database or a cache) and gives the client only an identifier. A "
            "store in a separately installed package does not count.",
            example=":framework:`Django` keeps sessions in a database, cache or files.",
            counter=":framework:`Flask`'s built-in session lives in a signed cookie; "
            "server-side storage needs another package.",
        ),
        Term(
            "client-side sessions",
            "Session data travels with the client, usually in a cookie that the "
            "framework signs (or encrypts) so that it cannot be forged.",
            aliases=("cookie sessions", "signed-cookie sessions"),
            rule="Given when the framework keeps the session data itself in a cookie that "
            "it signs or encrypts. A plain cookie that the application reads back "
            "does not count.",
            example=":framework:`Flask`'s ``session`` is a signed cookie.",
            counter=":framework:`CherryPy` keeps session data on the server and sends only "
            "its identifier.",
        ),
        Term(
            "hidden-field sessions",
            "Session state is written into hidden fields of each generated form "
            "and read back when the form is submitted.",
            rule="Given when the framework writes session state into hidden fields of the "
            "forms it generates and reads it back on submission. A hidden CSRF token "
            "carries no session state.",
            example=":framework:`Albatross` can pickle its session state into signed hidden "
            "form fields.",
            counter=":framework:`Django` writes a CSRF token into hidden form fields, but its "
            "sessions live elsewhere.",
        ),
        Term(
            "encrypted cookie sessions",
            "The session data travels in a cookie that is encrypted, not only "
            "signed, so the visitor can neither read nor change it.",
            rule="Given in addition to :term:`client-side sessions` when the framework "
            "encrypts the session cookie, so that the visitor can neither read nor "
            "change it. A cookie that is only signed does not count.",
            counter=":framework:`Flask` signs its session cookie: visitors can read it but "
            "not change it.",
        ),
        Term(
            "browser storage",
            "State is kept in the browser's local or session storage (or "
            "IndexedDB) by the framework's own client code.",
            aliases=("local storage",),
            rule="Given when the framework's own client code keeps state in localStorage, "
            "sessionStorage or IndexedDB and offers it to the application as part of "
            "its session or state API. The application's own JavaScript doing so does "
            "not count.",
            counter=":framework:`Streamlit` keeps ``st.session_state`` on the server.",
        ),
        Term(
            "official session add-on",
            "Sessions come from a package published by the framework's own "
            "project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies sessions. It takes precedence over :term:`add-on sessions`: a "
            "framework gets one add-on term at most.",
            counter=":framework:`Bottle`'s session plug-in, Bottle-Beaker, is on its list of "
            "third-party plug-ins.",
        ),
        Term(
            "add-on sessions",
            "The framework has no session support of its own, and a package "
            "that others publish for it provides it.",
            aliases=("third-party sessions",),
            rule="Given when the framework has no sessions of its own and no official "
            "add-on, and a package made for it by others provides them. A framework "
            "with built-in sessions keeps its own terms, whatever add-ons exist.",
            example=":framework:`Bottle` has no sessions; its list of third-party plug-ins "
            "offers Bottle-Beaker.",
            counter=":framework:`Flask` has client-side sessions of its own.",
        ),
    ),
    "identification": (
        Term(
            "session cookie",
            "A cookie carries an identifier that lets the server recognise the "
            "same visitor on later requests.",
            rule="Given when the framework sends a cookie that holds only an identifier of "
            "data it keeps on the server. A cookie that carries the data itself is "
            ":term:`signed cookie`.",
            example=":framework:`Django`'s ``sessionid`` cookie names a session stored on the "
            "server.",
            counter=":framework:`Flask`'s session cookie carries the signed data itself.",
        ),
        Term(
            "signed cookie",
            "A cookie holds a value with a signature made with a server secret, "
            "so the server can recognise a visitor without storing anything.",
            aliases=("secure cookie",),
            rule="Given when the framework signs a cookie's value with a server secret and "
            "rejects tampered values, whether the cookie carries session data or a "
            "user id.",
            example=":framework:`Tornado` sets and checks signed cookies with "
            "``set_signed_cookie`` and ``get_signed_cookie``.",
            counter=":framework:`CherryPy`'s session cookie carries only an identifier of "
            "server-side data.",
        ),
        Term(
            "URL session ID",
            "The visitor's identifier is written into every URL the application "
            "generates, for clients that refuse cookies.",
            aliases=("url rewriting",),
            rule="Given when the framework can write the visitor's identifier into the "
            "URLs it generates and read it back, for clients that refuse cookies.",
            example=":framework:`Webware for Python` can put a ``_SID_`` component into URLs.",
            counter=":framework:`Django`'s sessions are cookie-based only and never fall back "
            "to URLs.",
        ),
        Term(
            "hidden form field",
            "The visitor's identifier is carried in hidden fields of generated forms.",
            rule="Given when the framework carries the visitor's identifier or state in "
            "hidden fields of the forms it generates. A hidden CSRF token does not "
            "identify the visitor.",
            example=(":framework:`Albatross` can keep its session in hidden fields of each form."),
            counter=":framework:`Django`'s hidden ``csrfmiddlewaretoken`` field protects "
            "forms but does not identify the visitor.",
        ),
        Term(
            "HTTP auth header",
            "The client sends credentials in the HTTP ``Authorization`` header "
            "(Basic or Digest) on every request, and that identifies it.",
            rule="Given when the framework itself parses Basic or Digest credentials from "
            "the ``Authorization`` header or checks them (a request attribute, a "
            "decorator, a policy). Access to the raw header, which every framework "
            "gives, does not count.",
            example=":framework:`Bottle` reads Basic credentials for its ``auth_basic`` "
            "decorator.",
            counter=":framework:`Tornado` recognises visitors by signed cookies and leaves "
            "the ``Authorization`` header to the application.",
        ),
        Term(
            "client token",
            "The browser keeps an identifier in its own storage (not in a "
            "cookie) and sends it with every request or WebSocket message.",
            rule="Given when the framework's own client code keeps an identifier in the "
            "browser's storage, not in a cookie, and sends it with every request or "
            "message.",
            example=":framework:`Reflex` keeps a token per tab in ``sessionStorage`` and "
            "sends it with every event.",
            counter=":framework:`Flask` recognises a returning browser by its signed session "
            "cookie, not by a token its own client code sends.",
        ),
        Term(
            "API key",
            "The client sends a key issued to it, in a header or a query "
            "parameter, with every request: usual for programs rather than "
            "people.",
            rule="Given when the framework has its own support for reading and checking a "
            "key that clients send in a header or query parameter (an API-key scheme "
            "or handler). Reading a header by hand does not count.",
            example=":framework:`BlackSheep` ships an API-key authentication handler.",
            counter=":framework:`Flask` has no API-key support; checking a key is the "
            "application's code.",
        ),
        Term(
            "bearer token",
            "The client presents a token (for example a JSON Web Token) in the "
            "``Authorization`` header, issued to it earlier.",
            aliases=("jwt", "token"),
            rule="Given when the framework itself extracts a bearer token (often a JSON "
            "Web Token) from the ``Authorization`` header for the application, or "
            "verifies it.",
            example=":framework:`FastAPI` has ``HTTPBearer`` and ``OAuth2PasswordBearer`` "
            "security classes.",
            counter=":framework:`Django` recognises users by its session cookie; token "
            "schemes come from add-ons.",
        ),
        Term(
            "add-on identification",
            "The framework recognises no returning visitor itself, and a package "
            "made for it (by its project or by others) does.",
            rule="Given when the framework recognises no returning visitor itself and a "
            "package made for it, by its own project or by others, does.",
            counter=":framework:`Flask` recognises visitors by its own signed session cookie.",
        ),
    ),
    "authentication": (
        Term(
            "user accounts",
            "The framework ships a user store with password handling and "
            "log-in and log-out views or functions.",
            aliases=("built-in", "built-in authentication"),
            rule="Given when the framework's own distribution keeps a store of users with "
            "passwords and provides log-in and log-out functions or views. An "
            "interface where the application supplies the user lookup is "
            ":term:`authentication hooks`.",
            example=":framework:`Django` ships ``django.contrib.auth`` with its user model "
            "and log-in views.",
            counter=":framework:`Starlette` calls the application's authentication backend "
            "but keeps no users.",
        ),
        Term(
            "HTTP authentication",
            "The framework checks HTTP Basic or Digest credentials against a "
            "user list or a function the application supplies.",
            aliases=("basic auth", "http basic"),
            rule="Given when the framework checks Basic or Digest credentials itself, "
            "against a user list or a function the application supplies, and answers "
            "with a ``401`` challenge. Example code that the application copies from "
            "the documentation does not count.",
            example=":framework:`Bottle`'s ``auth_basic(check)`` decorator calls the "
            "application's check and answers 401 when it fails.",
            counter=":framework:`Starlette`'s documentation shows a Basic backend, but the "
            "application writes it and checks the password.",
        ),
        Term(
            "authentication hooks",
            "The framework defines where and how authentication happens (a "
            "policy, middleware or decorators), and the application supplies "
            "the user lookup and credential checks.",
            aliases=("auth hooks",),
            rule="Given when the framework has an extension point made for authentication: "
            "a backend or policy interface, a user slot that it fills on the request, "
            "or security dependencies, with the credential check left to the "
            "application. Generic middleware, before-request functions or decorators "
            "do not count.",
            example=":framework:`Starlette`'s ``AuthenticationMiddleware`` calls an "
            "``AuthenticationBackend`` and fills ``request.user``.",
            counter=":framework:`Flask` has only generic ``before_request`` functions and "
            "leaves log-in to extensions.",
        ),
        Term(
            "third-party login",
            "Visitors log in through an outside identity provider, using OAuth, "
            "OpenID or OpenID Connect.",
            aliases=("oauth", "openid", "oidc"),
            rule="Given when the framework's own distribution is an OAuth, OpenID or "
            "OpenID Connect client that logs visitors in through an outside provider. "
            "A separately installed package does not count.",
            example=":framework:`Tornado` ships OAuth and OpenID mixins in ``tornado.auth``.",
            counter=":framework:`Django` has user accounts, but logging in with an outside "
            "provider needs a package such as django-allauth.",
        ),
        Term(
            "permissions",
            "The framework also handles :term:`authorization`: it decides what "
            "an authenticated user may do, through roles, groups or "
            "permissions.",
            aliases=("authorization", "roles"),
            rule="Given when the framework decides what an authenticated user may do, "
            "through roles, groups, permissions or scopes that it checks. A decorator "
            "that only demands a logged-in user does not count.",
            example=(
                ":framework:`Django` has permissions and groups, checked with ``has_perm()``."
            ),
            counter=":framework:`Tornado`'s ``@authenticated`` only demands a logged-in user.",
        ),
        Term(
            "official authentication add-on",
            "Authentication comes from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies authentication. It takes precedence over :term:`add-on "
            "authentication`: a framework gets one add-on term at most.",
            counter=":framework:`Django` has authentication in its core distribution.",
        ),
        Term(
            "add-on authentication",
            "The framework has no authentication of its own, and a package that "
            "others publish for it provides it.",
            aliases=("third-party authentication",),
            rule="Given when the framework has no authentication of its own and no "
            "official add-on, and a package made for it by others provides it.",
            example=":framework:`Flask` leaves authentication to extensions such as "
            "Flask-Login, which others publish.",
            counter=":framework:`Starlette` has authentication hooks of its own.",
        ),
    ),
    "persistence": (
        Term(
            "ORM",
            "An object-relational mapper: classes stand for tables, and "
            "instances for rows, of a relational database.",
            aliases=("object-relational mapper",),
            rule="Given when the framework's own distribution, or a mapper it depends on, "
            "maps classes of the application to tables and their instances to rows. "
            "Query builders that return plain rows are :term:`DAL`.",
            example=":framework:`Django` ships its ORM.",
            counter=":framework:`web2py`'s DAL builds queries from Python expressions but "
            "maps no rows onto application classes.",
        ),
        Term(
            "DAL",
            "A database abstraction layer: queries are built from Python "
            "expressions and run on several SQL databases, without mapping "
            "rows onto classes of the application's own.",
            aliases=("database abstraction layer",),
            rule="Given when the framework builds SQL for several databases from Python "
            "expressions and returns rows, without mapping them onto application "
            "classes. A mapper onto classes is :term:`ORM`.",
            example=":framework:`web2py` builds its queries with the DAL.",
            counter=":framework:`Django` maps model classes to tables: an ORM.",
        ),
        Term(
            "object database",
            "Python objects are stored as they are, in a transactional object "
            "database such as ZODB or Durus.",
            rule="Given when the framework stores Python objects as they are in a "
            "transactional object database such as ZODB or Durus. Dictionaries saved "
            "as JSON are :term:`key-value storage`.",
            example=":framework:`Zope` stores its objects in the ZODB.",
            counter=":framework:`NiceGUI` saves dictionaries as JSON files, not objects in a "
            "transactional database.",
        ),
        Term(
            "DB-API helpers",
            "Thin helpers over Python's database interface (:pep:`249`): "
            "connection handling and query utilities, no mapping layer.",
            aliases=("db-api",),
            rule="Given when the framework has thin helpers over DB-API drivers "
            "(connections, query functions, transactions) and no mapping layer. The "
            "raw-SQL escape hatch of an ORM or DAL does not count.",
            example=":framework:`web.py`'s ``web.database()`` gives ``select``, ``insert`` "
            "and ``query`` methods over DB-API drivers.",
            counter=":framework:`Django` has ``connection.cursor()``, but only as the escape "
            "hatch of its ORM.",
        ),
        Term(
            "key-value storage",
            "The framework stores dictionaries of data per user, per browser "
            "tab or per application, in files or a key-value store.",
            rule="Given when the framework stores dictionaries of data per user, browser "
            "tab or application that outlive the session, in files or a key-value "
            "store. State that ends with the session is :term:`session state`.",
            example=":framework:`NiceGUI`'s ``app.storage`` keeps user and general "
            "dictionaries in JSON files or Redis.",
            counter=":framework:`Streamlit`'s ``st.session_state`` ends with the session.",
        ),
        Term(
            "document mapper",
            "The framework maps classes to documents of a document database "
            "(an ODM, for example for MongoDB).",
            aliases=("odm",),
            rule="Given when the framework's own distribution maps classes to documents of "
            "a document database.",
            counter=":framework:`Django`'s ORM maps classes to relational tables only.",
        ),
        Term(
            "data-connection helpers",
            "The framework has helpers that open, cache and share connections to "
            "databases and data services, without mapping objects to tables.",
            rule="Given when the framework's connection objects reach several kinds of "
            "data source (SQL databases, APIs, files, cloud storage) through one "
            "interface, with caching or shared configuration. Helpers for SQL over "
            "DB-API alone are :term:`DB-API helpers`.",
            counter=":framework:`web.py`'s ``web.database()`` wraps SQL drivers only.",
        ),
        Term(
            "official persistence add-on",
            "A persistence layer comes from a package published by the "
            "framework's own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies a persistence layer. It takes precedence over :term:`add-on "
            "persistence`: a framework gets one add-on term at most.",
            counter=":framework:`Django` has its ORM in its core distribution.",
        ),
        Term(
            "add-on persistence",
            "The framework has no persistence layer of its own, and a package "
            "that others publish for it provides one.",
            aliases=("third-party persistence",),
            rule="Given when the framework has no persistence layer of its own and no "
            "official add-on, and a package made for it by others provides one. Using "
            "a general library such as SQLAlchemy directly leaves the framework at "
            "``none``.",
            example=":framework:`Flask`'s documentation recommends Flask-SQLAlchemy, which "
            "the Pallets-Eco community maintains.",
            counter=":framework:`Starlette`'s documentation shows only general libraries, "
            "none made for Starlette.",
        ),
    ),
    "presentation": (
        Term(
            "Jinja",
            "The Jinja template engine (package ``Jinja2``): text templates "
            "with inheritance, filters and sandboxing.",
            aliases=("jinja2",),
            rule="Given when the framework's own distribution renders Jinja templates (a "
            "render function or template backend), even if Jinja is installed "
            "separately. A package from elsewhere that adds Jinja is an add-on term.",
            example=":framework:`Flask` renders Jinja templates with ``render_template``.",
            counter=":framework:`Tornado`'s template syntax resembles Jinja's, but it is "
            "Tornado's own.",
        ),
        Term(
            "Django templates",
            "The Django template language: text templates with tags and filters "
            "that deliberately keep program logic out of templates.",
            aliases=("django template language", "dtl"),
            rule="Given when the framework renders the Django template language itself.",
            example=":framework:`Django` ships its template language.",
            counter=":framework:`Flask` renders Jinja, whose syntax resembles Django's.",
        ),
        Term(
            "Mako",
            "The Mako template engine: text templates compiled to Python "
            "modules, with Python expressions inside.",
            rule="Given when the framework's own distribution renders Mako templates.",
            example=":framework:`Pylons` renders Mako templates.",
            counter=":framework:`Flask` renders only Jinja itself.",
        ),
        Term(
            "Page Templates",
            "Templates written as valid XML or HTML whose behaviour is given "
            "in attributes (the Template Attribute Language, TAL), as in Zope "
            "Page Templates and Chameleon.",
            aliases=("zpt", "tal", "chameleon"),
            rule="Given when the framework renders templates whose behaviour is written in "
            "TAL attributes (Zope Page Templates or Chameleon). Genshi and Kajiki "
            "have their own terms.",
            example=":framework:`Zope` renders Page Templates through Chameleon.",
            counter=":framework:`TurboGears` renders Genshi and Kajiki, XML templates that "
            "are not TAL.",
        ),
        Term(
            "DTML",
            "The Document Template Markup Language: Zope's original tag-based template language.",
            rule=("Given when the framework renders DTML, Zope's tag-based template language."),
            example=":framework:`Zope` still renders DTML.",
            counter=":framework:`JOTWeb` uses TAL page templates, not DTML.",
        ),
        Term(
            "Cheetah",
            "The Cheetah template engine, which came out of the Webware "
            "community: text templates with ``$placeholders`` and "
            "``#directives`` compiled to Python classes.",
            rule="Given when the framework's own distribution renders Cheetah templates.",
            example=":framework:`Aquarium` renders its pages with Cheetah.",
            counter=":framework:`Webware for Python`'s own page language is PSP; it ships no "
            "Cheetah support.",
        ),
        Term(
            "PSP",
            "Python Server Pages: HTML with embedded Python code blocks, in the manner of JSP.",
            aliases=("python server pages",),
            rule="Given when the framework serves HTML with embedded Python code blocks in "
            "the manner of JSP, under that name or a close variant.",
            example=(
                ":framework:`mod_python` has the ``mod_python.psp`` module and a PSP handler."
            ),
            counter=":framework:`Draco` embeds code blocks in templates of its own language, "
            "not PSP.",
        ),
        Term(
            "Genshi",
            "The Genshi toolkit: XML-based templates with attribute directives "
            "and stream processing.",
            rule="Given when the framework's own distribution renders Genshi templates.",
            example=":framework:`TurboGears` renders Genshi templates.",
            counter=":framework:`Zope` puts directives in attributes too, but in TAL.",
        ),
        Term(
            "Kajiki",
            "The Kajiki template engine: XML templates in the Genshi manner, "
            "compiled to Python code.",
            rule="Given when the framework's own distribution renders Kajiki templates.",
            example=":framework:`TurboGears` renders Kajiki templates.",
            counter=":framework:`Pylons` renders Genshi, whose manner Kajiki follows, but not "
            "Kajiki.",
        ),
        Term(
            "own template language",
            "The framework defines a template language of its own that no "
            "other entry in this list names (for example web.py's Templetor).",
            rule="Given when the framework defines a template language of its own that no "
            "other term names. An engine that the same organisation publishes under "
            "its own name (Jinja, for Flask) gets that engine's term.",
            example=":framework:`web.py` has Templetor.",
            counter=":framework:`Flask` renders Jinja, a separate project of the same "
            "organisation.",
        ),
        Term(
            "Python-built markup",
            "Pages are built by Python code: functions or expressions that "
            "return HTML, or a tree of tag objects serialised to HTML.",
            rule="Given when pages are built by Python code (functions or expressions that "
            "return HTML, or tag objects serialised to HTML) that the framework "
            "supports itself. Component trees that the framework keeps in step with "
            "the browser are :term:`generated frontend`.",
            example=":framework:`Quixote` builds pages with PTL functions.",
            counter=":framework:`NiceGUI` builds pages from components that it keeps in step "
            "with the browser.",
        ),
        Term(
            "generated frontend",
            "There are no page templates: the framework generates the browser "
            "side from Python component objects.",
            rule="Given when there are no page templates and the framework generates the "
            "browser side from Python component objects.",
            example=(":framework:`NiceGUI` generates the browser side from its ``ui`` elements."),
            counter=":framework:`Quixote` builds HTML in Python but sends finished pages.",
        ),
        Term(
            "Kid",
            "The Kid template language: XML templates with Python "
            "expressions, the predecessor of :term:`Genshi`.",
            rule="Given when the framework renders Kid templates, itself or through a "
            "plug-in of its own distribution.",
            counter=(":framework:`Webware for Python 3` removed the Kid plug-in of the 1.x line."),
        ),
        Term(
            "MiniJinja",
            "MiniJinja, a Rust implementation of the :term:`Jinja` template "
            "language, used from Python through its bindings.",
            rule="Given when the framework renders templates with MiniJinja, the Rust "
            "implementation of Jinja. Rendering with the Python Jinja package is "
            ":term:`Jinja`.",
            counter=":framework:`Flask` renders with the Python Jinja package.",
        ),
        Term(
            "official template add-on",
            "Template support comes from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies template rendering. It takes precedence over :term:`add-on "
            "templates`: a framework gets one add-on term at most.",
            counter=":framework:`Flask` renders Jinja itself.",
        ),
        Term(
            "add-on templates",
            "The framework renders no templates itself, and packages that others "
            "publish for it plug template engines in.",
            aliases=("third-party templates",),
            rule="Given when the framework renders no templates itself and has no official "
            "add-on, and packages made for it by others plug template engines in. "
            "Calling a template library directly leaves the framework at ``none``.",
            counter=":framework:`CherryPy` points only to recipes that call Mako or Jinja2 "
            "directly, so it has ``none``.",
        ),
    ),
    "realtime": (
        Term(
            "WebSockets",
            "The framework itself accepts WebSocket connections and gives handlers "
            "a way to send and receive messages on them.",
            aliases=("websocket", "ws"),
            rule="Given when the framework's own distribution accepts WebSocket "
            "connections and gives handlers an object to send and receive messages "
            "on. A framework with this term gets no real-time add-on term.",
            example=":framework:`Starlette` has ``WebSocketRoute`` and a ``WebSocket`` class "
            "for endpoints.",
            counter=":framework:`Django` gets WebSockets only from Channels, a separate "
            "package: :term:`official real-time add-on`.",
        ),
        Term(
            "server-sent events",
            "The framework itself streams events to the browser over one long "
            "HTTP response in the ``text/event-stream`` format.",
            aliases=("sse", "eventsource"),
            rule="Given when the framework has a response class or helper that writes the "
            "``text/event-stream`` format. A generic streaming response does not "
            "count.",
            example=":framework:`Litestar` has a ``ServerSentEvent`` response.",
            counter=":framework:`Starlette` can stream any body but has no event-stream "
            "response of its own.",
        ),
        Term(
            "long polling",
            "The framework holds a request open until there is news for the "
            "client, then answers it, and the client asks again.",
            rule="Given when the framework's documentation presents holding a request open "
            "until there is news as a supported pattern, and a waiting request does "
            "not tie up a thread or process. A framework whose waiting requests block "
            "a worker does not get it.",
            example=":framework:`Tornado`'s documentation names long polling among its uses, "
            "with a chat demo built on it.",
            counter=":framework:`Flask` ties up one worker per request, even for ``async "
            "def`` views.",
        ),
        Term(
            "Comet",
            "Server push from before WebSockets: a response kept open (streaming "
            "or in a hidden frame) through which the server sends updates.",
            rule="Given when the framework documents pushing several updates through one "
            "response held open (a streaming or hidden-frame response) as a supported "
            "technique. A ``text/event-stream`` response is :term:`server-sent "
            "events`, and answering once and reconnecting is :term:`long polling`.",
            counter=":framework:`Django`'s real-time support is the WebSockets of Channels.",
        ),
        Term(
            "official real-time add-on",
            "Real-time support comes from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies real-time support. It takes precedence over :term:`third-party "
            "real-time add-on`: a framework gets one add-on term at most.",
            example=":framework:`Django` gets WebSockets from Channels, which is an official "
            "Django project distributed apart from Django.",
            counter=":framework:`FastAPI` has WebSockets and server-sent events built in, so no "
            "add-on is needed for them.",
        ),
        Term(
            "third-party real-time add-on",
            "Real-time support comes from a package that others publish for this framework.",
            rule="Given when the framework has no real-time support of its own and no "
            "official add-on, and a package made for this framework by others "
            "supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            example=":framework:`CherryPy`'s documentation says it has no WebSocket support "
            "and points to ws4py, whose CherryPy plug-in and tool add it.",
            counter=":framework:`FastAPI` has WebSockets and server-sent events built in, so no "
            "add-on is needed for them.",
        ),
    ),
    "api": (
        Term(
            "OpenAPI generation",
            "The framework produces an OpenAPI description of the application's "
            "routes from its own declarations, without a hand-written document.",
            aliases=("openapi", "swagger"),
            rule="Given when the framework builds the OpenAPI document from its route "
            "declarations, type hints or models. A generator that collects YAML "
            "written in docstrings is a hand-written description and does not count.",
            example=":framework:`FastAPI` generates the OpenAPI document and its interactive "
            "documentation from the routes.",
            counter=":framework:`Flask` has no API description of its own.",
        ),
        Term(
            "JSON Schema generation",
            "The framework derives JSON Schema documents for request or response "
            "bodies from the application's declarations.",
            aliases=("json schema",),
            rule="Given when the framework derives JSON Schema for request or response "
            "bodies from declared types or models, on its own or inside its OpenAPI "
            "document. Schemas the developer writes by hand do not count.",
            example=":framework:`FastAPI` puts the JSON Schema of each Pydantic model it uses "
            "into its OpenAPI document.",
            counter=":framework:`Flask` derives no schemas.",
        ),
        Term(
            "serialisation helpers",
            "The framework turns the application's objects into JSON (or other "
            "wire formats) and back with helpers of its own, beyond a plain "
            "JSON response.",
            aliases=("serialization helpers", "serializers"),
            rule="Given when the framework itself turns the application's own objects "
            "(models, dataclasses, typed structures) into JSON or another wire format "
            "and back. Turning a returned dictionary into a JSON response does not "
            "count.",
            example=":framework:`Django`'s serializers turn model instances into JSON, XML or "
            "YAML and back.",
            counter=":framework:`Bottle` turns a returned dictionary into a JSON response and "
            "no more.",
        ),
        Term(
            "official API add-on",
            "API description or serialisation comes from a package published by "
            "the framework's own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies API description or serialisation. It takes precedence over "
            ":term:`third-party API add-on`: a framework gets one add-on term at "
            "most.",
            example=":framework:`Sanic`'s OpenAPI documentation comes from Sanic Extensions, "
            "a separate package that the Sanic Community Organization maintains.",
            counter=":framework:`FastAPI` generates OpenAPI itself.",
        ),
        Term(
            "third-party API add-on",
            "API description or serialisation comes from a package that others "
            "publish for this framework.",
            rule="Given when the framework has no API description or serialisation of its "
            "own and no official add-on, and a package made for this framework by "
            "others supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            counter=":framework:`FastAPI` generates OpenAPI itself.",
        ),
    ),
    "validation": (
        Term(
            "typed request validation",
            "Request data is checked and converted against the type hints (or "
            "typed models) of the handler's parameters before the handler runs.",
            aliases=("type-hint validation",),
            rule="Given when the framework checks and converts request data against the "
            "type hints or typed models of the handler's parameters before calling "
            "it, and answers invalid requests itself. Converters written into URL "
            "patterns (``<int:id>``) do not count.",
            example=":framework:`FastAPI` validates parameters and bodies against their type "
            "hints and Pydantic models.",
            counter=":framework:`Flask` converts path segments by URL converters but reads no "
            "type hints.",
        ),
        Term(
            "schema validation",
            "Request bodies are checked against a schema the application "
            "declares (for example JSON Schema), not against type hints.",
            aliases=("json schema validation",),
            rule="The framework's own distribution checks a request body against a schema "
            "the application writes out (JSON Schema or the like) and rejects a body that "
            "fails; checks derived from type hints are typed request validation instead.",
            example=":framework:`Falcon` ships a ``jsonschema`` validator decorator for "
            "request and response media.",
            counter=":framework:`FastAPI` validates requests from the type hints of the "
            "handler's parameters, not from a schema the application writes.",
        ),
        Term(
            "form validation",
            "The framework has form classes or helpers that check submitted form "
            "fields and report the errors back to the page.",
            aliases=("forms",),
            rule="Given when the framework's own distribution has form classes or helpers "
            "that validate submitted fields and carry per-field errors back to the "
            "page. Reading raw form fields from the request does not count.",
            example=":framework:`Django` ships form classes that validate fields and report "
            "their errors.",
            counter=":framework:`Flask` has no form classes; its documentation points to "
            "WTForms and Flask-WTF.",
        ),
        Term(
            "official validation add-on",
            "Validation comes from a package published by the framework's own "
            "project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies validation. It takes precedence over :term:`third-party "
            "validation add-on`: a framework gets one add-on term at most.",
            example=":framework:`Sanic` validates query arguments and bodies through Sanic "
            "Extensions, its officially supported plug-in.",
            counter=":framework:`FastAPI` validates requests itself.",
        ),
        Term(
            "third-party validation add-on",
            "Validation comes from a package that others publish for this framework.",
            rule="Given when the framework has no validation of its own and no official "
            "add-on, and a package made for this framework by others supplies it "
            "(community organisations such as Pallets-Eco count as others). A general "
            "library that the application calls directly, even with the framework's "
            "documentation showing how, leaves the framework at ``none``.",
            example=":framework:`Flask`'s documentation points to Flask-WTF, which the "
            "Pallets-Eco community maintains.",
            counter=":framework:`Django` validates forms itself.",
        ),
    ),
    "migrations": (
        Term(
            "schema migrations",
            "The framework records changes to the database schema as migrations "
            "and applies them, in order, to an existing database.",
            aliases=("migrations",),
            rule="Given when the framework's own distribution records schema changes as "
            "ordered migrations and has a command that applies them to an existing "
            "database. Creating missing tables, or altering tables without a recorded "
            "history, does not count.",
            example=":framework:`Django` has ``makemigrations`` and ``migrate``.",
            counter=":framework:`Flask` has no database layer and no migrations.",
        ),
        Term(
            "official migrations add-on",
            "Schema migrations come from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies schema migrations. It takes precedence over :term:`third-party "
            "migrations add-on`: a framework gets one add-on term at most.",
            example=":framework:`Litestar`'s SQLAlchemy support comes from advanced-alchemy, "
            "a package of the Litestar organisation that adds ``litestar database`` "
            "migration commands.",
            counter=":framework:`Django` has migrations built in.",
        ),
        Term(
            "third-party migrations add-on",
            "Schema migrations come from a package that others publish for this "
            "framework (for example a binding to Alembic).",
            rule="Given when the framework has no migration support of its own and no "
            "official add-on, and a package made for this framework by others "
            "supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            example=":framework:`Flask` gets migrations from Flask-Migrate, published by "
            "others, which adds Alembic commands to ``flask db``.",
            counter=":framework:`Django` has migrations built in.",
        ),
    ),
    "admin": (
        Term(
            "generated admin",
            "The framework builds pages for browsing and editing the "
            "application's data from the data's own definitions.",
            aliases=("admin interface", "admin site"),
            rule="Given when the framework's own distribution builds pages for browsing "
            "and editing the application's data from the data's definitions. A "
            "scaffold that writes code for the developer to edit does not count.",
            example=":framework:`Django` ships ``django.contrib.admin``.",
            counter=":framework:`Flask` has no admin; Flask-Admin is a separate community "
            "package.",
        ),
        Term(
            "official admin add-on",
            "A generated admin comes from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies a generated admin. It takes precedence over :term:`third-party "
            "admin add-on`: a framework gets one add-on term at most.",
            example=":framework:`TurboGears`'s admin pages come from ``tgext.admin``, a "
            "package of the TurboGears project that TurboGears itself does not depend "
            "on.",
            counter=":framework:`Django` has its admin built in.",
        ),
        Term(
            "third-party admin add-on",
            "A generated admin comes from a package that others publish for this framework.",
            rule="Given when the framework has no generated admin of its own and no "
            "official add-on, and a package made for this framework by others "
            "supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            example=":framework:`Starlette`'s list of third-party packages includes "
            "Starlette-Admin.",
            counter=":framework:`Django` has its admin built in.",
        ),
    ),
    "testing": (
        Term(
            "test client",
            "The framework lets a test send requests to the application in "
            "process, without a running server, and inspect the responses.",
            rule="Given when the framework ships a client that sends requests to the "
            "application in process, without a listening server, and returns the "
            "responses. A test case that starts a real server is :term:`testing "
            "utilities`.",
            example=":framework:`Flask` has ``app.test_client()``.",
            counter=":framework:`Bottle` ships no test client; its FAQ points to WebTest.",
        ),
        Term(
            "testing utilities",
            "The framework ships other help for tests: fixtures, a test runner, "
            "test database set-up or assertion helpers.",
            rule="Given when the framework ships help for tests beyond a test client: test "
            "cases or fixtures, a test runner, test database set-up or assertion "
            "helpers.",
            example=":framework:`Django` has its test runner, ``TestCase`` classes and test "
            "databases.",
            counter=(
                ":framework:`Starlette` offers its ``TestClient`` and nothing more for tests."
            ),
        ),
        Term(
            "official testing add-on",
            "Testing help comes from a package published by the framework's own "
            "project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies testing help. It takes precedence over :term:`third-party "
            "testing add-on`: a framework gets one add-on term at most.",
            example=":framework:`Sanic`'s test clients live in sanic-testing, a separate "
            "package that took them over from Sanic's core.",
            counter=":framework:`Flask` has its test client built in.",
        ),
        Term(
            "third-party testing add-on",
            "Testing help comes from a package that others publish for this framework.",
            rule="Given when the framework has no testing help of its own and no official "
            "add-on, and a package made for this framework by others supplies it "
            "(community organisations such as Pallets-Eco count as others). A general "
            "library that the application calls directly, even with the framework's "
            "documentation showing how, leaves the framework at ``none``.",
            example=":framework:`Bottle`'s FAQ suggests Boddle, a package by others, for "
            "faking ``bottle.request`` in tests.",
            counter=":framework:`Django` has testing help built in.",
        ),
    ),
    "i18n": (
        Term(
            "translation",
            "The framework marks and looks up translated strings (usually "
            "through gettext catalogues) and picks the language per request.",
            aliases=("gettext", "i18n"),
            rule="Given when the framework's own distribution marks strings for "
            "translation, looks them up in catalogues and chooses the language per "
            "request. Leaving ``gettext`` to the application does not count.",
            example=":framework:`Django` translates with gettext catalogues and picks the "
            "language with ``LocaleMiddleware``.",
            counter=":framework:`Flask` has no translation of its own.",
        ),
        Term(
            "localisation",
            "The framework formats dates, numbers or currencies by the "
            "visitor's locale, or handles time zones per user.",
            aliases=("localization", "l10n"),
            rule="Given when the framework formats dates, numbers or currencies by the "
            "visitor's locale, or converts times to the visitor's time zone, itself. "
            "Using Python's ``locale`` module directly does not count.",
            example=":framework:`Django` localises formats and converts times to the current "
            "time zone.",
            counter=":framework:`Flask` formats nothing by locale itself.",
        ),
        Term(
            "official i18n add-on",
            "Translation or localisation comes from a package published by the "
            "framework's own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies translation or localisation. It takes precedence over "
            ":term:`third-party i18n add-on`: a framework gets one add-on term at "
            "most.",
            counter=":framework:`Django` has translation built in.",
        ),
        Term(
            "third-party i18n add-on",
            "Translation or localisation comes from a package that others "
            "publish for this framework.",
            rule="Given when the framework has no translation or localisation of its own "
            "and no official add-on, and a package made for this framework by others "
            "supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            example=":framework:`Starlette`'s list of third-party packages includes "
            "Starlette-Babel.",
            counter=":framework:`Django` has translation built in.",
        ),
    ),
    "background": (
        Term(
            "after-response tasks",
            "A handler can hand the framework work to run after the response "
            "has been sent, in the same process.",
            aliases=("background tasks",),
            rule="Given when a handler can hand the framework a callable that it runs in "
            "the same process after the response has been sent. Starting a thread or "
            "an asyncio task by hand does not count.",
            example=":framework:`Starlette` runs a response's ``BackgroundTask`` once the "
            "response has been sent.",
            counter=":framework:`Flask`'s documentation sends work that outlives a request to "
            "a task queue.",
        ),
        Term(
            "scheduled tasks",
            "The framework runs work at set times or intervals, or keeps a queue "
            "of jobs with workers of its own.",
            aliases=("scheduling", "task queue"),
            rule="Given when the framework itself runs jobs at set times or intervals, or "
            "queues jobs for workers that it starts and manages. An API that only "
            "enqueues jobs for workers from elsewhere does not count, nor do "
            ":term:`after-response tasks`.",
            example=":framework:`Spyce` has a scheduler that runs tasks at set times or "
            "intervals inside its server.",
            counter=":framework:`Starlette` runs tasks after a response but has no schedule "
            "or queue.",
        ),
        Term(
            "official task add-on",
            "Background work comes from a package published by the framework's "
            "own project, distributed apart from the core.",
            rule="Given when the framework has none of this criterion's built-in terms and "
            "a separately distributed package published by the framework's own "
            "project (its organisation, which presents the package as its own) "
            "supplies background work. It takes precedence over :term:`third-party "
            "task add-on`: a framework gets one add-on term at most.",
            counter=":framework:`Spyce` has its scheduler built in.",
        ),
        Term(
            "third-party task add-on",
            "Background work comes from a package that others publish for this "
            "framework (for example a Celery binding).",
            rule="Given when the framework has no background work of its own and no "
            "official add-on, and a package made for this framework by others "
            "supplies it (community organisations such as Pallets-Eco count as "
            "others). A general library that the application calls directly, even "
            "with the framework's documentation showing how, leaves the framework at "
            "``none``.",
            counter=":framework:`Starlette` runs background tasks itself.",
        ),
    ),
}
