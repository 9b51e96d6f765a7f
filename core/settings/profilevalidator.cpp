#include "core/settings/profilevalidator.h"

#include "core/api/redaction.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Settings {

namespace {

bool hasScheme(const QString &text)
{
    static const QRegularExpression schemePrefix(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    return schemePrefix.match(text).hasMatch();
}

} // namespace

QString ProfileErrors::summary() const
{
    QStringList lines;
    if (!name.isEmpty())
        lines << name;
    if (!baseUrl.isEmpty())
        lines << baseUrl;
    return lines.join(u'\n');
}

bool ProfileValidator::isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == "localhost"_L1 || h == "localhost."_L1)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

UrlCheck ProfileValidator::checkBaseUrl(const QString &input)
{
    UrlCheck result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter the environment’s API address, for example https://example.anewspring.com/api/.");
        return result;
    }

    const bool schemeGiven = hasScheme(text);
    const QUrl url(schemeGiven ? text : u"https://"_s + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.error = tr("“%1” is not a valid web address.").arg(Api::Redaction::redact(text));
        return result;
    }

    // The key check comes first: it is the one mistake that leaks a secret.
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.contains("key"_L1, Qt::CaseInsensitive)) {
            result.error = tr("The address contains the query field “%1”. An API key never belongs in an "
                              "address; enter it in the API key field instead.")
                               .arg(item.first);
            return result;
        }
    }

    // Also in the path or the fragment (any case): refused, and never echoed.
    if (Api::Redaction::mentionsKeyParameter(url.path()) || Api::Redaction::mentionsKeyParameter(url.fragment())) {
        result.error = tr("The address contains “_key”. An API key never belongs in an address; enter it in the API "
                          "key field instead.");
        return result;
    }

    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        result.error = tr("The address must start with https:// (it starts with “%1://”).").arg(url.scheme());
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = tr("The address must not contain a user name or password.");
        return result;
    }
    if (scheme == "http"_L1 && !isLoopbackHost(url.host())) {
        result.error = tr("Unencrypted http:// is only allowed for this computer (localhost, 127.0.0.0/8, ::1). "
                          "Use https://%1 instead.")
                           .arg(url.host());
        return result;
    }
    if (url.hasQuery()) {
        result.error = tr("The address must not contain a query (“?%1”).").arg(Api::Redaction::redact(url.query()));
        return result;
    }
    if (url.hasFragment()) {
        result.error
            = tr("The address must not contain a fragment (“#%1”).").arg(Api::Redaction::redact(url.fragment()));
        return result;
    }

    QString path = url.path();
    if (path.isEmpty() || path == "/"_L1) {
        path = u"/api/"_s;
    } else if (path.endsWith("/api"_L1)) {
        path += u'/';
    } else if (!path.endsWith("/api/"_L1)) {
        result.error = tr("The address must be the API root ending in /api/ (its path is “%1”).").arg(path);
        return result;
    }
    if (path.contains("//"_L1)) {
        result.error = tr("The address must be the API root ending in /api/ (its path is “%1”).").arg(path);
        return result;
    }

    QUrl normalised = url;
    normalised.setScheme(scheme);
    normalised.setPath(path);
    result.url = normalised;
    result.normalised = !schemeGiven || normalised.toString() != text;
    return result;
}

QString ProfileValidator::checkName(const QString &name, const QList<ConnectionProfile> &existing, const QString &ownId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the profile.");
    if (trimmed.size() > MaxNameLength)
        return tr("The name is too long (at most %n characters).", nullptr, MaxNameLength);
    for (const auto &other : existing) {
        if (other.id != ownId && other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a profile named “%1”. Choose another name.").arg(other.name);
    }
    return {};
}

ProfileErrors ProfileValidator::check(ConnectionProfile &profile, const QList<ConnectionProfile> &existing)
{
    ProfileErrors errors;
    errors.name = checkName(profile.name, existing, profile.id);
    const UrlCheck url = checkBaseUrl(profile.baseUrl.toString(QUrl::FullyEncoded));
    if (!url.ok())
        errors.baseUrl = url.error;
    if (errors.ok()) {
        profile.name = profile.name.trimmed();
        profile.baseUrl = url.url;
    }
    return errors;
}

} // namespace Springdesk::Settings
