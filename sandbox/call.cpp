#include "sandbox/call.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Call", text);
}

bool isIsoDate(const QString &v)
{
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const auto m = re.match(v);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() && d.year() >= 1000 && d.year() <= 9999;
}

std::optional<QDateTime> parseDateTime(const QString &v)
{
    static const QRegularExpression re(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    if (!re.match(v).hasMatch())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), environmentTimeZone());
    return dt;
}

} // namespace

QTimeZone environmentTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z("Europe/Amsterdam");
        return z.isValid() ? z : QTimeZone::utc();
    }();
    return zone;
}

QString isoDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime local = dt.toTimeZone(environmentTimeZone());
    const int offset = local.offsetFromUtc();
    const int abs = qAbs(offset);
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s)
        + u"%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
              .arg(abs / 3600, 2, 10, QChar(u'0'))
              .arg((abs % 3600) / 60, 2, 10, QChar(u'0'));
}

QString nowIso()
{
    return isoDateTime(QDateTime::currentDateTimeUtc());
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void fail(int status, const QString &message)
{
    throw ApiFailure{status, message};
}

Call::Call(const Api::Endpoint &ep, FormData params, SandboxStore &s, QRandomGenerator &r)
    : endpoint(ep)
    , store(s)
    , random(r)
    , m_params(std::move(params))
{ }

bool Call::has(P p) const
{
    return m_params.has(QString(Api::paramName(p)));
}

QString Call::str(P p) const
{
    const QStringList v = m_params.values.value(QString(Api::paramName(p)));
    return v.isEmpty() ? QString() : v.last();
}

std::optional<QString> Call::optStr(P p) const
{
    if (!has(p))
        return std::nullopt;
    return str(p);
}

QStringList Call::list(P p) const
{
    QStringList out;
    for (const QString &v : m_params.values.value(QString(Api::paramName(p)))) {
        if (!v.isEmpty())
            out.append(v);
    }
    return out;
}

bool Call::flag(P p, bool defaultValue) const
{
    return optFlag(p).value_or(defaultValue);
}

QString Call::strOrAlternative(P p) const
{
    if (const QString v = str(p); !v.isEmpty())
        return v;
    if (const Api::ParamSpec *spec = endpoint.spec(p)) {
        for (P alt : spec->alternatives) {
            if (const QString v = str(alt); !v.isEmpty())
                return v;
        }
    }
    return {};
}

std::optional<bool> Call::optFlag(P p) const
{
    if (!has(p) || str(p).isEmpty())
        return std::nullopt;
    return str(p) == u"true";
}

qint64 Call::integer(P p, qint64 defaultValue) const
{
    bool ok = false;
    const qint64 v = str(p).toLongLong(&ok);
    return ok ? v : defaultValue;
}

QByteArray Call::file(P p) const
{
    return m_params.files.value(QString(Api::paramName(p)));
}

QString Call::dateTime(P p) const
{
    const QString v = str(p);
    if (v.isEmpty())
        return {};
    const auto dt = parseDateTime(v);
    return dt ? isoDateTime(*dt) : QString();
}

void Call::validate() const
{
    for (const Api::ParamSpec &spec : endpoint.params) {
        const QString name(spec.name());
        const QStringList values = m_params.values.value(name);
        if (spec.isRequired()) {
            bool present = false;
            for (const QString &v : values)
                present = present || !v.isEmpty();
            for (P alt : spec.alternatives)
                present = present || !list(alt).isEmpty();
            if (!present) {
                QStringList names{name};
                for (P alt : spec.alternatives)
                    names.append(QString(Api::paramName(alt)));
                fail(spec.flags & Api::MissingIsNotFound ? 404 : 400,
                    names.size() == 1 ? tr("The required parameter %1 is missing.").arg(name)
                                      : tr("The required parameter %1 is missing (or give one of: %2).")
                                            .arg(name, names.mid(1).join(u", "_s)));
            }
        }
        if (!spec.isArray() && values.size() > 1) {
            bool allSame = true;
            for (const QString &v : values)
                allSame = allSame && v == values.first();
            if (!allSame)
                fail(400, tr("The parameter %1 was given %2 times; it takes one value.").arg(name).arg(values.size()));
        }
        for (const QString &v : values) {
            switch (spec.type) {
            case Api::ParamType::Bool:
                if (!v.isEmpty() && v != u"true" && v != u"false")
                    fail(400, tr("%1 does not contain a boolean value (true or false): %2").arg(name, v.left(200)));
                break;
            case Api::ParamType::Date:
                if (!v.isEmpty() && !isIsoDate(v))
                    fail(400, tr("%1 does not contain an ISO8601 date value: %2").arg(name, v.left(200)));
                break;
            case Api::ParamType::DateTime:
                if (!v.isEmpty() && !parseDateTime(v))
                    fail(400, tr("%1 does not contain an ISO8601 date-time value: %2").arg(name, v.left(200)));
                break;
            case Api::ParamType::Integer: {
                bool ok = false;
                v.toLongLong(&ok);
                if (!v.isEmpty() && !ok)
                    fail(400, tr("%1 does not contain an integer value: %2").arg(name, v.left(200)));
                break;
            }
            case Api::ParamType::Number: {
                bool ok = false;
                v.toDouble(&ok);
                if (!v.isEmpty() && !ok)
                    fail(400, tr("%1 does not contain a numeric value: %2").arg(name, v.left(200)));
                break;
            }
            case Api::ParamType::String:
            case Api::ParamType::Email: // the real server's rule for e-mail addresses is not known
            case Api::ParamType::Id:
            case Api::ParamType::File:
                break;
            }
        }
    }
}

} // namespace Springdesk::Sandbox
