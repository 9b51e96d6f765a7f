#pragma once

#include <QString>

namespace Springdesk::Api {

// The one place that keeps the API key out of text: log lines, error messages, usage errors,
// echoed URLs. Whatever the source (a server echoing the key, a `_key=` typed into an address,
// a user name and password in a URL), redact() masks it. ApiClient registers every key it is
// given; installMessageFilter() runs every Qt log message through redact() before it is written.
class Redaction final
{
public:
    Redaction() = delete;

    // What replaces a secret.
    static QString mask();

    // `text` with every registered key, every `_key=VALUE` / `_key:VALUE` (any case, in a path,
    // query, fragment or prose; also percent-encoded as %5Fkey) and every URL user-info
    // ("//user:password@") masked.
    static QString redact(const QString &text);
    // The same, and `secret` masked too (keys shorter than 4 characters are not searched for).
    static QString redact(const QString &text, const QString &secret);
    // True when `text` names a `_key` parameter (any case, also percent-encoded).
    static bool mentionsKeyParameter(const QString &text);

    // Registers a key for redact(), process-wide and thread-safe (keys shorter than 8 characters
    // are ignored). Keys are never unregistered: a key that was once in use must not appear in a
    // later message either.
    static void addSecret(const QString &secret);

    // Installs a Qt message handler that redacts each message and passes it to the handler that
    // was installed before. Idempotent; call it once at start-up (springdesk, springdesk-cli,
    // springdesk-sandbox do).
    static void installMessageFilter();
};

} // namespace Springdesk::Api
