"""Security headers, set in one place for Flask's responses and WhiteNoise's alike."""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        # No 'unsafe-inline' anywhere: every script and style is a file from our origin.
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        # No script writes HTML as a string (DOM methods and textContent only), so the browser
        # refuses any such write. The one policy allowed makes the service worker's URL, which
        # registering needs as a TrustedScriptURL (worker-updates.js); it accepts nothing else.
        "require-trusted-types-for 'script'",
        "trusted-types tpg-worker",
    ]
)

# Allow only what the app uses: the timer keeps the screen awake. (Chromium 156 does not
# recognise "web-share" here and warns; Web Share defaults to self anyway.)
PERMISSIONS_POLICY = ", ".join(
    [
        "screen-wake-lock=(self)",
        "camera=()",
        "microphone=()",
        "geolocation=()",
        "payment=()",
        "usb=()",
        "accelerometer=()",
        "gyroscope=()",
        "magnetometer=()",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def add_security_headers(headers, *_):
    """Set every security header on a header mapping (WhiteNoise's hook signature)."""
    for name, value in SECURITY_HEADERS.items():
        headers[name] = value


def init_app(app):
    @app.after_request
    def _secure(response):
        add_security_headers(response.headers)
        return response
