#include "core/api/rawparams.h"

namespace Springdesk::Api {

RawParams::Entry &RawParams::entryFor(const QString &name)
{
    for (Entry &e : m_entries) {
        if (e.name == name)
            return e;
    }
    m_entries.append({name, {}, std::nullopt});
    return m_entries.last();
}

RawParams &RawParams::add(const QString &name, const QString &value)
{
    entryFor(name).values.append(value);
    return *this;
}

RawParams &RawParams::setList(const QString &name, const QStringList &values)
{
    entryFor(name).values = values;
    return *this;
}

RawParams &RawParams::setFile(const QString &name, const FileUpload &file)
{
    entryFor(name).file = file;
    return *this;
}

void RawParams::remove(const QString &name)
{
    m_entries.removeIf([&name](const Entry &e) { return e.name == name; });
}

const RawParams::Entry *RawParams::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace Springdesk::Api
