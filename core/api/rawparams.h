#pragma once

#include "core/api/endpoints.h"
#include "core/api/fileupload.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Springdesk::Api {

// Parameters as a person or a file gave them, before validation: every value is text as typed
// (a form field, a `--param NAME=VALUE`, a CSV cell), several values for a repeated name, or a
// file. Names are wire names, so unknown ones can be reported. Text decoded from bytes keeps
// invalid UTF-8 (see decodeKeepingInvalidBytes) until ParamValidator refuses it.
class RawParams
{
public:
    struct Entry
    {
        QString name;
        QStringList values;
        std::optional<FileUpload> file;
    };

    // Adds a value; a name given again collects a list (an array parameter).
    RawParams &add(const QString &name, const QString &value);
    RawParams &add(P param, const QString &value) { return add(QString(paramName(param)), value); }
    // Sets every value of `name` at once (replacing earlier ones); an empty list is kept.
    RawParams &setList(const QString &name, const QStringList &values);
    RawParams &setFile(const QString &name, const FileUpload &file);
    void remove(const QString &name);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &name) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    Entry &entryFor(const QString &name);

    QList<Entry> m_entries;
};

} // namespace Springdesk::Api
