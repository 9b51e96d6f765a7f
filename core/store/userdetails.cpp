#include "core/store/userdetails.h"

#include "core/api/endpoints.h"
#include "core/store/rawstatement.h"
#include "core/store/sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Springdesk::Store::UserDetails {

using Domain::User;

namespace {

// getUser fields kept in details_json (non-empty ones only): the table's text user fields that
// have no column of their own (first and last name and e-mail do).
struct DetailField
{
    QString key;
    QString User::*member;
};

const QList<DetailField> &detailFields()
{
    static const QList<DetailField> fields = [] {
        QList<DetailField> out;
        for (const Api::UserField &f : Api::userFields()) {
            if (f.text && f.param != Api::P::firstName && f.param != Api::P::lastName && f.param != Api::P::email)
                out.append({QString(Api::paramName(f.param)), f.text});
        }
        return out;
    }();
    return fields;
}

const QLatin1StringView DateOfBirthKey("dateOfBirth");
const QLatin1StringView RenewableKey("renewable");

// Appends `value` as a JSON string literal (RFC 8259 escapes).
void appendJsonString(QString &out, QStringView value)
{
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    out += u'"';
    for (const QChar c : value) {
        const char16_t ch = c.unicode();
        if (ch == u'"' || ch == u'\\') {
            out += u'\\';
            out += c;
        } else if (ch < 0x20) {
            out += u"\\u00"_s;
            out += QChar(Hex[ch >> 4]);
            out += QChar(Hex[ch & 0xf]);
        } else {
            out += c;
        }
    }
    out += u'"';
}

} // namespace

// Written by hand: QJsonObject/QJsonDocument cost more than the SQL of a bulk write.
QString detailsJson(const User &u)
{
    QString out;
    out.reserve(64);
    out += u'{';
    for (const auto &f : detailFields()) {
        const QString &value = u.*(f.member);
        if (value.isEmpty())
            continue;
        appendJsonString(out, f.key);
        out += u':';
        appendJsonString(out, value);
        out += u',';
    }
    if (u.dateOfBirth.isValid()) {
        appendJsonString(out, QString(DateOfBirthKey));
        out += u':';
        appendJsonString(out, u.dateOfBirth.toString(Qt::ISODate));
        out += u',';
    }
    appendJsonString(out, QString(RenewableKey));
    out += u.renewable ? u":true}"_s : u":false}"_s;
    return out;
}

void readDetails(User &u, const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const auto &f : detailFields())
        u.*(f.member) = o.value(f.key).toString();
    u.dateOfBirth = QDate::fromString(o.value(DateOfBirthKey).toString(), Qt::ISODate);
    u.renewable = o.value(RenewableKey).toBool();
}

QString composedName(const User &u)
{
    QStringList parts;
    for (const auto *p : {&u.firstName, &u.middleName, &u.lastName}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(u' ');
}

QString rolesText(QStringList roles)
{
    roles.sort();
    roles.removeDuplicates();
    return roles.join(u',');
}

QString upsertUpdateClause()
{
    return u" ON CONFLICT (uid) DO UPDATE SET external_id = excluded.external_id, login = excluded.login, "
           "email = excluded.email, "
           "name = CASE WHEN users.name = '' OR users.first_name IS NOT excluded.first_name "
           "  OR users.last_name IS NOT excluded.last_name "
           "  OR json_extract(users.details_json, '$.middleName') IS NOT "
           "     json_extract(excluded.details_json, '$.middleName') THEN excluded.name ELSE users.name END, "
           "first_name = excluded.first_name, last_name = excluded.last_name, active = excluded.active, "
           "archived = excluded.archived, roles = excluded.roles, details_json = excluded.details_json, "
           "detail_fetched_at = excluded.detail_fetched_at, fetched_at = excluded.fetched_at"_s;
}

QString bindColumns(RawStatement &statement, int first, const User &u)
{
    QString roles = rolesText(u.roles);
    statement.bindText(first, u.uid);
    statement.bindTextOrNull(first + 1, u.id);
    statement.bindText(first + 2, u.login);
    statement.bindText(first + 3, u.email);
    statement.bindText(first + 4, composedName(u));
    statement.bindTextOrNull(first + 5, u.firstName);
    statement.bindTextOrNull(first + 6, u.lastName);
    statement.bindInt(first + 7, Sql::flag(u.active));
    if (u.archived)
        statement.bindInt(first + 8, Sql::flag(*u.archived));
    else
        statement.bindNull(first + 8);
    statement.bindText(first + 9, roles);
    statement.bindText(first + 10, detailsJson(u));
    return roles;
}

} // namespace Springdesk::Store::UserDetails
