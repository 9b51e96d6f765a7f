#include "core/api/callarguments.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

QString CallArguments::parse(
    const Endpoint &e, const QStringList &pathArguments, const QStringList &assignments, RawParams &out)
{
    const QList<ParamSpec> pathParams = e.pathParams();
    if (pathArguments.size() > pathParams.size())
        return tr("%1 takes %n path argument(s) (%2), but got %3.", nullptr, int(pathParams.size()))
            .arg(QString(e.function), e.pathTemplate())
            .arg(pathArguments.size());
    for (qsizetype i = 0; i < pathArguments.size(); ++i)
        out.add(pathParams.at(i).param, pathArguments.at(i));
    for (const QString &assignment : assignments) {
        if (const QString err = addAssignment(e, assignment, out); !err.isEmpty())
            return err;
    }
    return {};
}

QString CallArguments::addAssignment(const Endpoint &e, const QString &assignment, RawParams &out)
{
    const qsizetype eq = assignment.indexOf(u'=');
    if (eq <= 0)
        return tr("--param needs NAME=VALUE, not \"%1\".").arg(assignment);
    const QString name = assignment.left(eq);
    const QString value = assignment.mid(eq + 1);
    const P p = paramFromName(name);
    if (p == P::_key)
        return tr("--param _key is refused: the API key is never passed on the command line.");
    const ParamSpec *spec = p == P::None ? nullptr : e.spec(p);
    const ParamSpec *owner = spec;
    if (!spec && p != P::None) {
        for (const ParamSpec &s : e.params) {
            if (s.alternatives.contains(p))
                owner = &s;
        }
    }
    const bool general = p == P::_returnSuccessMessage || p == P::_formatErrors || p == P::_pretty;
    if (!owner && !general) {
        QStringList names;
        for (const ParamSpec &s : e.params) {
            names.append(QString(s.name()));
            for (const P alt : s.alternatives)
                names.append(QString(paramName(alt)));
        }
        return names.isEmpty()
            ? tr("%1 takes no parameters (got \"%2\").").arg(QString(e.function), name)
            : tr("%1 has no parameter \"%2\". Its parameters: %3.").arg(QString(e.function), name, names.join(u", "));
    }
    if (owner && owner->type == ParamType::File) {
        const QString path = value.startsWith(u'@') ? value.mid(1) : value;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read %1 for parameter %2: %3").arg(path, name, file.errorString());
        FileUpload upload;
        upload.data = file.readAll();
        upload.fileName = QFileInfo(path).fileName();
        upload.contentType = QMimeDatabase().mimeTypeForFile(path).name();
        out.setFile(name, upload);
        return {};
    }
    if (!(owner && owner->isArray()) && out.entry(name))
        return tr("Parameter \"%1\" was given twice; it takes one value.").arg(name);
    out.add(name, value);
    return {};
}

} // namespace Springdesk::Api
