#include "core/api/apiparams.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

ApiParams &ApiParams::put(P param, Value value)
{
    for (auto &e : m_entries) {
        if (e.first == param) {
            e.second = std::move(value);
            return *this;
        }
    }
    m_entries.append({param, std::move(value)});
    return *this;
}

ApiParams ApiParams::byIdOrUid(P idParam, const QString &externalId, P uidParam, const QString &uid)
{
    ApiParams p;
    if (!externalId.isEmpty())
        p.set(idParam, externalId);
    else
        p.set(uidParam, uid);
    return p;
}

ApiParams &ApiParams::append(P param, const QString &value)
{
    for (auto &e : m_entries) {
        if (e.first != param)
            continue;
        if (auto *list = std::get_if<QStringList>(&e.second))
            list->append(value);
        else
            e.second = QStringList{encode(e.second).value(0), value};
        return *this;
    }
    m_entries.append({param, QStringList{value}});
    return *this;
}

bool ApiParams::contains(P param) const
{
    return value(param) != nullptr;
}

const ApiParams::Value *ApiParams::value(P param) const
{
    for (const auto &e : m_entries) {
        if (e.first == param)
            return &e.second;
    }
    return nullptr;
}

void ApiParams::remove(P param)
{
    m_entries.removeIf([param](const auto &e) { return e.first == param; });
}

QList<P> ApiParams::keys() const
{
    QList<P> out;
    out.reserve(m_entries.size());
    for (const auto &e : m_entries)
        out.append(e.first);
    return out;
}

QStringList ApiParams::encode(const Value &value)
{
    struct Encoder
    {
        QStringList operator()(const QString &s) const { return {s}; }
        QStringList operator()(bool b) const { return {b ? u"true"_s : u"false"_s}; }
        QStringList operator()(QDate d) const { return {d.isValid() ? d.toString(Qt::ISODate) : QString()}; }
        QStringList operator()(const QDateTime &dt) const
        {
            return {dt.isValid() ? dt.toString(Qt::ISODate) : QString()};
        }
        QStringList operator()(qint64 i) const { return {QString::number(i)}; }
        QStringList operator()(double d) const { return {QString::number(d, 'g', 15)}; }
        QStringList operator()(const QStringList &l) const { return l; }
        QStringList operator()(const FileUpload &) const { return {}; }
    };
    return std::visit(Encoder{}, value);
}

QString ApiParams::typeName(const Value &value)
{
    struct Namer
    {
        QString operator()(const QString &) const { return u"a string"_s; }
        QString operator()(bool) const { return u"a boolean"_s; }
        QString operator()(QDate) const { return u"a date"_s; }
        QString operator()(const QDateTime &) const { return u"a date-time"_s; }
        QString operator()(qint64) const { return u"an integer"_s; }
        QString operator()(double) const { return u"a number"_s; }
        QString operator()(const QStringList &) const { return u"a list"_s; }
        QString operator()(const FileUpload &) const { return u"a file"_s; }
    };
    return std::visit(Namer{}, value);
}

} // namespace Springdesk::Api
