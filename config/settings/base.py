"""Settings shared by every environment. Whatever differs between machines comes from the
environment, with defaults that let a newcomer run the site with nothing but Python."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, bottom layer first (see DESIGN.md).
    "core",
    "directory",
    "agenda",
    "news",
    "press",
    "home",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",  # the public API's reference page (/api/v1/docs), its templates and static files
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages kept once rendered, shared by all workers (core/pagecache.py).
    "core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The site and the page of a URL from the shared cache (core/routing.py).
    "core.routing.RoutingCacheMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: an SQLite file in the project unless DATABASE_URL says otherwise
# (postgres://… uses psycopg 3).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The development server answers in threads, and Wagtail's editor autosaves and pings while a
    # page is saved: a transaction that read before another thread wrote then fails at once with
    # "database is locked" when it writes. IMMEDIATE takes the write lock at BEGIN, where the
    # busy timeout waits for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Django's Redis cache when REDIS_URL is set, local memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.SharedRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "hubess05",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# A CDN or caching proxy in front: Wagtail purges a page's URLs when it is published or
# unpublished (core.signals purges its listing and the home page too). Either an HTTP cache
# that takes PURGE requests (Varnish, Fastly-like, Caddy's cache handler) or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }

# The anonymous page cache (core/pagecache.py): how long a kept page may live in the shared
# cache (any content change makes it stale before that), and how long browsers may reuse it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_BROWSER_SECONDS = 60
# Fragments of pages kept the same way, for every visitor, logged in or not (core.cache.
# shared_fragment): how long at most; 0 renders them every time.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes, counted in the database so every worker sees the same
# attempts): after AXES_FAILURE_LIMIT wrong passwords an account, and separately an address, is
# locked out for AXES_COOLOFF_TIME; a successful login resets the account's count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.net.client_ip"
AXES_LOCKOUT_CALLABLE = "core.views.too_many_attempts"
AXES_VERBOSE = False
# Requests per address for the admin's password reset form.
PASSWORD_RESETS_PER_IP_PER_HOUR = 5
# Requests per address for a journalist's self-update link (the press room's form).
PRESS_LINK_REQUESTS_PER_IP_PER_HOUR = 10
# A self-update link lives this many days; a contact gets one unasked at most once per interval.
PRESS_SELF_UPDATE_LINK_DAYS = int(os.environ.get("PRESS_SELF_UPDATE_LINK_DAYS", "30"))
PRESS_SELF_UPDATE_INTERVAL_DAYS = int(os.environ.get("PRESS_SELF_UPDATE_INTERVAL_DAYS", "365"))

# The client address: behind TRUSTED_PROXY_COUNT reverse proxies (1 with deploy/Caddyfile), taken
# from X-Forwarded-For, and only for requests that come from TRUSTED_PROXY_ADDRESSES.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
TRUSTED_PROXY_ADDRESSES = env_list("TRUSTED_PROXY_ADDRESSES", "127.0.0.1,::1")

# Languages: French first and at the site root, English under /en/, Italian under /it/.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English"), ("it", "Italiano")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on object storage (any S3 API: Scaleway, OVH, Garage, MinIO…) when a bucket is named; the
# local disk otherwise. django-storages reads its AWS_* settings from the environment.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Hub ESS 05 <contact@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background tasks (django-tasks, Wagtail's own task layer): run at once unless told.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Hub ESS 05"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL full-text search stems and drops stop words the French way.
        **({"SEARCH_CONFIG": "french"} if IS_POSTGRES else {}),
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "odp", "txt", "xlsx", "zip"]
# No SVG: an SVG is a document that can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The admin contacts no third party: no Gravatar (it would receive users' e-mail hashes), no
# release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Page slugs in ASCII ("atelier-velo", not "atelier-v%C3%A9lo" once in a URL).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

SITE_NAME_DEFAULT = _("Hub ESS 05")

# Maps (Leaflet, served from static/vendor): tiles from OpenStreetMap unless told otherwise.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = os.environ.get(
    "MAP_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)
# Who serves the tiles, named beside the map: a visitor's browser sends it their address.
MAP_TILE_PROVIDER = os.environ.get("MAP_TILE_PROVIDER", "OpenStreetMap Foundation")


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# Content-Security-Policy (django-csp): our own files only, plus the map's tile server, media on
# object storage and the video players that embeds show. The admin gets inline scripts and
# styles, which Wagtail's widgets still need (core.middleware).
CSP_RELAXED_PATHS = ("/admin/",)
_CSP_IMAGES = [
    origin
    for origin in (
        _origin(MAP_TILE_URL.replace("{s}", "a")),
        _origin(f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}")
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else _origin(os.environ.get("AWS_S3_ENDPOINT_URL", "")),
    )
    if origin
]
# Requests per client address to the public API (/api/v1/), counted in the shared cache.
API_RATE = "600/m"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_CSP_IMAGES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            *env_list(
                "CSP_FRAME_SRC",
                "https://www.youtube-nocookie.com,https://www.youtube.com,https://player.vimeo.com",
            ),
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# Permissions-Policy (django-permissions-policy): no powerful feature is used anywhere.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Fetching members' addresses (calendars, news feeds) with core.fetch: http(s) only, public
# addresses only, bounded in size and time. FETCH_ALLOW_PRIVATE_ADDRESSES is for tests only (their
# servers run on 127.0.0.1): never turn it on elsewhere, it lets members reach internal services.
FETCH_ALLOW_PRIVATE_ADDRESSES = False
# Counted after decompression. A member's whole calendar export (20,000 events, most of them past:
# the importer reads only the agenda's window) is 12-18 MB.
FETCH_MAX_BYTES = 20 * 1024 * 1024
FETCH_CONNECT_TIMEOUT = 5  # seconds to open the connection
FETCH_TOTAL_TIMEOUT = 20  # seconds for the whole fetch, redirects and body included
FETCH_MAX_REDIRECTS = 5
FETCH_USER_AGENT = f"HubESS05/1.0 (+{WAGTAILADMIN_BASE_URL})"

# Calendar sources: after this many failed synchronisations in a row, the organisation's
# communicators and the editors get one e-mail (and one more when it works again).
SOURCE_FAILURES_BEFORE_ALERT = int(os.environ.get("SOURCE_FAILURES_BEFORE_ALERT", "3"))
