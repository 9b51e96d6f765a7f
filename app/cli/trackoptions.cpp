#include "app/cli/trackoptions.h"

#include "app/cli/cachefile.h"
#include "core/settings/profilestore.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Cli {

namespace {

// Reads "--name value" or "--name=value" at args[i]; advances i over a separate value.
bool takeValue(const QStringList &args, qsizetype &i, const QString &name, QString &value, QString &error)
{
    const QString &a = args.at(i);
    if (a.startsWith(name + u'=')) {
        value = a.mid(name.size() + 1);
        return true;
    }
    if (a != name)
        return false;
    if (i + 1 >= args.size()) {
        error = TrackOptions::tr("%1 needs a value.").arg(name);
        return true;
    }
    value = args.at(++i);
    return true;
}

} // namespace

QString TrackOptions::kindNames()
{
    QStringList names;
    for (auto k :
        {Store::KnownId::Kind::Group, Store::KnownId::Kind::AccessCodeGroup, Store::KnownId::Kind::BookableEvent,
            Store::KnownId::Kind::Subenvironment, Store::KnownId::Kind::ContentLibrary})
        names << Store::KnownIdRegistry::kindName(k);
    return names.join(u", "_s);
}

QString TrackOptions::parse(QStringList args, TrackOptions &out)
{
    if (const QString err = ConnectionOptions::extract(args, out.connection); !err.isEmpty())
        return err;
    bool onlyIds = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        QString error;
        if (onlyIds || !a.startsWith(u"--"_s)) {
            out.ids << a;
        } else if (a == u"--") {
            onlyIds = true;
        } else if (a == u"--list") {
            out.list = true;
        } else if (a == u"--forget") {
            out.forget = true;
        } else if (takeValue(args, i, u"--kind"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.kind = Store::KnownIdRegistry::kindFromName(value);
            if (!out.kind)
                return tr("Unknown kind “%1”; the kinds are: %2.").arg(value, kindNames());
        } else if (takeValue(args, i, u"--cache"_s, value, error)) {
            if (!error.isEmpty())
                return error;
            out.cacheFile = value;
        } else {
            return tr("Unknown argument “%1”.").arg(a);
        }
    }
    if (out.list && out.forget)
        return tr("--list and --forget cannot be combined.");
    if (out.list && !out.ids.isEmpty())
        return tr("--list takes no IDs.");
    if (!out.list && out.ids.isEmpty())
        return tr("Give at least one ID.");
    return {};
}

QString TrackOptions::cacheFileWithoutKey(const Settings::ProfileStore &profiles, QString *error) const
{
    ResolvedConnection where;
    where.baseUrl = connection.url;
    if (cacheFile.isEmpty() && connection.url.isEmpty()) {
        where.profileName = connection.profile;
        if (where.profileName.isEmpty()) {
            const auto active = profiles.activeProfile();
            if (!active) {
                *error = tr("No connection profile is active: give --profile NAME, --url URL or --cache FILE.");
                return {};
            }
            where.profileName = active->name;
        } else if (!profiles.findByName(where.profileName)) {
            *error = tr("There is no connection profile named “%1”.").arg(where.profileName);
            return {};
        }
    }
    return cacheFileFor(cacheFile, where, profiles);
}

} // namespace Springdesk::Cli
