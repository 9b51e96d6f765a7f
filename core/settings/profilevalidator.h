#pragma once

#include "core/settings/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Springdesk::Settings {

// Result of checking what the user typed as the environment address.
struct UrlCheck
{
    QUrl url; // normalised (https://host[:port]/…/api/) when ok()
    QString error; // translated, specific; empty when ok()
    bool normalised = false; // the input was completed or corrected (e.g. "/api/" added)

    bool ok() const { return error.isEmpty(); }
};

// Per-field errors of a whole profile (translated); empty fields are fine.
struct ProfileErrors
{
    QString name;
    QString baseUrl;

    bool ok() const { return name.isEmpty() && baseUrl.isEmpty(); }
    // All messages, one per line, for places that show a single text.
    QString summary() const;
};

// Validation rules of connection profiles. Pure functions; no I/O.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    static constexpr int MaxNameLength = 80;

    // Accepts "https://host/api/", "host" (https:// and /api/ are added) and "https://host/…/api".
    // Refuses: empty or malformed input, a query field containing "key" (the message names it),
    // any other query or fragment, user info, a scheme other than https (http only for loopback
    // hosts: localhost, 127.0.0.0/8, ::1), a path that is not an API root.
    static UrlCheck checkBaseUrl(const QString &input);
    static bool isLoopbackHost(const QString &host);

    // Empty, too long, or the same (case-insensitively, trimmed) as another profile's name.
    static QString checkName(const QString &name, const QList<ConnectionProfile> &existing, const QString &ownId = {});

    // Both checks. On success `profile.baseUrl` is replaced by its normalised form and the name
    // is trimmed.
    static ProfileErrors check(ConnectionProfile &profile, const QList<ConnectionProfile> &existing);
};

} // namespace Springdesk::Settings
